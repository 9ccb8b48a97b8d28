"""The demo university realises every scenario, as seen through the sources' gather()."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from triage.demo.scenarios import DEMO_DAY, LAST_SYNC, SCENARIOS
from triage.demo.university import load_into
from triage.facts import Facts, RuleSettings
from triage.model import Entities, Reading
from triage.sources import SourceSettings, Sources

S = SCENARIOS
ROOT = Path(__file__).resolve().parent.parent
# Situations judged on the mail and the clock alone: nothing to realise in the data.
NO_DATA = {"db_optimisation_window", "database_outage", "participants_block_moved"}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def sources(request, demo_dir):
    if request.param == "sqlite":
        settings = SourceSettings(refer_url=f"sqlite:///{demo_dir}/refer.db",
                                  moodle_url=f"sqlite:///{demo_dir}/moodle.db")
    else:
        server = request.getfixturevalue("postgres_server")
        url = server.create_database(f"demo_data_{id(request)}")
        load_into(url, demo_dir)
        settings = SourceSettings(refer_url=url, moodle_url=url)
    src = Sources(settings)
    yield src
    src.close()


@pytest.fixture
def gather(sources):
    def run(codes=(), students=(), courses=(), sender="", now=DEMO_DAY) -> Facts:
        reading = Reading(entities=Entities(apogee_codes=list(codes),
                                            student_numbers=list(students),
                                            course_ids=list(courses)))
        facts = sources.gather(reading, sender, now, RuleSettings())
        assert facts.pending == []
        return facts
    return run


def covers(situation: str) -> dict:
    return S[situation]


def enrolled(facts: Facts, number: str, course: int) -> bool:
    user = facts.students[number].moodle_user
    return user is not None and course in user.courses


def test_archived_course(gather):
    s = covers("archived_course")
    f = gather([s["fires"]["elp"]], courses=[s["fires"]["course_id"]])
    course, elp = f.courses[s["fires"]["course_id"]], f.elements[s["fires"]["elp"]]
    assert course.archived and course.idnumber_known is False and not elp.exists
    assert s["fires"]["successor_course_id"] in [r.id for r in course.successors]
    assert s["fires"]["successor_elp"] in elp.near_codes
    n = gather([s["near_miss"]["elp"]], courses=[s["near_miss"]["course_id"]])
    live = n.courses[s["near_miss"]["course_id"]]
    assert not live.archived and live.visible and live.idnumber_known
    assert n.elements[s["near_miss"]["elp"]].label == s["fires"]["label"]
    dated = s["fires_dated"]          # under "Archives 2024-2025", not under "Archives"
    d = gather([dated["elp"]], courses=[dated["course_id"]]).courses[dated["course_id"]]
    assert d.archived and d.category_path == "Archives 2024-2025"


def test_hidden_course(gather):
    s = covers("hidden_course")
    f = gather([s["fires"]["elp"]], [s["fires"]["student"]])
    course = f.courses[s["fires"]["course_id"]]
    assert not course.visible and not course.visible_old and not course.category_hidden
    # The student's account was created at its first CAS login: found by its login alone.
    assert f.students[s["fires"]["student"]].moodle_user.idnumber == ""
    assert enrolled(f, s["fires"]["student"], s["fires"]["course_id"])
    assert gather([s["near_miss"]["elp"]]).courses[s["near_miss"]["course_id"]].visible
    by_category = s["fires_category"]     # Moodle hid it with its category
    c = gather([by_category["elp"]]).courses[by_category["course_id"]]
    assert not c.visible and c.visible_old and c.category_hidden


def test_missing_group_enrolment(gather):
    s = covers("missing_group_enrolment")
    f = gather([], [s["fires"]["student"]])
    link = f.students[s["fires"]["student"]].elements[s["fires"]["elp"]]
    assert link.has_ip and link.groups == []
    assert sorted(g.code for g in f.elements[s["fires"]["elp"]].groups) == s["fires"]["groups"]
    assert not enrolled(f, s["fires"]["student"], s["fires"]["course_id"])
    near = f.students[s["near_miss"]["student"]].elements[s["near_miss"]["elp"]]
    assert near.has_ip and near.groups
    assert enrolled(f, s["near_miss"]["student"], s["near_miss"]["course_id"])
    # Still assigned to a group closed last year (DAA_FIN_VAL_GPE): no group this year.
    assert f"{s['fires']['elp']}TD0" not in [g.code for g in f.elements[s["fires"]["elp"]].groups]
    acquired = s["near_miss_acquired"]    # IP acquired in an earlier year: not followed
    a = gather([], [acquired["student"]]).students[acquired["student"]]
    assert a.found and acquired["elp"] not in a.elements
    nc = s["fires_no_charges"]
    g = gather([], [nc["student"]])
    elp = g.elements[nc["elp"]]
    assert not elp.has_charges and elp.groups == []
    database = [m for m in g.courses[nc["course_id"]].enrol_methods if m.method == "database"]
    assert database and database[0].users == 0


def test_distance_status_mismatch(gather):
    s = covers("distance_status_mismatch")
    expected = {"fires": (False, False, False), "fires_c": (True, False, True),
                "near_miss": (True, True, True)}   # (ELP à distance, group FOAD, enrolled)
    for key, (a_distance, foad, is_enrolled) in expected.items():
        spec = s[key]
        f = gather([], [spec["student"]])
        student = f.students[spec["student"]]
        link = student.elements[spec["elp"]]
        assert student.enrolments[0].tele and link.distant is True
        assert spec["group"] in link.groups
        group = next(g for g in f.elements[spec["elp"]].groups if g.code == spec["group"])
        assert f.elements[spec["elp"]].a_distance is a_distance
        assert group.foad is foad and group.pseudo is (not foad)
        assert enrolled(f, spec["student"], spec["course_id"]) is is_enrolled


def test_porteur_porte(gather):
    s = covers("porteur_porte")
    fires, near = s["fires"], s["near_miss"]
    f = gather([fires["porteur"]], [fires["student"]])
    porte = f.elements[fires["porte"]]
    assert not porte.exists and porte.porteur == fires["porteur"]
    assert f.elements[fires["porteur"]].collections == {fires["collection"]: [fires["porteur"]]}
    assert not enrolled(f, fires["student"], fires["course_id"])
    n = gather([near["porteur"], near["porte"]])
    assert n.elements[near["porte"]].porteur == near["porteur"]    # not last year's porteur
    assert near["porte"] in n.elements[near["porteur"]].portes
    assert sorted(n.elements[near["porteur"]].collections[near["collection"]]) == \
        sorted([near["porteur"], near["porte"]])


def test_ade_planning_incompatible(gather):
    s = covers("ade_planning_incompatible")
    codes = [s[k]["elp"] for k in ("fires", "fires_masked", "fires_ade_only", "fires_obsolete",
                                   "near_miss")]
    f = gather(codes)

    def plans(key):
        return [p for p in f.elements[s[key]["elp"]].plannings if p.teacher == s[key]["teacher"]]

    def teaches(key):
        return s[key]["teacher"] in [t.username for t in f.courses[s[key]["course_id"]].teachers]

    assert plans("fires") and not any(p.scheduled for p in plans("fires"))
    masked = f.elements[s["fires_masked"]["elp"]]
    assert {g.code: g.pseudo for g in masked.groups} == {s["fires_masked"]["new_group"]: False,
                                                         s["fires_masked"]["pseudo_group"]: True}
    assert {p.group for p in plans("fires_masked")} == {s["fires_masked"]["pseudo_group"]}
    assert plans("fires_ade_only") and all(p.elp == "" for p in plans("fires_ade_only"))
    assert f.elements[s["fires_obsolete"]["elp"]].status == "F" and plans("fires_obsolete")
    assert not any(teaches(k) for k in ("fires", "fires_masked", "fires_ade_only",
                                        "fires_obsolete"))
    assert all(p.scheduled for p in plans("near_miss")) and teaches("near_miss")


def test_too_many_teachers(gather):
    s = covers("too_many_teachers")
    f = gather([s["fires"]["elp"], s["near_miss"]["elp"]])
    course = f.courses[s["fires"]["course_id"]]
    assert len(course.teachers) == s["fires"]["teachers"]
    assert {t.method for t in course.teachers} == {"database"}
    planned = {p.teacher for p in f.elements[s["fires"]["elp"]].plannings
               if p.scheduled and p.academic_year == f.academic_year}
    assert len(planned) == s["fires"]["planned"]
    near = f.elements[s["near_miss"]["elp"]]
    near_teachers = {t.username for t in f.courses[s["near_miss"]["course_id"]].teachers}
    this_year = {p.teacher for p in near.plannings if p.academic_year == f.academic_year}
    last_year = {p.teacher for p in near.plannings if p.academic_year < f.academic_year}
    assert near_teachers - this_year and near_teachers - this_year <= last_year


def test_suspended_element(gather):
    s = covers("suspended_element")
    f = gather([s["fires"]["elp"], s["near_miss"]["elp"]])
    elp = f.elements[s["fires"]["elp"]]
    assert elp.suspended and elp.suspension_reason == s["fires"]["reason"]
    assert elp.label == s["fires"]["label"]
    assert not f.elements[s["near_miss"]["elp"]].suspended

    def active(course_id):
        return sum(m.users for m in f.courses[course_id].enrol_methods if m.method == "database")
    assert active(s["fires"]["course_id"]) == 0 < active(s["near_miss"]["course_id"])


def test_erasmus_student(gather):
    s = covers("erasmus_student")
    f = gather([], [s[k]["student"] for k in ("fires", "fires_semester", "near_miss")])
    for key in ("fires", "fires_semester"):
        ex = f.students[s[key]["student"]].exchange
        assert ex.direction == "depart" and ex.short_label == s[key]["programme"]
        assert ex.period == s[key]["period"]
    assert f.students[s["fires"]["student"]].elements[s["fires"]["elp"]].has_ip
    assert f.students[s["fires"]["student"]].moodle_user.courses == []
    near = f.students[s["near_miss"]["student"]]
    assert near.exchange.direction == "accueil" and near.moodle_user.courses


def test_temporary_desync(gather):
    s = covers("temporary_desync")
    f = gather([], [s["fires"]["student"], s["near_miss"]["student"]])
    for key, after_sync in (("fires", True), ("near_miss", False)):
        link = f.students[s[key]["student"]].elements[s[key]["elp"]]
        assert link.groups and link.modified == s[key]["modified"]
        assert (link.modified > f.last_sync) is after_sync
    assert not enrolled(f, s["fires"]["student"], s["fires"]["course_id"])
    assert enrolled(f, s["near_miss"]["student"], s["fires"]["course_id"])
    assert f.last_sync == LAST_SYNC


def test_sync_stalled(gather):
    s = covers("sync_stalled")["fires"]
    f = gather([], [s["student"]], now=s["date"])
    link = f.students[s["student"]].elements[s["elp"]]
    assert link.has_ip and link.groups == [s["group"]] and link.modified == s["modified"]
    assert f.last_sync == LAST_SYNC < s["modified"] and f.sync is not None
    assert not enrolled(f, s["student"], S["temporary_desync"]["fires"]["course_id"])


def test_cancelled_enrolment(gather):
    s = covers("cancelled_enrolment")
    f = gather([], [s["fires"]["student"], s["near_miss"]["student"]])
    student = f.students[s["fires"]["student"]]
    assert sorted((ia.etape, ia.status) for ia in student.enrolments) == \
        sorted([(s["fires"]["cancelled"], "A"), (s["fires"]["etape"], "E")])
    assert not any(link.has_ip for link in student.elements.values())
    near = f.students[s["near_miss"]["student"]]
    assert [ia.status for ia in near.enrolments] == ["E"]
    assert any(link.has_ip for link in near.elements.values())


def test_unknown_code(gather):
    s = covers("unknown_code")
    f = gather([s["fires"]["elp"], s["near_miss"]["elp"]])
    unknown = f.elements[s["fires"]["elp"]]
    assert not unknown.exists and s["fires"]["near"] in unknown.near_codes
    assert not f.courses_for(unknown.code) and not unknown.plannings and not unknown.porteur
    assert f.elements[s["near_miss"]["elp"]].exists


def test_idnumber_modified(gather):
    s = covers("idnumber_modified")
    f = gather([s["fires"]["elp"]], courses=[s["fires"]["course_id"],
                                             s["near_miss"]["course_id"]])
    course = f.courses[s["fires"]["course_id"]]
    assert course.idnumber == s["fires"]["idnumber"] and course.fullname == s["fires"]["fullname"]
    assert course.idnumber_known is False and f.elements[s["fires"]["elp"]].exists
    assert course.category_path == "LVE / L1 / (1LANGL701) Licence 1A LLCE"
    assert f.courses[s["near_miss"]["course_id"]].idnumber_known is True


def test_wrong_cas_url(gather):
    s = covers("wrong_cas_url")
    f = gather([], [s["fires"]["student"]])
    assert f.students[s["fires"]["student"]].found
    assert f.students[s["fires"]["student"]].moodle_user.auth == "cas"


def test_directory_data(gather, demo_dir):
    s = covers("directory_data")
    db = sqlite3.connect(demo_dir / "moodle.db")
    row = db.execute("SELECT username, email FROM mdl_user WHERE id = ?",
                     (s["fires"]["user_id"],)).fetchone()
    assert row == (s["fires"]["username"], "")
    near = gather(sender=s["near_miss"]["email"].upper()).sender_user
    assert near.username == s["near_miss"]["username"] and near.email
    number = s["fires_name"]["student"]
    assert gather([], [number]).students[number].moodle_user.idnumber == number


def test_dashboard_filter(gather):
    s = covers("dashboard_filter")
    f = gather([s["fires"]["elp"], s["near_miss"]["elp"]])
    course = f.courses[s["fires"]["course_id"]]
    assert course.end_date == s["fires"]["end_date"] and course.end_date < f.now
    assert sum(m.users for m in course.enrol_methods) > 0
    assert f.courses[s["near_miss"]["course_id"]].end_date is None


def test_cohort_sync_left(gather):
    s = covers("cohort_sync_left")
    f = gather(courses=[s["fires"]["course_id"], s["near_miss"]["course_id"]])

    def methods(key):
        return {m.method: m for m in f.courses[s[key]["course_id"]].enrol_methods}
    fires, near = methods("fires"), methods("near_miss")
    assert fires["cohort"].active and fires["cohort"].cohort == s["fires"]["cohort"]
    assert fires["database"].users > 0 and fires["cohort"].users > 0
    assert near["cohort"].active and near["database"].users == 0
    assert f.courses[s["fires"]["course_id"]].idnumber == s["fires"]["elp"]


def test_manual_enrolment_no_end(gather):
    s = covers("manual_enrolment_no_end")
    f = gather([s["fires"]["elp"], s["near_miss"]["elp"]])
    fires = [m for m in f.courses[s["fires"]["course_id"]].enrol_methods if m.method == "manual"]
    near = [m for m in f.courses[s["near_miss"]["course_id"]].enrol_methods
            if m.method == "manual"]
    assert fires[0].users_without_end == s["fires"]["users_without_end"]
    assert near[0].users > 0 and near[0].users_without_end == 0


def test_sources_hand_rules_no_driver_types(gather):
    """COD_ETU and COD_GPE are NUMBERs in APOGÉE: facts hold text codes and aware datetimes."""
    s = covers("temporary_desync")["fires"]
    f = gather([s["elp"]], [s["student"]])
    student = f.students[s["student"]]
    link = student.elements[s["elp"]]
    assert student.found and all(isinstance(g, str) for g in link.groups) and link.groups
    assert link.modified.utcoffset() is not None and student.enrolments[0].composante == "04"
    assert f.elements[s["elp"]].composante == "04" and f.academic_year == "2026"
    assert f.sync.state == "ok" and f.sync.last_success == LAST_SYNC == f.last_sync


@pytest.fixture
def moodle_copy(demo_dir, tmp_path):
    """Sources on the demo, with a copy of Moodle's database that a test may change."""
    import shutil
    shutil.copy(demo_dir / "moodle.db", tmp_path / "moodle.db")
    db = sqlite3.connect(tmp_path / "moodle.db")

    def sources() -> Sources:
        db.commit()
        return Sources(SourceSettings(refer_url=f"sqlite:///{demo_dir}/refer.db",
                                      moodle_url=f"sqlite:///{tmp_path}/moodle.db"))
    yield db, sources
    db.close()


