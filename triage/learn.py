"""`triage learn`: train the symptom classifier from labelled mails and agents' corrections.

Training data: labelled folders (a gold.json beside .eml files: the repository's corpus and the
blind-written training sets) plus the symptoms agents chose on ticket pages. The candidate is
compared with the model in use on a held-out set (labelled folders kept out of training, and
one correction in five); it is installed only when it scores at least as well. scikit-learn
trains (LogisticRegression: multinomial, L2); the result is stored as plain weights that the
reader applies without scikit-learn (triage/extractors/learned.py).
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

import numpy as np

from triage import extractors
from triage.extractors import learned
from triage.mail.parse import parse_mail

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"
# The shipped model is trained on every labelled set of the repository (the generated corpus and
# the sixty-one blind writers'); its estimate on unseen mail is the cross-writer one (`cross_writer`).
# Models are compared on held-out agents' corrections, or on folders given with --heldout.
TRAINING_SETS = ("", "written/train-a", "written/train-b", "written/train-b-dev",
                 "written/heldout-1", "written/heldout-2", "written/train-c",
                 "written/heldout-3", "written/heldout-4",
                 "written/heldout-5", "written/train-d",
                 "written/train-e", "written/heldout-6",
                 "written/train-f", "written/train-g",
                 "written/heldout-7", "written/heldout-8",
                 "written/heldout-9", "written/train-i",
                 "written/train-h", "written/train-j", "written/heldout-10",
                 "written/heldout-11", "written/train-l",
                 "written/train-k", "written/heldout-12",
                 "written/heldout-13", "written/train-m", "written/train-n",
                 "written/heldout-14", "written/heldout-15",
                 "written/train-o", "written/train-p",
                 "written/heldout-16", "written/train-q", "written/train-r",
                 "written/heldout-17", "written/train-s", "written/train-t",
                 "written/heldout-18", "written/train-u", "written/train-v",
                 "written/heldout-19", "written/train-w", "written/train-x",
                 "written/heldout-20", "written/train-y", "written/train-z",
                 "written/heldout-21", "written/train-aa", "written/train-ab",
                 "written/heldout-22", "written/train-ac", "written/train-ad",
                 "written/heldout-23", "written/train-ae",
                 "written/train-af", "written/heldout-24", "written/train-ag",
                 "written/train-ah", "written/heldout-25", "written/train-ai",
                 "written/train-aj")
HELDOUT_SETS: tuple[str, ...] = ()
# Who wrote each labelled set: the honest estimate of unseen mail leaves one writer out at a time
# (`cross_writer`); the generated corpus always trains (its phrasings are the project's own).
WRITERS: dict[str, tuple[str, ...]] = {
    "generated": ("",),
    "A": ("written/train-a",),
    "B": ("written/train-b", "written/train-b-dev"),
    "C": ("written/heldout-1",),
    "D": ("written/heldout-2",),
    "E": ("written/train-c",),
    "F": ("written/heldout-3",),
    "G": ("written/heldout-4",),
    "H": ("written/heldout-5",),
    "J": ("written/train-d",),
    "K": ("written/train-e",),
    "I": ("written/heldout-6",),
    "M": ("written/train-f",),
    "N": ("written/train-g",),
    "L": ("written/heldout-7",),
    "O": ("written/heldout-8",),
    "P": ("written/heldout-9",),
    "S": ("written/train-i",),
    "R": ("written/train-h",),
    "T": ("written/train-j",),
    "Q": ("written/heldout-10",),
    "U": ("written/heldout-11",),
    "X": ("written/train-l",),
    "W": ("written/train-k",),
    "V": ("written/heldout-12",),
    "Y": ("written/heldout-13",),
    "Z": ("written/train-m",),
    "AA": ("written/train-n",),
    "AB": ("written/heldout-14",),
    "AC": ("written/heldout-15",),
    "AD": ("written/train-o",),
    "AE": ("written/train-p",),
    "AF": ("written/heldout-16",),
    "AH": ("written/train-q",),
    "AI": ("written/train-r",),
    "AG": ("written/heldout-17",),
    "AL": ("written/train-s",),
    "AM": ("written/train-t",),
    "AJ": ("written/heldout-18",),
    "AO": ("written/train-u",),
    "AP": ("written/train-v",),
    "AK": ("written/heldout-19",),
    "AQ": ("written/train-w",),
    "AR": ("written/train-x",),
    "AN": ("written/heldout-20",),
    "AT": ("written/train-y",),
    "AU": ("written/train-z",),
    "AS": ("written/heldout-21",),
    "AW": ("written/train-aa",),
    "AX": ("written/train-ab",),
    "AV": ("written/heldout-22",),
    "AZ": ("written/train-ac",),
    "BA": ("written/train-ad",),
    "AY": ("written/heldout-23",),
    "BC": ("written/train-ae",),
    "BD": ("written/train-af",),
    "BB": ("written/heldout-24",),
    "BF": ("written/train-ag",),
    "BG": ("written/train-ah",),
    "BE": ("written/heldout-25",),
    "BI": ("written/train-ai",),
    "BJ": ("written/train-aj",),
}
ALWAYS_TRAINS = ("generated",)
# Inverse regularisation strength: barely matters (cross-writer accuracy flat from 2 to 16).
DEFAULT_C = 4.0
MIN_DOCUMENTS = 2      # a word seen in one training mail only says nothing general


@dataclass
class Example:
    """One labelled mail, as the classifier reads it."""
    name: str
    text: learned.MailText
    label: str


@dataclass
class LabelScores:
    precision: float
    recall: float
    support: int


@dataclass
class Evaluation:
    accuracy: float
    per_label: dict[str, LabelScores] = field(default_factory=dict)


def default_folders() -> tuple[list[Path], list[Path]]:
    """The repository's training and held-out folders (those present)."""
    def present(names: Iterable[str]) -> list[Path]:
        return [CORPUS / n for n in names if (CORPUS / n / "gold.json").is_file()]
    return present(TRAINING_SETS), present(HELDOUT_SETS)


