"""Fixtures of the web tests: a migrated store, accounts of each role, and tickets made the way
production makes them. A ticket is the demo university's sample mail (triage/demo/mails) taken in
by the watcher's Receiver and triaged by the worker (reading, facts from the demo REFER/Moodle,
findings, draft): never rows written by hand. A test that needs a particular situation picks the
sample mail that produces it; a test that needs the whole population marks itself `samples`
and starts from every sample mail analysed once per session."""
from __future__ import annotations

import email
import itertools
import re
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from sqlalchemy import select

from triage import config as triage_config
from triage import users
from triage.demo.setup import SAMPLE_MAILS
from triage.services import Services
from triage.store import models as m
from triage.store.db import upgrade

PASSWORD = "correct horse battery"
ROLES = ("agent", "manager", "admin")
# The sample most web tests use: Léa Martin (student 22004871) cannot see « Droit des contrats »
# (RCAED501, course 48213, composante 01), hidden by its teacher: finding hidden_course, draft
# from the template hidden_course.
HIDDEN_COURSE = "01-cours-cache"
_keys = itertools.count(1)


def make_services(db_url: str, outbox, demo: Path | None = None,
                  moodle_down: bool = False) -> Services:
    """Services on a migrated store, replies written as .eml files in `outbox`; with `demo`,
    REFER and Moodle are the demo university built there (read only by the analyser).
    `moodle_down`: Moodle's database cannot be opened (its folder does not exist)."""
    cfg = triage_config.load(env={})
    cfg.set("database", "url", db_url)
    cfg.set("smtp", "url", f"outbox://{outbox}")
    cfg.set("web", "secret_key", "test-secret")
    if demo is not None:
        cfg.set("refer", "url", f"sqlite:///{demo / 'refer.db'}")
        cfg.set("moodle", "url", f"sqlite:///{demo / 'moodle.db'}")
        cfg.set("refer", "catalogue_file", f"{Path(str(outbox)).parent / 'catalogue.json'}")
    if moodle_down:
        cfg.set("moodle", "url", f"sqlite:///{Path(str(outbox))}-missing/moodle.db")
    services = Services(cfg)
    upgrade(services.engine)
    return services


def raw_mail(subject: str, body: str, sender: str = "lea.martin@etu.unicaen.fr",
             html: str | None = None, attachments=(), message_id: str | None = None,
             references: list[str] | None = None) -> tuple[bytes, str]:
    """A mail as the student sent it, and its Message-ID."""
    msg = EmailMessage()
    msg["From"] = f"Léa Martin <{sender}>"
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 20, 9, 30).astimezone())
    mid = message_id or make_msgid(domain="etu.unicaen.fr").strip("<>")
    msg["Message-ID"] = f"<{mid}>"
    if references:
        msg["References"] = " ".join(f"<{r}>" for r in references)
    _write_parts(msg, body, html, attachments)
    return bytes(msg), mid


def _write_parts(msg: EmailMessage, text: str, html: str | None, attachments) -> None:
    """The body as a mail client writes it: the text, an HTML alternative, then attachments
    given as (filename, content type, bytes)."""
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, ctype, content in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)


def sample_mail(name: str = HIDDEN_COURSE, *, subject: str | None = None,
                sender: str | None = None, body: str | None = None, html: str | None = None,
                attachments=(), references: list[str] | None = None) -> bytes:
    """A sample mail of the demo university under a Message-ID of its own (so that one sample
    can start several tickets), with what a test changes written as a mail client would:
    `sender` is "Name <address>" or an address, `body` replaces the text, `html` adds an HTML
    alternative, `attachments` are (filename, content type, bytes)."""
    msg = email.message_from_bytes((SAMPLE_MAILS / f"{name}.eml").read_bytes(),
                                   policy=policy.default)
    del msg["Message-ID"]
    msg["Message-ID"] = make_msgid(domain="mail.example.org")
    if subject is not None:
        msg.replace_header("Subject", subject)
    if sender is not None:
        msg.replace_header("From", sender)
    if references:
        msg["References"] = " ".join(f"<{r}>" for r in references)
    if body is not None or html is not None or attachments:
        _write_parts(msg, body if body is not None
                     else msg.get_body(("plain",)).get_content(), html, attachments)
    return bytes(msg)


