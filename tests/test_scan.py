"""`triage scan` on a small demo university: every scenario found with its situation, no near-miss."""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict

import pytest
from click.testing import CliRunner

from triage.cli import cli
from triage.demo.scenarios import DEMO_DAY, SCENARIOS
from triage.demo.university import load_into
from triage.facts import RuleSettings
from triage.rules import diagnose, scan_rules
from triage.scan import Scanner
from triage.sources import SourceSettings, Sources, compile_all_for

S = SCENARIOS


def _has(items, situation, case=None, elp=None, course=None, student=None):
    return any(i.situation == situation and (case is None or i.case == case)
               and (elp is None or i.elp == elp) and (course is None or i.course_id == course)
               and (student is None or student in i.students) for i in items)


# (situation, case, elp, course id, student) the scan must list ...
FIRES = [
    ("distance_status_mismatch", "a", "RCAED334", 47334, "22103344"),
    ("distance_status_mismatch", "c", "IRAN-16", 47416, "21609847"),
    ("missing_group_enrolment", "no_group", "HLAN201", 46120, "22004512"),
    ("missing_group_enrolment", "no_charges", "HLAN305", 46121, "22004513"),
    ("porteur_porte", "collection", "M.2DRP1A", 47700, None),
    ("ade_planning_incompatible", "associated_only", "SPHY210", 47210, None),
    ("ade_planning_incompatible", "masked", "SPHY220", None, None),
    ("ade_planning_incompatible", "ade_only", "SPHY230", None, None),
    ("ade_planning_incompatible", "obsolete", "SPHY240", None, None),
    ("suspended_element", None, "M.1.MS03", 47303, None),
    ("hidden_course", None, None, 48213, None),
    ("idnumber_modified", None, None, 50102, None),
    ("cohort_sync_left", None, None, 45500, None),
    ("manual_enrolment_no_end", None, None, 45600, None),
    ("erasmus_student", "AN", None, None, "22001234"),
    ("erasmus_student", "S2", None, None, "22001235"),
    ("too_many_teachers", None, "MDRO110", 47110, None),
]
# ... and must not.
NEAR_MISSES = [
    ("distance_status_mismatch", None, "IRAN-15", None, None),
    ("missing_group_enrolment", None, "HLAN202", None, None),
    ("porteur_porte", None, "M.1HRP9C", None, None),
    ("ade_planning_incompatible", None, "SPHY250", None, None),
    ("suspended_element", None, "M.1.MS04", None, None),
    ("hidden_course", None, None, 48214, None),
    ("idnumber_modified", None, None, 50103, None),
    ("cohort_sync_left", None, None, 45501, None),
    ("manual_enrolment_no_end", None, None, 45601, None),
    ("erasmus_student", None, None, None, "22001236"),
    ("missing_group_enrolment", None, None, None, "22007778"),
]


def _sqlite(demo_dir, **kw) -> Sources:
    return Sources(SourceSettings(refer_url=f"sqlite:///{demo_dir}/refer.db",
                                  moodle_url=f"sqlite:///{demo_dir}/moodle.db", **kw))


def _assert_scenarios(items) -> None:
    for spec in FIRES:
        assert _has(items, *spec), spec
    for spec in NEAR_MISSES:
        assert not _has(items, *spec), spec
    # The ADE fiche names the teacher the sync leaves out.
    assert any("dupont-j" in i.detail for i in items if i.elp == "SPHY210")
    assert S["cohort_sync_left"]["fires"]["cohort"] in " ".join(i.detail for i in items)


def test_scan_on_sqlite_finds_every_scenario_and_no_near_miss(demo_dir):
    steps = []
    scanner = Scanner(_sqlite(demo_dir))
    plan = scanner.plan(DEMO_DAY)
    report = scanner.run(DEMO_DAY, progress=steps.append, plan=plan)
    _assert_scenarios(report.items)
    assert len(steps) == plan.steps and report.skipped == []
    # Items land in the composante of their element: RCAED334 is law (01), HLAN201 languages (04).
    by_elp = {i.elp: i.composante for i in report.items if i.elp}
    assert by_elp["RCAED334"] == "01" and by_elp["HLAN201"] == "04"
    assert report.composantes["01"].startswith("UFR Droit")


