"""Named queries on SQLite, PostgreSQL and the Oracle dialect; overrides; a source that goes down."""
from __future__ import annotations

import re
import time
from collections import Counter

import pytest
from sqlalchemy import event

from tests.servers.postgres import start_postgres
from triage.demo.scenarios import DEMO_DAY, SCENARIOS
from triage.demo.university import load_into
from triage.facts import RuleSettings
from triage.model import Entities, Reading
from triage.sources import SourceSettings, Sources, compile_all_for
from triage.sources.db import run
from triage.sources.moodle import SYNC_TASK
from triage.sources.queries import load

# Values that hit rows of the demo university, for every parameter name the queries use.
PARAMS = {"numbers": ["22004512", "22001234", "22007777"],
          "codes": ["HLAN201", "1CA153", "M.1HRP9C", "SPHY230", "1LANGL701", "46120"],
          "year": "2026", "ids": [46120, 41877, 47110, 1, 2], "emails": ["jean.dupont@unicaen.fr"],
          "name": "Archives", "prefix": "Archives%", "pattern": "%Analyse du contexte",
          "classname": SYNC_TASK, "bare": SYNC_TASK.lstrip("\\"),
          "since": int(DEMO_DAY.timestamp()) - 86400 * 28, "archive": "Archives",
          "now": int(DEMO_DAY.timestamp()), "previous": "2025"}
CITED = Reading(entities=Entities(apogee_codes=["HLAN201", "1CA152", "M.2DRP1A"],
                                  student_numbers=["22004512", "22006001"],
                                  course_ids=[41877, 47110]))


def sqlite_settings(demo_dir, **kw) -> SourceSettings:
    return SourceSettings(refer_url=f"sqlite:///{demo_dir}/refer.db",
                          moodle_url=f"sqlite:///{demo_dir}/moodle.db", **kw)


def gather(src: Sources, reading: Reading = CITED, sender: str = "jean.dupont@unicaen.fr"):
    return src.gather(reading, sender, DEMO_DAY, RuleSettings())


def run_every_query(src: Sources) -> None:
    """Each named query returns rows, with exactly the columns its header promises."""
    with src.moodle.connect() as conn:
        uid = run(conn, src.queries["moodle_users"], "mdl_", numbers=["22004512"], emails=[])
    params = dict(PARAMS, uids=[uid[0]["id"]])
    for name, query in src.queries.items():
        assert set(query.params) <= set(params), f"{name}: give test values for its params"
        engine = src.refer if "refer" in name.split("_")[:2] else src.moodle
        with engine.connect() as conn:
            rows = run(conn, query, "mdl_", **params)
        # The per-ticket queries must hit the demo; the scan (set-based) ones may find nothing.
        assert rows or name.startswith("scan_"), name
        assert not rows or set(rows[0]) == set(query.returns), name


def test_every_query_runs_on_sqlite(demo_dir):
    src = Sources(sqlite_settings(demo_dir))
    run_every_query(src)
    src.close()


@pytest.mark.postgres
def test_every_query_runs_on_postgresql(demo_dir, pg_url):
    load_into(pg_url, demo_dir)
    src = Sources(SourceSettings(refer_url=pg_url, moodle_url=pg_url))
    run_every_query(src)
    facts = gather(src)
    assert facts.pending == [] and facts.elements["HLAN201"].exists
    # Each statement reads on its own (no BEGIN/ROLLBACK round trips), and still cannot write.
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError
    with src.moodle.connect() as conn:
        assert conn.connection.driver_connection.autocommit
        with pytest.raises(DBAPIError, match="read-only"):
            conn.execute(text("CREATE TABLE written_by_the_bot (i integer)"))
    src.close()


