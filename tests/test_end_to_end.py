"""The walking skeleton end to end: sample mail files -> maildir -> store -> triage -> draft
-> agent approval -> .eml in the outbox; and the `inspect` / `stats` JSON contracts."""
from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from triage.cli import cli
from triage.demo.setup import SAMPLE_MAILS, demo_config, prepare_demo
from triage.pipeline import review
from triage.runner import deliver
from triage.pipeline.lifecycle import TicketState
from triage.store import models as m

SYMPTOMS = {"wrong_name", "cannot_login", "course_moved_renamed", "course_missing",
            "course_not_on_dashboard", "students_cannot_see_course", "not_enrolled",
            "teacher_not_enrolled", "wrong_group", "participants_block_missing",
            "cas_unknown_destination", "database_error", "too_many_teachers",
            "cohort_question", "other"}


def test_mail_file_to_approved_reply_in_outbox(demo):
    services, (login, password) = prepare_demo(demo)
    with services.sessions() as s:
        tickets = s.scalars(select(m.Ticket)).all()
        assert len(tickets) == len(list(SAMPLE_MAILS.glob("*.eml")))
        auto = [t for t in tickets if "automatique" in t.subject.lower()]
        assert auto and all(t.state == TicketState.NOT_TO_ANSWER and not t.drafts for t in auto)
        hidden = next(t for t in tickets if t.messages[0].message_id.startswith("demo-01-"))
        assert hidden.state == TicketState.TO_REVIEW
        draft = hidden.drafts[-1]
        assert draft.template == "hidden_course"
        agent = s.scalars(select(m.User).where(m.User.username == login)).one()
        review.approve(s, draft, agent, draft.text + "\nPS : test de bout en bout.\n",
                       services.config)
        s.commit()
        ticket_id, original_mid = hidden.id, hidden.messages[0].message_id
    assert deliver(services) == 1
    files = list((demo / "outbox").glob("*.eml"))
    assert len(files) == 1
    sent = email.message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert sent["In-Reply-To"] == f"<{original_mid}>"
    assert f"<{original_mid}>" in sent["References"]
    assert sent["To"].addresses[0].addr_spec == "22004871@etu.unicaen.fr"
    assert f"[CEMU #{ticket_id}]" in sent["Subject"]
    body = sent.get_content()
    assert "PS : test de bout en bout." in body and "RCAED501" in body
    services.close()


def test_inspect_json_contract(demo, monkeypatch):
    cfg = demo_config(demo)
    for section in ("refer", "moodle"):
        monkeypatch.setenv(f"TRIAGE_{section.upper()}_URL", cfg.get(section, "url"))
    files = [str(p) for p in sorted(SAMPLE_MAILS.glob("*.eml"))]
    result = CliRunner().invoke(cli, ["inspect", "--json", *files])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(records) == len(files)
    by_name = {Path(r["file"]).stem: r for r in records}
    for r in records:
        assert r["sender_role"] in {"student", "staff", "unknown"}
        assert isinstance(r["auto_reply"], bool) and r["symptom"] in SYMPTOMS
        ents = r["entities"]
        assert all(c == c.upper() and " " not in c for c in ents["apogee_codes"])
        assert all(len(n) == 8 and n.isdigit() for n in ents["student_numbers"])
        assert all(isinstance(i, int) for i in ents["course_ids"])
        for f in r["findings"]:
            assert {"situation", "confidence", "evidence"} <= f.keys()
    hidden = by_name["01-cours-cache"]
    assert hidden["entities"]["apogee_codes"] == ["RCAED501"]
    assert hidden["entities"]["student_numbers"] == ["22004871"]
    assert hidden["sender_role"] == "student"
    assert "hidden_course" in [f["situation"] for f in hidden["findings"]]
    assert hidden["draft"]["template"] == "hidden_course" and hidden["draft"]["text"]
    assert by_name["18-reponse-automatique"]["auto_reply"] is True
    assert by_name["18-reponse-automatique"]["draft"] is None
    sunday = by_name["03-dimanche"]
    assert sunday["symptom"] == "database_error"
    assert sunday["findings"][0]["situation"] == "db_optimisation_window"
    # --now moves the judgement: the same mail on a Wednesday is not the Sunday window.
    wed = CliRunner().invoke(cli, ["inspect", "--json", "--now", "2026-10-14T09:40:00+02:00",
                                   str(SAMPLE_MAILS / "03-dimanche.eml")])
    assert "db_optimisation_window" not in [f["situation"] for f in
                                             json.loads(wed.stdout)["findings"]]


def test_inspect_reads_files_only(tmp_path, monkeypatch):
    monkeypatch.setenv("TRIAGE_DATABASE_URL", f"sqlite:///{tmp_path / 'never.db'}")
    result = CliRunner().invoke(cli, ["inspect", "--json",
                                      str(SAMPLE_MAILS / "04-cas.eml")])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "never.db").exists()
    assert json.loads(result.stdout)["symptom"] == "cas_unknown_destination"


def test_stats_json_contract(demo, monkeypatch):
    services, _ = prepare_demo(demo)
    monkeypatch.setenv("TRIAGE_DATABASE_URL", services.config.get("database", "url"))
    result = CliRunner().invoke(cli, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    n = len(list(SAMPLE_MAILS.glob("*.eml")))
    assert figures["messages"] == n and figures["tickets"] == n
    assert figures["drafts"] == n - 1 and figures["sent"] == 0
    assert sum(figures["by_symptom"].values()) == n
    assert figures["by_situation"].get("hidden_course", 0) >= 1
    services.close()
