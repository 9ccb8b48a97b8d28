"""A mail is parsed once along its ticket's whole path, and what pages need is kept: the agent's
page and the attachment download read the kept parse (downloads streamed from the store, within
mailbox.max_attachment_bytes)."""
from __future__ import annotations

import email

from sqlalchemy import select

from tests.fixtures_web import csrf_token, raw_mail
from triage.pipeline.analyse import Analyser
from triage.pipeline.ingest import Intake
from triage.pipeline.outbox import deliver_due
from triage.pipeline.receive import Receiver
from triage.pipeline.worker import run_pending
from triage.store import models as m

SCAN = bytes(range(256)) * 12_000        # a 3 MB "scanned certificate", every byte value


def _student_mail() -> bytes:
    raw, _ = raw_mail("Certificat de scolarité", "Bonjour, je suis 22012345, voici mon "
                      "certificat pour l'inscription en RCAED334.",
                      attachments=[("certificat.pdf", "application/pdf", SCAN)])
    return raw


def _triaged(services, raw: bytes, limit: int) -> int:
    Receiver(services.sessions).store_batch([(raw, "imap:1:1")])
    run_pending(services.sessions, Analyser.from_config(services.config),
                intake=Intake(max_attachment_bytes=limit))
    with services.sessions() as s:
        return s.scalars(select(m.Message.id)).one()


def test_one_parse_from_mailbox_to_sent_reply(web_services, as_role, monkeypatch):
    raw = _student_mail()
    parses = []
    real = email.message_from_bytes

    def counting(data, *args, **kwargs):      # every parse of any kind, anywhere
        if bytes(data) == raw:
            parses.append(1)
        return real(data, *args, **kwargs)
    monkeypatch.setattr(email, "message_from_bytes", counting)
    _triaged(web_services, raw, 10_000_000)
    with web_services.sessions() as s:
        ticket = s.scalars(select(m.Ticket)).one()
        tid, draft_id = ticket.id, ticket.drafts[-1].id
    client = as_role("agent")
    for _ in range(3):                                    # the agent comes back to it
        page = client.get(f"/ticket/{tid}").get_data(as_text=True)
        assert "certificat.pdf" in page
    resp = client.post(f"/ticket/{tid}/approve", data={
        "csrf_token": csrf_token(page), "draft_id": draft_id, "text": "Bonjour,\n\nReçu.\n"})
    assert resp.status_code == 302
    assert deliver_due(web_services.sessions, web_services.transport, "cemu@unicaen.fr") == 1
    client.get(f"/ticket/{tid}")
    assert len(parses) == 1


def test_attachment_downloaded_whole_from_the_kept_parse(web_services, as_role):
    mid = _triaged(web_services, _student_mail(), 10_000_000)
    client = as_role("agent")
    with web_services.sessions() as s:
        tid = s.scalars(select(m.Ticket.id)).one()
    client.get(f"/ticket/{tid}")
    resp = client.get(f"/ticket/{tid}/message/{mid}/attachment/0")
    assert resp.status_code == 200 and resp.is_streamed
    assert resp.headers["Content-Length"] == str(len(SCAN))
    assert resp.get_data() == SCAN
    assert "attachment" in resp.headers["Content-Disposition"]


def test_an_attachment_over_the_setting_is_listed_not_kept(web_services, as_role):
    mid = _triaged(web_services, _student_mail(), 1_000_000)
    with web_services.sessions() as s:
        row = s.scalars(select(m.AttachmentRow)).one()
        assert (row.size, row.truncated, row.content) == (len(SCAN), True, b"")
        tid = s.scalars(select(m.Ticket.id)).one()
    client = as_role("agent")
    page = client.get(f"/ticket/{tid}").get_data(as_text=True)
    assert "certificat.pdf" in page and "non conservée" in page
    resp = client.get(f"/ticket/{tid}/message/{mid}/attachment/0")
    assert resp.status_code == 404 and "max_attachment_bytes" in resp.get_data(as_text=True)