def _facts(src: Sources, codes=(), students=(), courses=()) -> Facts:
    reading = Reading(symptom="not_enrolled", entities=Entities(
        apogee_codes=list(codes), student_numbers=list(students), course_ids=list(courses)))
    facts = src.gather(reading, "", DEMO_DAY, RuleSettings())
    src.close()
    assert facts.pending == []
    return facts


def test_the_sender_is_found_whatever_the_capitals_on_either_side(moodle_copy):
    """Moodle ignores case in addresses: one typed in capitals, or stored with capitals by the
    directory, is the same account (the second through the unindexed moodle_users_any_case)."""
    db, sources = moodle_copy
    near = S["directory_data"]["near_miss"]
    src = sources()
    typed = src.gather(Reading(), near["email"].upper(), DEMO_DAY, RuleSettings()).sender_user
    db.execute("UPDATE mdl_user SET email = ? WHERE username = ?",
               ("Marie.Lefevre@Unicaen.FR", near["username"]))
    again = sources()
    stored = again.gather(Reading(), near["email"], DEMO_DAY, RuleSettings()).sender_user
    src.close(), again.close()
    assert typed.username == stored.username == near["username"]
    assert stored.email == "Marie.Lefevre@Unicaen.FR"


def test_an_enrolment_is_active_only_inside_its_dates(moodle_copy):
    """An expired manual enrolment keeps status 0 (Moodle's default expiry action): it no longer
    gives access; a future one not yet."""
    db, sources = moodle_copy
    number = S["erasmus_student"]["near_miss"]["student"]     # an incoming, enrolled student
    uid, = db.execute("SELECT id FROM mdl_user WHERE username = ?", (number,)).fetchone()
    courses = sorted(_facts(sources(), students=[number]).students[number].moodle_user.courses)
    assert courses
    db.execute("UPDATE mdl_user_enrolments SET timeend = ? WHERE userid = ? AND enrolid IN "
               "(SELECT id FROM mdl_enrol WHERE courseid = ?)",
               (int(DEMO_DAY.timestamp()) - 86400, uid, courses[0]))
    assert courses[0] not in _facts(sources(), students=[number]).students[number].moodle_user.courses
    db.execute("UPDATE mdl_user_enrolments SET timeend = 0, timestart = ? WHERE userid = ?",
               (int(DEMO_DAY.timestamp()) + 86400, uid))
    assert _facts(sources(), students=[number]).students[number].moodle_user.courses == []


