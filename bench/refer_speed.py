"""How fast the reader reads with a catalogue of REFER's size (the pipeline's case).

    python bench/refer_speed.py [--step N] [--runs K]
    valgrind --tool=callgrind --instr-atstart=no python bench/refer_speed.py --callgrind

REFER holds about 14,000 courses and, with their étapes and groups, some 87,000 codes; the
catalogue here is the union of every written set's (`reading_dump.union_catalogue`: codes,
labels, étapes), of that size. Every `step`-th mail of every written set is parsed once, read
once to warm what a long-running pipeline has warm (the catalogue's indexes, the tokenizer's
cache), then read `runs` times with the union catalogue and `runs` times without one, in
alternation: prints the catalogue's size and mails/s (CPU time, best run) both ways.

On a loaded host CPU times swing by a third from one minute to the next; `--callgrind` (under
valgrind, as above) reads the mails once, warm, with callgrind's instrumentation switched on
(`callgrind_control -i on`) around that pass alone: an instruction count that load does not move.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_dump import folders, union_catalogue  # noqa: E402

from triage import extractors  # noqa: E402
from triage.catalogue import Catalogue  # noqa: E402
from triage.extractors.evaluation import load  # noqa: E402
from triage.mail.parse import parse_mail  # noqa: E402


def _seconds(mails: list, catalogue: Catalogue | None) -> float:
    start = time.process_time()
    for mail in mails:
        extractors.read(mail, catalogue=catalogue)
    return time.process_time() - start


def _callgrind(on: bool) -> None:
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
                   check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, default=4, help="read every step-th mail")
    parser.add_argument("--runs", type=int, default=3, help="timed reads of the mails, each way")
    parser.add_argument("--callgrind", action="store_true",
                        help="count one warm pass with the catalogue under callgrind")
    args = parser.parse_args()
    sets = folders()
    written = [f for f in sets if f.parent.name == "written"]
    catalogue = union_catalogue(written)
    mails = [parse_mail(s.raw) for folder in written for s in load(folder)][::args.step]
    print(f"catalogue: {len(catalogue):,} codes, {len(catalogue.labels):,} labels, "
          f"{len(catalogue.etapes):,} étapes; {len(mails):,} mails "
          f"(every {args.step}th of {len(written)} written sets)")
    _seconds(mails, catalogue)                 # warm: indexes built, caches filled
    _seconds(mails, None)
    if args.callgrind:
        _callgrind(True)
        _seconds(mails, catalogue)
        _callgrind(False)
        print("counted: one warm read of the mails with the catalogue")
        return 0
    with_catalogue, without = [], []
    for _ in range(args.runs):
        with_catalogue.append(_seconds(mails, catalogue))
        without.append(_seconds(mails, None))
    print(f"with the catalogue: {len(mails) / min(with_catalogue):,.0f} mails/s (best of "
          f"{args.runs}; runs {', '.join(f'{len(mails) / s:,.0f}' for s in with_catalogue)})")
    print(f"without:            {len(mails) / min(without):,.0f} mails/s (runs "
          f"{', '.join(f'{len(mails) / s:,.0f}' for s in without)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
