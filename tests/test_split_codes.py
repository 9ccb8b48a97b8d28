"""Codes written in two pieces (extractors/split_codes.py), read the way the whole reader reads
them: with and without a catalogue."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.model import ParsedMail


def mail(body: str, subject: str = "Ecampus") -> ParsedMail:
    return ParsedMail(message_id="t", subject=subject, from_addr="jean.dupont@unicaen.fr",
                      text=body, new_text=body, headers={})


def codes(body: str, catalogue: Catalogue | None = None, subject: str = "Ecampus") -> list[str]:
    return read(mail(body, subject), catalogue=catalogue).entities.apogee_codes


def test_a_head_of_letters_split_off_a_dotted_tail():
    """« DRT 3.CIV2 », « (s 4.geo21) »: no code starts with a digit and a dot, so the letters
    before it, one or a few, are its head; the tail alone is not reported. A number and a
    dotted word after an ordinary word (« chapitre 3.Les ») stay no code; a head of another
    case than its tail (« Drt 3.CIV2 ») is a word, not the code's head."""
    assert codes("Mes notes de DRT 3.CIV2 ne remontent pas.") == ["DRT3.CIV2"]
    assert codes("Le cours de géographie (s 4.geo21) a disparu de mon tableau de bord.") == [
        "S4.GEO21"]
    assert codes("Relisez le chapitre 3.Les deux premières parties suffisent.") == []
    assert "DRT3.CIV2" not in codes("Mes notes de Drt 3.CIV2 ne remontent pas.")


def test_a_head_of_one_letter_is_joined_by_the_catalogue():
    """A code of eight characters split after its first (« S 4.GEO21 »): the pair's second
    piece holds seven, so the catalogue recognises the whole code."""
    known = Catalogue.of(["S4.GEO21", "S4.GEO22"])
    assert codes("Trop d'enseignants inscrits dans S 4.GEO21 depuis lundi.", known) == ["S4.GEO21"]
    assert codes("Trop d'enseignants inscrits dans S 4.GEO21 depuis lundi.", known,
                 subject="S 4.GEO22 aussi") == ["S4.GEO22", "S4.GEO21"]


def test_an_etape_split_by_a_space_then_its_version_after_a_slash():
    """« PSL 2B/101 »: an étape split by a space, then its version after a slash (APOGÉE's
    VET written « code/version »): the catalogue knows the étape. A slash then anything but
    a version of three digits (« PSL 2B/10 », a date's shape) still parts the pieces."""
    known = Catalogue.of(["PSL2B", "PSL2A"])
    assert codes("Je voudrais inscrire les étudiants de PSL 2B/101 par cohorte.", known) == [
        "PSL2B"]
    assert codes("Je voudrais inscrire les étudiants de PSL 2B/10 par cohorte.", known) == []
