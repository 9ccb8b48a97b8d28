"""Scoring an extractor against a labelled folder of .eml files and its gold.json.

Used by bench/extraction.py (prints the figures) and tests/test_corpus.py (asserts targets).
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from rapidfuzz import fuzz

from triage.catalogue import Catalogue, tolerant_key
from triage.mail.parse import parse_mail
from triage.model import ParsedMail, Reading

ENTITY_FIELDS = ("apogee_codes", "student_numbers", "course_ids")
LABEL_FIELDS = {"symptom": "symptom", "sender_role": "sender_role", "language": "language",
                "auto_reply": "auto_reply"}
Reader = Callable[[ParsedMail], Reading]


@dataclass
class Sample:
    name: str
    raw: bytes
    gold: dict


@dataclass
class Scores:
    counts: dict[str, list[int]] = field(default_factory=dict)   # field -> [tp, fp, fn]
    correct: dict[str, int] = field(default_factory=dict)        # label -> right answers
    total: int = 0
    mails_per_second: float = 0.0       # parse + read, per CPU second
    reads_per_second: float = 0.0       # read alone (the parser is another stage's)
    errors: list[str] = field(default_factory=list)              # what went wrong, per mail
    # Gold codes whose written form the reader reported, out of all gold codes: detection
    # apart from canonicalisation (a dropped dot no rule can restore without the catalogue).
    as_written: list[int] = field(default_factory=lambda: [0, 0])

    def found_as_written(self) -> float:
        """Share of gold codes found in the form their writer wrote (case and spaces folded)."""
        found, total = self.as_written
        return found / total if total else 1.0

    def prf(self, name: str) -> tuple[float, float, float]:
        """Precision, recall, F1 of one entity field (1.0 when nothing to find and nothing found)."""
        tp, fp, fn = self.counts.get(name, [0, 0, 0])
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def accuracy(self, label: str) -> float:
        """Share of mails whose `label` matches the gold."""
        return self.correct.get(label, 0) / self.total if self.total else 0.0


def load(folder: Path) -> list[Sample]:
    """The .eml files of `folder` with their gold records."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return [Sample(name, (folder / name).read_bytes(), g) for name, g in sorted(gold.items())]


def load_catalogue(folder: Path) -> Catalogue | None:
    """The codes a folder's university knows (its catalogue.json), or None when it has none.

    Codes listed as `unknown` (mistyped, no longer in APOGÉE) are left out, as REFER would; an
    optional `labels` object gives codes their label as APOGÉE or Moodle would hold it."""
    path = folder / "catalogue.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = data.get("labels")
    return Catalogue.of((c for key in ("elements", "etapes", "groups", "courses")
                         for c in data.get(key, [])),
                        labels if isinstance(labels, dict) else None, data.get("etapes", []))


def evaluate(reader: Reader, samples: list[Sample], min_seconds: float = 0.5,
             etapes: frozenset[str] = frozenset()) -> Scores:
    """Score `reader` on `samples`; speed is parse + read, repeated for at least `min_seconds`.
    With the `etapes` of the folder's catalogue, the étapes said in words are scored too."""
    scores = Scores(total=len(samples))
    for sample in samples:
        _score_one(scores, sample, reader(parse_mail(sample.raw)), etapes)
    scores.mails_per_second = _speed(lambda raw: reader(parse_mail(raw)),
                                     [s.raw for s in samples], min_seconds)
    parsed = [parse_mail(s.raw) for s in samples]
    scores.reads_per_second = _speed(reader, parsed, min_seconds)
    return scores


def _fold(written: str) -> str:
    return _SPACES.sub("", written).casefold()


_SPACES = re.compile(r"\s+")
_TITLED = re.compile(r"^\((\S+)\)\s")       # « (HLAN201) Anglais S2 »: Moodle's course name


def written_forms(gold: dict) -> dict[str, set[str]]:
    """Each gold code with the forms its writer wrote (`apogee_codes_as_written`, aligned with
    `apogee_codes`; extra forms belong to the code they are closest to), case and spaces folded.
    A code without a written form was written canonically."""
    codes = list(gold.get("apogee_codes", []))
    written = list(gold.get("apogee_codes_as_written") or [])
    forms = {code: {_fold(code)} for code in codes}
    if not written or len(written) < len(codes):
        return forms
    for i, form in enumerate(written):
        titled = _TITLED.match(form)
        form = titled.group(1) if titled else form
        code = codes[i] if i < len(codes) else max(
            codes, key=lambda c: fuzz.ratio(tolerant_key(c), tolerant_key(form)))
        forms[code] = ({_fold(form)} if i < len(codes) else forms[code] | {_fold(form)})
    return forms


