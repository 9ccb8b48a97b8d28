"""A forward to the owner of a fix is followed until the fix shows in the data."""
from __future__ import annotations

import sqlite3
from datetime import timedelta

from sqlalchemy import func, select

from triage.demo.setup import prepare_demo
from triage.pipeline import review
from triage.pipeline.forwards import open_forwards, recheck
from triage.store import models as m


def _forward_hidden_course(services) -> tuple[int, int]:
    """The demo's hidden-course ticket, forwarded to its teacher as the web page does."""
    with services.sessions() as s:
        ticket = next(t for t in s.scalars(select(m.Ticket))
                      if t.messages[0].message_id.startswith("demo-01-"))
        finding = s.scalars(select(m.FindingRow).where(
            m.FindingRow.ticket_id == ticket.id,
            m.FindingRow.situation == "hidden_course")).one()
        out = m.Outgoing(ticket_id=ticket.id, kind="forward", message_id="fwd-1@unicaen.fr",
                         to_addr="enseignant@unicaen.fr", raw=b"x", state="sent")
        s.add(out)
        s.flush()
        review.audit(s, None, "forward", ticket, outgoing=out.id, situation=finding.situation)
        s.commit()
        return ticket.id, len(ticket.drafts)


def _analyses(services, ticket_id: int) -> int:
    with services.sessions() as s:
        return s.scalar(select(func.count()).select_from(m.Analysis)
                        .where(m.Analysis.ticket_id == ticket_id))


def test_forward_closes_itself_once_the_fix_is_in_the_data(demo):
    services, _ = prepare_demo(demo)
    ticket_id, drafts = _forward_hidden_course(services)
    with services.sessions() as s:
        assert [e.ticket_id for e in open_forwards(s)] == [ticket_id]
        state = s.get(m.Ticket, ticket_id).state

    # Checked minutes ago: nothing to do yet (the data only changes with the nightly sync).
    assert recheck(services.sessions, services.analyser) == 0
    # Still hidden: a new analysis as of now, the forward stays open.
    assert recheck(services.sessions, services.analyser, every=timedelta(0)) == 1
    with services.sessions() as s:
        assert [e.ticket_id for e in open_forwards(s)] == [ticket_id]

    # The teacher makes the course visible; the next check sees it.
    with sqlite3.connect(demo / "moodle.db") as db:
        db.execute("UPDATE mdl_course SET visible = 1 WHERE id = 48213")
    before = _analyses(services, ticket_id)
    assert recheck(services.sessions, services.analyser, every=timedelta(0)) == 1
    assert _analyses(services, ticket_id) == before + 1
    with services.sessions() as s:
        assert open_forwards(s) == []
        ticket = s.get(m.Ticket, ticket_id)
        assert ticket.state == state and len(ticket.drafts) == drafts   # review untouched
    services.close()


def test_a_source_down_proves_nothing(demo):
    services, _ = prepare_demo(demo)
    ticket_id, _ = _forward_hidden_course(services)
    services.close()
    (demo / "moodle.db").rename(demo / "moodle.db.away")
    from triage.demo.setup import demo_config
    from triage.services import Services
    down = Services(demo_config(demo))
    before = _analyses(down, ticket_id)
    assert recheck(down.sessions, down.analyser, every=timedelta(0)) == 0
    assert _analyses(down, ticket_id) == before
    with down.sessions() as s:
        assert [e.ticket_id for e in open_forwards(s)] == [ticket_id]
    down.close()


def test_forwarded_evidence_names_its_sources_in_french():
    """The owner of the fix reads « (REFER) », « (date et heure) », never the ids « (clock) »."""
    from triage.pipeline.forwards import evidence_text
    row = m.FindingRow(evidence=[
        {"source": "clock", "label": "Date du mail (heure de Paris)", "rows": [{"date": "x"}]},
        {"source": "refer", "label": "Inscription administrative", "rows": []}])
    text = evidence_text(row)
    assert "Date du mail (heure de Paris) (date et heure)" in text
    assert "Inscription administrative (REFER)" in text and "(clock)" not in text
