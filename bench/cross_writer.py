"""Cross-writer estimate of the symptom classifier: train on some writers, test on another.

    python bench/cross_writer.py [--c C]

The repository's labelled mails come from three writers who wrote blind (A, B, C) and from the
project's generator. Each writer in turn is left out: the model is trained on everyone else
(the generated corpus always trains) and scored on that writer's mails, whose phrasings and
way of drawing the line between neighbouring symptoms it has never seen. The cue rules alone
are scored beside it. This, not the figures on sets the model was trained on, estimates unseen
mail.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triage import learn  # noqa: E402


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
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(float(args[args.index("--c") + 1]) if "--c" in args else learn.DEFAULT_C))
