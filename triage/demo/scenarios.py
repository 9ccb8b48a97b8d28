"""The demo university's known places: where each FAQ situation occurs, with fixed identifiers.

The generator (`triage demo-data`) must build REFER and Moodle so that every scenario below holds,
and write them into the manifest; the sample mails, the labelled corpus, the rule tests and the
benchmarks cite these identifiers. Codes come from the FAQ where it gives one. Each situation
also has a `near_miss`: data that looks alike but must NOT fire the rule.

All dates are of the demo academic year 2026 (COD_ANU '2026', i.e. 2026-2027), in Europe/Paris.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")

ACADEMIC_YEAR = "2026"
# The nightly enrol_database sync last ran at this instant (Moodle task_scheduled.lastruntime).
LAST_SYNC = datetime(2026, 10, 14, 2, 0, tzinfo=PARIS)
# Sample mails are dated around this day (a Wednesday), after the last sync.
DEMO_DAY = datetime(2026, 10, 14, 15, 30, tzinfo=PARIS)
# The Sunday optimisation window in the demo: Sunday 11 October 2026, 09:00-11:00.
SUNDAY_OUTAGE = datetime(2026, 10, 11, 9, 40, tzinfo=PARIS)
WEDNESDAY_OUTAGE = datetime(2026, 10, 14, 9, 40, tzinfo=PARIS)   # near miss: not the window

PLATFORM = "https://ecampus.unicaen.fr"
ARCHIVE_CATEGORY = "Archives"

SCENARIOS: dict[str, dict] = {
    "archived_course": {
        # Code 1CA152 vanished from REFER: course 41877 moved to the archive category.
        # Its content moved to code 1CA153 (same label): the new course is 48501.
        "fires": {"elp": "1CA152", "course_id": 41877, "successor_course_id": 48501,
                  "successor_elp": "1CA153", "label": "Analyse du contexte"},
        # Archived in a dated archive category ("Archives 2024-2025", not under "Archives"):
        # still an archived course, not an idnumber to restore.
        "fires_dated": {"elp": "1CA151", "course_id": 41879, "label": "Didactique du français"},
        "near_miss": {"elp": "1CA153", "course_id": 48501},  # live, visible, in REFER
    },
    "hidden_course": {
        "fires": {"elp": "RCAED501", "course_id": 48213, "label": "Droit des contrats",
                  "student": "22004871"},               # enrolled student who cannot see it
        # Hidden because its category is hidden (course.visibleold = 1): not the teacher's
        # « Afficher », the CEMU shows the category.
        "fires_category": {"elp": "RCAED503", "course_id": 48215, "label": "Droit du travail"},
        "near_miss": {"elp": "RCAED502", "course_id": 48214},  # visible course
    },
    "missing_group_enrolment": {
        # HLAN201 has APOGÉE groups; the student has an IP on it but no group assignment.
        "fires": {"elp": "HLAN201", "student": "22004512", "course_id": 46120,
                  "groups": ["HLAN201TD1", "HLAN201TD2"]},
        # HLAN305: no APOGÉE group and no charges -> no ELP_ pseudo-group, nobody enrolled.
        "fires_no_charges": {"elp": "HLAN305", "student": "22004513", "course_id": 46121},
        "near_miss": {"elp": "HLAN202", "student": "22004512", "course_id": 46122},
        # An IP acquired in an earlier year (TEM_PRC_ICE = 'O'): not followed, no group needed.
        "near_miss_acquired": {"elp": "HLAN201", "student": "22004514", "course_id": 46120},
    },
    "distance_status_mismatch": {
        # The FAQ's worked example: situation a (IA télé, ELP not à distance, group ELP_ not CEMU).
        "fires": {"elp": "RCAED334", "student": "22103344", "group": "ELP_RCAED334_CM",
                  "situation": "a", "course_id": 47334},
        # situation c, created artificially by the ELP_ pseudo-group (ELP à distance, IA télé).
        "fires_c": {"elp": "IRAN-16", "student": "21609847", "group": "ELP_IRAN-16_TD",
                    "situation": "c", "course_id": 47416},
        # The FAQ's coherent example: student 21609846, IRAN-15 à distance, group 'CEMU'.
        "near_miss": {"elp": "IRAN-15", "student": "21609846", "group": "IRAN-15CEMU",
                      "course_id": 47415},
    },
    "porteur_porte": {
        # M.2DRP1A carries 2DR7B, but its collection M.2DRP1ATD is not on the porté.
        "fires": {"porteur": "M.2DRP1A", "porte": "2DR7B", "collection": "M.2DRP1ATD",
                  "student": "22006001", "course_id": 47700},
        # The FAQ's correct example: M.1HRP9C carries 2HR5C, collection M.1HRP9CTD shared.
        "near_miss": {"porteur": "M.1HRP9C", "porte": "2HR5C", "collection": "M.1HRP9CTD",
                      "course_id": 47701},
    },
    "ade_planning_incompatible": {
        # SPHY210: teacher only associated, no session planned with them.
        "fires": {"elp": "SPHY210", "teacher": "dupont-j", "course_id": 47210},
        # SPHY220: a new APOGÉE group masks the planned ELP_SPHY220_CM pseudo-group.
        "fires_masked": {"elp": "SPHY220", "teacher": "martin-c", "course_id": 47220,
                         "pseudo_group": "ELP_SPHY220_CM", "new_group": "SPHY220G1"},
        # SPHY230: ADE-only fiche (no APOGÉE element behind it).
        "fires_ade_only": {"elp": "SPHY230", "teacher": "bernard-l", "course_id": 47230},
        # SPHY240: fiche on an obsolete element (ETA_ELP = F).
        "fires_obsolete": {"elp": "SPHY240", "teacher": "petit-a", "course_id": 47240},
        # SPHY260: sessions planned in ADE, but with no teacher on any of them.
        "fires_no_teacher": {"elp": "SPHY260", "teacher": "", "course_id": 47260},
        "near_miss": {"elp": "SPHY250", "teacher": "moreau-p", "course_id": 47250},
    },
    "too_many_teachers": {
        # 14 teachers by database on MDRO110 with plannings for 2 only: whole team associated.
        "fires": {"elp": "MDRO110", "course_id": 47110, "teachers": 14, "planned": 2},
        # In September, previous year's plannings still count (tuilage): not a fault.
        "near_miss": {"elp": "MDRO120", "course_id": 47120,
                      "date": datetime(2026, 9, 15, 10, 0, tzinfo=PARIS)},
    },
    "suspended_element": {
        "fires": {"elp": "M.1.MS03", "course_id": 47303, "label": "Théories chang. social",
                  "reason": "Remplacé sur maquette 2019-2020"},
        "near_miss": {"elp": "M.1.MS04", "course_id": 47304},
    },
    "erasmus_student": {
        "fires": {"student": "22001234", "programme": "Eras+ D>An", "period": "AN",
                  "elp": "RCAED334"},
        # Departure for S2 only, but the mail is about an S1 course in October: enrolled
        # on a programme that keeps them out for the whole year by mistake? No: S2 departure
        # means S1 courses must be visible -> the rule flags the period, the agent checks.
        "fires_semester": {"student": "22001235", "programme": "Eras+ D>S2", "period": "S2"},
        "near_miss": {"student": "22001236", "programme": "Eras+ A>S1"},  # incoming, not departing
    },
    "temporary_desync": {
        # Scolarité fixed the group assignment today at 10:12, after the 02:00 sync.
        "fires": {"student": "22007777", "elp": "HLAN201", "course_id": 46120,
                  "modified": datetime(2026, 10, 14, 10, 12, tzinfo=PARIS)},
        "near_miss": {"student": "22007778", "elp": "HLAN201",
                      "modified": datetime(2026, 10, 2, 11, 0, tzinfo=PARIS)},
    },
    "sync_stalled": {
        # Group assigned on Wednesday 14 at 11:05, after the 02:00 sync; the mail is of Friday 16:
        # two nightly runs should have carried it, but Moodle's last sync is still the 14th's.
        "fires": {"student": "22007779", "elp": "HLAN201", "group": "HLAN201TD2",
                  "modified": datetime(2026, 10, 14, 11, 5, tzinfo=PARIS),
                  "date": datetime(2026, 10, 16, 10, 5, tzinfo=PARIS)},
        # The same change asked about on the day: the next sync has not come yet.
        "near_miss": {"student": "22007779", "date": datetime(2026, 10, 14, 16, 0, tzinfo=PARIS)},
    },
    "cancelled_enrolment": {
        # IA to 2DROI1 cancelled (ETA_IAE = 'A') and replaced by one to 2DRLG1 on 6 October;
        # the scolarité has not redone the IPs on the new IA yet.
        "fires": {"student": "22005150", "cancelled": "2DROI1", "etape": "2DRLG1",
                  "modified": datetime(2026, 10, 6, 14, 20, tzinfo=PARIS)},
        # A student of 2DROI1 with one live IA and its IPs.
        "near_miss": {"student": "22004871"},
    },
    "unknown_code": {
        # RCAED343: a typo for RCAED334 (two digits swapped), known nowhere.
        "fires": {"elp": "RCAED343", "near": "RCAED334"},
        "near_miss": {"elp": "RCAED334"},
    },
    "database_outage": {
        "fires": {"date": WEDNESDAY_OUTAGE},
        "near_miss": {"date": SUNDAY_OUTAGE},    # the optimisation window: db_optimisation_window
    },
    "idnumber_modified": {
        "fires": {"course_id": 50102, "idnumber": "AN-10A-EC1", "elp": "AN-10A",
                  "fullname": "(AN-10A) EC1 Langue Traduction"},
        "near_miss": {"course_id": 50103, "idnumber": "AN-10B"},
    },
    "db_optimisation_window": {
        "fires": {"date": SUNDAY_OUTAGE},
        "near_miss": {"date": WEDNESDAY_OUTAGE},
    },
    "wrong_cas_url": {
        "fires": {"url": "https://cas.unicaen.fr/login", "student": "22003136"},
        "near_miss": {"url": f"https://cas.unicaen.fr/login?service={PLATFORM}/login/index.php"},
    },
    "directory_data": {
        # A vacataire's account created by the composante without an e-mail address.
        "fires": {"username": "vac-lefevre", "email": "", "user_id": 9001},
        "fires_name": {"student": "22008888"},    # wrong name: comes from the compte numérique
        "near_miss": {"username": "lefevre-m", "email": "marie.lefevre@unicaen.fr"},
    },
    "dashboard_filter": {
        "fires": {"course_id": 47002, "elp": "HHIS102",
                  "end_date": datetime(2026, 6, 30, 0, 0, tzinfo=PARIS)},
        "near_miss": {"course_id": 47003, "elp": "HHIS103"},   # no end date
    },
    "participants_block_moved": {"fires": {}, "near_miss": {}},
    "cohort_sync_left": {
        # Automatic course (database enrolments) with a cohort sync still active.
        "fires": {"course_id": 45500, "elp": "1CA153", "cohort": "L1 Professorat des écoles"},
        # An automatic course the sync feeds nobody yet (HLAN305 has IPs but neither group nor
        # charges), where a cohort was added to make up: it will outlive the fix all the same.
        "fires_unfed": {"course_id": 46121, "elp": "HLAN305", "cohort": "Licence 1 Langues"},
        "near_miss": {"course_id": 45501, "elp": "FOAD-DU1"},   # FOAD2 space, cohort is fine
    },
    "manual_enrolment_no_end": {
        "fires": {"course_id": 45600, "elp": "HGEO201", "users_without_end": 37},
        "near_miss": {"course_id": 45601, "elp": "HGEO202"},   # manual enrolments with an end
    },
}

# Demo staff/student identities the sample mails write from.
PEOPLE = {
    "teacher": {"name": "Jean Dupont", "email": "jean.dupont@unicaen.fr", "username": "dupont-j"},
    "scolarite": {"name": "Scolarité UFR Droit", "email": "droit.scolarite@unicaen.fr"},
    "student": {"name": "Léa Martin", "email": "22004512@etu.unicaen.fr", "number": "22004512"},
}
