"""Fixtures of the web tests: a migrated store, accounts of each role, tickets built directly
with the store models (no analyser), and a client that signs in with the CSRF token."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest

from triage import config as triage_config
from triage import users
from triage.services import Services
from triage.pipeline.lifecycle import TicketState
from triage.store import models as m
from triage.store.db import upgrade

PASSWORD = "correct horse battery"
ROLES = ("agent", "manager", "admin")


def make_services(db_url: str, outbox) -> Services:
    """Services on a migrated store, replies written as .eml files in `outbox`."""
    cfg = triage_config.load(env={})
    cfg.set("database", "url", db_url)
    cfg.set("smtp", "url", f"outbox://{outbox}")
    cfg.set("web", "secret_key", "test-secret")
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
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for name, ctype, content in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    return bytes(msg), mid


def make_ticket(session, subject="Je ne vois pas mon cours", body="Bonjour, je suis 22012345 "
                "inscrite en RCAED334 et je ne vois pas le cours.", *, html=None, attachments=(),
                findings=None, draft_text="Bonjour,\n\nVotre cours est masqué.\n\nCEMU",
                template="hidden_course", created_at=None, state=TicketState.TO_REVIEW,
                symptom="course_missing", references=None, sender="lea.martin@etu.unicaen.fr",
                requester_name="Léa Martin"):
    """One ticket waiting for review: message, analysis, findings and draft rows."""
    raw, mid = raw_mail(subject, body, sender=sender, html=html, attachments=attachments,
                        references=references)
    when = created_at or m.utcnow()
    ticket = m.Ticket(subject=subject, requester=sender, requester_name=requester_name,
                      state=state, symptom=symptom, sender_role="student", created_at=when,
                      updated_at=when)
    session.add(ticket)
    session.flush()
    msg = m.Message(ticket_id=ticket.id, direction="in", message_id=mid, raw=raw,
                    from_addr=sender, subject=subject, received_at=when)
    session.add(msg)
    session.flush()
    reading = {"sender_role": "student", "symptom": symptom, "language": "fr", "entities": {
        "apogee_codes": re.findall(r"\b[A-Z]{3,5}\d{2,4}\b", body),
        "student_numbers": re.findall(r"\b\d{8}\b", body), "course_ids": [],
        "error_messages": [], "spans": []}}
    analysis = m.Analysis(ticket_id=ticket.id, message_id=msg.id, reading=reading,
                          created_at=when)
    session.add(analysis)
    session.flush()
    for f in (findings if findings is not None else [default_finding()]):
        session.add(m.FindingRow(analysis_id=analysis.id, ticket_id=ticket.id, **f))
    if draft_text is not None:
        session.add(m.Draft(ticket_id=ticket.id, analysis_id=analysis.id, template=template,
                            templates=[template], subject=subject, original_text=draft_text,
                            text=draft_text, created_at=when))
    session.flush()
    return ticket


def default_finding(situation="hidden_course", elp="RCAED334", course_id=47334,
                    composante="UFR SEGGAT") -> dict:
    """A finding row with evidence, as a rule would write it."""
    return {"situation": situation, "confidence": 0.9, "owner": "teacher",
            "fix": "Rendre le cours visible aux étudiants.", "elp": elp,
            "composante": composante, "course_id": course_id,
            "evidence": [{"source": "moodle", "label": f"mdl_course id={course_id}",
                          "rows": [{"id": course_id, "shortname": elp, "visible": 0}]}]}


@pytest.fixture
def web_services(tmp_path):
    """Services on a fresh SQLite store."""
    services = make_services(f"sqlite:///{tmp_path / 'triage.db'}", tmp_path / "outbox")
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
