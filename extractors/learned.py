"""The learned symptom classifier: a linear model over words and the explainable cues.

Features of a mail: the lemma-like words of the writer's own text (and word pairs, and their
first letters: `inscri` stands for inscrit, inscription, inscrire and their typos), the words of
quoted history only when they are the request itself (a mute reply, a forward), the concepts
the cues find and which of them meet in one sentence (who × what: `STUDENTS+NOT_SEE`), the
symptom scores the cue rules give (cues.py) and the sender's role crossed with them (a teacher's « pas inscrite » is not a student's). The cue-derived
features count half a word: the cue lists were written from some writers' phrasings, and
leaning on them less generalises better to a writer nobody has read (bench/cross_writer.py). The model is a multinomial
logistic regression trained by `triage learn` (scikit-learn) and stored as plain weights in
JSON: reading needs no training library, only a dot product, and each decision names the words
with the largest share in it. The model ships in the package (symptom_model.json), trained from
the repository's labelled mails; `triage learn` may install a better one elsewhere.
"""
from __future__ import annotations

import itertools
import json
import math
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from spacy.lang.en.stop_words import STOP_WORDS as _EN_STOP
from spacy.lang.fr.stop_words import STOP_WORDS as _FR_STOP

from triage.extractors.cues import THRESHOLD
from triage.extractors.symptom import Scored, TextReading, ruled_out_by_role, score, totals

SHIPPED = Path(__file__).with_name("symptom_model.json")
# Words that carry no symptom (punctuation, digits) are not features.
_MIN_LEN = 2
# Function words say nothing alone (negations do: they stay); in word pairs they count.
_STOP = frozenset((_FR_STOP | _EN_STOP) - {"pas", "plus", "aucun", "aucune", "rien", "personne",
                                            "jamais", "not", "no", "never", "nothing", "nobody",
                                            "none", "sans", "without", "moi", "me", "je", "mes",
                                            "mon", "ma", "my", "i", "nous", "our", "leur", "leurs",
                                            "their", "ils", "elles", "they"})
_MUTE_WORDS = 25
# A forwarded message (not a reply's history) is the request itself; the forwarder's note around
# it is read with it unless it is a long account of its own.
_FORWARD_WORDS = 80
_EVIDENCE = 4
# A word's first letters, a feature of their own: morphology and typos (inscrite, inscription).
_STEM = 5
# The weight of what the cue rules say beside a word's (see the module's docstring).
_CUE_WEIGHT = 0.5
# Cues that decide apart from the model (a closing mail is `other`: symptom.closing), not features.
# (HIDDEN only lets a student's mail have a teacher's symptom: symptom.ruled_out_by_role.)
_NOT_FEATURES = frozenset({"RESOLVED", "HIDDEN"})
# What stands for a feature in the mail: a word as written, (part, i) for the bigram ending at
# word i of that part, or the cue rules' own words.
Shown = str | tuple[TextReading, int] | list[str]


@dataclass
class MailText:
    """What the classifier reads in one mail: own words (with each part's weight: the subject
    is a terse summary), quoted words, and the sender's role."""
    own_weighted: list[tuple[TextReading, float]] = field(default_factory=list)
    quoted: list[TextReading] = field(default_factory=list)
    role: str = "unknown"
    subject: TextReading | None = None      # also in own_weighted
    forward: bool = False                   # the quoted text is a forwarded message, not history

    @property
    def own(self) -> list[TextReading]:
        return [t for t, _ in self.own_weighted]

    @property
    def body(self) -> list[TextReading]:
        """The writer's own text without the subject."""
        return [t for t, _ in self.own_weighted if t is not self.subject]

    def rules(self) -> dict[str, Scored]:
        """What the cue rules score for each symptom, with their words (cues.py)."""
        return totals([(t.cues, w) for t, w in self.own_weighted], self.role,
                      [t.cues for t in self.quoted])


