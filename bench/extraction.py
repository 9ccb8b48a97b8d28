"""Extraction benchmark: shipped extractor vs regex baseline, on the corpus and the held-out set.

    python bench/extraction.py [--errors] [--pipelines]

Prints precision/recall/F1 per identifier field, symptom and sender-role accuracy, and mails
per second for parse + read on one core. Targets: F1 >= 0.98, symptom >= 0.90, >= 200 mails/s.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triage import extractors  # noqa: E402
from triage.extractors import baseline  # noqa: E402
from triage.extractors.evaluation import ENTITY_FIELDS, Scores, evaluate, load  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
READERS = {"shipped": extractors.read, "baseline": baseline.read}


def table(title: str, results: dict[str, Scores]) -> str:
    """One side-by-side table for one data set."""
    names = list(results)
    lines = [f"== {title} ({next(iter(results.values())).total} mails)",
             f"{'metric':<28}" + "".join(f"{n:>26}" for n in names)]
    for name in ENTITY_FIELDS:
        cells = ["P {:.3f} R {:.3f} F1 {:.3f}".format(*results[n].prf(name)) for n in names]
        lines.append(f"{name:<28}" + "".join(f"{c:>26}" for c in cells))
    for label in ("symptom", "sender_role", "language", "auto_reply"):
        lines.append(f"{label + ' accuracy':<28}" +
                     "".join(f"{results[n].accuracy(label):>26.3f}" for n in names))
    lines.append(f"{'mails/s (parse+read)':<28}" +
                 "".join(f"{results[n].mails_per_second:>26.0f}" for n in names))
    lines.append(f"{'mails/s (read only)':<28}" +
                 "".join(f"{results[n].reads_per_second:>26.0f}" for n in names))
    return "\n".join(lines)


def pipelines() -> None:
    """The measurement behind the spaCy choice: docs/s of each pipeline on the corpus bodies."""
    import time

    import spacy

    from triage.mail.parse import parse_mail
    texts = [parse_mail(s.raw).text for s in load(CORPUS)]
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"== spaCy pipelines on {len(texts)} corpus bodies ({words:.0f} words on average)")
    candidates = {"blank('fr').make_doc": spacy.blank("fr").make_doc}
    try:
        candidates["fr_core_news_sm (full)"] = spacy.load("fr_core_news_sm")
    except OSError:
        print("fr_core_news_sm not installed")
    for name, run in candidates.items():
        start = time.perf_counter()
        for text in texts:
            run(text)
        print(f"{name:<28}{len(texts) / (time.perf_counter() - start):>10.0f} docs/s")
    print()


def main(show_errors: bool = False) -> None:
    """Run both readers on both sets and print the tables."""
    for title, folder in (("corpus", CORPUS), ("held-out", CORPUS / "heldout")):
        if not (folder / "gold.json").exists():
            print(f"== {title}: no gold.json in {folder}")
            continue
        samples = load(folder)
        results = {n: evaluate(r, samples, min_seconds=1.0) for n, r in READERS.items()}
        print(table(title, results))
        if show_errors:
            print("\n".join("  " + e for e in results["shipped"].errors))
        print()


if __name__ == "__main__":
    if "--pipelines" in sys.argv:
        pipelines()
    main("--errors" in sys.argv)