def test_a_list_of_any_length_up_to_a_power_of_two_sends_one_text(demo_dir):
    """Lists are padded (the last value repeated) so that a query keeps a few SQL texts the
    server can reuse plans for; the repeats find nothing more."""
    src = Sources(sqlite_settings(demo_dir))
    sent: dict[int, list[tuple[str, dict]]] = {}
    for codes in (["HLAN201", "1CA153", "RCAED501"], ["HLAN201", "1CA153", "RCAED501", "SPHY210"]):
        statements: list[tuple[str, dict]] = sent.setdefault(len(codes), [])
        listener = lambda c, cur, stmt, params, *a: statements.append((stmt, params))  # noqa: E731
        event.listen(src.refer, "before_cursor_execute", listener)
        facts = gather(src, Reading(entities=Entities(apogee_codes=codes)), "")
        event.remove(src.refer, "before_cursor_execute", listener)
        assert set(facts.elements) >= set(codes) and all(facts.elements[c].exists for c in codes)
        assert {e.code for e in facts.elements.values()} == set(codes)   # nothing padded in
    texts = [[stmt for stmt, _ in sent[n] if "name: refer_elements" in stmt] for n in (3, 4)]
    assert texts[0] and texts[0] == texts[1]
    three = next(params for stmt, params in sent[3] if "name: refer_elements" in stmt)
    assert tuple(three) == ("HLAN201", "1CA153", "RCAED501", "RCAED501")
    src.close()


# Constructs that Oracle rejects or reads differently.
NOT_ORACLE = {"LIMIT": r"\bLIMIT\b", "ILIKE": r"\bILIKE\b", "cast ::": r"::",
              "boolean literal": r"\b(TRUE|FALSE)\b", "quoted identifier": r"[\"`]",
              "AS before a table alias": r"\b(FROM|JOIN)\s+\w+\s+AS\s+\w+",
              "unprefixed Moodle table": r"\{\w+\}"}


def test_every_query_compiles_for_oracle_and_stays_portable():
    compiled = compile_all_for("oracle")
    assert set(compiled) == set(load())
    for name, sql in compiled.items():
        body = "\n".join(ln for ln in sql.splitlines() if not ln.lstrip().startswith("--"))
        for what, pattern in NOT_ORACLE.items():
            assert not re.search(pattern, body, re.IGNORECASE), f"{name}: {what}"
        # bound parameters, Oracle style, wherever the query takes any
        assert re.search(r":\w+", sql) or not load()[name].params, name
    assert set(compile_all_for("postgresql")) == set(compile_all_for("sqlite")) == set(compiled)


def test_long_lists_are_sent_in_chunks_under_oracles_limit(demo_dir):
    """2,500 numbers (ORA-01795 stops at 1,000): every chunk under the limit, no row lost or
    doubled, and a query with two lists (OR) chunks each."""
    src = Sources(sqlite_settings(demo_dir))
    sizes: list[int] = []
    event.listen(src.refer, "before_cursor_execute",
                 lambda c, cur, stmt, params, *a: sizes.append(len(params)))
    import sqlite3
    known = [str(r[0]) for r in sqlite3.connect(demo_dir / "refer.db").execute(
        "SELECT cod_etu FROM individu ORDER BY cod_etu")]
    numbers = [f"9{k:07d}" for k in range(2500 - len(known))] + known
    with src.refer.connect() as conn:
        rows = run(conn, src.queries["refer_students"], numbers=numbers)
    assert sorted(r["cod_etu"] for r in rows) == sorted(known)
    assert len(sizes) == 3 and max(sizes) <= 900
    with src.moodle.connect() as conn:
        ids = [r["id"] for r in run(conn, src.queries["scan_moodle_courses"])]
        both = run(conn, src.queries["moodle_courses"], ids=ids + list(range(10**6, 10**6 + 900)),
                   codes=["HLAN201"] * 1000)
    assert sorted(r["id"] for r in both) == sorted(ids)
    src.close()


def test_headers_name_their_files_and_params():
    for stem, q in load().items():
        assert q.name == stem and q.returns
        for p in q.params:
            assert f":{p}" in q.sql, f"{stem}: {p}"
        body = "\n".join(ln for ln in q.sql.splitlines() if not ln.lstrip().startswith("--"))
        assert not set(re.findall(r"(?<!:):(\w+)", body)) - set(q.params), stem


def test_override_file_replaces_a_query(demo_dir, tmp_path):
    default = load()["refer_elements"].sql
    (tmp_path / "refer_elements.sql").write_text(
        default.replace("SELECT e.COD_ELP, e.LIB_ELP,", "SELECT e.COD_ELP, LOWER(e.LIB_ELP) AS LIB_ELP,"),
        encoding="utf-8")
    label = SCENARIOS["suspended_element"]["fires"]["label"]
    reading = Reading(entities=Entities(apogee_codes=["M.1.MS03"]))
    plain = gather(Sources(sqlite_settings(demo_dir)), reading)
    custom = gather(Sources(sqlite_settings(demo_dir, queries_dir=str(tmp_path))), reading)
    assert plain.elements["M.1.MS03"].label == label
    assert custom.elements["M.1.MS03"].label == label.lower()
    assert "LOWER(e.LIB_ELP)" in compile_all_for("oracle", str(tmp_path))["refer_elements"]


