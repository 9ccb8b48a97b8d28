"""Ingestion benchmark against a real Dovecot: raw IMAP fetch vs `watch --once`, and latency.

    python bench/ingest.py [--count 10000] [--latency 200] [--no-postgres]

Prints, in one run: the raw `FETCH BODY.PEEK[]` rate of imapclient alone (the baseline), the
rate at which ImapBox.fetch_once + Receiver (what `triage watch --once --no-triage` runs) stores
the same mails in SQLite and in PostgreSQL, with the default fetcher (imapclient's public API)
and with `fast_fetch` (triage/mail/imap_fetch.py), their ratio to the baseline (target >= 50 %),
and
the p50/p95 latency from APPEND to a stored draft while ImapBox.watch idles and triages each
batch (target p95 < 5 s).

Both sides are timed the same way: from opening the connection (login, SELECT) to the end, on a
folder the server has already indexed (the mails are COPYed into INBOX and the folder SELECTed
once before timing, as the APPEND indexed the source folder of the baseline). For the watcher,
two times: "stored" when the last batch is committed (every mail durable, the workers can
thread it), "marked" when fetch_once returns (every mail also MOVEd or flagged on the server).
Each measure is repeated (--repeat, interleaved with the baseline) and the medians compared.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from datetime import timezone
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from imapclient import IMAPClient  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from tests.servers.dovecot import start_dovecot  # noqa: E402
from triage.mail.imap import ImapBox  # noqa: E402
from triage.pipeline.receive import Receiver  # noqa: E402
from triage.store import models as m  # noqa: E402
from triage.store.db import connect, session_factory, upgrade  # noqa: E402

WORDS = ("cours", "Ecampus", "inscription", "groupe", "TD", "accès", "visible", "étudiant",
         "semestre", "code", "APOGÉE", "problème", "merci", "bonjour", "enseignant")


def make_mail(n: int, rng: random.Random, tag: str = "bench") -> bytes:
    """A support mail like the real ones: French, sometimes a reply, sometimes HTML or latin-1."""
    msg = EmailMessage()
    msg["From"] = f"Étudiant {n} <e{n}@etu.unicaen.fr>"
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Subject"] = f"Problème de cours n°{n}"
    msg["Message-ID"] = f"<{tag}-{n}@etu.unicaen.fr>"
    if n > 10 and rng.random() < 0.3:                         # a follow-up in a thread
        parent = f"{tag}-{rng.randrange(n - 10)}@etu.unicaen.fr"
        msg.replace_header("Subject", "Re: Problème de cours")
        msg["In-Reply-To"] = f"<{parent}>"
    body = "Bonjour,\n" + " ".join(rng.choice(WORDS) for _ in range(60)) + \
        f"\nCode RCAED{n % 1000:03d}, numéro 2190{n % 10000:04d}.\nCordialement\n\n" + \
        "Le lun. 3 févr. 2025 à 10:12, CEMU <cemu@unicaen.fr> a écrit :\n> ancienne réponse\n"
    if rng.random() < 0.3:
        msg.set_content(body)
        msg.add_alternative("<p>" + body.replace("\n", "<br>") + "</p>", subtype="html")
    else:
        msg.set_content(body, charset="iso-8859-1" if rng.random() < 0.3 else "utf-8")
    return bytes(msg)


def imap(server) -> IMAPClient:
    client = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=60)
    client.login("cemu", server.password)
    return client


def append_all(server, folder: str, mails: list[bytes]) -> None:
    client = imap(server)
    for i in range(0, len(mails), 500):
        client.multiappend(folder, mails[i:i + 500])
    client.logout()


def raw_fetch_rate(server, folder: str, batch: int) -> tuple[float, int]:
    """Baseline: imapclient alone: connect, SELECT, UID SEARCH, FETCH BODY.PEEK[] in batches."""
    t0 = time.perf_counter()
    client = imap(server)
    client.select_folder(folder, readonly=True)
    uids = client.search("ALL")
    total = 0
    for i in range(0, len(uids), batch):
        total += sum(len(d[b"BODY[]"]) for d in client.fetch(uids[i:i + batch],
                                                              ["BODY.PEEK[]"]).values())
    rate = len(uids) / (time.perf_counter() - t0)
    client.logout()
    return rate, total


def fill_inbox(server) -> IMAPClient:
    """COPY the source mails into INBOX and SELECT it, so that the server indexes the copy now,
    not while a measure is timed; returns the connection, INBOX selected."""
    client = imap(server)
    client.select_folder("Source")
    client.copy("1:*", "INBOX")
    client.select_folder("INBOX")
    return client


def server_move_rate(server) -> float:
    """The ceiling of "marked" in MOVE mode: the server MOVEs the same mails out of an indexed
    INBOX in one command (its cheapest way), with nothing else running."""
    client = fill_inbox(server)
    n = len(client.search("ALL"))
    t0 = time.perf_counter()
    client.move("1:*", "Triage")
    rate = n / (time.perf_counter() - t0)
    client.select_folder("Triage")
    client.delete_messages("1:*", silent=True)
    client.expunge()
    client.logout()
    return rate


class TimedReceiver(Receiver):
    """The Receiver, noting when its last batch was committed."""
    last_commit = 0.0

    def store_batch(self, items):
        durable = super().store_batch(items)
        self.last_commit = time.perf_counter()
        return durable


def store_rate(server, db_url: str, batch: int, done_folder: str = "Triage",
               fast: bool = False) -> tuple[float, float]:
    """`watch --once --no-triage`: ImapBox.fetch_once + Receiver (one commit per batch), with
    the default fetcher or the fast one.

    Returns (stored, marked) rates: up to the last commit, and up to fetch_once's return."""
    fill_inbox(server).logout()
    engine = connect(db_url)
    upgrade(engine)
    box = ImapBox(server.url(), batch_size=batch, done_folder=done_folder, fast_fetch=fast)
    sink = TimedReceiver(session_factory(engine))
    t0 = time.perf_counter()
    n = box.fetch_once(sink)
    t_marked = time.perf_counter()
    t_stored = sink.last_commit
    box.close()
    client = imap(server)                 # empty INBOX (flag mode leaves the mails there)
    client.select_folder("INBOX")
    client.delete_messages("1:*", silent=True)   # a range: a list of 10,000 UIDs is too long a command
    client.expunge()
    client.logout()
    with session_factory(engine)() as s:
        stored = s.scalar(select(func.count(m.Message.id)))
    engine.dispose()
    if stored != n:
        print(f"WARNING: {n} mails fetched but {stored} messages stored")
    return n / (t_stored - t0), n / (t_marked - t0)


