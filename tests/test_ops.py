"""Operations: `triage doctor` against real servers (PostgreSQL, Dovecot, aiosmtpd, SQLite
sources) whole and broken, /healthz and /metrics, JSON logs, the watch command's mailbox lock."""
from __future__ import annotations

import io
import json
import logging
import re

import pytest
from click.testing import CliRunner
from flask import Flask
from sqlalchemy import create_engine

from tests.servers.postgres import free_port, start_postgres
from triage import config as configuration
from triage.cli import cli
from triage.demo.schema import REFER
from triage.services import Services
from triage.pipeline.lifecycle import TicketState
from triage.store import models as m
from triage.store.db import connect, upgrade


@pytest.fixture(scope="module")
def imap():
    from tests.servers.dovecot import start_dovecot
    server = start_dovecot()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def smtp():
    from tests.servers.smtp import SmtpServer
    server = SmtpServer().start()
    yield server
    server.stop()


def _sqlite_from(metadata, path, leave_out: str = "") -> str:
    engine = create_engine(f"sqlite:///{path}")
    metadata.create_all(engine, tables=[t for t in metadata.sorted_tables if t.name != leave_out])
    engine.dispose()
    return f"sqlite:///{path}"


def _working_sources(demo_dir, tmp_path) -> tuple[str, str]:
    """REFER and Moodle as the demo university has them, the sync having run last night."""
    import shutil
    import sqlite3
    import time
    for name in ("refer.db", "moodle.db"):
        shutil.copy(demo_dir / name, tmp_path / name)
    db = sqlite3.connect(tmp_path / "moodle.db")
    last_night = int(time.time()) - 86400
    db.execute("UPDATE mdl_task_log SET timestart = ?, timeend = ? + 95 "
               "WHERE timestart = (SELECT MAX(timestart) FROM mdl_task_log)",
               (last_night, last_night))
    db.commit()
    db.close()
    return f"sqlite:///{tmp_path / 'refer.db'}", f"sqlite:///{tmp_path / 'moodle.db'}"


@pytest.fixture
def healthy(tmp_path, pg_url, imap, smtp, monkeypatch, demo_dir):
    """TRIAGE_* variables naming a deployment where every part works."""
    for k in list(__import__("os").environ):
        if k.startswith("TRIAGE_"):
            monkeypatch.delenv(k)
    engine = connect(pg_url)
    upgrade(engine)
    engine.dispose()
    env = {"TRIAGE_DATABASE_URL": pg_url, "TRIAGE_MAILBOX_URL": imap.url(),
           "TRIAGE_SMTP_URL": smtp.url,
           "TRIAGE_REFER_URL": _working_sources(demo_dir, tmp_path)[0],
           "TRIAGE_MOODLE_URL": f"sqlite:///{tmp_path / 'moodle.db'}",
           "TRIAGE_REFER_CATALOGUE_FILE": str(tmp_path / "state" / "catalogue.json")}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    return env


