"""Sending against a real SMTP server (aiosmtpd): exactly once, even across a crash."""
from __future__ import annotations

import email
import subprocess
import sys
from datetime import timedelta
from email import policy
from pathlib import Path

from sqlalchemy import select, update

from triage.mail.imap import ImapBox
from triage.mail.reply import build_reply, new_message_id
from triage.mail.transport import SmtpTransport
from triage.pipeline.outbox import deliver_due
from triage.pipeline.lifecycle import TicketState
from triage.store import models as m

pytest_plugins = ["tests.fixtures_mail"]
ROOT = Path(__file__).resolve().parents[1]
FROM = "cemu.assistance@unicaen.fr"


def queue_reply(sessions, to: str = "etu1@etu.unicaen.fr") -> tuple[int, str]:
    """A ticket with one approved reply in the outbox, as review.approve leaves it."""
    with sessions() as s:
        ticket = m.Ticket(subject="Cours introuvable", requester=to, state=TicketState.QUEUED)
        s.add(ticket)
        s.flush()
        mid = new_message_id(FROM)
        mail = build_reply(ticket_id=ticket.id, to_addr=to, to_name="Élise", subject=ticket.subject,
                           body="Bonjour,\nvotre cours est visible à présent.", from_address=FROM,
                           from_name="CEMU", tag="CEMU", message_id=mid, in_reply_to="m1@etu")
        s.add(m.Outgoing(ticket_id=ticket.id, message_id=mid, to_addr=to, raw=bytes(mail),
                         state="queued", next_attempt_at=m.utcnow()))
        s.commit()
        return ticket.id, mid


def make_due(sessions, state: str | None = None) -> None:
    """Time passes: backoffs and leases are over."""
    values = {"next_attempt_at": m.utcnow() - timedelta(seconds=1)}
    with sessions() as s:
        s.execute(update(m.Outgoing).values(**values))
        s.commit()


def outgoing(sessions) -> m.Outgoing:
    with sessions() as s:
        return s.scalars(select(m.Outgoing)).one()


def test_refused_then_accepted_is_delivered_exactly_once(sessions, smtp_server):
    ticket_id, mid = queue_reply(sessions)
    smtp_server.refuse_next(2)
    transport = SmtpTransport(smtp_server.url, timeout=5)
    for _ in range(5):
        deliver_due(sessions, transport, FROM)
        make_due(sessions)
    assert len(smtp_server.received) == 1
    out = outgoing(sessions)
    assert out.state == "sent" and out.attempts == 3 and "451" in out.last_error
    delivered = email.message_from_bytes(smtp_server.received[0].data, policy=policy.default)
    assert delivered["Message-ID"] == f"<{mid}>"
    assert delivered["In-Reply-To"] == "<m1@etu>"
    assert delivered["Subject"] == f"Re: [CEMU #{ticket_id}] Cours introuvable"
    assert "visible à présent" in delivered.get_content()
    with sessions() as s:
        assert s.get(m.Ticket, ticket_id).state == TicketState.ANSWERED
        assert s.scalars(select(m.Message).where(m.Message.message_id == mid)).one().direction == "out"


CRASH_AFTER_ACCEPT = """
import os, sys
from triage.store.db import connect, session_factory
from triage.mail.transport import SmtpTransport
from triage.pipeline.outbox import deliver_due

class DiesAfterAccept(SmtpTransport):
    def send(self, *args):
        super().send(*args)
        os._exit(137)          # killed right after the server said 250, before our commit

deliver_due(session_factory(connect(sys.argv[1])), DiesAfterAccept(sys.argv[2]), sys.argv[3])
"""