def test_one_round_trip_per_view(demo_dir):
    src = Sources(sqlite_settings(demo_dir))
    seen: Counter = Counter()
    for engine in (src.refer, src.moodle):
        event.listen(engine, "before_cursor_execute",
                     lambda c, cur, stmt, *a: seen.update(re.findall(r"-- name: (\w+)", stmt)))
    facts = gather(src)
    assert facts.courses[41877].successors and facts.students["22004512"].elements
    assert seen and max(seen.values()) == 1, seen
    src.close()


# Tables a ticket's queries reach by course, user or enrolment: Moodle indexes each foreign key,
# so reading them for a few courses must never walk the whole table.
BIG_MOODLE_TABLES = ("mdl_user", "mdl_enrol", "mdl_user_enrolments", "mdl_role_assignments", "mdl_groups",
                     "mdl_groups_members", "mdl_cohort_members", "mdl_context", "mdl_course")
# Reads that walk a table on purpose: the catalogue (every idnumber, once per refresh) and the
# successor of an archived course (a title ending, LIKE '%…', once per archived course cited),
# an address that only matches when case is ignored (after the indexed look-up missed it).
WHOLE_TABLE_READS = {"moodle_course_idnumbers", "moodle_successors", "moodle_users_any_case"}


def test_a_tickets_moodle_queries_use_moodles_indexes(demo_dir):
    src = Sources(sqlite_settings(demo_dir))
    statements: list[tuple[str, object]] = []
    event.listen(src.moodle, "before_cursor_execute",
                 lambda c, cur, stmt, params, *a: statements.append((stmt, params)))
    gather(src)
    scans = []
    with src.moodle.connect() as conn:
        raw = conn.connection.driver_connection
        for stmt, params in statements:
            name = re.search(r"-- name: (\w+)", stmt)
            aliases = {alias: table for table, alias in re.findall(r"\b(mdl_\w+)\s+(\w+)", stmt)}
            for *_, detail in raw.execute(f"EXPLAIN QUERY PLAN {stmt}", params):
                words = detail.split()
                table = aliases.get(words[1], words[1]) if words[0] == "SCAN" else ""
                if table in BIG_MOODLE_TABLES and name and name[1] not in WHOLE_TABLE_READS:
                    scans.append((name[1] if name else stmt[:40], detail))
    src.close()
    assert statements and scans == [], scans


def test_absent_and_missing_sources(demo_dir, tmp_path):
    only_moodle = Sources(SourceSettings(moodle_url=f"sqlite:///{demo_dir}/moodle.db"))
    facts = gather(only_moodle)
    assert facts.pending == [] and facts.elements == {} and facts.courses[41877].found
    assert facts.courses[41877].idnumber_known is None        # REFER could not say
    missing = tmp_path / "nowhere.db"
    broken = Sources(SourceSettings(refer_url=f"sqlite:///{missing}",
                                    moodle_url=f"sqlite:///{demo_dir}/moodle.db"))
    facts = gather(broken)
    assert facts.pending == ["refer"] and facts.courses[41877].found and not missing.exists()
    assert facts.students["22004512"].found is False
    no_moodle = Sources(SourceSettings(refer_url=f"sqlite:///{demo_dir}/refer.db",
                                       moodle_url=f"sqlite:///{missing}"))
    facts = gather(no_moodle)
    assert facts.pending == ["moodle"] and facts.courses == {} and facts.last_sync is None
    assert facts.students["22004512"].found and facts.elements["HLAN201"].exists