def mail_in(services: Services, *raws: bytes, analyser=None) -> list[int]:
    """Mails through the pipeline as production runs it: the watcher's Receiver stores them, the
    worker passes thread and triage them until nothing is due. Returns each mail's ticket id.
    `analyser` replaces the services' one (see `failed_ticket`)."""
    from triage import runner
    from triage.pipeline.ingest import Intake
    from triage.pipeline.receive import Receiver
    from triage.pipeline.worker import run_pending
    keys = [f"test:{next(_keys)}" for _ in raws]
    Receiver(services.sessions).store_batch(list(zip(raws, keys)))
    if analyser is None:
        runner.triage_all(services)
    else:
        while run_pending(services.sessions, analyser, intake=Intake.from_config(services.config)):
            pass
    with services.sessions() as session:
        by_key = dict(session.execute(select(m.Message.mailbox_key, m.Message.ticket_id)
                                      .where(m.Message.mailbox_key.in_(keys))).all())
    return [by_key[k] for k in keys]


def _utc(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)   # SQLite reads naive


def age(services: Services, ticket_id: int, created_at: datetime) -> None:
    """Date a ticket as if its mail had arrived at `created_at` (the queue's and statistics'
    periods are about age): the ticket, its messages, analyses and drafts move together."""
    with services.sessions() as session:
        ticket = session.get(m.Ticket, ticket_id)
        shift = _utc(created_at) - _utc(ticket.created_at)
        analyses = session.scalars(select(m.Analysis).where(m.Analysis.ticket_id == ticket_id))
        for row, stamp in ((ticket, "created_at"), (ticket, "updated_at"),
                           *((x, "received_at") for x in ticket.messages),
                           *((x, "created_at") for x in (*analyses, *ticket.drafts))):
            if getattr(row, stamp) is not None:
                setattr(row, stamp, _utc(getattr(row, stamp)) + shift)
        session.commit()


def analysed_ticket(services: Services, name: str = HIDDEN_COURSE, *,
                    created_at: datetime | None = None, **changes) -> int:
    """One sample mail (see `sample_mail` for `changes`) through the pipeline: its ticket id."""
    tid = mail_in(services, sample_mail(name, **changes))[0]
    if created_at is not None:
        age(services, tid, created_at)
    return tid


def answer(services: Services, ticket_id: int, text: str | None = None,
           username: str = "agent") -> None:
    """`username` approves the ticket's open draft (as proposed, or `text`) and the sender
    delivers it: the ticket is answered, as through the queue."""
    from triage.pipeline import review
    from triage.pipeline.lifecycle import open_draft
    from triage.pipeline.outbox import deliver_due
    with services.sessions() as session:
        draft = open_draft(session.get(m.Ticket, ticket_id))
        review.approve(session, draft, users.find(session, username),
                       draft.text if text is None else text, services.config)
        session.commit()
    assert deliver_due(services.sessions, services.transport,
                       services.config.get("smtp", "from_address")) == 1


class _RaisingAnalyser:
    """An analysis that raises, as a bug in a rule would: the demo's data makes none raise."""

    def __init__(self, exc: BaseException):
        self.exc = exc

    def analyse(self, mail, now=None):
        raise self.exc


def failed_ticket(services: Services, exc: BaseException, name: str = HIDDEN_COURSE) -> int:
    """A sample mail whose diagnosis raised `exc`: the worker's own handling flags the ticket
    for an agent with the reason, and records the failure (component « diagnostic »)."""
    return mail_in(services, sample_mail(name), analyser=_RaisingAnalyser(exc))[0]


def composante_names(demo: Path) -> dict[str, str]:
    """COD_CMP -> LIB_CMP read straight from the demo's REFER (COMPOSANTE), not via our code."""
    import sqlite3
    with sqlite3.connect(demo / "refer.db") as db:
        return dict(db.execute("SELECT COD_CMP, LIB_CMP FROM COMPOSANTE"))


