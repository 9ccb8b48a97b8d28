"""The labelled corpus: its gold is consistent, and the shipped extractor meets the targets.

Figures come from running the extractor here (extractors.evaluation), never from a file.
Speed is measured by bench/extraction.py, not here.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage import extractors
from triage.extractors.evaluation import ENTITY_FIELDS, evaluate, load
from tests.corpus import make_corpus, make_heldout
from tests.corpus.corpus_lib import gold_entry
from triage.demo.scenarios import SCENARIOS

CORPUS = Path(__file__).parent / "corpus"
SETS = {"corpus": (CORPUS, 120), "heldout": (CORPUS / "heldout", 30)}


@pytest.fixture(scope="module", params=list(SETS))
def labelled(request):
    """(set name, samples, minimum size) for the corpus and the held-out set."""
    folder, minimum = SETS[request.param]
    return request.param, load(folder), minimum


def test_gold_is_well_formed(labelled):
    _, samples, minimum = labelled
    assert len(samples) >= minimum
    for s in samples:
        g = s.gold
        assert g["symptom"] in extractors.SYMPTOMS, s.name
        assert g["situation"] is None or g["situation"] in SCENARIOS, s.name
        assert g["template"] in (*SCENARIOS, "need_info", "none"), s.name
        assert g["sender_role"] in ("student", "staff", "unknown") and g["language"] in ("fr", "en")
        assert g["template"] == "none" or not g["auto_reply"], s.name


def test_about_half_cite_demo_situations(labelled):
    _, samples, _ = labelled
    situated = sum(1 for s in samples if s.gold["situation"])
    assert 0.4 <= situated / len(samples) <= 0.75


@pytest.mark.parametrize("module, folder", [(make_corpus, CORPUS), (make_heldout, CORPUS / "heldout")])
def test_committed_gold_matches_the_generator(module, folder):
    mails = module.corpus() if module is make_corpus else module.mails()
    committed = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    assert committed == {f"{m.name}.eml": gold_entry(m) for m in mails}


def test_shipped_extractor_meets_the_targets(labelled):
    name, samples, _ = labelled
    scores = evaluate(extractors.read, samples, min_seconds=0.0)
    report = "\n".join(scores.errors)
    for field in ENTITY_FIELDS:
        assert scores.prf(field)[2] >= 0.98, f"{name} {field}\n{report}"
    assert scores.accuracy("symptom") >= 0.90, f"{name}\n{report}"
    assert scores.accuracy("sender_role") >= 0.95, f"{name}\n{report}"
    assert scores.accuracy("auto_reply") == 1.0, f"{name}\n{report}"
