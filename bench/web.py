"""Benchmark of the web queue: 50,000 tickets, then p50/p95 of the queue, ticket and stats pages
served by waitress on loopback, on SQLite and PostgreSQL. Target: p95 < 150 ms.

    python bench/web.py [--tickets 50000] [--requests 200] [--backend sqlite|postgres|both]
"""
from __future__ import annotations

import argparse
import http.client
import multiprocessing
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, text  # noqa: E402

from triage import config as triage_config  # noqa: E402
from triage import users  # noqa: E402
from triage.services import Services  # noqa: E402
from triage.pipeline.lifecycle import TicketState  # noqa: E402
from triage.store import models as m  # noqa: E402
from triage.store.db import upgrade  # noqa: E402

PASSWORD = "bench password 1"
SITUATIONS = ["hidden_course", "missing_group_enrolment", "distance_status_mismatch",
              "archived_course", "sync_stalled", "unknown_code", "erasmus_student"]
RAW = (b"From: Etudiant <e{n}@etu.unicaen.fr>\r\nTo: cemu.assistance@unicaen.fr\r\n"
       b"Subject: Cours introuvable\r\nMessage-ID: <bench-{n}@etu.unicaen.fr>\r\n"
       b"Content-Type: text/plain; charset=utf-8\r\n\r\nBonjour, je suis {num} inscrit en "
       b"{elp} et je ne vois pas mon cours sur Ecampus. Merci.\r\n")


def services_for(url: str, outbox: str) -> Services:
    cfg = triage_config.load(env={})
    cfg.set("database", "url", url)
    cfg.set("smtp", "url", f"outbox://{outbox}")
    cfg.set("web", "secret_key", "bench")
    return Services(cfg)


def _rows(n: int, rnd: random.Random, now):
    """The rows of ticket n (ids equal n in every table, so that no id has to be read back)."""
    # About 1,000 tickets open (a busy September morning), the rest spread over a year.
    state = rnd.choices([TicketState.TO_REVIEW, TicketState.ANSWERED, TicketState.REJECTED, TicketState.NOT_TO_ANSWER, TicketState.NEEDS_HUMAN],
                        [1.6, 80, 8, 10, 0.4])[0]
    age = rnd.uniform(0, 10) if state in (TicketState.TO_REVIEW, TicketState.NEEDS_HUMAN) else rnd.uniform(0, 365)
    created = now - timedelta(days=age)
    sit, elp = rnd.choice(SITUATIONS), f"E{rnd.randrange(400):04d}"
    num = f"22{n:06d}"
    ticket = dict(id=n, subject="Cours introuvable", requester=f"e{n}@etu.unicaen.fr",
                  requester_name=f"Etudiant {n}", state=state, flag_reason="",
                  symptom=rnd.choice(["course_missing", "login", "grades"]),
                  sender_role="student", language="fr", created_at=created, updated_at=created,
                  first_answer_at=created + timedelta(hours=rnd.uniform(0.2, 48))
                  if state == TicketState.ANSWERED else None, attempts=1)
    raw = RAW.replace(b"{n}", str(n).encode()).replace(b"{num}", num.encode()).replace(
        b"{elp}", elp.encode())
    message = dict(id=n, ticket_id=n, direction="in", message_id=f"bench-{n}@etu.unicaen.fr",
                   raw=raw, from_addr=f"e{n}@etu.unicaen.fr", subject="Cours introuvable",
                   received_at=created, defects=[])
    reading = {"sender_role": "student", "entities": {"apogee_codes": [elp],
                                                      "student_numbers": [num], "spans": []}}
    analysis = dict(id=n, ticket_id=n, message_id=n, reading=reading, pending_sources=[],
                    created_at=created)
    finding = dict(id=n, analysis_id=n, ticket_id=n, situation=sit, confidence=0.9,
                   owner="scolarite", fix="Corriger l'ELP.", params={}, elp=elp,
                   composante=f"UFR{rnd.randrange(12)}", course_id=40000 + rnd.randrange(400),
                   evidence=[{"source": "refer", "label": f"ELP {elp}",
                              "rows": [{"COD_ELP": elp, "TEM_DIS": "N"}]}])
    dstate = {TicketState.ANSWERED: "approved", TicketState.REJECTED: "rejected"}.get(state, "proposed")
    draft = dict(id=n, ticket_id=n, analysis_id=n, template=sit, templates=[sit], findings=[sit],
                 language="fr", subject="Re: Cours introuvable", original_text="Bonjour, ...",
                 text="Bonjour, ...", internal_note="", partial=False, state=dstate,
                 edited=rnd.random() < 0.2, reject_reason="", created_at=created)
    return ticket, message, analysis, finding if rnd.random() < 0.8 else None, draft


