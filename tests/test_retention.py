"""`triage purge` anonymises exactly what retention.days says and nothing else; statistics stay;
`triage export-person` gathers one person's data. Real SQLite and PostgreSQL stores."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from triage.retention import PURGED_PARSE, PURGED_SUBJECT, export_person, purge
from triage.stats import summary
from triage.pipeline.lifecycle import TicketState
from triage.store import models as m
from triage.store.db import connect, session_factory, upgrade

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)
OLD, RECENT = NOW - timedelta(days=400), NOW - timedelta(days=10)
JUST_BEFORE, JUST_AFTER = NOW - timedelta(days=365, minutes=1), NOW - timedelta(days=364)


@pytest.fixture
def sessions(any_store):
    return any_store


def _mail(who: str, number: str, when: datetime, mid: str) -> bytes:
    return (f"From: Camille Martin <{who}>\r\nSubject: cours introuvable {number}\r\n"
            f"Message-ID: <{mid}>\r\nDate: {when:%a, %d %b %Y %H:%M:%S +0000}\r\n\r\n"
            f"Je suis {number}, je ne vois pas RCAED501.\r\n--\r\nPJ: releve.pdf\r\n").encode()


def _ticket(s, who: str, number: str, dates: list[datetime], tag: str) -> m.Ticket:
    """A ticket with one mail per date, each analysed, a finding, a draft, a sent reply."""
    agent = s.scalars(select(m.User)).first() or m.User(username="agent")
    t = m.Ticket(subject=f"cours introuvable {number}", requester=who,
                 requester_name="Camille Martin", state=TicketState.ANSWERED, symptom="course_missing",
                 sender_role="student", created_at=dates[0], flag_reason="pièce jointe lourde")
    s.add_all([agent, t])
    for i, when in enumerate(dates):
        msg = m.Message(ticket=t, message_id=f"{tag}-{i}@x", raw=_mail(who, number, when,
                                                                      f"{tag}-{i}@x"),
                        from_addr=who, subject=t.subject, received_at=when)
        s.add(msg)
        s.flush()
        a = m.Analysis(ticket_id=t.id, message_id=msg.id, created_at=when,
                       reading={"entities": {"student_numbers": [number]}, "symptom": "x"})
        s.add(a)
        s.flush()
        s.add(m.FindingRow(analysis_id=a.id, ticket_id=t.id, situation="hidden_course",
                           confidence=0.9, owner="teacher", fix="rendre visible",
                           evidence=[{"rows": [{"cod_etu": number}]}],
                           params={"student": number}, elp="RCAED501", course_id=12))
        d = m.Draft(ticket_id=t.id, analysis_id=a.id, template="hidden_course",
                    subject="Re: cours", original_text=f"Bonjour {number}",
                    text=f"Bonjour Camille {number}", state="approved", edited=True,
                    created_at=when)
        s.add(d)
        s.flush()
        s.add(m.Outgoing(ticket_id=t.id, draft_id=d.id, message_id=f"out-{tag}-{i}@x",
                         to_addr=who, raw=b"To: " + who.encode() + b"\r\n\r\nBonjour",
                         state="sent", created_at=when, sent_at=when))
        s.add(m.AuditEntry(user_id=agent.id, action="approve", ticket_id=t.id, at=when,
                           detail={"reason": f"vu avec {who}"}))
    s.flush()
    return t


def _rows(s) -> dict:
    """Every row of every table, as comparable dicts."""
    out = {}
    for model in (m.Ticket, m.Message, m.Analysis, m.FindingRow, m.Draft, m.Outgoing,
                  m.AuditEntry):
        for row in s.scalars(select(model)):
            out[(model.__tablename__, row.id)] = {
                c.key: getattr(row, c.key) for c in sa_inspect(model).column_attrs}
    return out


def _build(sessions):
    with sessions() as s:
        ids = {"old": _ticket(s, "old@etu.unicaen.fr", "21900001", [OLD], "old").id,
               "edge": _ticket(s, "edge@etu.unicaen.fr", "21900002", [JUST_BEFORE], "edge").id,
               "recent": _ticket(s, "new@etu.unicaen.fr", "21900003", [RECENT], "new").id,
               "mixed": _ticket(s, "mix@etu.unicaen.fr", "21900004", [OLD, JUST_AFTER],
                                "mix").id}
        s.commit()
    return ids


def test_purge_anonymises_exactly_what_retention_says(sessions):
    ids = _build(sessions)
    with sessions() as s:
        before, stats_before = _rows(s), summary(s)
    with sessions() as s:
        dry = purge(s, 365, now=NOW, dry_run=True)
    with sessions() as s:
        assert _rows(s) == before                  # a dry run changes nothing
        report = purge(s, 365, now=NOW)
    assert dry.as_dict() == report.as_dict()
    # old + edge + the old half of mixed: 3 received mails; 3 replies; tickets old and edge.
    assert (report.messages, report.outgoing, report.analyses, report.findings, report.drafts,
            report.tickets) == (3, 3, 3, 3, 3, 2)
    assert report.audit_entries == 2               # old's and edge's; mixed is still live
    with sessions() as s:
        after, stats_after = _rows(s), summary(s)
    assert stats_after == stats_before             # statistics are kept
    changed = {k for k in before if before[k] != after[k]}
    gone = {ids["old"], ids["edge"]}
    for (table, _), row in ((k, after[k]) for k in changed):
        tid = row["id"] if table == "tickets" else row["ticket_id"]
        assert tid in gone or tid == ids["mixed"]  # never the recent ticket
    dump = repr([after[k] for k in sorted(after)])
    for secret in ("old@etu", "edge@etu", "21900001", "21900002", "vu avec old"):
        assert secret not in dump
    for kept in ("new@etu", "21900003", "mix@etu", "21900004", "RCAED501", "hidden_course"):
        assert kept in dump
    with sessions() as s:
        old = s.get(m.Ticket, ids["old"])
        assert (old.requester, old.requester_name, old.subject) == ("", "", PURGED_SUBJECT)
        assert (old.state, old.symptom, old.sender_role) == (TicketState.ANSWERED, "course_missing",
                                                            "student")
        assert old.messages[0].raw == b"" and old.drafts[0].template == "hidden_course"
        assert old.messages[0].parsed == PURGED_PARSE
        mixed = s.get(m.Ticket, ids["mixed"])
        assert mixed.requester == "mix@etu.unicaen.fr"
        assert [x.raw == b"" for x in mixed.messages] == [True, False]
        assert [d.text == "" for d in mixed.drafts] == [True, False]
    with sessions() as s:
        again = purge(s, 365, now=NOW)
    assert sum(v for v in again.as_dict().values() if isinstance(v, int)) == 0


def test_purge_keeps_unsent_replies_and_refuses_a_zero_retention(sessions):
    with sessions() as s:
        t = _ticket(s, "wait@etu.unicaen.fr", "21900009", [OLD], "wait")
        out = s.scalars(select(m.Outgoing).where(m.Outgoing.ticket_id == t.id)).one()
        out.state = "failed"        # still being retried: the reply must still go out
        s.commit()
        with pytest.raises(ValueError):
            purge(s, 0, now=NOW)
        purge(s, 365, now=NOW)
        s.expire_all()
        assert s.get(m.Outgoing, out.id).to_addr == "wait@etu.unicaen.fr"


def test_export_person_by_address_and_by_student_number(sessions):
    ids = _build(sessions)
    with sessions() as s:
        by_address = export_person(s, "NEW@etu.unicaen.fr")
        cited = m.Ticket(subject="pour un étudiant", requester="prof@unicaen.fr")
        s.add(cited)
        s.flush()
        msg = m.Message(ticket=cited, message_id="prof@x", raw=b"x", from_addr="prof@unicaen.fr")
        s.add(msg)
        s.flush()
        s.add(m.Analysis(ticket_id=cited.id, message_id=msg.id,
                         reading={"entities": {"student_numbers": ["21900003"]}}))
        s.commit()
        by_number = export_person(s, "21900003", ("etu.unicaen.fr",))
    assert [t["ticket"] for t in by_address["tickets"]] == [ids["recent"]]
    one = by_address["tickets"][0]
    assert "Je suis 21900003" in one["messages"][0]["raw"]
    assert one["drafts"][0]["text"] == "Bonjour Camille 21900003"
    assert [t["ticket"] for t in by_number["tickets"]] == [ids["recent"], cited.id]
    json.dumps(by_number)    # JSON-ready


def test_purge_command_reports_and_dry_run(tmp_path, monkeypatch):
    from triage.cli import cli
    url = f"sqlite:///{tmp_path / 'triage.db'}"
    engine = connect(url)
    upgrade(engine)
    with session_factory(engine)() as s:
        _ticket(s, "old@etu.unicaen.fr", "21900001", [m.utcnow() - timedelta(days=40)], "c")
        s.commit()
    monkeypatch.setenv("TRIAGE_DATABASE_URL", url)
    monkeypatch.setenv("TRIAGE_RETENTION_DAYS", "30")
    runner = CliRunner()
    dry = runner.invoke(cli, ["purge", "--dry-run", "--json"])
    assert dry.exit_code == 0, dry.output
    assert json.loads(dry.stdout)["messages"] == 1
    real = runner.invoke(cli, ["purge"])
    assert real.exit_code == 0 and "courriels 1" in real.output
    with session_factory(engine)() as s:
        assert s.scalars(select(m.Message)).one().raw == b""
    engine.dispose()


def test_purge_drops_failed_sign_ins_older_than_a_day(sessions):
    now = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
    with sessions() as s:
        s.add_all([m.LoginFailure(key="user:agent", at=now - timedelta(days=2)),
                   m.LoginFailure(key="addr:10.0.0.1", at=now - timedelta(minutes=3))])
        s.commit()
        assert purge(s, 365, now=now).login_failures == 1
        assert s.scalars(select(m.LoginFailure.key)).all() == ["addr:10.0.0.1"]