def test_a_disabled_plugin_enrols_nobody(moodle_copy):
    db, sources = moodle_copy
    course = S["manual_enrolment_no_end"]["fires"]["course_id"]
    manual = {m.method: m for m in _facts(sources(), courses=[course]).courses[course].enrol_methods}
    assert manual["manual"].active
    db.execute("UPDATE mdl_config SET value = 'guest,self,cohort,database' "
               "WHERE name = 'enrol_plugins_enabled'")
    off = {m.method: m for m in _facts(sources(), courses=[course]).courses[course].enrol_methods}
    assert not off["manual"].active and off["database"].active


def test_teachers_are_found_by_role_archetype(moodle_copy):
    """A site's own role cloned from editingteacher (another shortname) is a teacher's role."""
    db, sources = moodle_copy
    spec = S["ade_planning_incompatible"]["near_miss"]
    db.execute("INSERT INTO mdl_role (id, name, shortname, description, sortorder, archetype) "
               "VALUES (50, 'Responsable', 'responsable', '', 50, 'editingteacher')")
    ctx, = db.execute("SELECT id FROM mdl_context WHERE contextlevel = 50 AND instanceid = ?",
                      (spec["course_id"],)).fetchone()
    uid, = db.execute("SELECT id FROM mdl_user WHERE username = 'lefevre-m'").fetchone()
    db.execute("INSERT INTO mdl_role_assignments (roleid, contextid, userid) VALUES (50, ?, ?)",
               (ctx, uid))
    teachers = _facts(sources(), courses=[spec["course_id"]]).courses[spec["course_id"]].teachers
    assert "lefevre-m" in [t.username for t in teachers] and spec["teacher"] in \
        [t.username for t in teachers]


