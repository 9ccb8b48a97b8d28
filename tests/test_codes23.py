"""Round 23 (helper `codes23`): codes read where writers BB, BF, AY and BC showed them misread —
a BUT resource's national name beside its department's code, a known course typed apart after
its diploma's étape, a known code typed in three pieces with a separator at one space only, a
dot a sibling of the mail writes, O typed for 0 in a number part, a year's digit left out beside
the code that writes it. Catalogues and mails written for these tests (invented schemes)."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.extractors.code_spelling import canonical
from triage.model import ParsedMail

CATALOGUE = Catalogue.of(
    ["BMMI4A07", "BMMI4A08", "BMMI4-ALT", "GM-R4B02",         # BUT: department's codes
     "DUPRO", "DUPRO.M1", "DUPRO.M2", "DUPRO.03", "DUPRO-FOAD",  # a DU: étape, modules, group
     "LEA-CIV3", "LEA-CIV4", "SC.5HIS", "SC.5ECO"])


def codes(body: str, catalogue: Catalogue | None = CATALOGUE) -> list[str]:
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="x.y@gmail.com",
                      text=body, new_text=body)
    return read(mail, catalogue=catalogue).entities.apogee_codes


def test_a_but_resources_national_name_is_no_code():
    """« la ressource R4.B.03 », « Robotique R4.A.07 … sur ADE c'est BMMI4A07 »: the national
    name with its parcours' letter names the resource nationwide, never a course of the
    university (no writer counts one), with the catalogue or without."""
    assert codes("Dans la ressource R4.B.03 il manque les alternants.") == []
    assert codes("Dans la ressource R4.B.03 il manque les alternants.", None) == []
    body = ("Le cours Robotique R4.A.07 n'apparait pas dans mes cours Ecampus. Sur ADE c'est "
            "écrit BMMI4A07 pour le groupe BMMI4-ALT.")
    assert codes(body, None) == ["BMMI4A07", "BMMI4-ALT"]


def test_a_known_course_typed_apart_after_its_etape():
    """« le module DUPRO M1 », « le cours DUPRO 03 »: the known course whose separator the
    space stands for, not the étape DUPRO; the étape alone stays the étape, and a word after
    it is no piece of a code."""
    assert codes("Dans le module DUPRO M1 je ne vois pas les classes virtuelles.") == [
        "DUPRO.M1"]
    assert codes("Dans le cours de comptabilité DUPRO 03 je suis dans le mauvais groupe.") == [
        "DUPRO.03"]
    assert codes("Pour le DU (étape DUPRO), ajoutez la cohorte.") == ["DUPRO"]
    assert codes("Pour l'étape DUPRO FOAD et présentiel") == ["DUPRO"]


def test_three_pieces_with_a_separator_at_one_space():
    """A mail typed in capitals (« MON COURS LEA CIV 4 ») or lower case (« sc 5 his »): the
    known code its pieces spell with a separator at one space and none at the other; not
    where the catalogue knows no such code."""
    assert codes("JE NE VOIS TOUJOURS PAS MON COURS LEA CIV 4 ET PERSONNE NE REPOND") == [
        "LEA-CIV4"]
    assert codes("je n'arrive pas à avoir le cours sc 5 his sur ecampus") == ["SC.5HIS"]
    assert codes("JE NE VOIS PAS LEA CIV 9 NON PLUS") == []


def test_a_dot_a_sibling_typed_is_given_back_without_the_catalogue():
    """« SC.5ECO et SC5HIS »: a scheme that dots its codes dots them all at one place; the dot
    given back from a sibling the writer typed with it. Not a dash (« LEA-CIV3 » beside
    « LEAHIS4 »: writers count both as typed), nor where the codes without the dot outnumber
    the dotted one (the dot is then the slip: `separators_like_siblings` drops it)."""
    assert codes("Les étudiants de SC.5ECO et SC5HIS ne sont pas inscrits.", None) == [
        "SC.5ECO", "SC.5HIS"]
    assert codes("Les cours LEA-CIV3 et LEAHIS4 sont vides.", None) == ["LEA-CIV3", "LEAHIS4"]
    assert codes("Les cours SC.5ECO, SC5HIS et SC5GEO sont vides.", None) == [
        "SC5ECO", "SC5HIS", "SC5GEO"]


def test_o_typed_for_zero_in_a_number_part():
    """« STP1-OO4 », « DUFL-O3 »: a part after a separator of O's and digits alone is a number;
    a part of letters keeps its O (`MUS2-CHO2`), and so does a code without a separator."""
    assert canonical("SPO1-OO4") == "SPO1-004"
    assert canonical("DULA-O3") == "DULA-03"
    assert canonical("MUS2-CHO2") == "MUS2-CHO2"
    assert canonical("IAEM1O21") == "IAEM1021"     # (between digits: the older rule)
    assert codes("Bonjour, je n'ai pas le cours SPO1-OO4 sur ecampus.", None) == ["SPO1-004"]


def test_a_code_with_its_year_left_out_beside_the_code_that_writes_it():
    """« mon cours 2GMO-311 … > j'ai pas le cours GMO311 »: the student's GMO311 is the
    teacher's code with its year's digit left out, not a second code."""
    body = ("Bonjour, aucun étudiant ne voit mon cours de cartographie 2GMO-311.\n"
            "> j'ai pas le cours de cartographie GMO311 sur ecampus")
    assert codes(body, None) == ["2GMO-311"]
