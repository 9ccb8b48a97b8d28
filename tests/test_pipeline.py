"""receive -> thread -> ticket -> review -> outbox, on SQLite and PostgreSQL (no analyser)."""
from __future__ import annotations

import email
from email import policy

import pytest
from sqlalchemy import func, select

from tests.fixtures_mail import take_in

from triage import config
from triage.pipeline import review
from triage.pipeline.outbox import deliver_due
from triage.mail.transport import OutboxDir, SendError
from triage.pipeline.lifecycle import TicketState
from triage.store import models as m


def _mail(mid: str, subject: str = "Cours introuvable", body: str = "Bonjour",
          extra: str = "") -> bytes:
    return (f"From: Léa Martin <22004871@etu.unicaen.fr>\r\nTo: cemu.assistance@unicaen.fr\r\n"
            f"Subject: {subject}\r\nMessage-ID: <{mid}>\r\n{extra}"
            f"Date: Wed, 14 Oct 2026 16:02:00 +0200\r\n\r\n{body}\r\n").encode()


@pytest.fixture
def sessions(any_store):
    return any_store


def _agent(session) -> m.User:
    user = m.User(username="agent1", role="agent")
    session.add(user)
    session.commit()
    return user


def test_same_mail_twice_is_stored_once(sessions):
    raw = _mail("a1@example.org")
    with sessions() as s:
        first = take_in(s, raw, "imap:1:10")
        assert take_in(s, raw, "imap:1:10").id == first.id
        assert take_in(s, raw, "imap:2:99") is None  # UIDVALIDITY changed: Message-ID known
        assert s.scalar(select(func.count()).select_from(m.Message)) == 1
        assert s.get(m.Message, first.id).raw == raw   # raw bytes kept as received


def test_mail_without_message_id_gets_a_content_hash(sessions):
    raw = b"From: a@unicaen.fr\r\nSubject: x\r\n\r\nbody\r\n"
    with sessions() as s:
        first, second = take_in(s, raw), take_in(s, raw)
        assert first.message_id.startswith("sha256:") and second is None


def test_reply_joins_its_ticket_by_header_or_tag(sessions):
    with sessions() as s:
        t = take_in(s, _mail("orig@example.org")).ticket
        by_header = take_in(s, _mail("r1@example.org", "Re: Cours introuvable",
                                     extra="In-Reply-To: <orig@example.org>\r\n"))
        by_tag = take_in(s, _mail("r2@example.org", f"Re: [CEMU #{t.id}] Cours introuvable"))
        other = take_in(s, _mail("r3@example.org", "Re: [GLPI #0000091] autre chose"))
        assert by_header.ticket.id == t.id
        assert by_tag.ticket.id == t.id
        assert other.ticket.id != t.id
        assert s.scalar(select(func.count()).select_from(m.Ticket)) == 2


def test_broken_mail_is_kept_and_flagged_for_a_human(sessions):
    raw = b"Subject: no sender at all\r\n\r\nhello\r\n"
    with sessions() as s:
        r = take_in(s, raw)
        assert r.ticket.state == TicketState.NEEDS_HUMAN and r.ticket.flag_reason


def _ticket_with_draft(s, text="Bonjour Madame,\n\nVotre cours est caché.\n") -> m.Draft:
    r = take_in(s, _mail("q@example.org", extra="References: <older@example.org>\r\n"))
    d = m.Draft(ticket_id=r.ticket.id, template="hidden_course", original_text=text, text=text)
    s.add(d)
    r.ticket.state = TicketState.TO_REVIEW
    s.commit()
    return d


