"""The reader with a catalogue of REFER's size: does a big catalogue invent codes or slow it down?

    python bench/catalogue_scale.py [FOLDER ...]

Each blind writer's `catalogue.json` holds a few hundred to a few thousand codes; REFER holds
about 14,000 courses and their étapes and groups. Tolerant matching (case, a dropped dot, O/0,
a truncated suffix, a group's short name) has more codes to collide with in a big catalogue. For
each writer's folder (default: every set under tests/corpus/written/), the shipped reader reads
its mails twice: with the writer's own catalogue, and with the union of every writer's catalogue
(the writer's own labels win for its codes; every writer's `unknown` codes stay out, as REFER
would not know them). Prints codes P / R / F1 both ways, the mails whose codes changed, and reads
per CPU second. The union mixes universities whose schemes collide in ways one university's
would not: a false code here is an upper bound of what REFER's size costs.
"""
from __future__ import annotations

import functools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triage import extractors  # noqa: E402
from triage.catalogue import Catalogue  # noqa: E402
from triage.extractors.evaluation import Scores, evaluate, load  # noqa: E402
from triage.mail.parse import parse_mail  # noqa: E402

WRITTEN = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "written"
KINDS = ("elements", "etapes", "groups", "courses")


def _catalogue_file(folder: Path) -> dict:
    return json.loads((folder / "catalogue.json").read_text(encoding="utf-8"))


def union_catalogue(own: Path, everyone: list[Path]) -> Catalogue:
    """Every writer's codes, `own`'s labels winning, nobody's unknown codes."""
    codes: set[str] = set()
    etapes: set[str] = set()
    labels: dict[str, str] = {}
    unknown: set[str] = set()
    for folder in [f for f in everyone if f != own] + [own]:
        data = _catalogue_file(folder)
        for kind in KINDS:
            codes.update(data.get(kind, []))
        etapes.update(data.get("etapes", []))
        unknown.update(c.upper() for c in data.get("unknown", []))
        if isinstance(data.get("labels"), dict):
            labels.update(data["labels"])
    return Catalogue.of((c for c in codes if c.upper() not in unknown), labels, etapes)


def own_catalogue(folder: Path) -> Catalogue:
    data = _catalogue_file(folder)
    labels = data.get("labels")
    return Catalogue.of((c for kind in KINDS for c in data.get(kind, [])),
                        labels if isinstance(labels, dict) else None, data.get("etapes", []))


def _codes(scores: Scores) -> str:
    p, r, f = scores.prf("apogee_codes")
    return f"{p:.3f} / {r:.3f} / {f:.3f}"


def main(folders: list[Path]) -> int:
    everyone = sorted(f for f in WRITTEN.iterdir() if (f / "catalogue.json").exists())
    folders = [f for f in folders if (f / "catalogue.json").exists()] or everyone
    print(f"{'folder':<14}{'codes':>7}{'own catalogue P / R / F1':>28}{'union P / R / F1':>24}"
          f"{'mails changed':>15}{'reads/s own':>13}{'union':>8}")
    total = {"own": Scores(), "union": Scores()}
    for folder in folders:
        samples = load(folder)
        own, union = own_catalogue(folder), union_catalogue(folder, everyone)
        results = {name: evaluate(functools.partial(extractors.read, catalogue=cat), samples,
                                  min_seconds=0.3)
                   for name, cat in (("own", own), ("union", union))}
        parsed = [parse_mail(s.raw) for s in samples]
        changed = sum(extractors.read(m, catalogue=own).entities.apogee_codes
                      != extractors.read(m, catalogue=union).entities.apogee_codes for m in parsed)
        for name, scores in results.items():
            for field, counts in scores.counts.items():
                into = total[name].counts.setdefault(field, [0, 0, 0])
                into[:] = [a + b for a, b in zip(into, counts)]
        print(f"{folder.name:<14}{len(union.codes):>7}{_codes(results['own']):>28}"
              f"{_codes(results['union']):>24}{changed:>15}"
              f"{results['own'].reads_per_second:>13.0f}{results['union'].reads_per_second:>8.0f}")
    print(f"{'all':<14}{'':>7}{_codes(total['own']):>28}{_codes(total['union']):>24}")
    return 0


if __name__ == "__main__":
    start = time.perf_counter()
    status = main([Path(a) for a in sys.argv[1:]])
    print(f"({time.perf_counter() - start:.0f} s)")
    sys.exit(status)