def latency(server, db_url: str, count: int, rate_per_s: float) -> list[float]:
    """APPEND one mail at a time while watching; seconds until its draft is stored."""
    from triage.config import load
    from triage.pipeline.analyse import Analyser
    from triage.pipeline.worker import run_pending
    engine = connect(db_url)
    upgrade(engine)
    sessions = session_factory(engine)
    analyser = Analyser.from_config(load(env={}))
    from triage.mail.parse import parse_mail
    analyser.analyse(parse_mail(make_mail(0, random.Random(0))))   # load models before timing
    box = ImapBox(server.url(), idle_seconds=0.5)
    stop = threading.Event()
    watcher = threading.Thread(target=box.watch, args=(
        Receiver(sessions), stop, lambda: run_pending(sessions, analyser, limit=200)))
    watcher.start()
    rng, sent = random.Random(7), {}
    client = imap(server)
    for i in range(count):
        raw = make_mail(100_000 + i, rng, tag="lat")
        raw = raw.replace(b"In-Reply-To", b"X-Was-In-Reply-To")   # every mail: a new ticket
        sent[f"lat-{100_000 + i}@etu.unicaen.fr"] = time.time()
        client.append("INBOX", raw)
        time.sleep(1 / rate_per_s)
    client.logout()
    deadline = time.time() + 60
    found: dict[str, float] = {}
    while time.time() < deadline and len(found) < count:
        with sessions() as s:
            rows = s.execute(select(m.Message.message_id, m.Draft.created_at)
                             .join(m.Draft, m.Draft.ticket_id == m.Message.ticket_id)).all()
        found = {mid: _epoch(at) for mid, at in rows}
        time.sleep(0.5)
    stop.set()
    watcher.join(timeout=30)
    engine.dispose()
    return sorted(found[k] - t for k, t in sent.items() if k in found)