@pytest.mark.postgres
def test_scan_on_postgresql_gives_the_same_items(demo_dir, pg_url):
    load_into(pg_url, demo_dir)
    on_pg = Scanner(Sources(SourceSettings(refer_url=pg_url, moodle_url=pg_url))).run(DEMO_DAY)
    _assert_scenarios(on_pg.items)
    on_sqlite = Scanner(_sqlite(demo_dir)).run(DEMO_DAY)
    assert sorted(map(repr, on_pg.items)) == sorted(map(repr, on_sqlite.items))


def test_during_the_tuilage_last_years_plannings_account_for_teachers(demo_dir):
    """MDRO120's extra teachers are last year's planned ones: a fault in October, expected
    until the tuilage date; MDRO110's twelve unplanned teachers are a fault either way."""
    september = S["too_many_teachers"]["near_miss"]["date"]
    items = Scanner(_sqlite(demo_dir)).run(september).items
    assert _has(items, "too_many_teachers", elp="MDRO110", course=47110)
    assert not _has(items, "too_many_teachers", elp="MDRO120")
    assert _has(Scanner(_sqlite(demo_dir)).run(DEMO_DAY).items, "too_many_teachers",
                elp="MDRO120")
    fired = next(i for i in items if i.elp == "MDRO110" and i.situation == "too_many_teachers")
    assert fired.count == S["too_many_teachers"]["fires"]["teachers"] - \
        S["too_many_teachers"]["fires"]["planned"]


def test_before_the_term_hidden_courses_are_not_yet_a_problem(demo_dir):
    august = DEMO_DAY.replace(month=8, day=20)     # previous academic year, courses not started
    items = Scanner(_sqlite(demo_dir)).run(august).items
    assert not _has(items, "hidden_course", course=48213)
    assert not _has(items, "missing_group_enrolment", elp="HLAN201")   # IPs are of 2026


def test_only_one_source_configured(demo_dir):
    only_moodle = Sources(SourceSettings(moodle_url=f"sqlite:///{demo_dir}/moodle.db"))
    report = Scanner(only_moodle).run(DEMO_DAY)
    assert report.skipped == ["refer"]
    assert _has(report.items, "hidden_course", course=48213)
    assert not _has(report.items, "idnumber_modified")   # cannot judge without REFER's codes


def test_the_scan_reads_through_the_ticket_queries_and_their_overrides(demo_dir, tmp_path):
    """The scan gathers with the per-ticket queries: a DSI override of one changes both."""
    (tmp_path / "refer_exchanges.sql").write_text(
        "-- name: refer_exchanges\n-- params: numbers[]:int, year\n"
        "-- returns: cod_etu:code, cod_prg, tem_sns_prg, lic_prg, lib_prg\n"
        "SELECT i.COD_ETU, '9' AS cod_prg, 'D' AS tem_sns_prg, 'X D>S1' AS lic_prg,\n"
        "       'Départ X S1' AS lib_prg\n"
        "FROM INDIVIDU i WHERE i.COD_ETU IN :numbers AND i.COD_ETU = 22001236\n"
        "  AND :year = :year\n", encoding="utf-8")
    items = Scanner(_sqlite(demo_dir, queries_dir=str(tmp_path))).run(DEMO_DAY).items
    assert _has(items, "erasmus_student", "S1", student="22001236")
    assert not _has(items, "erasmus_student", student="22001234")


def _keys(situation: str, items) -> set[tuple]:
    """(elp, course, student) of a situation's items, one per student listed."""
    return {(i.elp, i.course_id, n) for i in items if i.situation == situation
            for n in (i.students or ("",))}


