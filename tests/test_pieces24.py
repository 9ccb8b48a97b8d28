"""Round 24 (helper `pieces24`): a known code typed in four or five pieces with a space at only
some of its separators (« m 2 drp 1a » for M.2DRP1A), read with the catalogue when it knows the
pieces joined, its separators all at spaces; never a sentence's words that happen to spell one.
Catalogue and mails written for these tests."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.model import ParsedMail

CATALOGUE = Catalogue.of(
    ["M.2DRP1A", "M.2DRP1B", "M2",                       # a master's year, its courses
     "GE.1A.R1-03", "GE.1A.R1-04",                       # five pieces, three separators
     "BIO.2.12", "BIO.2.12TD1",                          # a course and its group
     "L.2DE3A", "M2DELA"])                                # words could spell these


def codes(body: str, catalogue: Catalogue | None = CATALOGUE) -> list[str]:
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="x.y@gmail.com",
                      text=body, new_text=body)
    return read(mail, catalogue=catalogue).entities.apogee_codes


def test_four_pieces_with_a_separator_at_one_space():
    """« m 2 drp 1a »: the pieces joined are the known M.2DRP1A, its one dot at a space."""
    assert codes("je ne vois pas le cours m 2 drp 1a sur ecampus") == ["M.2DRP1A"]
    assert codes("Bonjour, le cours M 2 DRP 1B n'apparait pas.") == ["M.2DRP1B"]


def test_five_pieces_and_a_group_typed_on():
    """« ge 1a r1 03 » (three separators among four spaces); a course's group typed on
    after it is the group (« bio 2 12 td1 »)."""
    assert codes("je n'ai pas acces a ge 1a r1 03 depuis lundi") == ["GE.1A.R1-03"]
    assert codes("je ne suis pas dans le groupe bio 2 12 td1") == ["BIO.2.12TD1"]


def test_no_code_across_a_sentences_words():
    """« en m 2 de la fac »: the catalogue's M2DELA has no separator at a space; « l 2 de 3a »
    would spell L.2DE3A, but « de » is a sentence's word inside four pieces."""
    assert codes("je suis en m 2 de la fac de droit") == ["M2"]
    assert "L.2DE3A" not in codes("on est en l 2 de 3a cette annee")


def test_not_without_the_catalogue():
    """Without the catalogue nothing tells the separators from spaces: « m 2 drp 1a » stays
    unread as one code."""
    assert "M.2DRP1A" not in codes("je ne vois pas le cours m 2 drp 1a", catalogue=None)