def test_approved_reply_reaches_the_outbox_once_with_threading_headers(sessions, tmp_path):
    cfg = config.load(None, env={})
    outbox = OutboxDir(tmp_path / "outbox")
    with sessions() as s:
        agent = _agent(s)
        draft = _ticket_with_draft(s)
        review.approve(s, draft, agent, draft.text + "\nJ'ajoute une précision.\n", cfg)
        s.commit()
        ticket_id = draft.ticket_id
    assert deliver_due(sessions, outbox, "cemu.assistance@unicaen.fr") == 1
    assert deliver_due(sessions, outbox, "cemu.assistance@unicaen.fr") == 0   # never twice
    files = list((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 1
    sent = email.message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert sent["In-Reply-To"] == "<q@example.org>"
    assert "<older@example.org>" in sent["References"] and "<q@example.org>" in sent["References"]
    assert sent["Subject"] == f"Re: [CEMU #{ticket_id}] Cours introuvable"
    assert "J'ajoute une précision." in sent.get_content()
    with sessions() as s:
        t = s.get(m.Ticket, ticket_id)
        d = s.scalars(select(m.Draft).where(m.Draft.ticket_id == ticket_id)).one()
        assert t.state == TicketState.ANSWERED and t.first_answer_at is not None
        assert d.state == "approved" and d.edited and d.original_text != d.text
        assert [a.action for a in s.scalars(select(m.AuditEntry))] == ["save", "approve"]


def test_unapproved_or_rejected_draft_is_never_sent(sessions, tmp_path):
    outbox = OutboxDir(tmp_path / "outbox")
    with sessions() as s:
        agent = _agent(s)
        draft = _ticket_with_draft(s)
        review.reject(s, draft, agent, "réponse à reformuler")
        s.commit()
        with pytest.raises(review.ReviewError):
            review.approve(s, draft, agent, draft.text, config.load(None, env={}))
    assert deliver_due(sessions, outbox, "x@unicaen.fr") == 0
    assert not (tmp_path / "outbox").exists()


class FlakyTransport:
    def __init__(self, failures: int):
        self.failures, self.delivered = failures, []

    def send(self, raw, sender, recipients, message_id):
        if self.failures:
            self.failures -= 1
            raise SendError("421 try again later")
        self.delivered.append(message_id)


def test_failed_send_is_retried_not_doubled(sessions):
    transport = FlakyTransport(failures=2)
    with sessions() as s:
        agent = _agent(s)
        draft = _ticket_with_draft(s)
        review.approve(s, draft, agent, draft.text, config.load(None, env={}))
        s.commit()
    for _ in range(4):
        deliver_due(sessions, transport, "x@unicaen.fr")
        with sessions() as s:   # make the retry due now instead of waiting for the backoff
            for out in s.scalars(select(m.Outgoing)):
                out.next_attempt_at = m.utcnow()
            s.commit()
    assert len(transport.delivered) == 1
    with sessions() as s:
        out = s.scalars(select(m.Outgoing)).one()
        assert out.state == "sent" and out.attempts == 3 and "421" in out.last_error


def test_header_injection_is_impossible():
    from triage.mail.reply import build_reply
    msg = build_reply(ticket_id=1, to_addr="a@b.fr", to_name="Eve\r\nBcc: victim@x.fr",
                      subject="Hi\r\nBcc: victim@x.fr", body="x", from_address="c@unicaen.fr",
                      from_name="CEMU", tag="CEMU", message_id="id@unicaen.fr")
    raw = bytes(msg)
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["Bcc"] is None and b"\r\nBcc:" not in raw and b"\nBcc:" not in raw


def test_a_draft_to_write_cannot_be_approved_unchanged(sessions):
    text = "Bonjour,\n\n[Réponse à rédiger : cette demande ne relève d'aucune situation.]\n"
    with sessions() as s:
        agent = _agent(s)
        draft = _ticket_with_draft(s, text)
        draft.template = "to_write"
        with pytest.raises(review.ReviewError, match="rédiger"):
            review.approve(s, draft, agent, text.replace("\n", "\r\n"), config.load(None, env={}))
        review.approve(s, draft, agent, "Bonjour,\n\nLes dates sont sur l'ENT.\n",
                       config.load(None, env={}))
        s.commit()
        assert draft.state == "approved" and draft.edited