@pytest.mark.parametrize("change,state", [
    ("UPDATE mdl_task_scheduled SET disabled = 1 WHERE classname LIKE '%sync_enrolments'",
     "disabled"),
    ("DELETE FROM mdl_task_log", "never"),
    ("UPDATE mdl_task_log SET output = output || char(10) || 'Error while communicating with "
     "external enrolment database' WHERE timestart = (SELECT MAX(timestart) FROM mdl_task_log)",
     "failed"),
    ("UPDATE mdl_task_log SET result = 1 WHERE timestart = (SELECT MAX(timestart) FROM mdl_task_log)",
     "failed"),
])
def test_the_sync_outcome_comes_from_task_log(moodle_copy, change, state):
    """lastruntime is stamped even when the sync could not reach REFER: only task_log tells;
    then the desync rule says it cannot promise « demain »."""
    from triage.rules import diagnose
    db, sources = moodle_copy
    db.execute(change)
    s = covers("temporary_desync")["fires"]
    facts = _facts(sources(), [s["elp"]], [s["student"]])
    assert facts.sync.state == state
    assert (facts.last_sync is None) == (state == "never")      # the last good run, if any
    desync = [f for f in diagnose(facts) if f.situation == "temporary_desync"]
    assert [f.params["variant"] for f in desync] == ["sync_unknown"]
    assert desync[0].owner == "cemu" and "demain" not in desync[0].fix
    # The writer reads the state in words; Moodle's error text stays in the agents' note.
    from triage.rules.temporary_desync import SYNC_UNKNOWN
    assert desync[0].params["reason"] == SYNC_UNKNOWN[state]
    if facts.sync.error:
        assert facts.sync.error in desync[0].fix


def test_every_scenario_is_checked():
    """A scenario added to scenarios.py without its test_<id> here fails."""
    missing = [sid for sid in S if f"test_{sid}" not in globals() and sid not in NO_DATA]
    assert missing == []


def test_manifest_and_determinism(tmp_path, demo_dir):
    manifest = json.loads((demo_dir / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["scenarios"]) == set(S)
    assert manifest["counts"]["individu"] > 500 and manifest["counts"]["mdl_course"] > 250
    # Another process with another hash seed: no set or dict order may leak into the data.
    code = f"from triage.demo.university import build; build({str(tmp_path)!r}, 2026, 0.02)"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env={**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)})
    for name in ("refer.db", "moodle.db"):
        a = list(sqlite3.connect(demo_dir / name).iterdump())
        b = list(sqlite3.connect(tmp_path / name).iterdump())
        assert a == b