def test_each_rule_and_its_scan_form_find_the_same_items(demo_dir):
    """Per ticket, a mail citing one element (with its students and courses), one ADE fiche or
    one course is gathered and judged by `check`; the scan gathers batches of hundreds and runs
    `scan`. For every situation the scan lists exactly what `scan` says per ticket, and nothing
    that `check` would not say about the same ticket."""
    src = _sqlite(demo_dir)
    bulk = Scanner(src).run(DEMO_DAY)
    per_ticket: dict[str, set] = defaultdict(set)     # what rule.scan says, ticket by ticket
    checked: dict[str, set] = defaultdict(set)        # what rule.check says
    tickets = Scanner(src, batch=1).plan(DEMO_DAY).batches
    assert len(tickets) > 100
    for ticket in tickets:
        facts = src.gather(ticket.reading(), "", DEMO_DAY, RuleSettings())
        for rule in scan_rules():
            keep = [f for f in rule.scan(facts) if ticket.owns(f.subject)]
            per_ticket[rule.id] |= {_key(f) for f in keep}
            checked[rule.id] |= {_key(f) for f in diagnose(facts, [rule])}
    src.close()
    assert {r.id for r in scan_rules()} == set(SCANNED)
    for situation in SCANNED:
        assert _keys(situation, bulk.items), situation          # the demo holds each one
        assert _keys(situation, bulk.items) == per_ticket[situation], situation
        assert per_ticket[situation] <= checked[situation], situation


def _key(finding) -> tuple:
    subject = finding.subject
    course = subject.get("course_id") or finding.params.get("course_id")
    return (subject.get("elp") or "", int(course) if course else None,
            subject.get("student") or "")


SCANNED = ("distance_status_mismatch", "missing_group_enrolment", "porteur_porte",
           "ade_planning_incompatible", "erasmus_student", "suspended_element",
           "idnumber_modified", "hidden_course", "cohort_sync_left", "manual_enrolment_no_end",
           "too_many_teachers")


NOT_ORACLE = {"LIMIT": r"\bLIMIT\b", "ILIKE": r"\bILIKE\b", "cast ::": r"::",
              "boolean literal": r"\b(TRUE|FALSE)\b", "quoted identifier": r"[\"`]",
              "AS before a table alias": r"\b(FROM|JOIN)\s+\w+\s+AS\s+\w+",
              "unprefixed Moodle table": r"\{\w+\}", "empty string": r"''"}


def test_every_scan_query_compiles_for_oracle():
    from triage.sources.queries import load
    queries = load("")
    compiled = {k: v for k, v in compile_all_for("oracle").items() if k.startswith("scan_")}
    assert len(compiled) >= 4
    for name, sql in compiled.items():
        body = "\n".join(ln for ln in sql.splitlines() if not ln.lstrip().startswith("--"))
        for what, pattern in NOT_ORACLE.items():
            assert not re.search(pattern, body, re.IGNORECASE), f"{name}: {what}"
        if queries[name].params:                   # bound parameters, Oracle style
            assert re.search(r":\w+", body), name


def test_cli_formats_and_composante_filter(demo_dir, tmp_path):
    runner = CliRunner()
    out = runner.invoke(cli, ["scan", "--demo", str(demo_dir), "--format", "csv"])
    assert out.exit_code == 0, out.output
    table = list(csv.DictReader(io.StringIO(out.stdout), delimiter=";"))
    a = [r for r in table if r["etudiants"] == "22103344"]
    assert a and a[0]["cas"] == "a" and a[0]["composante"] == "01" and a[0]["cours"] == "47334"
    page = tmp_path / "scan.html"
    out = runner.invoke(cli, ["scan", "--demo", str(demo_dir), "--format", "html",
                              "--composante", "langues", "--output", str(page)])
    assert out.exit_code == 0, out.output
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "UFR Langues vivantes" in html and "HLAN201" in html
    assert "RCAED334" not in html and "<script" not in html and "http-equiv" not in html
    text = runner.invoke(cli, ["scan", "--demo", str(demo_dir), "--composante", "04"]).stdout
    assert "(04)" in text and "(01)" not in text
