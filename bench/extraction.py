"""Extraction benchmark: the shipped reader vs the regex baseline, on any labelled folders.

    python bench/extraction.py [FOLDER ...] [--errors] [--pipelines] [--no-big]

Each FOLDER holds .eml files and a gold.json (format: docs/extraction.md); when it also holds a
catalogue.json (`{"elements": [...], "etapes": [...], "groups": [...]}`), the shipped reader is
scored twice: without the catalogue (REFER down, `inspect` on files) and with it. Without
folders: the repository's corpus, its held-out set and every set under tests/corpus/written/.
Prints precision/recall/F1 of codes (canonical: the headline), the share of gold codes found in
the form their writer wrote (detection apart from canonicalisation: case and spaces folded only),
precision/recall/F1 of student numbers and course ids, the accuracy of symptom,
sender role, language and auto-reply, and mails per CPU second on one core (process time, so that other work on the machine does not count); then the time to parse
and read a 1 MB HTML mail. Targets: codes F1 >= 0.98, numbers F1 >= 0.99, symptom >= 0.95,
>= 500 mails/s, the 1 MB mail read in < 0.5 s.
"""
from __future__ import annotations

import functools
import inspect
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triage import extractors  # noqa: E402
from triage.catalogue import Catalogue  # noqa: E402
from triage.extractors import baseline  # noqa: E402
from triage.extractors.evaluation import (ENTITY_FIELDS, Scores, etapes_judged,  # noqa: E402
                                          evaluate, load, load_catalogue)

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def default_folders() -> list[Path]:
    """The corpus, its held-out set and the blind-written sets, when present."""
    written = sorted(p.parent for p in (CORPUS / "written").glob("*/gold.json"))
    return [CORPUS, CORPUS / "heldout", *written]


def table(title: str, results: dict[str, Scores]) -> str:
    """One side-by-side table for one data set."""
    names = list(results)
    width = 26
    lines = [f"== {title} ({next(iter(results.values())).total} mails)",
             f"{'metric':<22}" + "".join(f"{n:>{width}}" for n in names)]
    for name in ENTITY_FIELDS:
        cells = ["P {:.3f} R {:.3f} F1 {:.3f}".format(*results[n].prf(name)) for n in names]
        lines.append(f"{name:<22}" + "".join(f"{c:>{width}}" for c in cells))
        if name == "apogee_codes":
            # Detection apart from canonicalisation: found in the form the writer wrote.
            cells = ["found as written {:.3f}".format(results[n].found_as_written())
                     for n in names]
            lines.append(f"{'  codes as written':<22}" + "".join(f"{c:>{width}}" for c in cells))
            if any(sum(r.counts.get("etapes_said", [0, 0, 0])[::2]) for r in results.values()):
                # the étapes a writer counts when said in words (« L1 droit »), read apart
                cells = ["P {:.3f} R {:.3f} F1 {:.3f}".format(*results[n].prf("etapes_said"))
                         if "etapes_said" in results[n].counts else "-" for n in names]
                lines.append(f"{'étapes said':<22}" + "".join(f"{c:>{width}}" for c in cells))
    for label in ("symptom", "sender_role", "language", "auto_reply"):
        lines.append(f"{label + ' acc.':<22}" +
                     "".join(f"{results[n].accuracy(label):>{width}.3f}" for n in names))
    lines.append(f"{'mails/s parse+read':<22}" +
                 "".join(f"{results[n].mails_per_second:>{width}.0f}" for n in names))
    lines.append(f"{'mails/s read only':<22}" +
                 "".join(f"{results[n].reads_per_second:>{width}.0f}" for n in names))
    return "\n".join(lines)


def readers_for(catalogue: Catalogue | None) -> dict:
    """The readers to compare on a folder: with its catalogue too when it has one."""
    readers = {"shipped": extractors.read}
    # (An older reader without the catalogue parameter is benched without it.)
    if catalogue is not None and "catalogue" in inspect.signature(extractors.read).parameters:
        readers["shipped+catalogue"] = functools.partial(extractors.read, catalogue=catalogue)
    readers["baseline"] = baseline.read
    return readers


def big_html_mail(size: int = 1_000_000) -> bytes:
    """A pasted HTML table of students about 1 MB long (the worst ordinary case of size)."""
    from email.message import EmailMessage
    rows, n = [], 0
    while sum(map(len, rows)) < size:
        n += 1
        rows.append(f"<tr><td>{22000000 + n * 37 % 999999}</td><td>0903{n:06d}K</td>"
                    f"<td>Nom{n} Prénom{n}</td><td>L{n % 3 + 1}INF{100 + n % 800}</td>"
                    f"<td>n'est pas inscrit au cours, tél. 02 31 56 {n % 90 + 10} 00</td></tr>\n")
    msg = EmailMessage()
    msg["From"], msg["To"] = "scolarite.droit@unicaen.fr", "cemu.assistance@unicaen.fr"
    msg["Subject"], msg["Message-ID"] = "Liste des étudiants non inscrits", "<big@bench>"
    msg.set_content("<html><body><p>Bonjour,</p><table>" + "".join(rows)
                    + "</table><p>Cordialement</p></body></html>", subtype="html")
    return bytes(msg)


def big_mail() -> None:
    """CPU seconds to parse and to read a 1 MB HTML mail (best of three)."""
    from triage.mail.parse import parse_mail
    raw = big_html_mail()
    parse_s, read_s = [], []
    for _ in range(3):
        start = time.process_time()
        mail = parse_mail(raw)
        parse_s.append(time.process_time() - start)
        start = time.process_time()
        reading = extractors.read(mail)
        read_s.append(time.process_time() - start)
    print(f"== 1 MB HTML mail ({len(raw):,} bytes, {len(reading.entities.student_numbers):,} "
          f"numbers read): parse {min(parse_s):.3f} s, read {min(read_s):.3f} s (target < 0.5 s)")


def pipelines() -> None:
    """The measurement behind the spaCy choice: docs/s of each pipeline on the corpus bodies."""
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


def main(folders: list[Path], show_errors: bool = False, big: bool = True) -> int:
    """Run the readers on every folder and print the tables; 2 when a folder is unusable."""
    status = 0
    for folder in folders:
        if not (folder / "gold.json").exists():
            print(f"== {folder}: no gold.json", file=sys.stderr)
            status = 2
            continue
        samples = load(folder)
        catalogue = load_catalogue(folder)
        etapes = etapes_judged(folder, catalogue)
        results = {n: evaluate(r, samples, min_seconds=1.0,
                               etapes=etapes if n.endswith("+catalogue") else frozenset())
                   for n, r in readers_for(catalogue).items()}
        print(table(str(folder), results))
        if show_errors:
            for name in results:
                if name != "baseline":
                    print(f"  -- {name} errors")
                    print("\n".join("  " + e for e in results[name].errors))
        print()
    if big:
        big_mail()
    return status


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--pipelines" in sys.argv:
        pipelines()
    sys.exit(main([Path(a) for a in args] or default_folders(), "--errors" in sys.argv,
                  "--no-big" not in sys.argv))