@pytest.mark.postgres
@pytest.mark.postgres
def test_refer_down_mid_run_is_pending_then_retried(demo_dir, tmp_path):
    server = start_postgres(tmp_path / "pg")      # our own server: we stop it
    try:
        url = server.create_database("refer")
        load_into(url, demo_dir)
        src = Sources(SourceSettings(refer_url=url, moodle_url=f"sqlite:///{demo_dir}/moodle.db",
                                     timeout_s=2.0))
        assert gather(src).pending == []
        server.stop("immediate")
        started = time.monotonic()
        down = gather(src)
        assert down.pending == ["refer"] and time.monotonic() - started < 10
        assert down.courses[41877].archived and down.sender_user is not None
        assert down.elements == {} and not down.students["22004512"].found
        server.start()
        again = gather(src)
        assert again.pending == [] and again.elements["HLAN201"].exists
        src.close()
    finally:
        server.stop("immediate")


def test_unreachable_oracle_refer_is_pending_in_thin_mode(demo_dir):
    """oracle+oracledb:// needs no Instant Client; a closed port makes REFER pending."""
    from tests.servers.postgres import free_port
    url = f"oracle+oracledb://reader:secret@127.0.0.1:{free_port()}/?service_name=REFER"
    src = Sources(SourceSettings(refer_url=url, moodle_url=f"sqlite:///{demo_dir}/moodle.db",
                                 timeout_s=1.0))
    started = time.monotonic()
    facts = gather(src)
    assert facts.pending == ["refer"] and facts.courses[41877].found
    assert time.monotonic() - started < 5
    src.close()


BAD_ANSWERS = {
    # A column the table does not have (as ORA-00904 would say).
    "missing column": ("refer_elements", lambda sql: sql.replace("e.LIB_SUS_ELP,", "e.LIB_SUSP,")),
    # The answer lacks a column the header promises.
    "column not returned": ("refer_elements", lambda sql: sql.replace(
        "e.LIB_SUS_ELP, ", "")),
    # A value of the wrong type for its header (an integer column holding text).
    "wrong type": ("refer_element_ips", lambda sql: sql.replace(
        "COUNT(*) AS ips", "MIN(c.COD_ANU) || 'x' AS ips")),
}


@pytest.mark.parametrize("what", sorted(BAD_ANSWERS))
def test_a_source_answering_badly_makes_the_diagnosis_wait_with_its_cause(demo_dir, tmp_path,
                                                                          what):
    name, spoil = BAD_ANSWERS[what]
    (tmp_path / f"{name}.sql").write_text(spoil(load()[name].sql), encoding="utf-8")
    facts = gather(Sources(sqlite_settings(demo_dir, queries_dir=str(tmp_path))))
    assert facts.pending == ["refer"] and facts.courses[41877].found
    assert name in facts.source_errors["refer"]


def test_the_cause_reaches_the_sante_panel(demo_dir, tmp_path):
    """The worker records why a diagnosis waits as a component failure (audit log)."""
    from sqlalchemy import select

    from triage.pipeline.analyse import Analyser
    from tests.fixtures_mail import take_in
    from triage.pipeline.worker import triage_ticket
    from triage import config
    from triage.store import models as m
    from triage.store.db import connect, session_factory, upgrade
    (tmp_path / "refer_students.sql").write_text(
        load()["refer_students"].sql.replace("i.COD_ETU\nFROM", "i.COD_ETUDIANT\nFROM"),
        encoding="utf-8")
    engine = connect(f"sqlite:///{tmp_path / 'store.db'}")
    upgrade(engine)
    sessions = session_factory(engine)
    src = Sources(sqlite_settings(demo_dir, queries_dir=str(tmp_path)))
    analyser = Analyser.from_config(config.load(None, {}), src)
    raw = (b"From: Lea Martin <22004512@etu.unicaen.fr>\r\nTo: cemu.assistance@unicaen.fr\r\n"
           b"Subject: Pas inscrite\r\nMessage-ID: <bad-source@test>\r\n"
           b"Date: Wed, 14 Oct 2026 16:02:00 +0200\r\n\r\nJe ne vois pas HLAN201 (22004512).\r\n")
    with sessions() as session:
        ticket = take_in(session, raw).ticket
        triage_ticket(session, session.get(m.Ticket, ticket.id), analyser)
        session.commit()
        details = [e.detail for e in session.scalars(select(m.AuditEntry))
                   if e.action == "component_error"]
        state = session.get(m.Ticket, ticket.id).state
    assert state == "pending"      # TicketState.PENDING: "diagnostic en attente"
    assert details and details[0]["component"] == "source refer"
    assert "refer_students" in details[0]["message"] and "22004512" not in str(details)
    src.close()
    engine.dispose()
