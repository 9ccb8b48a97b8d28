"""Round 22 (helper `spaced22`): codes as people type and paste them, read with the catalogue —
a space for each of a code's separators, an archived code beside its successor with another
heading number, the head of a split code, a known code a spaced sibling would rename, a dropped
digit before a scheme's layout, a code cut at its end beside its title, and the codes an HTML
part writes while the plain part sent beside it only sums it up. Catalogues and mails written for
these tests."""
from __future__ import annotations

from email.message import EmailMessage

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.extractors.html_prose import codes_only_in_html
from triage.mail.parse import parse_mail
from triage.model import ParsedMail

CATALOGUE = Catalogue.of(
    ["GEN.2.12", "GEN.2.13", "GEN212TD1", "GEN212TD2", "ST.S1.11", "ST.S1.12",   # dotted
     "24GR3C07", "24GR3C05", "24GR3C07P1",                # a year heading the code
     "IAEM1C12", "IAEM1C13", "IAEM1O21",                  # split after the étape's head
     "B1GEA14", "B1GEA15", "B1GEA-ALT", "B1GEA-TD1",      # BUT: resources and year groups
     "INF2R301", "INF2R302", "INF2-ALT", "INF3-TD1",
     "SPO2-004", "SPO2-006", "SPO2004TD1", "SPO2006TD1", "SPO2006TD2",
     "SPO2-001", "SPO2-002", "SPO2-003", "SPO2-005"],
    labels={"SPO2-004": "PHYSIOLOGIE 2", "SPO2-006": "PHYSIOLOGIE DE L'EFFORT 2",
            "SPO2-001": "ANATOMIE 2", "SPO2-002": "HISTOIRE DU SPORT 2",
            "SPO2-003": "FINANCE DU SPORT 2", "SPO2-005": "SOCIOLOGIE 2"})


def codes(body: str, catalogue: Catalogue | None = CATALOGUE) -> list[str]:
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="x.y@gmail.com",
                      text=body, new_text=body)
    return read(mail, catalogue=catalogue).entities.apogee_codes


def test_a_space_for_each_separator_is_the_code_so_laid_out():
    """« gen 2 12 », « st s1 11 », « GEN 2 13 » (an SMS, a quick mail): the known code whose
    two separators stand where the spaces do; never three pieces laid out otherwise."""
    assert codes("slt jvois pa mon cours gen 2 12 sur ecampus") == ["GEN.2.12"]
    assert codes("jai pas le cours danatomie st s1 11 alors que jai partiel") == ["ST.S1.11"]
    assert codes("My learning agreement includes GEN 3 16 and GEN 2 13 Immunology.") == [
        "GEN.2.13"]
    assert codes("rendez-vous le 2 12 à 10h") == []


def test_an_archived_code_beside_its_successor_with_another_year():
    """« l'an dernier c'était 20GR3C07 … ni sous 24GR3C07 »: an unknown code that is a known
    one of the mail with another heading number is cited as written; alone, it is not read
    on its shape (no known code starts like it)."""
    body = ("Je cherche mon cours de tectonique, l'an dernier c'était 20GR3C07. Je ne le trouve "
            "plus du tout, ni sous 24GR3C07.")
    assert codes(body) == ["20GR3C07", "24GR3C07"]
    assert CATALOGUE.renumbered("20GR3C07") == "24GR3C07"
    assert CATALOGUE.renumbered("24GR3C07") is None
    assert codes("l'an dernier c'était 20GR3C07, je ne le trouve plus.") == []


def test_the_head_of_a_split_code_is_no_code_of_its_own():
    """« IAEM1 C12 » is IAEM1C12; its head « IAEM1 » shares the scheme of the mail's codes but
    is a piece of one, not a second code."""
    assert codes("je n'ai pas accès à IAEM1 C12 ni à l'option IAE M1O21.") == [
        "IAEM1C12", "IAEM1O21"]


def test_a_known_code_typed_with_a_space_keeps_the_catalogue_spelling():
    """« B1GEA 14 » beside the year group B1GEA-ALT: the known B1GEA14, not a B1GEA-14 laid
    out like its sibling."""
    found = codes("la ressource R1.05 (droit du travail, B1GEA 14) n'est pas dans mes cours, "
                  "je suis dans le groupe B1GEA-ALT.")
    assert found == ["B1GEA14", "B1GEA-ALT"]


def test_a_dropped_digit_is_read_before_the_scheme_layout():
    """« INF2R32 » beside INF2R301 and INF2-ALT: INF2R302 with its zero put back, not an
    INF2-R32 given the dash of the year groups."""
    found = codes("les alternants (INF2-ALT) ne sont inscrits dans aucune ressource "
                  "(ex. INF2R301, INF2R32) ; INF3-TD1 est bon.")
    assert sorted(found) == ["INF2-ALT", "INF2R301", "INF2R302", "INF3-TD1"]


def test_a_code_cut_at_its_end_is_the_one_its_title_names_most_of():
    """« stp »-like stubs: « spo2-00 » after « physiologie de l'effort » is SPO2-006 (both
    PHYSIOLOGIE labels are held whole: the one of more words wins), its groups aside; « la
    fin est illisible » names no FINANCE."""
    assert codes("je trouve pa le cours physiologie de l'effort, sur ma fiche IP c marqué "
                 "spo2-00 et apres c coupé") == ["SPO2-006"]
    assert codes("le code sur mon contrat est SPO2-00 (la fin est illisible sur le PDF)") \
        != ["SPO2-003"]


def _alternative(plain: str, html: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "d.smith@unicaen.fr", "cemu.assistance@unicaen.fr"
    msg["Subject"], msg["Message-ID"] = "Missing students", "<t@test>"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


def test_a_code_only_the_html_part_writes():
    """A plain part that sums its HTML up (« see the table below »): the code of the HTML's
    sentence is read; a link's target in the HTML is none; a mail in HTML alone is read once."""
    raw = _alternative("Hello, several students are missing from my course, see the table "
                       "below. David",
                       "<p>The following students attend my seminar GEN.2.12 (Genetics) but "
                       "are not in the participants list:</p><table><tr><td>25201155</td>"
                       "<td>TD1</td></tr></table><p>Get Outlook <a href='https://aka.ms/"
                       "ghei36'>here</a></p>")
    mail = parse_mail(raw)
    assert "GEN.2.12" in read(mail, catalogue=CATALOGUE).entities.apogee_codes
    assert "GEN.2.12" in read(mail).entities.apogee_codes
    assert "GHEI36" not in read(mail).entities.apogee_codes
    alone = parse_mail(_alternative("", "<p>Le cours GEN.2.12 manque.</p>"))
    assert alone.text_from_html and not mail.text_from_html
    assert codes_only_in_html(alone, alone.subject + "\n" + alone.text, CATALOGUE) == []