def _doctor(*args: str):
    result = CliRunner().invoke(cli, ["doctor", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def _failed(output: str) -> list[str]:
    return re.findall(r"^\[(?:ÉCHEC|FAILED)\] (\S+ / .+?)(?: :|$)", output, re.M)


def test_doctor_all_green_on_a_working_deployment(healthy):
    result = _doctor()
    assert result.exit_code == 0, result.output
    assert _failed(result.output) == []
    assert "Tout fonctionne." in result.output
    for part in ("store / migrations", "mailbox / dossier Triage", "smtp / dialogue",
                 "refer / refer_students", "moodle / moodle_users",
                 "refer / étudiant trouvé par son numéro", "refer / groupe lu par son code",
                 "moodle / synchronisation nocturne",
                 "diagnostic / courriel d'exemple"):
        assert f"[OK] {part}" in result.output
    assert "secret" not in result.output          # passwords never printed


def test_doctor_wrong_store_url(healthy, monkeypatch):
    monkeypatch.setenv("TRIAGE_DATABASE_URL", "postgresql+psycopg://triage@127.0.0.1:"
                       f"{free_port()}/triage")
    result = _doctor("--part", "store")
    assert result.exit_code == 1
    assert "le store est injoignable" in result.output and "database.url" in result.output
    monkeypatch.setenv("TRIAGE_DATABASE_URL", "postgres-typo://x")
    result = _doctor("--part", "store", "--lang", "en")
    assert result.exit_code == 1 and "invalid store URL" in result.output
    assert "Fix : correct database.url" in result.output


@pytest.mark.postgres
def test_doctor_stopped_postgresql_then_migrations(healthy, monkeypatch, tmp_path):
    server = start_postgres(tmp_path / "own")
    try:
        url = server.create_database("store")
        monkeypatch.setenv("TRIAGE_DATABASE_URL", url)
        fresh = _doctor("--part", "store")
        assert fresh.exit_code == 1 and _failed(fresh.output) == ["store / migrations"]
        assert "triage db upgrade" in fresh.output
        server.stop()
        stopped = _doctor("--part", "store")
        assert stopped.exit_code == 1
        assert "serveur arrêté ou port fermé" in stopped.output
        server.start()
        assert _failed(_doctor("--part", "store").output) == ["store / migrations"]
    finally:
        server.destroy()


def test_doctor_unreachable_imap_and_smtp_ports(healthy, monkeypatch):
    monkeypatch.setenv("TRIAGE_MAILBOX_URL", f"imap://cemu:secret@127.0.0.1:{free_port()}/INBOX")
    monkeypatch.setenv("TRIAGE_SMTP_URL", f"smtp://127.0.0.1:{free_port()}")
    result = _doctor("--part", "mailbox", "--part", "smtp")
    assert result.exit_code == 1
    assert _failed(result.output) == ["mailbox / connexion", "smtp / connexion"]
    assert result.output.count("injoignable") == 2 and "mailbox.url" in result.output


def test_doctor_imap_wrong_password_and_missing_folder(healthy, monkeypatch, imap):
    monkeypatch.setenv("TRIAGE_MAILBOX_URL", imap.url().replace(":secret@", ":wrong@"))
    result = _doctor("--part", "mailbox")
    assert _failed(result.output) == ["mailbox / identification"]
    monkeypatch.setenv("TRIAGE_MAILBOX_URL", imap.url())
    monkeypatch.setenv("TRIAGE_MAILBOX_DONE_FOLDER", "Traite")
    result = _doctor("--part", "mailbox")
    assert _failed(result.output) == ["mailbox / dossier Traite"]
    assert "mailbox.done_folder" in result.output


def test_doctor_names_the_refer_queries_a_missing_table_breaks(healthy, monkeypatch, tmp_path):
    from triage.sources.queries import load
    table = "T_ADE_ACTIVITES" if "T_ADE_ACTIVITES" in REFER.tables else REFER.sorted_tables[-1].name
    broken = {n for n, q in load().items() if n.startswith("refer_")
              and re.search(rf"\b{table}\b", q.sql, re.I)}
    assert broken, f"no query reads {table}"
    monkeypatch.setenv("TRIAGE_REFER_URL",
                       _sqlite_from(REFER, tmp_path / "partial.db", leave_out=table))
    result = _doctor("--part", "refer")
    assert result.exit_code == 1
    assert set(_failed(result.output)) == {f"refer / {n}" for n in broken}
    assert table.lower() in result.output.lower()      # the server's own words name it


def test_healthz_and_metrics(pg_url):
    cfg = configuration.load(None, {"TRIAGE_DATABASE_URL": pg_url})
    services = Services(cfg)
    from triage.web import ops
    app = Flask("t")
    app.extensions["services"] = services
    app.register_blueprint(ops.bp)
    client = app.test_client()
    before = client.get("/healthz")
    assert before.status_code == 503 and before.json["store"] and not before.json["migrations"]
    upgrade(services.engine)
    with services.sessions() as s:
        for n, state in enumerate((TicketState.NEW, TicketState.NEW, TicketState.TO_REVIEW)):
            t = m.Ticket(state=state, subject="x")
            msg = m.Message(ticket=t, message_id=f"{n}@x", raw=b"x")
            s.add(msg)
            s.flush()
        s.add(m.Analysis(ticket_id=t.id, message_id=msg.id, pending_sources=["refer"]))
        s.commit()
    ok = client.get("/healthz")
    assert ok.status_code == 200 and ok.json["ok"] and ok.json["revision"] == ok.json["head"]
    body = client.get("/metrics").get_data(as_text=True)
    assert "triage_mails_received_total 3" in body
    assert 'triage_tickets{state="new"} 2' in body
    assert 'triage_tickets{state="to_review"} 1' in body
    age = float(re.search(r'triage_queue_age_seconds\{queue="triage"\} (\S+)', body).group(1))
    assert 0 <= age < 60
    assert 'triage_source_errors_24h{source="refer"} 1' in body
    services.close()


def test_json_logs_carry_ids_and_mask_addresses():
    from triage.logs import JsonFormatter
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("test.ops.logs")
    logger.addHandler(handler)
    try:
        logger.warning("send to %s failed", "camille.martin@etu.unicaen.fr",
                       extra={"ticket_id": 42})
    finally:
        logger.removeHandler(handler)
    entry = json.loads(stream.getvalue())
    assert entry["ticket_id"] == 42 and entry["level"] == "WARNING"
    assert "camille" not in stream.getvalue() and "<adresse>" in entry["message"]


def test_watch_waits_for_the_mailbox_lock(tmp_path, monkeypatch):
    from triage.locks import MailboxLock
    url = f"sqlite:///{tmp_path / 'triage.db'}"
    box = f"maildir://{tmp_path / 'maildir'}"
    monkeypatch.setenv("TRIAGE_DATABASE_URL", url)
    monkeypatch.setenv("TRIAGE_MAILBOX_URL", box)
    engine = connect(url)
    upgrade(engine)
    holder = MailboxLock(engine, box)
    assert holder.acquire()
    try:
        result = CliRunner().invoke(cli, ["watch", "--once", "--no-triage"])
        assert result.exit_code == 3 and "relève déjà" in result.output
    finally:
        holder.release()
    result = CliRunner().invoke(cli, ["watch", "--once", "--no-triage"])
    assert result.exit_code == 0, result.output
    engine.dispose()


def test_doctor_says_where_the_code_catalogue_comes_from(healthy, tmp_path):
    """Live from REFER and Moodle, then (REFER's database made unreachable) the copy the last good
    load saved, with its date; with no copy, codes read by shape alone. Never a traceback."""
    saved = tmp_path / "state" / "catalogue.json"
    live = _doctor("--part", "refer")
    assert live.exit_code == 0, live.output
    assert re.search(r"^\[OK\] refer / catalogue des codes : en direct : chargé de REFER et "
                     r"Moodle le \d\d/\d\d/\d{4} à \d\d:\d\d \(il y a 0 min\), [\d\u202f]+ codes, dont "
                     r"[\d\u202f]+ avec un libellé$",
                     live.output, re.M), live.output
    assert saved.is_file()
    refer_db = tmp_path / "refer.db"
    refer_db.rename(tmp_path / "refer-away.db")
    refer_db.mkdir()                                       # REFER unreachable, same URL
    down = _doctor("--part", "refer")
    assert down.exit_code == 1 and "Traceback" not in down.output
    assert "refer / catalogue des codes" in _failed(down.output)
    assert "REFER ou Moodle injoignable ; copie enregistrée le" in down.output
    assert "avec un libellé" in down.output          # the saved copy kept its labels
    assert "d'ici là les codes sont lus avec cette copie" in down.output
    english = _doctor("--part", "refer", "--lang", "en")
    assert "codes are read with the copy saved on" in english.output
    saved.unlink()
    none = _doctor("--part", "refer")
    assert "aucune copie enregistrée : les codes sont lus par leur forme" in none.output
    assert f"sera enregistré dans {saved}" in none.output


def test_doctor_says_diagnostics_are_off_without_sources(healthy, monkeypatch):
    """Without REFER and Moodle the bot still drafts, but it must not claim all is well."""
    monkeypatch.delenv("TRIAGE_REFER_URL")
    monkeypatch.delenv("TRIAGE_MOODLE_URL")
    result = _doctor("--part", "refer", "--part", "moodle", "--part", "diagnostic")
    assert result.exit_code == 0, result.output
    assert "Tout fonctionne." not in result.output
    assert "les diagnostics de données sont désactivés" in result.output
    assert "[OK] diagnostic / courriel d'exemple" in result.output
    assert "non configuré ou non vérifié : diagnostic, moodle, refer." in result.output



def test_doctor_checks_what_the_sources_mean(healthy, monkeypatch, tmp_path):
    """A disabled sync, and COD_ETU read as something else than a number, fail the meaning
    checks although every query still runs."""
    import sqlite3
    db = sqlite3.connect(healthy["TRIAGE_MOODLE_URL"].removeprefix("sqlite:///"))
    db.execute("UPDATE mdl_task_scheduled SET disabled = 1 WHERE classname LIKE '%sync_enrolments'")
    db.commit()
    db.close()
    (tmp_path / "q").mkdir()
    from triage.sources.queries import load
    (tmp_path / "q" / "refer_students.sql").write_text(load()["refer_students"].sql.replace(
        "SELECT i.COD_IND, i.COD_ETU", "SELECT i.COD_IND, i.COD_ETU || 'X' AS COD_ETU"),
        encoding="utf-8")
    monkeypatch.setenv("TRIAGE_REFER_QUERIES_DIR", str(tmp_path / "q"))
    result = _doctor("--part", "sens")
    assert result.exit_code == 1
    failed = _failed(result.output)
    assert "moodle / synchronisation nocturne" in failed
    assert "refer / étudiant trouvé par son numéro" in failed
    assert "désactivée" in result.output
