"""Sources benchmark: time to gather one ticket's facts on the demo university, SQLite and PostgreSQL.

    python bench/sources.py [--scale 1.0] [--tickets 300] [--dir DIR]

Builds the demo university (timed: target < 60 s at scale 1.0), loads it into a throw-away
PostgreSQL, then gathers the facts of realistic tickets (1-3 codes, a student number, a course
link, a sender). Baseline: the same tickets gathered one entity at a time (a batch per entity,
what an agent's one-query-at-a-time lookup amounts to). Target: batched p95 < 50 ms.
"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.servers.postgres import start_postgres  # noqa: E402
from triage.demo.scenarios import DEMO_DAY, SCENARIOS  # noqa: E402
from triage.demo.university import build, load_into  # noqa: E402
from triage.facts import RuleSettings  # noqa: E402
from triage.model import Entities, Reading  # noqa: E402
from triage.sources import SourceSettings, Sources  # noqa: E402


def tickets(demo: Path, n: int, seed: int = 7) -> list[tuple[Reading, str]]:
    """Tickets citing scenario places and random students/codes/courses of the demo."""
    rng = Random(seed)
    refer, moodle = sqlite3.connect(demo / "refer.db"), sqlite3.connect(demo / "moodle.db")
    students = [str(r[0]) for r in refer.execute("SELECT cod_etu FROM individu")]
    codes = [r[0] for r in refer.execute("SELECT cod_elp FROM element_pedagogi")]
    courses = [r[0] for r in moodle.execute("SELECT id FROM mdl_course")]
    fixed = [v for s in SCENARIOS.values() for part in s.values() for v in part.values()
             if isinstance(v, str) and 5 <= len(v) <= 12 and " " not in v]
    out = []
    for _ in range(n):
        cited = rng.sample(codes, rng.randint(1, 2)) + [rng.choice(fixed)]
        number = rng.choice(students)
        ents = Entities(apogee_codes=[c for c in cited if not c.isdigit()],
                        student_numbers=[number] if rng.random() < 0.7 else [],
                        course_ids=[rng.choice(courses)] if rng.random() < 0.5 else [])
        out.append((Reading(entities=ents), f"{number}@etu.unicaen.fr"))
    return out


def one_by_one(reading: Reading) -> list[Reading]:
    """The baseline: one reading per cited entity."""
    e = reading.entities
    return ([Reading(entities=Entities(apogee_codes=[c])) for c in e.apogee_codes] +
            [Reading(entities=Entities(student_numbers=[n])) for n in e.student_numbers] +
            [Reading(entities=Entities(course_ids=[i])) for i in e.course_ids])


def measure(src: Sources, sample, baseline: bool) -> list[float]:
    """Milliseconds per ticket."""
    times = []
    for reading, sender in sample:
        started = time.perf_counter()
        for r in (one_by_one(reading) if baseline else [reading]):
            facts = src.gather(r, sender, DEMO_DAY, RuleSettings())
            assert not facts.pending, facts.pending
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(label: str, times: list[float]) -> None:
    """Print p50/p95/max of one series."""
    q = statistics.quantiles(times, n=100)
    print(f"{label:<34} p50 {q[49]:7.1f} ms   p95 {q[94]:7.1f} ms   max {max(times):7.1f} ms")


def main() -> None:
    """Build, load, measure, print."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--tickets", type=int, default=300)
    ap.add_argument("--dir", type=Path, default=None)
    args = ap.parse_args()
    demo = args.dir or Path(tempfile.mkdtemp(prefix="triage-demo-"))
    started = time.monotonic()
    manifest = build(demo, scale=args.scale)
    print(f"build scale {args.scale}: {time.monotonic() - started:.1f} s  "
          f"({manifest['counts']['individu']} students, {manifest['counts']['mdl_course']} courses)")
    sample = tickets(demo, args.tickets)
    server = start_postgres()
    try:
        url = server.create_database("bench")
        started = time.monotonic()
        load_into(url, demo)
        print(f"load into PostgreSQL: {time.monotonic() - started:.1f} s")
        for name, settings in (
                ("sqlite", SourceSettings(refer_url=f"sqlite:///{demo}/refer.db",
                                          moodle_url=f"sqlite:///{demo}/moodle.db")),
                ("postgresql", SourceSettings(refer_url=url, moodle_url=url))):
            src = Sources(settings)
            measure(src, sample[:10], False)                   # warm the pools and caches
            report(f"{name} batched (shipped)", measure(src, sample, False))
            report(f"{name} one entity at a time", measure(src, sample, True))
            src.close()
    finally:
        server.stop("immediate")


if __name__ == "__main__":
    main()