def features(mail: MailText) -> tuple[dict[str, float], dict[str, Shown]]:
    """Feature values, and for each feature what stands for it in the mail (`shown` turns it
    into words as written; resolved only for the few features an explanation names)."""
    # Every feature is worth 1.0 but those `put` gives another value: the names go in `words`
    # alone, in order, and `values` is made from them at the end (same names, same order).
    words: dict[str, Shown] = {}
    valued: dict[str, float] = {}

    def put(name: str, value: float, shown: Shown) -> None:
        if name not in words:
            words[name] = shown
            if value != 1.0:
                valued[name] = value

    own_words = sum(len(p.norms) for p in mail.own)
    # A forward says little itself ("je vous transfère…"): then the quoted request is read as own.
    mute = _FORWARD_WORDS if mail.forward else _MUTE_WORDS
    read_as_own = mail.own + (mail.quoted if own_words < mute else [])
    word_names = _word_names
    for part in read_as_own:
        surfaces = part.surfaces
        before = None       # the word before, when it is one (a bigram's first word)
        # (`put` written out: this loop runs for every word of every mail)
        for i, n in enumerate(part.norms):
            own_names = word_names(n)
            if own_names is None:
                before = None
                continue
            for name in own_names:
                if name not in words:
                    words[name] = surfaces[i]
            if before is not None:
                name = f"b:{before}_{n}"
                if name not in words:
                    words[name] = (part, i)
            before = n
        sentences: dict[int, dict[str, str]] = {}
        for cue in part.cues:
            if cue.concept in _NOT_FEATURES:
                continue
            put("c:" + cue.concept, _CUE_WEIGHT, cue.text)
            sentences.setdefault(cue.sentence, {}).setdefault(cue.concept, cue.text)
        for met in sentences.values():
            # Concepts meeting in one sentence: who is concerned and what goes wrong.
            for a, b in itertools.combinations(sorted(met), 2):
                put(f"cc:{a}+{b}", _CUE_WEIGHT, [met[a], met[b]])
    # The subject is a terse summary of the request: its words count apart too. The words of
    # quoted history are no features (round 15): a reply quotes our own answer and the thread's
    # subject, whose words say what the request was, not what this mail says (« merci, c'est
    # réglé » under a quoted « Mauvais groupe de TD »); they are read only as the request itself,
    # under a mute reply or a forward (above), and the cue rules still weigh them at half.
    if mail.subject:
        for n, s in zip(mail.subject.norms, mail.subject.surfaces):
            if _word(n) and n not in _STOP:
                name = "s:" + n
                if name not in words:
                    words[name] = s
    rules = mail.rules()
    for symptom, scored in rules.items():
        value = _CUE_WEIGHT * math.log1p(scored.score)
        put("r:" + symptom, value, scored.evidence)
        put(f"{mail.role}&r:{symptom}", value, scored.evidence)
    decided = max(rules.values(), key=lambda s: s.score, default=None)
    if decided is None or decided.score < THRESHOLD:    # what `score` decides, from `rules`
        decided = score([(t.cues, w) for t, w in mail.own_weighted], mail.role,
                        [t.cues for t in mail.quoted], rules)
    put("top:" + decided.symptom, _CUE_WEIGHT, decided.evidence)   # the cue rules' decision
    put("role:" + mail.role, 1.0, [])
    values = dict.fromkeys(words, 1.0)
    values.update(valued)
    return values, words


_ROLE_NAMES = {"student": "étudiant", "staff": "personnel"}


def role_note(role: str, symptom: str) -> str:
    """What the evidence says when the sender's role ruled the model's first reading out."""
    from triage.extractors import SYMPTOM_LABELS     # the package imports this module
    return (f"expéditeur {_ROLE_NAMES.get(role, role)} : exclu « "
            f"{SYMPTOM_LABELS.get(symptom, symptom)} »")


def shown(source: Shown) -> list[str]:
    """The words as written behind a feature (see `features`)."""
    if isinstance(source, str):
        return [source]
    if isinstance(source, tuple):
        part, i = source
        return [part.between(i - 1, i)]
    return list(source)


@lru_cache(maxsize=65536)
def _word(norm: str) -> bool:
    return len(norm) >= _MIN_LEN and any(c.isalpha() for c in norm)


