"""Diagnosis benchmark: per-ticket latency (gather + diagnose + compose) and the full scan time.

    python bench/diagnose.py [--dir var/bench-demo] [--scale 1.0] [--rounds 5] [--no-pg]

Builds the demo university once into --dir (kept as a cache), loads it into a throw-away
PostgreSQL, then runs the sample and corpus mails through the Analyser as tickets, and
`triage scan` over everything, on SQLite and PostgreSQL. Targets: scan < 60 s; ticket p95 is
reported against the baseline of reading alone (the part without any database).
Baseline for the scan: one per-ticket gather per student, extrapolated from the measured p50.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triage import extractors  # noqa: E402
from tests.servers.postgres import start_postgres  # noqa: E402
from triage.demo.scenarios import DEMO_DAY  # noqa: E402
from triage.demo.setup import SAMPLE_MAILS, demo_config  # noqa: E402
from triage.demo.university import build, load_into  # noqa: E402
from triage.mail.parse import parse_mail  # noqa: E402
from triage.pipeline.analyse import Analyser  # noqa: E402
from triage.scan import Scanner  # noqa: E402
from triage.sources import SourceSettings, Sources  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"


def ensure_demo(directory: Path, scale: float) -> dict:
    """The demo university in `directory`, built only when absent (or of another scale)."""
    import json
    manifest = directory / "manifest.json"
    if manifest.exists():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        if data.get("scale") == scale:
            return data
    started = time.monotonic()
    data = build(directory, scale=scale)
    print(f"built demo university at scale {scale} in {time.monotonic() - started:.0f} s "
          f"-> {directory}")
    return data


def mails() -> list:
    """The demo's sample mails and the labelled corpus, parsed."""
    paths = sorted(SAMPLE_MAILS.glob("*.eml")) + sorted(CORPUS.glob("*.eml"))
    return [parse_mail(p.read_bytes()) for p in paths]


def pct(values: list[float], p: int) -> float:
    """The p-th percentile."""
    return statistics.quantiles(values, n=100)[p - 1] if len(values) > 1 else values[0]


def per_ticket(analyser: Analyser, sample: list, rounds: int) -> list[float]:
    """Milliseconds per analysed mail (read + gather + diagnose + compose)."""
    for mail in sample[:10]:
        analyser.analyse(mail, now=DEMO_DAY)             # warm pools, caches, spaCy
    times = []
    for _ in range(rounds):
        for mail in sample:
            started = time.perf_counter()
            analyser.analyse(mail, now=DEMO_DAY)
            times.append((time.perf_counter() - started) * 1000)
    return times


def reading_only(analyser: Analyser, sample: list, rounds: int) -> list[float]:
    """Milliseconds per mail for the extraction alone (no database): the floor."""
    times = []
    for _ in range(rounds):
        for mail in sample:
            started = time.perf_counter()
            extractors.read(mail, analyser.reader_settings)
            times.append((time.perf_counter() - started) * 1000)
    return times


def run_backend(name: str, settings: SourceSettings, demo: Path, sample, rounds: int,
                students: int) -> list[str]:
    """Measure one backend; returns the table's lines."""
    sources = Sources(settings)
    analyser = Analyser.from_config(demo_config(demo), sources)
    ticket = per_ticket(analyser, sample, rounds)
    floor = reading_only(analyser, sample, 1)
    started = time.monotonic()
    report = Scanner(sources).run(DEMO_DAY)
    scan_s = time.monotonic() - started
    sources.close()
    naive = statistics.median(ticket) / 1000 * students
    return [f"{name:<11} ticket p50 {pct(ticket, 50):7.1f} ms  p95 {pct(ticket, 95):7.1f} ms  "
            f"(reading alone p50 {pct(floor, 50):5.1f} ms, n={len(ticket)})",
            f"{'':<11} scan {scan_s:6.1f} s, {len(report.items)} items  [target < 60 s: "
            f"{'OK' if scan_s < 60 else 'MISSED'}]  baseline one gather per student "
            f"~{naive:,.0f} s"]


def main() -> None:
    """Build or reuse the demo, measure SQLite then PostgreSQL, print the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=ROOT / "var" / "bench-demo")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-pg", action="store_true")
    args = ap.parse_args()
    manifest = ensure_demo(args.dir, args.scale)
    students = manifest["counts"]["individu"]
    sample = mails()
    print(f"demo: {students} students, {manifest['counts']['mdl_course']} courses; "
          f"{len(sample)} mails x {args.rounds} rounds")
    lines = run_backend("sqlite", SourceSettings(
        refer_url=f"sqlite:///{args.dir}/refer.db", moodle_url=f"sqlite:///{args.dir}/moodle.db",
        timeout_s=600.0), args.dir, sample, args.rounds, students)
    if not args.no_pg:
        server = start_postgres()
        try:
            url = server.create_database("bench_diagnose")
            started = time.monotonic()
            load_into(url, args.dir)
            print(f"loaded into PostgreSQL in {time.monotonic() - started:.0f} s")
            lines += run_backend("postgresql", SourceSettings(refer_url=url, moodle_url=url,
                                                              timeout_s=600.0),
                                 args.dir, sample, args.rounds, students)
        finally:
            server.stop("immediate")
            server.destroy()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