def ticket_of_sample(services: Services, name: str) -> int:
    """The ticket a sample mail started, in a store built from the samples."""
    header = email.message_from_bytes((SAMPLE_MAILS / f"{name}.eml").read_bytes(),
                                      policy=policy.default)["Message-ID"]
    with services.sessions() as session:
        return session.scalar(select(m.Message.ticket_id).where(
            m.Message.message_id == header.strip().strip("<>")))


@pytest.fixture(scope="session")
def analysed_samples(demo_dir, tmp_path_factory) -> Path:
    """All the demo's sample mails through the real pipeline, once for the session: the SQLite
    store, copied for each test that starts from it."""
    base = tmp_path_factory.mktemp("samples")
    services = make_services(f"sqlite:///{base / 'triage.db'}", base / "outbox", demo_dir)
    mail_in(services, *(p.read_bytes() for p in sorted(SAMPLE_MAILS.glob("*.eml"))))
    services.close()
    return base / "triage.db"


@pytest.fixture
def web_services(request, tmp_path, demo_dir):
    """Services on a fresh SQLite store whose analyser reads the demo university; a test marked
    `samples` starts with every sample mail already triaged (a copy of the session's store)."""
    if request.node.get_closest_marker("samples"):
        shutil.copy(request.getfixturevalue("analysed_samples"), tmp_path / "triage.db")
    services = make_services(f"sqlite:///{tmp_path / 'triage.db'}", tmp_path / "outbox",
                             demo_dir)
    yield services
    services.close()


@pytest.fixture
def accounts(web_services):
    """One account per role: {'agent': id, 'manager': id, 'admin': id}."""
    with web_services.sessions() as session:
        ids = {r: users.add_user(session, r, PASSWORD, r, r.capitalize()).id for r in ROLES}
        ids["agent2"] = users.add_user(session, "agent2", PASSWORD, "agent", "Agent Deux").id
        session.commit()
    return ids


@pytest.fixture
def web_app(web_services, accounts):
    """The application on the SQLite store, with the accounts created."""
    from triage.web import create_app
    return create_app(web_services, {"TESTING": True, "CACHE_ENABLED": False})


def csrf_token(html: str) -> str:
    """The CSRF token of the first form of a page."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def sign_in(client, username: str, password: str = PASSWORD):
    """Sign in through the real form (token included); returns the response."""
    token = csrf_token(client.get("/login").get_data(as_text=True))
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf_token": token})


@pytest.fixture
def as_role(web_app):
    """Factory: a test client signed in as the given role."""
    def make(role: str):
        client = web_app.test_client()
        resp = sign_in(client, role)
        assert resp.status_code == 302, resp.get_data(as_text=True)[:500]
        return client
    return make


def old(days: float) -> datetime:
    """A creation time `days` ago."""
    return m.utcnow() - timedelta(days=days)


CAS_OK = ('<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas"><cas:authenticationSuccess>'
          '<cas:user>{}</cas:user></cas:authenticationSuccess></cas:serviceResponse>')
CAS_FAIL = ('<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas"><cas:authenticationFailure'
            ' code="INVALID_TICKET">non</cas:authenticationFailure></cas:serviceResponse>')


@pytest.fixture
def cas_server():
    """A CAS stand-in on loopback. Two tickets are known for any service: ST-agent and
    ST-stranger. Its /login acts as single sign-on already done for `agent`: it sends the browser
    back to the service with a fresh ticket, valid once and for that exact service (as a real
    CAS checks). Yields (cas_url, seen requests)."""
    import itertools
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs, urlsplit
    seen, issued, counter = [], {}, itertools.count(1)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            seen.append((parts.path, query))
            if parts.path == "/cas/login":
                ticket = f"ST-sso-{next(counter)}"
                issued[ticket] = query["service"]
                glue = "&" if "?" in query["service"] else "?"
                self.send_response(302)
                self.send_header("Location", f"{query['service']}{glue}ticket={ticket}")
                self.end_headers()
                return
            ticket = query.get("ticket", "")
            user = {"ST-agent": "Agent", "ST-stranger": "stranger"}.get(ticket)
            if ticket in issued and issued.pop(ticket) == query.get("service"):
                user = "agent"
            body = (CAS_OK.format(user) if user else CAS_FAIL).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/cas/", seen
    server.shutdown()
