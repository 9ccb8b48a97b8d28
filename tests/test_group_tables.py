"""A group name said many times is looked up once per scope (`group_names.looked_up_once`), and
reads as `named_among_cited` does, whatever the caller does with the set it gets."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import group_names

CODES = ["D2CIV03", "D2CIV03-T1", "D2CIV03-T2", "D2OBL03", "D2OBL03-T1", "D2OBL03-G3"]
LABELS = {"D2CIV03": "DROIT CIVIL 5", "D2CIV03-T1": "TD1 DROIT CIVIL 5",
          "D2CIV03-T2": "TD2 DROIT CIVIL 5", "D2OBL03": "OBLIGATIONS",
          "D2OBL03-T1": "TD1 OBLIGATIONS", "D2OBL03-G3": "GROUPE 3 OBLIGATIONS"}


def test_looked_up_once_reads_as_named_among_cited():
    catalogue = Catalogue.of(CODES, LABELS, [])
    cited = group_names.cited_scope(["D2CIV03", "D2OBL03"], catalogue)
    among = group_names.looked_up_once(cited, catalogue)
    for name in ("TD1", "TD2", "groupe 3", "TD1", "TP4", "TD2"):
        assert among(name) == group_names.named_among_cited(name, cited, catalogue)
    assert among("TD2") == {"D2CIV03-T2"}
    assert among("TD1") == {"D2CIV03-T1", "D2OBL03-T1"}


def test_a_caller_emptying_its_set_leaves_the_next_look_whole():
    catalogue = Catalogue.of(CODES, LABELS, [])
    among = group_names.looked_up_once(group_names.cited_scope(["D2CIV03"], catalogue), catalogue)
    first = among("TD1")
    first.pop()                                # (callers pop the one group a name names)
    assert among("TD1") == {"D2CIV03-T1"}