def folder_examples(folder: Path, settings: extractors.ExtractorSettings | None = None
                    ) -> list[Example]:
    """The labelled mails of a folder; automatic mails are left out (their symptom is fixed).
    ValueError, in French, for a folder that is not one (the person named it on the command
    line: a sentence, not a traceback)."""
    path = folder / "gold.json"
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{folder} : pas de gold.json (un dossier étiqueté contient des .eml "
                         "et leur gold.json : {\"nom.eml\": {\"symptom\": …}})") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} : JSON invalide (ligne {exc.lineno}, colonne {exc.colno})") \
            from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path} illisible ({type(exc).__name__})") from None
    if not isinstance(gold, dict):
        raise ValueError(f"{path} : un objet JSON {{\"nom.eml\": {{\"symptom\": …}}}} est attendu")
    out = []
    for name, g in sorted(gold.items()):
        if not isinstance(g, dict) or (not g.get("auto_reply") and not g.get("symptom")):
            raise ValueError(f"{path} : « {name} » n'a pas de symptôme (clé \"symptom\")")
        if g.get("auto_reply"):
            continue
        try:
            raw = (folder / name).read_bytes()
        except OSError as exc:
            raise ValueError(f"{folder / name} : courriel listé dans gold.json mais illisible "
                             f"({exc.strerror or type(exc).__name__})") from None
        mail = parse_mail(raw)
        out.append(Example(f"{folder.name}/{name}", extractors.mail_text(mail, settings),
                           g["symptom"]))
    return out


def correction_examples(corrections: Iterable[tuple[str, bytes, str]],
                        settings: extractors.ExtractorSettings | None = None
                        ) -> tuple[list[Example], list[Example]]:
    """Agents' symptom corrections (mail key, raw mail, symptom) split for training and held-out:
    one in five (by a hash of the key, stable across runs) is held out."""
    train: list[Example] = []
    held: list[Example] = []
    for key, raw, label in corrections:
        if label not in extractors.SYMPTOMS:
            continue
        ex = Example(f"correction/{key}", extractors.mail_text(parse_mail(raw), settings), label)
        (held if hashlib.sha256(key.encode()).digest()[0] % 5 == 0 else train).append(ex)
    return train, held


def train(examples: list[Example], c: float = DEFAULT_C) -> learned.SymptomModel:
    """A model fitted on `examples` (scikit-learn, imported only here)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [learned.features(e.text)[0] for e in examples]
    documents = Counter(f for r in rows for f in r)
    rows = [{f: v for f, v in r.items() if documents[f] >= MIN_DOCUMENTS} for r in rows]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    y = [e.label for e in examples]
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(x, y)
    weights = clf.coef_.T                       # features × labels
    keep = np.abs(weights).max(axis=1) >= 1e-3
    names = [n for n, k in zip(vectorizer.get_feature_names_out(), keep) if k]
    return learned.SymptomModel(
        labels=[str(c) for c in clf.classes_], index={n: i for i, n in enumerate(names)},
        weights=weights[keep], bias=clf.intercept_.copy(),
        meta={"trained": datetime.now(timezone.utc).isoformat(timespec="seconds"),
              "mails": len(examples), "c": c, "labels": dict(Counter(y))})


def evaluate(model: learned.SymptomModel | None, examples: list[Example]) -> Evaluation:
    """Accuracy and per-label precision/recall; `model` None = the cue rules alone."""
    got = [extractors.symptom_by(model, e.text).symptom for e in examples]
    want = [e.label for e in examples]
    per_label = {}
    for label in sorted(set(want) | set(got)):
        tp = sum(g == w == label for g, w in zip(got, want))
        predicted, actual = got.count(label), want.count(label)
        per_label[label] = LabelScores(tp / predicted if predicted else 0.0,
                                       tp / actual if actual else 0.0, actual)
    accuracy = sum(g == w for g, w in zip(got, want)) / len(want) if want else 0.0
    return Evaluation(accuracy, per_label)


def writer_examples(settings: extractors.ExtractorSettings | None = None
                    ) -> dict[str, list[Example]]:
    """The repository's labelled mails grouped by writer (the folders present)."""
    out: dict[str, list[Example]] = {}
    for writer, names in WRITERS.items():
        folders = [CORPUS / n for n in names if (CORPUS / n / "gold.json").is_file()]
        if folders:
            out[writer] = [e for d in folders for e in folder_examples(d, settings)]
    return out


