"""A watcher process for crash tests: ImapBox -> Receiver, as `triage watch --no-triage` runs.

    python -m tests.servers.watcher --db URL --imap URL [--once] [--delay S] [--batch N]

`--delay` sleeps after each committed batch, before the mailbox marks it done, so that a test
can SIGKILL the process in that window. Prints one line per committed batch ("stored <n>")
when --verbose, and "done <n>" at the end.
"""
from __future__ import annotations

import argparse
import signal
import sys
import threading
import time

from triage.mail.imap import ImapBox
from triage.pipeline.receive import Receiver
from triage.store.db import connect, session_factory


class SlowReceiver(Receiver):
    """The production sink, pausing after each commit (the window a crash test aims at)."""

    def __init__(self, sessions, delay: float = 0.0, verbose: bool = False):
        super().__init__(sessions)
        self.delay, self.verbose = delay, verbose

    def store_batch(self, items):
        durable = super().store_batch(items)
        if self.verbose:
            print(f"stored {len(durable)}", flush=True)
        if self.delay:
            time.sleep(self.delay)
        return durable


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
    sink = SlowReceiver(session_factory(engine), args.delay, args.verbose)
    if args.once:
        n = box.fetch_once(sink)
        box.close()
        print(f"done {n}", flush=True)
        return 0
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("watching", flush=True)
    box.watch(sink, stop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
