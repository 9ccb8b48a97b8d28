"""Every situation: one case that fires (finding, evidence, owner) and a near miss that must not.

Facts are built with the fixed identifiers of triage/demo/scenarios.py so that the same cases
run later against the demo university through the sources.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from triage.rules import all_rules, diagnose
from triage.rules.distance_status_mismatch import TABLE, classify
from triage.demo.scenarios import (DEMO_DAY, LAST_SYNC, PARIS, SCENARIOS, SUNDAY_OUTAGE,
                                   WEDNESDAY_OUTAGE)
from triage.facts import (AdminEnrolment, CourseFacts, CourseRef, ElementFacts, EnrolMethod,
                          Exchange, Facts, Group, MoodleUser, Planning, StudentElement,
                          StudentFacts, Teacher)
from triage.model import Entities, Reading

S = SCENARIOS


def facts(symptom="other", *, now=DEMO_DAY, role="staff", elements=(), students=(), courses=(),
          entities=None, sender_user=None, pending=()) -> Facts:
    """Facts as the sources would fill them for one ticket."""
    if entities is None:   # the mail cites the codes and numbers the case is about
        entities = Entities(apogee_codes=[e.code for e in elements] + [c.idnumber for c in courses],
                            student_numbers=[s.number for s in students])
    reading = Reading(sender_role=role, symptom=symptom, entities=entities)
    return Facts(now=now, reading=reading, sender_user=sender_user, academic_year="2026",
                 last_sync=LAST_SYNC, pending=list(pending),
                 elements={e.code: e for e in elements}, students={s.number: s for s in students},
                 courses={c.id: c for c in courses})


def course(cid, code, name="", **kw) -> CourseFacts:
    return CourseFacts(id=cid, found=True, fullname=name or f"({code}) Cours", idnumber=code,
                       idnumber_known=kw.pop("idnumber_known", True), **kw)


def elp(code, **kw) -> ElementFacts:
    return ElementFacts(code=code, exists=kw.pop("exists", True), label=kw.pop("label", code), **kw)


def student(number, links=(), **kw) -> StudentFacts:
    return StudentFacts(number=number, found=True, elements={l.code: l for l in links}, **kw)


# --------------------------------------------------------------------------- cases per situation
def archived(fires=True):
    sc = S["archived_course"]["fires"]
    if not fires:
        nm = S["archived_course"]["near_miss"]
        return facts("course_moved_renamed", elements=[elp(nm["elp"])],
                     courses=[course(nm["course_id"], nm["elp"], f"({nm['elp']}) {sc['label']}")])
    old = course(sc["course_id"], sc["elp"], f"({sc['elp']}) {sc['label']}", archived=True,
                 idnumber_known=False, category_path="Archives / 2025",
                 successors=[CourseRef(sc["successor_course_id"], f"({sc['successor_elp']}) {sc['label']}",
                                       sc["successor_elp"])])
    return facts("course_moved_renamed", elements=[elp(sc["elp"], exists=False)], courses=[old])


def hidden(fires=True):
    sc = S["hidden_course"]["fires" if fires else "near_miss"]
    user = MoodleUser(id=501, username="e22004871", idnumber="22004871", courses=[sc["course_id"]])
    return facts("students_cannot_see_course", elements=[elp(sc["elp"])],
                 students=[student("22004871", moodle_user=user)],
                 courses=[course(sc["course_id"], sc["elp"], f"({sc['elp']}) Droit des contrats",
                                 visible=not fires)])


def missing_group(fires=True, variant="fires"):
    sc = S["missing_group_enrolment"][variant if fires else "near_miss"]
    groups = [Group(g) for g in ("HLAN201TD1", "HLAN201TD2")] if sc["elp"] == "HLAN201" else []
    if not fires:
        groups = [Group("HLAN202TD1")]
    assigned = ["HLAN202TD1"] if not fires else []
    el = elp(sc["elp"], groups=groups, has_charges=sc["elp"] != "HLAN305")
    link = StudentElement(sc["elp"], has_ip=True, groups=assigned)
    return facts("not_enrolled", elements=[el], students=[student(sc["student"], [link])],
                 courses=[course(sc["course_id"], sc["elp"])])


def distance(fires=True, variant="fires"):
    sc = S["distance_status_mismatch"][variant if fires else "near_miss"]
    group = sc["group"]
    pseudo = group.startswith("ELP_")
    a_distance = sc.get("situation") != "a"
    el = elp(sc["elp"], a_distance=a_distance, has_charges=True,
             groups=[Group(group, label=group, pseudo=pseudo, foad="CEMU" in group)])
    link = StudentElement(sc["elp"], has_ip=True, distant=True, groups=[group])
    st = student(sc["student"], [link], enrolments=[AdminEnrolment("ETP1", year="2026", tele=True)])
    return facts("not_enrolled", elements=[el], students=[st],
                 courses=[course(sc["course_id"], sc["elp"])])


def porteur(fires=True):
    sc = S["porteur_porte"]["fires" if fires else "near_miss"]
    shared = [sc["porteur"]] if fires else [sc["porteur"], sc["porte"]]
    carrier = elp(sc["porteur"], portes=[sc["porte"]], collections={sc["collection"]: shared})
    carried = elp(sc["porte"], exists=False, porteur=sc["porteur"])
    return facts("course_missing", elements=[carrier, carried],
                 courses=[course(sc["course_id"], sc["porteur"])])


def ade(fires=True, variant="fires"):
    sc = S["ade_planning_incompatible"][variant if fires else "near_miss"]
    code, teacher = sc["elp"], sc["teacher"]
    plan = [Planning(code, f"ELP_{code}_CM", teacher, date(2026, 10, 5), scheduled=True,
                     academic_year="2026")]
    el = elp(code, groups=[Group(f"ELP_{code}_CM", pseudo=True)], has_charges=True)
    if fires and variant == "fires":
        plan = [Planning(code, f"ELP_{code}_CM", teacher, scheduled=False, academic_year="2026")]
    elif variant == "fires_masked":
        el.groups.append(Group(sc["new_group"]))
    elif variant == "fires_ade_only":
        plan, el = [Planning("", "SPHY230-TD", teacher, date(2026, 10, 5), academic_year="2026")], \
            elp(code, exists=False)
    elif variant == "fires_obsolete":
        el.status = "F"
    el.plannings = plan
    el.exists = variant != "fires_ade_only"
    return facts("teacher_not_enrolled", elements=[el], courses=[course(sc["course_id"], code)])


def too_many(fires=True):
    sc = S["too_many_teachers"]["fires" if fires else "near_miss"]
    team = [f"ens-{i:02d}" for i in range(14)]
    plans = [Planning(sc["elp"], "G1", t, scheduled=True, academic_year="2026") for t in team[:2]]
    if fires:   # the whole team associated (not planned) in the groups by activity
        plans += [Planning(sc["elp"], "G1", t, scheduled=False, academic_year="2026") for t in team[2:]]
    else:       # previous year's plannings, still active in September (tuilage)
        plans += [Planning(sc["elp"], "G1", t, scheduled=True, academic_year="2025") for t in team[2:]]
    c = course(sc["course_id"], sc["elp"], teachers=[Teacher(i, t) for i, t in enumerate(team)])
    return facts("too_many_teachers", now=sc.get("date", DEMO_DAY),
                 elements=[elp(sc["elp"], plannings=plans)], courses=[c])


def suspended(fires=True):
    sc = S["suspended_element"]["fires" if fires else "near_miss"]
    el = elp(sc["elp"], label=sc.get("label", ""), suspended=fires,
             suspension_reason=sc.get("reason", ""), composante="12", composante_label="UFR HSS")
    return facts("not_enrolled", elements=[el], courses=[course(sc["course_id"], sc["elp"])])


def erasmus(fires=True, variant="fires", role="student"):
    sc = S["erasmus_student"][variant if fires else "near_miss"]
    direction = "accueil" if "A>" in sc["programme"] else "depart"
    period = {"An": "AN", "S1": "S1", "S2": "S2"}[sc["programme"][-2:]]
    labels = {"AN": "Erasmus+ Départ An", "S1": "Erasmus+ Départ S1", "S2": "Erasmus+ Départ S2"}
    ex = Exchange({"AN": "3", "S1": "1", "S2": "2"}[period], short_label=sc["programme"],
                  label="Erasmus+ Accueil S1" if direction == "accueil" else labels[period],
                  direction=direction, period=period)
    st = student(sc["student"], exchange=ex, enrolments=[AdminEnrolment("ETP1", year="2026")])
    return facts("not_enrolled", role=role, students=[st])


def desync(fires=True):
    sc = S["temporary_desync"]["fires" if fires else "near_miss"]
    link = StudentElement(sc["elp"], has_ip=True, groups=["HLAN201TD1"], modified=sc["modified"])
    return facts("not_enrolled", elements=[elp(sc["elp"], groups=[Group("HLAN201TD1")])],
                 students=[student(sc["student"], [link])],
                 courses=[course(46120, sc["elp"])])


def stalled(fires=True):
    """A REFER change two nights old that Moodle's last sync (still the 14th's) never carried."""
    sc = S["sync_stalled"]["fires"]
    link = StudentElement(sc["elp"], has_ip=True, groups=[sc["group"]], modified=sc["modified"])
    return facts("not_enrolled", now=S["sync_stalled"]["fires" if fires else "near_miss"]["date"],
                 elements=[elp(sc["elp"], groups=[Group(sc["group"])])],
                 students=[student(sc["student"], [link])])


def idnumber(fires=True):
    sc = S["idnumber_modified"]["fires" if fires else "near_miss"]
    name = sc.get("fullname", f"({sc['idnumber']}) Langue")
    return facts("not_enrolled", courses=[course(sc["course_id"], sc["idnumber"], name,
                                                 idnumber_known=not fires)])


def dbwindow(fires=True):
    ents = Entities(error_messages=["Database connection failed"])
    return facts("database_error", now=SUNDAY_OUTAGE if fires else WEDNESDAY_OUTAGE, entities=ents)


def outage(fires=True):
    ents = Entities(error_messages=["Database connection failed"])
    return facts("database_error", now=S["database_outage"]["fires" if fires else "near_miss"]["date"],
                 entities=ents)


def cas(fires=True):
    sc = S["wrong_cas_url"]["fires" if fires else "near_miss"]
    return facts("cas_unknown_destination" if fires else "cannot_login", role="student",
                 entities=Entities(cas_urls=[sc["url"]], urls=[sc["url"]]))


def directory(fires=True):
    sc = S["directory_data"]["fires" if fires else "near_miss"]
    user = MoodleUser(id=sc.get("user_id", 9002), username=sc["username"], email=sc["email"])
    return facts("cannot_login", sender_user=user)


def dashboard(fires=True):
    sc = S["dashboard_filter"]["fires" if fires else "near_miss"]
    end = datetime(2026, 6, 30, tzinfo=PARIS) if fires else None
    return facts("course_missing", role="student",
                 courses=[course(sc["course_id"], sc["elp"], end_date=end)])


def participants(fires=True):
    return facts("participants_block_missing" if fires else "teacher_not_enrolled")


def cohort(fires=True):
    sc = S["cohort_sync_left"]["fires" if fires else "near_miss"]
    methods = [EnrolMethod("cohort", users=180, cohort="L1 Professorat des écoles")]
    if fires:
        methods.insert(0, EnrolMethod("database", users=160))
    return facts("cohort_question", courses=[course(sc["course_id"], sc["elp"], enrol_methods=methods,
                                                    idnumber_known=fires)])


def manual(fires=True):
    sc = S["manual_enrolment_no_end"]["fires" if fires else "near_miss"]
    m = EnrolMethod("manual", users=37, users_without_end=37 if fires else 0)
    return facts("cohort_question", courses=[course(sc["course_id"], sc["elp"],
                                                    enrol_methods=[EnrolMethod("database"), m])])


def unknown(fires=True):
    el = elp("RCAED343", exists=False, near_codes=["RCAED334", "RCAED343A"]) if fires \
        else elp("RCAED334")
    return facts("not_enrolled", elements=[el])


def cancelled(fires=True):
    ias = [AdminEnrolment("2LDRO1", year="2026", status="A"), AdminEnrolment("2LDRO2", year="2026")]
    link = StudentElement("HLAN201", has_ip=not fires)
    return facts("not_enrolled", students=[student("22004512", [link], enrolments=ias)])


def missing_group_teacher(fires=True):
    """A teacher cites an element without groups: nobody can be enrolled unless charges exist."""
    sc = S["missing_group_enrolment"]["fires_no_charges"]
    c = course(sc["course_id"], sc["elp"],
               enrol_methods=[EnrolMethod("database", users=0 if fires else 25)])
    return facts("not_enrolled", elements=[elp(sc["elp"])], courses=[c])


# situation -> (builder, owner, evidence source, words the evidence must show)
CASES = {
    "archived_course": (archived, "teacher", "moodle", "Archives"),
    "hidden_course": (hidden, "teacher", "moodle", "'visible': 0"),
    "missing_group_enrolment": (missing_group, "scolarite", "refer", "HLAN201TD1"),
    "distance_status_mismatch": (distance, "scolarite", "refer", "'A_DISTANCE': 'N'"),
    "porteur_porte": (porteur, "scolarite", "refer", "M.2DRP1ATD"),
    "ade_planning_incompatible": (ade, "scolarite", "refer", "dupont-j"),
    "too_many_teachers": (too_many, "scolarite", "moodle", "ens-13"),
    "suspended_element": (suspended, "scolarite", "refer", "Remplacé sur maquette"),
    "erasmus_student": (erasmus, "user", "refer", "Eras+ D>An"),
    "temporary_desync": (desync, "user", "refer", "2026-10-14T10:12"),
    "sync_stalled": (stalled, "cemu", "refer", "2026-10-14T11:05"),
    "idnumber_modified": (idnumber, "cemu", "moodle", "AN-10A-EC1"),
    "db_optimisation_window": (dbwindow, "user", "clock", "2026-10-11T09:40"),
    "database_outage": (outage, "cemu", "clock", "2026-10-14T09:40"),
    "wrong_cas_url": (cas, "user", "mail", "https://cas.unicaen.fr/login"),
    "directory_data": (directory, "scolarite", "moodle", "(vide)"),
    "dashboard_filter": (dashboard, "user", "moodle", "2026-06-30"),
    "participants_block_moved": (participants, "user", "mail", "participants_block_missing"),
    "cohort_sync_left": (cohort, "teacher", "moodle", "L1 Professorat des écoles"),
    "manual_enrolment_no_end": (manual, "teacher", "moodle", "'sans_date_de_fin': 37"),
    "unknown_code": (unknown, "user", "refer", "RCAED334"),
    "cancelled_enrolment": (cancelled, "scolarite", "refer", "'ETA_IAE': 'A'"),
}


def _of(findings, situation):
    return [f for f in findings if f.situation == situation]


@pytest.mark.parametrize("situation", sorted(CASES))
def test_rule_fires_with_evidence_and_owner(situation):
    build, owner, source, shown = CASES[situation]
    found = _of(diagnose(build(True)), situation)
    assert len(found) == 1, found
    finding = found[0]
    assert finding.owner == owner
    assert finding.fix and 0 < finding.confidence <= 1
    assert any(e.source == source and shown in str(e.rows) for e in finding.evidence), \
        finding.evidence


@pytest.mark.parametrize("situation", sorted(CASES))
def test_near_miss_does_not_fire(situation):
    build = CASES[situation][0]
    assert _of(diagnose(build(False)), situation) == []


def test_every_seed_situation_has_a_case():
    assert set(S) <= set(CASES)
    assert {r.id for r in all_rules()} == set(CASES)


# --------------------------------------------------------------------------- variants and details
@pytest.mark.parametrize("foad,distance_elp,tele,case,no_enrolment,no_group,w9", [
    (1, 0, 1, "e", 1, 1, ""), (0, 0, 1, "a", 1, 1, "w9"), (0, 1, 1, "c", 0, 1, "w9"),
    (1, 0, 0, "d", 0, 1, ""), (1, 1, 0, "f", 0, 1, ""), (0, 0, 0, "normal", 0, 0, ""),
    (0, 1, 0, "b", 0, 0, ""), (1, 1, 1, "normal", 0, 0, ""),
])
def test_distance_table_is_the_seeds(foad, distance_elp, tele, case, no_enrolment, no_group, w9):
    row = classify(bool(foad), bool(distance_elp), bool(tele))
    assert (row["case"], row["no_enrolment"], row["no_group"], row["update_groups"]) == \
        (case, no_enrolment, no_group, w9)
    assert row["update_oof"] == 0 and len(TABLE) == 8


@pytest.mark.parametrize("foad,distance_elp,tele,fires", [
    (True, False, True, "e"), (False, False, True, "a"), (True, False, False, "d"),
    (True, True, False, "f"), (False, True, False, None), (True, True, True, None),
])
def test_distance_rule_follows_table(foad, distance_elp, tele, fires):
    group = "RCAED334CEMU" if foad else "RCAED334TD1"
    el = elp("RCAED334", a_distance=distance_elp, groups=[Group(group, label=group, foad=foad)])
    st = student("22103344", [StudentElement("RCAED334", has_ip=True, distant=tele, groups=[group])])
    found = _of(diagnose(facts("wrong_group", elements=[el], students=[st])), "distance_status_mismatch")
    assert [f.params["case"] for f in found] == ([fires] if fires else [])


def test_artificial_situation_c_from_pseudo_group():
    found = _of(diagnose(distance(True, "fires_c")), "distance_status_mismatch")
    assert found[0].params["case"] == "c" and found[0].params["artificial"]
    assert "ELP_IRAN-16_TD" in found[0].fix and found[0].params["no_enrolment"] == 0


def test_pseudo_group_without_assignment_counts_as_the_students_group():
    el = elp("IRAN-16", a_distance=True, groups=[Group("ELP_IRAN-16_TD", pseudo=True)])
    st = student("21609847", [StudentElement("IRAN-16", has_ip=True, distant=True)])
    found = _of(diagnose(facts(elements=[el], students=[st])), "distance_status_mismatch")
    assert found and found[0].params["artificial"]


def test_missing_group_without_charges_means_no_pseudo_group():
    found = _of(diagnose(missing_group(True, "fires_no_charges")), "missing_group_enrolment")
    assert found[0].params["variant"] == "no_charges" and "charges" in found[0].fix


@pytest.mark.parametrize("variant,kind", [("fires", "associated_only"), ("fires_masked", "masked"),
                                          ("fires_ade_only", "ade_only"),
                                          ("fires_obsolete", "obsolete")])
def test_ade_variants(variant, kind):
    found = _of(diagnose(ade(True, variant)), "ade_planning_incompatible")
    assert [f.params["variant"] for f in found] == [kind]


def test_masked_pseudo_group_names_both_groups():
    finding = _of(diagnose(ade(True, "fires_masked")), "ade_planning_incompatible")[0]
    assert "SPHY220G1" in finding.fix and "ELP_SPHY220_CM" in finding.fix


def test_unknown_ade_only_code_is_not_also_unknown_code():
    assert _of(diagnose(ade(True, "fires_ade_only")), "unknown_code") == []


def test_tuilage_ends_with_september():
    october = too_many(False)
    october.now = datetime(2026, 10, 1, 10, 0, tzinfo=PARIS)
    assert _of(diagnose(october), "too_many_teachers")


def test_whole_team_associated_is_named():
    finding = _of(diagnose(too_many(True)), "too_many_teachers")[0]
    assert finding.params["whole_team"] and finding.params["extra"] == 12


def test_erasmus_semester_goes_to_siscol():
    finding = _of(diagnose(erasmus(True, "fires_semester")), "erasmus_student")[0]
    assert finding.owner == "si_scol" and finding.params["period"] == "S2"
    assert finding.params["siscol"] == "deve.cellule-siscol@unicaen.fr"


def test_desync_visible_the_next_morning():
    finding = _of(diagnose(desync(True)), "temporary_desync")[0]
    assert finding.params["visible_on"] == date(2026, 10, 15) and finding.params["tomorrow"]


def test_desync_before_the_sync_hour_shows_the_same_day():
    f = desync(True)
    f.last_sync = datetime(2026, 10, 13, 2, 0, tzinfo=PARIS)
    f.now = datetime(2026, 10, 14, 1, 0, tzinfo=PARIS)
    f.students["22007777"].elements["HLAN201"].modified = datetime(2026, 10, 13, 18, 0, tzinfo=PARIS)
    finding = _of(diagnose(f), "temporary_desync")[0]
    assert finding.params["visible_on"] == date(2026, 10, 14) and not finding.params["tomorrow"]


def test_missed_sync_is_sync_stalled_not_desync():
    f = desync(True)
    f.now = DEMO_DAY + timedelta(days=2)      # two nights later, last sync still 14 October
    found = diagnose(f)
    assert _of(found, "sync_stalled") and not _of(found, "temporary_desync")


def test_wednesday_database_error_is_an_outage():
    found = diagnose(dbwindow(False))
    assert _of(found, "database_outage")[0].owner == "cemu"


def test_sunday_database_error_uses_settings_window():
    f = dbwindow(True)
    f.settings = f.settings.model_copy(update={"optimisation_start": "10:00", "optimisation_end": "11:00"})
    assert _of(diagnose(f), "db_optimisation_window") == []   # 09:40 is before a 10:00 start


def test_wrong_name_is_directory_data():
    finding = _of(diagnose(facts("wrong_name", role="student")), "directory_data")[0]
    assert finding.params["variant"] == "wrong_name"


def test_login_without_email_selects_its_template():
    finding = _of(diagnose(directory(True)), "directory_data")[0]
    assert finding.params["template"] == "login_no_email"


@pytest.mark.parametrize("fires", [True, False])
def test_element_without_charges_cited_by_a_teacher(fires):
    found = _of(diagnose(missing_group_teacher(fires)), "missing_group_enrolment")
    assert [f.params["variant"] for f in found] == (["no_charges"] if fires else [])


def test_student_mail_with_only_a_number_gets_no_unasked_course_advice():
    f = manual(True)
    f.reading.entities = Entities(student_numbers=["22004512"])
    f.reading.symptom = "not_enrolled"
    assert diagnose(f) == []
    g = hidden(True)
    g.reading.entities = Entities(student_numbers=["22004871"])
    assert _of(diagnose(g), "hidden_course")     # a hidden IP course is a likely cause


def test_uncited_element_is_not_judged_when_the_mail_cites_another():
    f = suspended(True)
    f.reading.entities = Entities(apogee_codes=["HLAN201"])
    assert _of(diagnose(f), "suspended_element") == []


def test_student_mail_is_never_about_ade_planning():
    f = ade(True)
    f.reading.sender_role = "student"
    assert _of(diagnose(f), "ade_planning_incompatible") == []


@pytest.mark.parametrize("build", [missing_group, distance, porteur, suspended, erasmus, unknown,
                                   idnumber, desync, cancelled])
def test_data_rules_skip_what_refer_cannot_show(build):
    f = build(True)
    f.pending = ["refer"]
    situations = {c for c, (b, *_rest) in CASES.items() if b is build}
    assert not {x.situation for x in diagnose(f)} & situations


def test_findings_sorted_most_likely_first():
    f = hidden(True)
    f.courses[48213].enrol_methods = [EnrolMethod("database"),
                                      EnrolMethod("manual", users=3, users_without_end=3)]
    found = diagnose(f)
    assert [x.situation for x in found][:1] == ["hidden_course"] and len(found) == 2


# --------------------------------------------------------------------------- the demo university
# The same situations, gathered by the real sources from the demo university's fixed places.
DEMO_SYMPTOM = {"archived_course": "course_moved_renamed", "hidden_course": "students_cannot_see_course",
                "porteur_porte": "course_missing", "ade_planning_incompatible": "teacher_not_enrolled",
                "too_many_teachers": "too_many_teachers", "db_optimisation_window": "database_error",
                "database_outage": "database_error",
                "wrong_cas_url": "cas_unknown_destination", "directory_data": "cannot_login",
                "dashboard_filter": "course_not_on_dashboard",
                "participants_block_moved": "participants_block_missing",
                "cohort_sync_left": "cohort_question", "manual_enrolment_no_end": "cohort_question"}
DEMO_CASES = [(sit, key) for sit, cases in S.items() for key in cases]


def demo_reading(situation: str, key: str) -> tuple[Reading, str, datetime]:
    """The Reading a realistic mail about this demo place would give, its sender and date."""
    case = S[situation][key]
    symptom = DEMO_SYMPTOM.get(situation, "not_enrolled")
    if key.startswith("near_miss") and situation in ("participants_block_moved", "dashboard_filter"):
        symptom = "course_missing"
    if key == "fires_name":
        symptom = "wrong_name"
    ents = Entities(apogee_codes=[case[k] for k in ("elp", "porteur", "porte") if k in case],
                    student_numbers=[case["student"]] if "student" in case else [],
                    course_ids=[case["course_id"]] if "course_id" in case else [],
                    cas_urls=[case["url"]] if "url" in case else [],
                    error_messages=["Database connection failed"]
                    if situation in ("db_optimisation_window", "database_outage") else [])
    evidence = ["page de profil", "adresse mail"] if situation == "directory_data" else []
    reading = Reading(sender_role="student" if situation == "wrong_cas_url" else "staff",
                      symptom=symptom, symptom_evidence=evidence, entities=ents)
    sender = case.get("email", "jean.dupont@unicaen.fr")
    # The vacataire's account has no e-mail: they write from a personal address Moodle ignores.
    return reading, sender or "m.lefevre.perso@gmail.com", case.get("date", DEMO_DAY)


def _demo_findings(src, situation: str, key: str) -> list[str]:
    from triage.facts import RuleSettings
    reading, sender, now = demo_reading(situation, key)
    gathered = src.gather(reading, sender, now, RuleSettings())
    assert gathered.pending == []
    return [f.situation for f in diagnose(gathered)]


@pytest.fixture(scope="module")
def demo_sqlite(demo_dir):
    from triage.sources import SourceSettings, Sources
    src = Sources(SourceSettings(refer_url=f"sqlite:///{demo_dir}/refer.db",
                                 moodle_url=f"sqlite:///{demo_dir}/moodle.db"))
    yield src
    src.close()


@pytest.mark.parametrize("situation,key", DEMO_CASES)
def test_demo_university_sqlite(demo_sqlite, situation, key):
    found = _demo_findings(demo_sqlite, situation, key)
    assert (situation in found) == (not key.startswith("near_miss")), found


@pytest.mark.postgres
def test_demo_university_postgresql(demo_dir, pg_url):
    from triage.demo.university import load_into
    from triage.sources import SourceSettings, Sources
    load_into(pg_url, demo_dir)
    src = Sources(SourceSettings(refer_url=pg_url, moodle_url=pg_url))
    try:
        wrong = [(s, k, found) for s, k in DEMO_CASES
                 if (s in (found := _demo_findings(src, s, k))) != (not k.startswith("near_miss"))]
    finally:
        src.close()
    assert wrong == []
