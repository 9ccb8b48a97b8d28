"""The reply a person approved, as it leaves (issue 17.10): dated in Paris time, not marked
automatic, the mail answered quoted below it (a setting, on by default)."""
from __future__ import annotations

import email
from email import policy
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import pytest

from tests.fixtures_web import (accounts, analysed_ticket, as_role, csrf_token,  # noqa: F401
                                web_app, web_services)
from triage.pipeline.outbox import deliver_due

PARIS = ZoneInfo("Europe/Paris")


def _approve_and_send(services, client, tmp_path, text="Bonjour,\n\nC'est réglé.\n\nCEMU"):
    from triage.store import models as m
    tid = analysed_ticket(services)
    with services.sessions() as s:
        ticket = s.get(m.Ticket, tid)
        draft_id, sent_date = ticket.drafts[0].id, ticket.messages[0].raw
    token = csrf_token(client.get(f"/ticket/{tid}").get_data(as_text=True))
    client.post(f"/ticket/{tid}/approve", data={"csrf_token": token, "draft_id": draft_id,
                                                "text": text})
    assert deliver_due(services.sessions, services.transport, "cemu@unicaen.fr") == 1
    eml = next((tmp_path / "outbox").glob("*.eml"))
    original = email.message_from_bytes(sent_date, policy=policy.default)
    return email.message_from_bytes(eml.read_bytes(), policy=policy.default), original


def test_an_approved_reply_is_dated_in_paris_not_automatic_and_quotes_the_mail(
        web_services, as_role, tmp_path):
    mail, original = _approve_and_send(web_services, as_role("agent"), tmp_path)
    date = parsedate_to_datetime(mail["Date"])
    assert date.utcoffset() == date.astimezone(PARIS).utcoffset()        # +0100 or +0200
    assert "Auto-Submitted" not in mail
    body = mail.get_content().replace("\r\n", "\n")
    reply, _, quote = body.partition("\n\n\n")
    assert reply.strip().endswith("CEMU") and "C'est réglé." in reply
    when = parsedate_to_datetime(original["Date"]).astimezone(PARIS)
    assert when.date().isoformat() == "2026-10-14"           # the sample's Date, in Paris
    assert quote.startswith(f"Le mercredi 14 octobre 2026 à {when:%H:%M}, Léa Martin "
                            "<22004871@etu.unicaen.fr> a écrit :\n")
    assert "> je ne vois pas le cours de Droit des contrats (RCAED501)" in quote
    assert all(line.startswith(">") for line in quote.strip().split("\n")[1:])


def test_quoting_the_original_can_be_turned_off(web_services, accounts, tmp_path):
    from tests.fixtures_web import sign_in
    from triage.web import create_app
    web_services.config.set("smtp", "quote_original", False)
    client = create_app(web_services, {"TESTING": True}).test_client()
    sign_in(client, "agent")
    mail, _ = _approve_and_send(web_services, client, tmp_path)
    assert "a écrit :" not in mail.get_content() and "> Bonjour" not in mail.get_content()


@pytest.mark.parametrize("language,head", [("fr", "Le lundi 2 mars 2026 à 10:05, A <a@b.fr> a écrit :"),
                                           ("en", "On 02/03/2026 at 10:05, A <a@b.fr> wrote:")])
def test_quote_attribution_in_the_readers_language(language, head):
    from datetime import datetime, timezone
    from triage.mail.reply import quoted
    text = quoted("ligne 1\n\n> déjà cité\nligne 3", "A <a@b.fr>",
                  datetime(2026, 3, 2, 9, 5, tzinfo=timezone.utc), language)
    assert text.split("\n") == [head, "> ligne 1", ">", ">> déjà cité", "> ligne 3"]