def _score_as_written(scores: Scores, gold: dict, reading: Reading) -> None:
    """Count the gold codes the reader reported as written (its spans' text, or its values)."""
    reported = {_fold(s.text) for s in reading.entities.spans if s.kind == "apogee_code"}
    reported |= {_fold(v) for v in reading.entities.apogee_codes}
    forms = written_forms(gold)
    scores.as_written[0] += sum(bool(f & reported) for f in forms.values())
    scores.as_written[1] += len(forms)


# A version written after an étape (« L3PSY-101 », « 2DRO01 - V101 », « v1 »): APOGÉE keeps it
# in a column of its own, the étape is cited all the same.
_VERSION_SUFFIX = re.compile(r"-?v?\d{3}$|-?v\d{1,2}$", re.IGNORECASE)
_CODE_SEPARATORS = re.compile(r"[\s\-_]+")


def etapes_said_gold(gold: dict, etapes: frozenset[str]) -> set[str]:
    """The gold codes that are étapes (of the folder's catalogue) said in words: none of their
    written forms is the code itself (case, spaces, dashes and a version suffix aside). A writer
    who counts « je suis en L1 droit » as citing L1DRT has these; most writers have none.
    A gold that lists them apart (`etapes_said`, the writers' convention since round 12) is
    taken as it is: those étapes are not among its codes."""
    if "etapes_said" in gold:
        return set(gold["etapes_said"])

    def bare(form: str) -> str:
        return _CODE_SEPARATORS.sub("", form).upper()
    said = set()
    for code, forms in written_forms(gold).items():
        if code in etapes and not any(bare(code) in (bare(f), bare(_VERSION_SUFFIX.sub("", f)))
                                      for f in forms):
            said.add(code)
    return said


# The writers whose gold counts an étape named in words (« L1 droit ») among its codes, as
# tests/corpus/written/README.md says: V (heldout-12) and Y (heldout-13). Writers before them
# did not count it at all, writers after them list it apart (`etapes_said`).
SAID_AMONG_CODES = ("heldout-12", "heldout-13")


def etapes_judged(folder: Path, catalogue: Catalogue | None) -> frozenset[str]:
    """The étapes on which the folder's gold can judge the étapes said in words; none when it
    holds no evidence of them. Evidence is a gold that lists them (`etapes_said`) or a writer
    who counts them among its codes (`SAID_AMONG_CODES`); a writer before that convention (T,
    U, W: « je suis en L1 droit » in their mails, nothing in their gold) says nothing of them,
    and the reader's every étape said would be scored wrong. The étapes are read by their
    labels only (REFER gives every étape its label): a catalogue without labels for its étapes
    (writer AA's) cannot be read, right or wrong, and is not judged either."""
    if catalogue is None or not catalogue.etapes:
        return frozenset()
    if not any(catalogue.label(code) for code in catalogue.etapes):
        return frozenset()
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    if folder.name in SAID_AMONG_CODES or any("etapes_said" in g for g in gold.values()):
        return frozenset(catalogue.etapes)
    return frozenset()


def _score_one(scores: Scores, sample: Sample, reading: Reading,
               etapes: frozenset[str] = frozenset()) -> None:
    _score_as_written(scores, sample.gold, reading)
    fields = [(name, set(sample.gold[name])) for name in ENTITY_FIELDS]
    if etapes:
        fields.append(("etapes_said", etapes_said_gold(sample.gold, etapes)))
    for name, want in fields:
        got = set(getattr(reading.entities, name))
        if name == "etapes_said":
            # an étape said that the gold holds as a code written with a space (« M2 MAE »)
            # is scored on the codes' line: neither right nor wrong here
            got -= set(sample.gold["apogee_codes"]) - want
        c = scores.counts.setdefault(name, [0, 0, 0])
        c[0] += len(got & want)
        c[1] += len(got - want)
        c[2] += len(want - got)
        if got != want:
            scores.errors.append(f"{sample.name} {name}: got {sorted(got)} want {sorted(want)}")
    for label, attr in LABEL_FIELDS.items():
        if getattr(reading, attr) == sample.gold[label]:
            scores.correct[label] = scores.correct.get(label, 0) + 1
        else:
            scores.errors.append(f"{sample.name} {label}: got {getattr(reading, attr)!r} "
                                 f"want {sample.gold[label]!r} {reading.symptom_evidence}")


def _speed(run: Callable, items: list, min_seconds: float) -> float:
    """Items per CPU second of `run` (process time: one core, whatever else the machine runs),
    repeating the list for at least `min_seconds`."""
    done, start = 0, time.process_time()
    while True:
        for item in items:
            run(item)
        done += len(items)
        elapsed = time.process_time() - start
        if elapsed >= min_seconds or not items:
            return done / elapsed if elapsed else 0.0