def _crash_after_accept(store_url: str, smtp_url: str) -> None:
    proc = subprocess.run([sys.executable, "-c", CRASH_AFTER_ACCEPT, store_url, smtp_url, FROM],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 137, proc.stderr


def test_crash_after_smtp_acceptance_never_sends_twice(sessions, store_url, smtp_server):
    ticket_id, _ = queue_reply(sessions)
    _crash_after_accept(store_url, smtp_server.url)
    assert len(smtp_server.received) == 1
    assert outgoing(sessions).state == "sending"
    transport = SmtpTransport(smtp_server.url, timeout=5)
    assert deliver_due(sessions, transport, FROM) == 0     # lease still running: hands off
    make_due(sessions)                                      # ten minutes later
    assert deliver_due(sessions, transport, FROM) == 0
    assert len(smtp_server.received) == 1                   # never resent blindly
    assert outgoing(sessions).state == "uncertain"
    with sessions() as s:
        ticket = s.get(m.Ticket, ticket_id)
        assert ticket.state == TicketState.NEEDS_HUMAN and "incertain" in ticket.flag_reason


def test_crash_recovery_finds_the_copy_in_the_sent_folder(sessions, store_url, smtp_server,
                                                          dovecot):
    ticket_id, mid = queue_reply(sessions)
    _crash_after_accept(store_url, smtp_server.url)
    # The server (Exchange, Gmail...) saved its own copy of what it accepted in Sent.
    box = ImapBox(dovecot.url(), sent_folder="Sent")
    box.append_sent(smtp_server.received[0].data)
    make_due(sessions)
    transport = SmtpTransport(smtp_server.url, timeout=5)
    deliver_due(sessions, transport, FROM, evidence=box.has_message_id)
    assert len(smtp_server.received) == 1
    assert outgoing(sessions).state == "sent"
    with sessions() as s:
        assert s.get(m.Ticket, ticket_id).state == TicketState.ANSWERED
    box.close()


def test_sent_copy_goes_to_the_imap_sent_folder(sessions, smtp_server, dovecot):
    _, mid = queue_reply(sessions)
    box = ImapBox(dovecot.url(), sent_folder="Sent")
    assert not box.has_message_id(mid)
    sent = deliver_due(sessions, SmtpTransport(smtp_server.url, timeout=5), FROM,
                       on_sent=box.append_sent)
    assert sent == 1 and box.has_message_id(mid)
    assert box.pending_uids() == []          # the watched INBOX is untouched
    box.close()


def test_configured_sender_copies_to_sent_and_connects_only_when_needed(
        sessions, store_url, smtp_server, dovecot):
    from triage import config
    from triage.runner import deliver
    from triage.services import Services
    services = Services(config.load(None, {
        "TRIAGE_DATABASE_URL": store_url, "TRIAGE_SMTP_URL": smtp_server.url,
        "TRIAGE_MAILBOX_URL": dovecot.url(), "TRIAGE_MAILBOX_SENT_FOLDER": "Sent"}))
    logins = dovecot.log().count("Login: user=")
    assert deliver(services) == 0
    assert dovecot.log().count("Login: user=") == logins     # nothing due: no IMAP login
    _, mid = queue_reply(sessions)
    assert deliver(services) == 1
    assert dovecot.log().count("Login: user=") > logins      # (and logins are logged)
    box = ImapBox(dovecot.url(), sent_folder="Sent")
    assert box.has_message_id(mid) and len(smtp_server.received) == 1
    box.close()
    services.close()


def test_unreachable_server_is_retried_with_backoff(sessions):
    queue_reply(sessions)
    transport = SmtpTransport("smtp://127.0.0.1:1", timeout=2)
    assert deliver_due(sessions, transport, FROM) == 0
    out = outgoing(sessions)
    assert out.state == "failed" and out.attempts == 1
    assert out.next_attempt_at.replace(tzinfo=None) > m.utcnow().replace(tzinfo=None)
    assert deliver_due(sessions, transport, FROM) == 0        # not due yet: no new attempt
    assert outgoing(sessions).attempts == 1


def test_header_injection_is_impossible():
    mail = build_reply(ticket_id=7, to_addr="etu@etu.unicaen.fr",
                       to_name="Eve\r\nBcc: spy@evil.example", subject="Aide\r\nBcc: x@evil.example",
                       body="Bonjour", from_address=FROM, from_name="CEMU\nBcc: y@evil.example",
                       tag="CEMU", message_id="a@b\r\nBcc: z@evil.example",
                       in_reply_to="q@r>\r\nBcc: w@evil.example <", references=["s@t\nX: y"])
    raw = bytes(mail)
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed.get_all("Bcc") is None and parsed.get("X") is None
    assert [a.addr_spec for a in parsed["To"].addresses] == ["etu@etu.unicaen.fr"]
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")   # CRLF only
    assert parsed["Subject"].startswith("Re: [CEMU #7] Aide")


def test_accepted_then_421_on_quit_is_sent_once(sessions, smtp_server):
    """The server accepts DATA (250) and answers QUIT with 421: the mail left; never again."""
    ticket_id, mid = queue_reply(sessions)
    smtp_server.answer_quit_with("421 4.3.2 Service shutting down")
    transport = SmtpTransport(smtp_server.url, timeout=5)
    for _ in range(3):
        deliver_due(sessions, transport, FROM)
        make_due(sessions)
    assert len(smtp_server.received) == 1
    out = outgoing(sessions)
    assert (out.state, out.attempts, out.last_error) == ("sent", 1, "")
    with sessions() as s:
        assert s.get(m.Ticket, ticket_id).state == TicketState.ANSWERED


def test_a_late_old_reply_never_hides_the_students_new_question(sessions, smtp_server):
    """Reply approved while SMTP refuses; the student writes again and gets a new draft; the
    old reply finally leaves: the ticket stays in the queue with its unreviewed draft."""
    from tests.fixtures_mail import take_in
    from triage import config
    from triage.pipeline import review
    from triage.pipeline.analyse import Analyser
    from triage.pipeline.lifecycle import DraftState
    from triage.pipeline.worker import run_pending
    cfg = config.load(None, env={})
    first = (b"From: etu1@etu.unicaen.fr\r\nTo: cemu.assistance@unicaen.fr\r\nSubject: Cours "
             b"introuvable\r\nMessage-ID: <q1@etu>\r\n\r\nJe ne vois pas RCAED334.\r\n")
    with sessions() as s:
        tid = take_in(s, first).ticket_id
    run_pending(sessions, Analyser.from_config(cfg))
    with sessions() as s:
        agent = m.User(username="a", role="agent")
        s.add(agent)
        ticket = s.get(m.Ticket, tid)
        draft = next(d for d in ticket.drafts if d.state == DraftState.PROPOSED)
        review.approve(s, draft, agent, "Bonjour,\n\nC'est réglé.\n", cfg)
        s.commit()
    smtp_server.refuse_next(1)
    transport = SmtpTransport(smtp_server.url, timeout=5)
    deliver_due(sessions, transport, FROM)
    assert outgoing(sessions).state == "failed" and not smtp_server.received
    again = (b"From: etu1@etu.unicaen.fr\r\nTo: cemu.assistance@unicaen.fr\r\nSubject: Re: Cours "
             b"introuvable\r\nMessage-ID: <q2@etu>\r\nIn-Reply-To: <q1@etu>\r\n\r\nEt aussi "
             b"RCAED501, s'il vous plait.\r\n")
    with sessions() as s:
        take_in(s, again)
    run_pending(sessions, Analyser.from_config(cfg))
    make_due(sessions)
    deliver_due(sessions, transport, FROM)
    assert len(smtp_server.received) == 1 and outgoing(sessions).state == "sent"
    with sessions() as s:
        ticket = s.get(m.Ticket, tid)
        assert ticket.state == TicketState.TO_REVIEW
        assert [d.state for d in ticket.drafts] == [DraftState.APPROVED, DraftState.PROPOSED]
        assert ticket.first_answer_at is not None