@lru_cache(maxsize=65536)
def _word_names(norm: str) -> tuple[str, ...] | None:
    """The word features of one lemma-like form, in the order `features` puts them (its word
    and its stem; none for a stop word); None for what is no word (no bigram either)."""
    if not _word(norm):
        return None
    if norm in _STOP:
        return ()
    return ("w:" + norm, "p:" + norm[:_STEM]) if len(norm) > _STEM else ("w:" + norm,)


@dataclass
class SymptomModel:
    """Labels, feature index, weights (features × labels) and biases of a trained model."""
    labels: list[str]
    index: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    meta: dict = field(default_factory=dict)

    def classify(self, mail: MailText) -> Scored:
        """The most probable symptom, its probability, and the words that weighed most for it."""
        values, words = features(mail)
        # the features the model knows, in the order `features` gives them (the sum's order)
        get = self.index.get
        rows: list[int] = []
        xs: list[float] = []
        names: list[str] = []
        for f, v in values.items():
            i = get(f)
            if i is not None:
                rows.append(i)
                xs.append(v)
                names.append(f)
        scores = self.bias.copy()
        if rows:
            x = np.array(xs, dtype=np.float64)
            contrib = self.weights[np.array(rows, dtype=np.int64)] * x[:, None]
            scores += contrib.sum(axis=0)
        probs = np.exp(scores - scores.max())
        probs /= probs.sum()
        first = int(probs.argmax())
        # A symptom the sender's role cannot have is no reading (a student's « je ne vois pas mon
        # cours » is not a teacher's « mes étudiants ne voient pas »): the best allowed one is,
        # its probability given that the others are out.
        ruled_out = ruled_out_by_role(mail.role, [t.cues for t in mail.own])
        out = [i for i, label in enumerate(self.labels) if label in ruled_out]
        if out and len(out) < len(self.labels):
            probs[out] = 0.0
            probs /= probs.sum()
        best = int(probs.argmax())
        evidence: list[str] = []
        if rows:
            # The words that pushed this label most above the others' average.
            share = contrib[:, best] - contrib.mean(axis=1)
            for k in np.argsort(-share)[:3 * _EVIDENCE]:
                if share[k] <= 0 or len(evidence) >= _EVIDENCE:
                    break
                evidence.extend(w for w in shown(words[names[k]]) if w not in evidence)
        evidence = evidence[:_EVIDENCE]
        if best != first:
            evidence.append(role_note(mail.role, self.labels[first]))
        return Scored(self.labels[best], float(probs[best]), evidence)

    def to_json(self) -> dict:
        """Plain data: the file `load` reads (weights rounded: the file ships in the package)."""
        names = sorted(self.index, key=self.index.__getitem__)
        return {"labels": self.labels, "bias": [round(float(b), 4) for b in self.bias],
                "features": {n: [round(float(w), 4) for w in self.weights[self.index[n]]]
                             for n in names}, "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict) -> "SymptomModel":
        names = list(data["features"])
        weights = np.array([data["features"][n] for n in names], dtype=np.float64) \
            .reshape(len(names), len(data["labels"]))
        return cls(list(data["labels"]), {n: i for i, n in enumerate(names)}, weights,
                   np.array(data["bias"], dtype=np.float64), data.get("meta", {}))


def load(path: str = "") -> SymptomModel | None:
    """The model at `path` (one `triage learn` installed), else the shipped one; None when
    neither exists. Read once per file version: a newly installed model is picked up (the
    files are looked at once a second at most, not for every mail)."""
    now = time.monotonic()
    seen = _LOOKED.get(path)
    if seen is None or now - seen[0] > _LOOK_EVERY_S:
        seen = (now, _find(path))
        _LOOKED[path] = seen
    return seen[1]


_LOOK_EVERY_S = 1.0
_LOOKED: dict[str, tuple[float, SymptomModel | None]] = {}


def forget() -> None:
    """Look at the model files again on the next read (after this process installed one)."""
    _LOOKED.clear()


def _find(path: str) -> SymptomModel | None:
    for candidate in (Path(path) if path else None, SHIPPED):
        if candidate is not None and candidate.is_file():
            return _read(str(candidate), candidate.stat().st_mtime_ns)
    return None


@lru_cache(maxsize=4)
def _read(path: str, _version: int) -> SymptomModel:
    return SymptomModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
