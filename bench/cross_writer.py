"""Cross-writer estimate of the symptom classifier: train on some writers, test on another.

    python bench/cross_writer.py [--c C]

The repository's labelled mails come from five writers who wrote blind (A, B, C, D, E) and from
the project's generator. Each writer in turn is left out: the model is trained on everyone else
(the generated corpus always trains) and scored on that writer's mails, whose phrasings and
way of drawing the line between neighbouring symptoms it has never seen. The cue rules alone
are scored beside it. This, not the figures on sets the model was trained on, estimates unseen
mail.

Codes, student numbers and course ids are read by hand-written rules, not trained: their figures
per writer (without and with the writer's catalogue) are printed too, and the share of codes
found without the catalogue in the form their writer wrote (detection, whatever the canonical
form: a dropped dot cannot be restored without knowing the code). The rules were tuned on
every writer's errors, so these are optimistic; a writer's figure before a change aimed at
another writer's mails still says whether that change generalises.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triage import extractors, learn  # noqa: E402
from triage.extractors.evaluation import Scores, etapes_judged, load, load_catalogue  # noqa: E402
from triage.extractors.evaluation import _score_one as score_one  # noqa: E402
from triage.mail.parse import parse_mail  # noqa: E402


def main(c: float = learn.DEFAULT_C) -> int:
    folds = learn.cross_writer(learn.writer_examples(), c)
    print(f"== symptom accuracy, one writer left out (C = {c})")
    print(f"{'writer':<10}{'mails':>7}{'cue rules':>12}{'model':>10}")
    for f in folds:
        print(f"{f.writer:<10}{f.mails:>7}{f.rules.accuracy:>12.3f}{f.model.accuracy:>10.3f}")
    total = sum(f.mails for f in folds)
    rules = sum(f.rules.accuracy * f.mails for f in folds) / total
    model = sum(f.model.accuracy * f.mails for f in folds) / total
    print(f"{'all':<10}{total:>7}{rules:>12.3f}{model:>10.3f}")
    identifiers()
    sender()
    return 0


def identifiers() -> None:
    """Codes (without / with the writer's catalogue), numbers and course ids F1 per writer."""
    print("\n== identifiers per writer (F1; rules tuned on all writers: optimistic)")
    print(f"{'writer':<10}{'mails':>7}{'codes':>8}{'+cat.':>8}{'numbers':>9}{'course ids':>12}"
          f"{'codes as written':>18}")
    every = {"plain": Scores(), "catalogue": Scores()}
    said: dict[str, Scores] = {}
    for writer, names in learn.WRITERS.items():
        folders = [learn.CORPUS / n for n in names if (learn.CORPUS / n / "gold.json").is_file()]
        if writer in learn.ALWAYS_TRAINS or not folders:
            continue
        scores = {"plain": Scores(), "catalogue": Scores()}
        for folder in folders:
            catalogue = load_catalogue(folder)
            judged = etapes_judged(folder, catalogue)
            for sample in load(folder):
                mail = parse_mail(sample.raw)
                for name, cat in (("plain", None), ("catalogue", catalogue)):
                    reading = extractors.read(mail, catalogue=cat)
                    for s in (scores[name], every[name]):
                        s.total += 1
                        score_one(s, sample, reading)
                if judged:
                    # the étapes said in words (with the catalogue), scored apart on the writers
                    # whose gold says them: the codes' figures above stay those of every run
                    for s in (said.setdefault(writer, Scores()), said.setdefault("all", Scores())):
                        s.total += 1
                        score_one(s, sample, reading, judged)
        _row(writer, scores)
    _row("all", every)
    etapes_said(said)


def etapes_said(said: dict[str, Scores]) -> None:
    """P / R / F1 of the étapes said in words (with the catalogue), per writer whose gold
    judges them (`etapes_judged`) and holds some or whose mails are read saying some."""
    print("\n== étapes said in words per writer (with the catalogue; writers who say or are read saying some)")
    print(f"{'writer':<10}{'mails':>7}{'P':>8}{'R':>8}{'F1':>8}{'said':>7}{'read':>7}")
    for writer, s in sorted(said.items(), key=lambda item: item[0] == "all"):
        right, wrong, missed = s.counts.get("etapes_said", [0, 0, 0])
        if writer != "all" and not right + wrong + missed:
            continue
        p, r, f = s.prf("etapes_said")
        print(f"{writer:<10}{s.total:>7}{p:>8.3f}{r:>8.3f}{f:>8.3f}{right + missed:>7}"
              f"{right + wrong:>7}")


def sender() -> None:
    """Sender role and language accuracy per writer (rules, tuned on all writers: optimistic)."""
    print("\n== sender and language per writer (accuracy; rules tuned on all writers: optimistic)")
    print(f"{'writer':<10}{'mails':>7}{'role':>8}{'language':>10}")
    every = Scores()
    for writer, names in learn.WRITERS.items():
        folders = [learn.CORPUS / n for n in names if (learn.CORPUS / n / "gold.json").is_file()]
        if writer in learn.ALWAYS_TRAINS or not folders:
            continue
        scores = Scores()
        for folder in folders:
            for sample in load(folder):
                reading = extractors.read(parse_mail(sample.raw))
                for s in (scores, every):
                    s.total += 1
                    score_one(s, sample, reading)
        print(f"{writer:<10}{scores.total:>7}{scores.accuracy('sender_role'):>8.3f}"
              f"{scores.accuracy('language'):>10.3f}")
    print(f"{'all':<10}{every.total:>7}{every.accuracy('sender_role'):>8.3f}"
          f"{every.accuracy('language'):>10.3f}")


def _row(writer: str, scores: dict[str, Scores]) -> None:
    plain, cat = scores["plain"], scores["catalogue"]
    print(f"{writer:<10}{plain.total:>7}{plain.prf('apogee_codes')[2]:>8.3f}"
          f"{cat.prf('apogee_codes')[2]:>8.3f}{plain.prf('student_numbers')[2]:>9.3f}"
          f"{plain.prf('course_ids')[2]:>12.3f}{plain.found_as_written():>18.3f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(float(args[args.index("--c") + 1]) if "--c" in args else learn.DEFAULT_C))
