"""A diagnosis that raises shows: on the ticket (cause and what to do), on the Santé panel,
in /healthz ("degraded") and in /metrics — not only in a server log (issue 13 item 4)."""
from __future__ import annotations

from triage import rules
from triage.demo.setup import SAMPLE_MAILS
from triage.pipeline.analyse import Analyser
from triage.pipeline.lifecycle import TicketState
from triage.pipeline.receive import Receiver
from triage.pipeline.worker import run_pending
from triage.store import models as m


def _broken(facts):
    raise KeyError("group")   # a rule with a bug, as the int group code of issue 15 was


def test_a_diagnosis_that_raises_is_shown_everywhere(web_services, as_role):
    analyser = Analyser.from_config(web_services.config)
    analyser.rule_set = rules.all_rules() + [rules.Rule("broken", "Règle cassée", "cemu", _broken)]
    raw = (SAMPLE_MAILS / "09-enseignant-non-inscrit.eml").read_bytes()
    Receiver(web_services.sessions).store_batch([(raw, "maildir:sample")])
    run_pending(web_services.sessions, analyser)

    with web_services.sessions() as session:
        ticket = session.query(m.Ticket).one()
        assert ticket.state == TicketState.NEEDS_HUMAN
        assert "Le diagnostic automatique a échoué (KeyError)" in ticket.flag_reason
        tid = ticket.id

    agent = as_role("agent")
    page = agent.get(f"/ticket/{tid}").get_data(as_text=True)
    assert "Le diagnostic automatique a échoué" in page and "Relancer le diagnostic" in page
    health = as_role("admin").get("/sante/").get_data(as_text=True)
    assert "diagnostic d&#39;un ticket" in health and "KeyError" in health

    client = agent.application.test_client()    # /healthz and /metrics need no sign-in
    status = client.get("/healthz").get_json()
    assert status["ok"] and status["status"] == "degraded"
    assert status["component_errors_24h"] == 1
    metrics = client.get("/metrics").get_data(as_text=True)
    assert 'triage_component_errors_24h{component="diagnostic"} 1' in metrics
