"""Agents' corrections of the bot (issue 17.5) on tickets the real pipeline triaged (the demo):
stored, counted in the managers' verdicts, exported as JSON lines for `triage learn`."""
from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from triage import stats
from triage.demo.setup import prepare_demo
from triage.pipeline import corrections, review
from triage.pipeline.forwards import latest_analysis
from triage.store import models as m


@pytest.fixture
def triaged(demo):
    services, (login, _password) = prepare_demo(demo)
    yield services, login
    services.close()


def _ticket(s, template: str) -> m.Ticket:
    return s.scalars(select(m.Ticket).join(m.Draft).where(m.Draft.template == template,
                                                          m.Draft.state == "proposed")).first()


def test_corrections_are_stored_counted_and_exported(triaged):
    services, login = triaged
    with services.sessions() as s:
        agent = s.scalars(select(m.User).where(m.User.username == login)).one()
        wrong, right = _ticket(s, "hidden_course"), _ticket(s, "erasmus_student")
        analysis = latest_analysis(s, wrong.id)
        bot = corrections.bot_values(s, analysis)
        assert bot["symptom"] == wrong.symptom and bot["situation"] == "hidden_course"
        other_symptom = next(x for x in corrections.labels("symptom")[:-1] if x != bot["symptom"])
        corrections.correct(s, wrong, agent, "symptom", "other", note="   un doublon  ")
        corrections.correct(s, wrong, agent, "symptom", other_symptom)   # changed their mind
        corrections.correct(s, wrong, agent, "situation", "other", note="demande d'accès")
        corrections.correct(s, right, agent, "symptom", right.symptom)   # a confirmation
        for t in (wrong, right):
            draft = next(d for d in t.drafts if d.state == "proposed")
            review.approve(s, draft, agent, draft.text, services.config)
        s.commit()
        assert corrections.current(s, wrong.id)["symptom"].agent_value == other_symptom
        with pytest.raises(corrections.CorrectionError):
            corrections.correct(s, wrong, agent, "symptom", "not_a_symptom")
        with pytest.raises(corrections.CorrectionError):
            corrections.correct(s, wrong, agent, "mood", "other")

        out = io.StringIO()
        assert corrections.write_jsonl(s, out) == 3            # latest per (mail, field)
        lines = [json.loads(line) for line in out.getvalue().splitlines()]
        by = {(x["ticket_id"], x["field"]): x for x in lines}
        assert by[(wrong.id, "symptom")] == {
            "message_id": analysis.message_id, "ticket_id": wrong.id, "field": "symptom",
            "bot": bot["symptom"], "agent": other_symptom, "note": "",
            "language": wrong.language, "at": by[(wrong.id, "symptom")]["at"]}
        assert by[(wrong.id, "situation")]["note"] == "demande d'accès"
        assert by[(right.id, "symptom")]["bot"] == by[(right.id, "symptom")]["agent"]
        # The id points at the stored mail whose text the reader learns from.
        mail = s.get(m.Message, by[(wrong.id, "symptom")]["message_id"])
        assert mail.ticket_id == wrong.id and mail.direction == "in" and mail.raw

        now = m.utcnow()
        verdicts = stats.report(s, now - timedelta(days=400), now + timedelta(days=1))["verdicts"]
        symptom_rows = {v["key"]: v for v in verdicts["by_symptom"]}
        assert symptom_rows[wrong.symptom]["corrected"] >= 1
        templates = {v["key"]: v for v in verdicts["by_template"]}
        assert templates["hidden_course"] == {"key": "hidden_course", "reviewed": 1,
                                              "corrected": 1, "agreed_share": 0.0}
        assert templates["erasmus_student"]["agreed_share"] == 1.0
        assert verdicts["corrected_tickets"] == 1
        audit = s.scalars(select(m.AuditEntry.action).where(m.AuditEntry.ticket_id == wrong.id))
        assert list(audit).count("correct") == 3
