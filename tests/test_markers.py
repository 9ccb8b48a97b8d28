"""`-m "not postgres and not imap and not browser"` leaves out every test that needs one of
those servers (the markers are set from the fixtures a test uses, in conftest.py)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _collected(expression: str) -> set[str]:
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-m",
                          expression, "tests/test_pipeline.py", "tests/test_imap.py",
                          "tests/test_web_browser.py", "tests/test_workers_pg.py"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300).stdout
    return {line.strip() for line in out.splitlines() if "::" in line}


def test_markers_select_the_tests_that_need_each_server():
    without = _collected("not postgres and not imap and not browser")
    assert without, "nothing collected"
    assert not any("postgresql" in t or "test_imap.py" in t or "test_web_browser" in t
                   for t in without)
    assert "tests/test_workers_pg.py::test_two_workers_never_triage_a_ticket_twice_nor_skip_one" \
        not in without
    assert "tests/test_workers_pg.py::test_file_lock_for_the_sqlite_store" in without
    assert any("[sqlite]" in t for t in without)                   # the SQLite half stays
    only_pg = _collected("postgres")
    assert only_pg and all("postgresql" in t or "test_workers_pg" in t or "test_imap" in t
                           for t in only_pg)