def fill(services: Services, count: int) -> None:
    """Write `count` tickets with their message, analysis, finding and draft."""
    upgrade(services.engine)
    rnd, now = random.Random(1), m.utcnow()
    with services.sessions() as session:
        users.add_user(session, "bench", PASSWORD, "admin", "Bench")
        session.commit()
    tables = (m.Ticket, m.Message, m.Analysis, m.FindingRow, m.Draft)
    for start in range(1, count + 1, 5000):
        batch = [_rows(n, rnd, now) for n in range(start, min(count + 1, start + 5000))]
        with services.sessions() as session:
            for i, model in enumerate(tables):
                session.execute(insert(model), [r[i] for r in batch if r[i] is not None])
            session.commit()
    if services.engine.dialect.name == "postgresql":
        with services.engine.begin() as conn:
            for t in ("tickets", "messages", "analyses", "findings", "drafts"):
                conn.execute(text(f"SELECT setval('{t}_id_seq', (SELECT max(id) FROM {t}))"))
            conn.execute(text("ANALYZE"))
    else:
        with services.engine.begin() as conn:
            conn.execute(text("ANALYZE"))


def serve(url: str, outbox: str, port: int) -> None:
    """The web app under waitress (in its own process, so the client does not share the GIL)."""
    from waitress import serve as waitress_serve

    from triage.web import create_app
    waitress_serve(create_app(services_for(url, outbox)), host="127.0.0.1", port=port,
                   threads=4, _quiet=True)


class Client:
    """A keep-alive HTTP client holding the session cookie."""

    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookie = ""

    def request(self, method: str, path: str, body: str | None = None) -> tuple[int, str]:
        headers = {"Cookie": self.cookie}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        resp = self.conn.getresponse()
        data = resp.read().decode("utf-8", "replace")
        cookie = resp.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return resp.status, data

    def sign_in(self) -> None:
        _, page = self.request("GET", "/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        status, _ = self.request("POST", "/login", urlencode(
            {"username": "bench", "password": PASSWORD, "csrf_token": token}))
        assert status == 302, status


def measure(client: Client, paths: list[str]) -> tuple[float, float]:
    """p50 and p95 in milliseconds over the paths (one request each)."""
    times = []
    for path in paths:
        t0 = time.perf_counter()
        status, _ = client.request("GET", path)
        times.append((time.perf_counter() - t0) * 1000)
        assert status == 200, (path, status)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def wait_port(port: int) -> None:
    for _ in range(200):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/login")
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("the web server did not start")


def bench(url: str, label: str, count: int, requests: int) -> None:
    """Fill the store, start the server, measure each page."""
    from tests.servers.postgres import free_port
    outbox = tempfile.mkdtemp()
    services = services_for(url, outbox)
    t0 = time.perf_counter()
    fill(services, count)
    print(f"{label}: {count} tickets written in {time.perf_counter() - t0:.1f} s")
    with services.sessions() as session:
        open_ids = [i for (i,) in session.execute(text(
            "SELECT id FROM tickets WHERE state = 'to_review' ORDER BY id"))]
    services.close()
    port = free_port()
    proc = multiprocessing.get_context("spawn").Process(target=serve, args=(url, outbox, port))
    proc.start()
    try:
        wait_port(port)
        client = Client(port)
        client.sign_in()
        rnd = random.Random(2)
        today = m.utcnow().date()
        pages = {
            "queue": ["/"] * requests,
            "queue page 10 + filter": ["/?page=10", "/?situation=hidden_course"] * (requests // 2),
            "ticket": [f"/ticket/{rnd.choice(open_ids)}" for _ in range(requests)],
            # A different period each time: every request misses the report cache.
            "stats (30 days, uncached)": [f"/stats/?until={today - timedelta(days=k)}"
                                          for k in range(max(20, requests // 4))],
            "stats (30 days, cached 60 s)": ["/stats/"] * max(20, requests // 4),
            "queue search (student number)": [f"/?q=22{rnd.randrange(count):06d}"
                                              for _ in range(max(20, requests // 4))],
        }
        client.request("GET", "/")     # warm-up: templates compiled, caches filled
        for name, paths in pages.items():
            p50, p95 = measure(client, paths)
            flag = "ok" if p95 < 150 else "OVER TARGET"
            print(f"  {name:32s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   {flag}")
    finally:
        proc.terminate()
        proc.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    args = parser.parse_args()
    if args.backend in ("sqlite", "both"):
        path = Path(tempfile.mkdtemp()) / "bench.db"
        bench(f"sqlite:///{path}", "SQLite", args.tickets, args.requests)
    if args.backend in ("postgres", "both"):
        from tests.servers.postgres import start_postgres
        server = start_postgres(Path(tempfile.mkdtemp()))
        try:
            bench(server.create_database("bench"), "PostgreSQL", args.tickets, args.requests)
        finally:
            server.stop("immediate")


if __name__ == "__main__":
    main()
