"""Round 20 (helper `etapes20`): which writers' gold can judge the étapes said in words, and the
years said that are no one's étape. Catalogues, golds and mails written for these tests."""
from __future__ import annotations

import json

from triage.catalogue import Catalogue
from triage.extractors.evaluation import etapes_judged

ETAPES = {"LJUR1": "Licence Droit 1re année", "LHST2": "L2 HISTOIRE"}
LABELLED = Catalogue.of(list(ETAPES), ETAPES, list(ETAPES))
UNLABELLED = Catalogue.of(list(ETAPES), None, list(ETAPES))


def _folder(tmp_path, name: str, gold: dict):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_a_gold_that_lists_the_etapes_said_judges_them(tmp_path):
    folder = _folder(tmp_path, "train-x", {"001.eml": {"apogee_codes": [], "etapes_said": []},
                                           "002.eml": {"apogee_codes": [], "etapes_said":
                                                       ["LJUR1"]}})
    assert etapes_judged(folder, LABELLED) == {"LJUR1", "LHST2"}


def test_a_gold_before_the_convention_says_nothing_of_them(tmp_path):
    """A writer who neither lists them nor counts them among its codes: every étape read would
    be scored wrong, though its mails say « je suis en L1 droit »."""
    folder = _folder(tmp_path, "train-j", {"001.eml": {"apogee_codes": ["HST2MED"]}})
    assert etapes_judged(folder, LABELLED) == frozenset()


def test_the_writers_who_count_them_among_their_codes_are_judged(tmp_path):
    folder = _folder(tmp_path, "heldout-12", {"001.eml": {"apogee_codes": ["LJUR1"]}})
    assert etapes_judged(folder, LABELLED) == {"LJUR1", "LHST2"}


def test_a_catalogue_without_labels_is_not_judged(tmp_path):
    """The étapes are read by their labels (REFER gives each its label): without them the
    reader can read none, and its silence says nothing."""
    folder = _folder(tmp_path, "train-n", {"001.eml": {"apogee_codes": [], "etapes_said":
                                                       ["LJUR1"]}})
    assert etapes_judged(folder, UNLABELLED) == frozenset()
    assert etapes_judged(folder, None) == frozenset()