def _epoch(at) -> float:
    """Store timestamps are UTC; SQLite returns them naive."""
    return (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).timestamp()


def main() -> None:
    """Run every measure once and print the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--latency", type=int, default=100, help="mails for the latency test")
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--rate", type=float, default=2.0, help="mails/s APPENDed while watching")
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measure (medians)")
    args = ap.parse_args()
    server = start_dovecot()
    tmp = Path(server.base)
    pg = None
    try:
        rng = random.Random(42)
        mails = [make_mail(i, rng) for i in range(args.count)]
        imap(server).create_folder("Source")
        t0 = time.perf_counter()
        append_all(server, "Source", mails)
        print(f"APPEND {args.count} mails: {args.count / (time.perf_counter() - t0):.0f}/s")
        configs = {"sqlite, move": (f"sqlite:///{tmp}/{{}}-move.db", "Triage", False),
                   "sqlite, move, fast": (f"sqlite:///{tmp}/{{}}-movefast.db", "Triage", True),
                   "sqlite, flag": (f"sqlite:///{tmp}/{{}}-flag.db", "", False)}
        if not args.no_postgres:
            from tests.servers.postgres import start_postgres
            pg = start_postgres()
            configs["postgresql, move"] = ("pg:{}-move", "Triage", False)
            configs["postgresql, move, fast"] = ("pg:{}-movefast", "Triage", True)
            configs["postgresql, flag"] = ("pg:{}-flag", "", False)

        def url(pattern: str, run: int) -> str:
            name = pattern.format(f"r{run}")
            return pg.create_database(name[3:].replace("-", "_")) if name.startswith("pg:") \
                else name
        baseline, moves, size = [], [], 0
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in configs}
        for run in range(args.repeat):
            rate, size = raw_fetch_rate(server, "Source", args.batch)
            baseline.append(rate)
            moves.append(server_move_rate(server))
            for name, (pattern, done_folder, fast) in configs.items():
                runs[name].append(store_rate(server, url(pattern, run), args.batch,
                                             done_folder=done_folder, fast=fast))
            print(f"run {run + 1}/{args.repeat}: baseline {rate:.0f}/s; " + "; ".join(
                f"{name} {r[-1][0]:.0f}/{r[-1][1]:.0f}" for name, r in runs.items()))
        raw_rate = statistics.median(baseline)
        print(f"baseline  imapclient FETCH BODY.PEEK[]: {raw_rate:8.0f} mails/s, median of "
              f"{args.repeat} ({min(baseline):.0f}..{max(baseline):.0f}; "
              f"{size / args.count / 1024:.1f} KiB/mail)")
        print("watch --once -> (median of runs)      stored: last commit     "
              "marked: MOVEd/flagged too  (target >= 50 %)")
        for name, rates in runs.items():
            stored = statistics.median(r[0] for r in rates)
            marked = statistics.median(r[1] for r in rates)
            print(f"  {name:24s} {stored:8.0f} mails/s = {stored / raw_rate:6.1%}   "
                  f"{marked:8.0f} mails/s = {marked / raw_rate:6.1%}")
        move_rate = statistics.median(moves)
        print(f"server alone: one UID MOVE of all the mails: {move_rate:8.0f} mails/s "
              f"= {move_rate / raw_rate:6.1%} of the baseline (the ceiling of 'marked', MOVE mode)")
        lat = latency(server, f"sqlite:///{tmp}/latency.db", args.latency, args.rate)
        if lat:
            p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))]
            print(f"latency max {lat[-1]:.2f} s; slowest five: "
                  + ", ".join(f"{x:.2f}" for x in lat[-5:]))
            print(f"APPEND -> stored draft while watching (SQLite, {len(lat)}/{args.latency} "
                  f"mails, {args.rate:g} mails/s): p50 {statistics.median(lat):.2f} s, p95 {p95:.2f} s "
                  f"(target < 5 s)")
        else:
            print("latency: no draft stored (analyser unavailable?)")
    finally:
        server.stop()
        if pg is not None:
            pg.stop("immediate")


if __name__ == "__main__":
    main()