@dataclass
class Fold:
    """One writer left out: the cue rules alone and the model trained on the other writers."""
    writer: str
    mails: int
    rules: Evaluation
    model: Evaluation


def cross_writer(by_writer: dict[str, list[Example]], c: float = DEFAULT_C,
                 trainer: Callable[[list[Example]], learned.SymptomModel] | None = None) -> list[Fold]:
    """Leave-one-writer-out validation: for each writer (but the generated corpus), train on
    all the others' mails and score on theirs. A writer's phrasings, schemes and way of drawing
    the line between neighbouring symptoms are unseen, as in a new held-out set."""
    trainer = trainer or (lambda examples: train(examples, c))
    folds = []
    for writer, test in by_writer.items():
        if writer in ALWAYS_TRAINS:
            continue
        training = [e for w, ex in by_writer.items() if w != writer for e in ex]
        folds.append(Fold(writer, len(test), evaluate(None, test),
                          evaluate(trainer(training), test)))
    return folds


def install(model: learned.SymptomModel, path: Path) -> None:
    """Write the model atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")),
                   encoding="utf-8")
    os.replace(tmp, path)
    learned.forget()


def report(before: Evaluation, after: Evaluation, before_name: str = "en service",
           after_name: str = "candidat") -> str:
    """Per-symptom precision/recall before and after, side by side (French: agents read it)."""
    labels = sorted(set(before.per_label) | set(after.per_label))
    lines = [f"{'symptôme':<28}{'courriels':>10}   {before_name + ' P / R':>20}   "
             f"{after_name + ' P / R':>20}"]
    for label in labels:
        b = before.per_label.get(label, LabelScores(0.0, 0.0, 0))
        a = after.per_label.get(label, LabelScores(0.0, 0.0, 0))
        lines.append(f"{label:<28}{max(a.support, b.support):>10}   "
                     f"{b.precision:>10.2f} / {b.recall:<7.2f}   {a.precision:>10.2f} / {a.recall:<7.2f}")
    lines.append(f"{'exactitude':<28}{'':>10}   {before.accuracy:>20.3f}   {after.accuracy:>20.3f}")
    return "\n".join(lines)


def agent_symptom_corrections(session: Session) -> list[tuple[str, bytes, str]]:
    """The symptom agents chose on ticket pages, latest per mail (the web queue's corrections,
    triage.pipeline.corrections): (mail key, raw mail, symptom)."""
    from triage.pipeline import corrections
    from triage.store import models as m
    out = []
    for item in corrections.export(session):
        if item["field"] == "symptom":
            raw = session.get_one(m.Message, item["message_id"]).raw
            out.append((str(item["message_id"]), bytes(raw), item["agent"]))
    return out


@dataclass
class Outcome:
    """What `run` did: the scores before and after, and whether the candidate was installed."""
    before: Evaluation
    after: Evaluation
    installed: bool
    training_mails: int
    heldout_mails: int
    report: str = ""


def run(train_dirs: list[Path], heldout_dirs: list[Path], corrections: list[tuple[str, bytes, str]],
        model_path: Path, c: float = DEFAULT_C, dry_run: bool = False) -> Outcome:
    """Train a candidate, compare it with the model in use on the held-out mails, install it
    when it scores at least as well (accuracy) and `dry_run` is False."""
    extra_train, extra_held = correction_examples(corrections)
    training = [e for d in train_dirs for e in folder_examples(d)] + extra_train
    heldout = [e for d in heldout_dirs for e in folder_examples(d)] + extra_held
    if not training or not heldout:
        raise ValueError("il faut des courriels étiquetés pour apprendre et pour comparer "
                         f"(apprentissage : {len(training)}, comparaison : {len(heldout)}) ; "
                         "sans corrections d'agents tenues à l'écart, donnez --heldout DOSSIER")
    current = learned.load(str(model_path))
    candidate = train(training, c)
    before, after = evaluate(current, heldout), evaluate(candidate, heldout)
    better = after.accuracy >= before.accuracy
    if better and not dry_run:
        install(candidate, model_path)
    return Outcome(before, after, better and not dry_run, len(training), len(heldout),
                   report(before, after, "en service" if current else "règles seules", "candidat"))


def ship() -> learned.SymptomModel:
    """Retrain the model the package ships (extractors/symptom_model.json) from the
    repository's training sets: `python -m triage.learn` after changing features or data."""
    train_dirs, _ = default_folders()
    model = train([e for d in train_dirs for e in folder_examples(d)])
    model.meta["trained_on"] = [str(d.relative_to(REPO)) for d in train_dirs]
    del model.meta["trained"]          # the file changes only when the model does
    install(model, learned.SHIPPED)
    return model


if __name__ == "__main__":
    shipped = ship()
    print(f"{learned.SHIPPED}: {len(shipped.index)} features, {shipped.meta['mails']} mails")
