"""A watcher process for crash tests and the bench: ImapBox -> ingest, as `triage watch` does.

    python -m tests.servers.watcher --db URL --imap URL [--once] [--delay S] [--batch N]

`--delay` sleeps after each stored mail so that a test can SIGKILL the process mid-batch.
Prints one line per stored mail ("stored <key>") when --verbose, and "done <n>" at the end.
"""
from __future__ import annotations

import argparse
import signal
import sys
import threading
import time

from triage.mail.imap import ImapBox
from triage.pipeline.ingest import ingest
from triage.store.db import connect, session_factory


def make_store(sessions, delay: float = 0.0, verbose: bool = False):
    """store(raw, key): ingest in its own session (commits), then optional delay."""
    def store(raw: bytes, key: str):
        with sessions() as session:
            result = ingest(session, raw, key)
        if verbose:
            print(f"stored {key} {result.created}", flush=True)
        if delay:
            time.sleep(delay)
        return result
    return store


def main(argv: list[str] | None = None) -> int:
    """Run once or watch until SIGTERM."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--imap", required=True)
    ap.add_argument("--once", action="store_true")
    ap.add_argument("--delay", type=float, default=0.0)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--done-folder", default="Triage")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    engine = connect(args.db)
    box = ImapBox(args.imap, done_folder=args.done_folder, batch_size=args.batch,
                  max_backoff=1.0, timeout=10.0)
    store = make_store(session_factory(engine), args.delay, args.verbose)
    if args.once:
        n = box.fetch_once(store)
        box.close()
        print(f"done {n}", flush=True)
        return 0
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("watching", flush=True)
    box.watch(store, stop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
