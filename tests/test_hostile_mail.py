"""Mail from anyone on the internet, through the real way in (Dovecot -> ImapBox -> Receiver ->
workers): nobody writes into another's ticket, identity is the address part only, no reply
goes to ourselves or to a robot, one unreadable mail never blocks the others (issue 18, 1-4)."""
from __future__ import annotations

import base64
from email.message import EmailMessage

from sqlalchemy import select

from tests.test_imap import append
from triage import config
from triage.mail.imap import ImapBox
from triage.mail.transport import SmtpTransport
from triage.pipeline import review
from triage.pipeline.analyse import Analyser
from triage.pipeline.ingest import LINKED, Intake
from triage.pipeline.lifecycle import DraftState, TicketState
from triage.pipeline.outbox import deliver_due
from triage.pipeline.receive import Receiver
from triage.pipeline.worker import run_pending
from triage.store import models as m

pytest_plugins = ["tests.fixtures_mail"]
CFG = config.load(None, env={})
STUDENT = "22004871@etu.unicaen.fr"
OURS = "cemu.assistance@unicaen.fr"


def mail(sender: str, subject: str, body: str = "Bonjour, je ne vois pas mon cours RCAED334.",
         **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = OURS
    msg["Subject"] = subject
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return bytes(msg)


def take(dovecot, sessions, *raws: bytes) -> None:
    """Into the mailbox, then as production takes it: watcher, then workers."""
    append(dovecot, list(raws))
    box = ImapBox(dovecot.url())
    assert box.fetch_once(Receiver(sessions)) == len(raws)
    box.close()
    analyser = Analyser.from_config(CFG)
    while run_pending(sessions, analyser, intake=Intake.from_config(CFG)):
        pass


def ticket_of(s, subject: str) -> m.Ticket:
    return s.scalars(select(m.Message).where(m.Message.subject == subject)).one().ticket


def proposed(ticket: m.Ticket) -> list[str]:
    return [d.text for d in ticket.drafts if d.state == DraftState.PROPOSED]


# ----------------------------------------------------------------------- 18.1 ticket hijack
def test_a_stranger_citing_a_ticket_tag_opens_a_linked_ticket(dovecot, sessions):
    take(dovecot, sessions, mail(f"Léa Martin <{STUDENT}>", "Cours introuvable"))
    with sessions() as s:
        victim = ticket_of(s, "Cours introuvable")
        tid, state, drafts = victim.id, victim.state, proposed(victim)
    assert state == TicketState.TO_REVIEW and drafts
    take(dovecot, sessions,
         mail("attacker@evil.example", f"Re: [CEMU #{tid}] absence",
              "Je suis absent.", Auto_Submitted="auto-replied"),
         mail("attacker@evil.example", f"Re: [CEMU #{tid}] suite", "Bonjour attacker"))
    with sessions() as s:
        victim = s.get(m.Ticket, tid)
        assert (victim.state, proposed(victim)) == (state, drafts)   # untouched
        assert [x.from_addr for x in victim.messages] == [STUDENT]
        for subject in (f"Re: [CEMU #{tid}] absence", f"Re: [CEMU #{tid}] suite"):
            other = ticket_of(s, subject)
            assert other.id != tid and other.requester == "attacker@evil.example"
            links = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == LINKED,
                                                         m.AuditEntry.ticket_id == other.id))
            assert [e.detail["to"] for e in links] == [tid]


def test_an_automatic_reply_joins_its_ticket_but_changes_nothing(dovecot, sessions):
    take(dovecot, sessions, mail(f"Léa Martin <{STUDENT}>", "Cours introuvable"))
    with sessions() as s:
        ticket = ticket_of(s, "Cours introuvable")
        tid, state, drafts = ticket.id, ticket.state, proposed(ticket)
    # SI-Scol's out-of-office (a staff domain) and the student's own auto-reply join the
    # ticket, the student's real follow-up re-opens it.
    take(dovecot, sessions,
         mail("si-scol@unicaen.fr", f"Réponse automatique : [CEMU #{tid}] À corriger",
              "Je suis absent jusqu'au 3.", Auto_Submitted="auto-replied"),
         mail(STUDENT, f"Absence du bureau: Re: [CEMU #{tid}] Cours introuvable", "Absente"))
    with sessions() as s:
        ticket = s.get(m.Ticket, tid)
        assert len(ticket.messages) == 3
        assert (ticket.state, proposed(ticket)) == (state, drafts)
    take(dovecot, sessions, mail(STUDENT, f"Re: [CEMU #{tid}] Cours introuvable",
                                 "Toujours rien, pouvez-vous regarder RCAED334 ?"))
    with sessions() as s:
        ticket = s.get(m.Ticket, tid)
        assert len(ticket.messages) == 4 and proposed(ticket) != drafts   # a new diagnosis


