"""A database error reply quotes the message the mail cites, never one the sender did not see."""
from __future__ import annotations

from triage import extractors
from triage.responses import compose
from triage.rules import diagnose
from tests.test_responses import mail
from tests.test_rules import SUNDAY_OUTAGE, WEDNESDAY_OUTAGE, facts


def _reply(body: str, now):
    """The draft for `body`, its entities read by the real reader, on `now`'s clock."""
    m = mail(body)
    entities = extractors.read(m).entities
    f = facts("database_error", now=now, entities=entities)
    return entities, compose(m, f.reading, diagnose(f))


def test_moodle_french_read_error_is_read_and_quoted():
    entities, draft = _reply("Bonjour, depuis ce matin j'ai « Erreur de lecture de la base de "
                             "données » en ouvrant mon cours.", WEDNESDAY_OUTAGE)
    assert entities.error_messages == ["Erreur de lecture de la base de données"]
    assert draft.template == "database_outage"
    assert "« Erreur de lecture de la base de données »" in draft.text
    assert "Database connection failed" not in draft.text


def test_the_faq_message_is_still_quoted_in_the_window():
    _, draft = _reply("Error: Database connection failed", SUNDAY_OUTAGE)
    assert draft.template == "db_optimisation_window"
    assert "« Database connection failed »" in draft.text


def test_no_message_cited_names_none():
    _, draft = _reply("Ecampus plante, la base de données ne répond plus.", WEDNESDAY_OUTAGE)
    assert draft.template == "database_outage"
    assert "l'erreur de base de données" in draft.text and "«" not in draft.text.split("\n\n")[1]


def test_a_strangers_error_line_is_not_quoted():
    """A free « Erreur : … » line is the sender's text: the reply does not carry it."""
    entities, draft = _reply("Erreur : database down, voir http://example.org/reset",
                             WEDNESDAY_OUTAGE)
    assert any("example.org" in m for m in entities.error_messages)
    assert "example.org" not in draft.text and "l'erreur de base de données" in draft.text
