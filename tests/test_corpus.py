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


def test_codes_found_as_written_separate_detection_from_canonical_form():
    """The second code measure: a code read in the form its writer wrote counts as found even
    when its canonical form (a dropped dot) cannot be restored; canonical F1 stays the headline.
    On the blind writers' sets, from a real read of their mails."""
    from triage.extractors.evaluation import Sample, Scores, _score_one, written_forms
    from triage.mail.parse import parse_mail

    gold = {"apogee_codes": ["M.1HRP9C", "ECL2-TD07", "HLAN201"],
            "apogee_codes_as_written": ["M1HRP9C", "ECL2-TD07", "(HLAN201) Anglais S2",
                                        "ecl2 td7"],
            "student_numbers": [], "course_ids": [], "symptom": "other", "sender_role": "staff",
            "language": "fr", "auto_reply": False}
    assert written_forms(gold) == {"M.1HRP9C": {"m1hrp9c"}, "ECL2-TD07": {"ecl2-td07", "ecl2td7"},
                                   "HLAN201": {"hlan201"}}
    raw = ("From: a.b@unicaen.fr\nTo: cemu@unicaen.fr\nSubject: cours\nMessage-ID: <w@t>\n"
           "Content-Type: text/plain; charset=utf-8\n\n"
           "Bonjour, dans le cours M1HRP9C les groupes ne sont pas créés.\n").encode()
    scores = Scores(total=1)
    _score_one(scores, Sample("w.eml", raw, gold), extractors.read(parse_mail(raw)))
    assert scores.as_written == [1, 3]                          # M1HRP9C read as written
    assert scores.counts["apogee_codes"] == [0, 1, 3]           # but not canonical: M1HRP9C
    scores = evaluate(extractors.read, load(CORPUS / "written" / "heldout-1"), min_seconds=0.0)
    assert scores.found_as_written() > scores.prf("apogee_codes")[1]   # dropped dots: C's mails