# ----------------------------------------------------------------------- 18.2 From smuggling
def _encoded(text: str) -> str:
    return f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?="


def test_identity_comes_from_the_address_part_only(dovecot, sessions, smtp_server):
    def raw(name: str, subject: str) -> bytes:      # header written by hand, as an attacker does
        return (f"From: {name} <attacker@evil.example>\r\nTo: {OURS}\r\nSubject: {subject}\r\n"
                f"Message-ID: <{subject}@evil.example>\r\n\r\nBonjour, mon cours RCAED334 "
                "n'apparait pas.\r\n").encode()
    take(dovecot, sessions, raw(_encoded(STUDENT), "smuggle"),
         raw(_encoded("Eve\r\nBcc: victim@example.org"), "crlf"),
         raw(_encoded(OURS), "hide"))
    with sessions() as s:
        for subject in ("smuggle", "crlf", "hide"):
            ticket = ticket_of(s, subject)
            assert ticket.requester == "attacker@evil.example", subject
            assert ticket.messages[0].from_addr == "attacker@evil.example"
            assert ticket.sender_role != "student"            # no role from a display name
            assert "\n" not in ticket.requester_name and "\r" not in ticket.requester_name
            assert proposed(ticket), subject                  # our address in a name hides nothing
        crlf = ticket_of(s, "crlf")
        agent = m.User(username="a", role="agent")
        s.add(agent)
        s.flush()
        draft = next(d for d in crlf.drafts if d.state == DraftState.PROPOSED)
        review.approve(s, draft, agent, "Bonjour,\n\nVoici.\n", CFG)
        s.commit()
    deliver_due(sessions, SmtpTransport(smtp_server.url, timeout=5), OURS)
    assert [r.recipients for r in smtp_server.received] == [["attacker@evil.example"]]
    assert b"victim" not in smtp_server.received[0].data.split(b"\r\n\r\n")[0].replace(
        b"Eve Bcc: victim@example.org", b"")                  # only inside the quoted name


# ----------------------------------------------------------------------- 18.3 loops
def test_no_draft_for_ourselves_or_for_robots(dovecot, sessions):
    take(dovecot, sessions,
         mail(f"Léa Martin <{STUDENT}>", "reply-to nous", Reply_To=OURS),
         mail("cemu.assistance+test@unicaen.fr", "plus nous"),
         mail("ne_pas_repondre@unicaen.fr", "ne pas repondre"),
         mail("noreply@moodle.unicaen.fr", "noreply"))
    with sessions() as s:
        assert ticket_of(s, "reply-to nous").requester == STUDENT     # never our own address
        for subject in ("plus nous", "ne pas repondre", "noreply"):
            ticket = ticket_of(s, subject)
            assert ticket.state == TicketState.NOT_TO_ANSWER and not proposed(ticket), subject
            assert ticket.requester == ""
        agent = m.User(username="a", role="agent")
        s.add(agent)
        looped = ticket_of(s, "plus nous")
        forced = m.Draft(ticket_id=looped.id, template="to_write", original_text="x", text="x")
        s.add(forced)
        looped.state = TicketState.TO_REVIEW          # even a draft an agent writes by hand
        s.flush()
        try:
            review.approve(s, forced, agent, "Bonjour", CFG)
            raise AssertionError("a reply to nobody must be refused")
        except review.ReviewError as exc:
            assert "destinataire" in str(exc)


# ----------------------------------------------------------------------- 18.4 one mail blocks all
def nested(depth: int) -> bytes:
    body = b"--b0\r\nContent-Type: text/plain\r\n\r\nau fond\r\n--b0--\r\n"
    for i in range(1, depth):
        body = (f"--b{i}\r\nContent-Type: multipart/mixed; boundary=b{i - 1}\r\n\r\n".encode()
                + body + f"--b{i}--\r\n".encode())
    return (f"From: {STUDENT}\r\nTo: {OURS}\r\nSubject: poupee russe\r\nMessage-ID: <deep@x>\r\n"
            f"Content-Type: multipart/mixed; boundary=b{depth - 1}\r\n\r\n").encode() + body


def test_a_mail_nested_a_thousand_levels_is_flagged_and_the_others_go_on(dovecot, sessions):
    take(dovecot, sessions, nested(1000), mail(STUDENT, "avant"), mail(STUDENT, "apres"))
    with sessions() as s:
        deep = ticket_of(s, "poupee russe")
        assert deep.state == TicketState.NEEDS_HUMAN and "unreadable MIME" in deep.flag_reason
        for subject in ("avant", "apres"):
            assert ticket_of(s, subject).state == TicketState.TO_REVIEW
