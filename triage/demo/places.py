"""Every scenario of triage/demo/scenarios.py, written at its fixed identifiers (fires, near miss)."""
from __future__ import annotations

from datetime import timedelta

from triage.demo.placer import Placer
from triage.demo.scenarios import ACADEMIC_YEAR, LAST_SYNC, PEOPLE, SCENARIOS
from triage.demo.tables import epoch

S = SCENARIOS
PREV_YEAR = str(int(ACADEMIC_YEAR) - 1)


def place_all(p: Placer) -> None:
    """Write all scenarios; order matters only where they share an element (HLAN201, 1CA153)."""
    for step in (_archived_and_cohort, _law, _languages, _distance, _porteur_porte, _ade,
                 _suspended_and_history, _people, _manual, _late_changes):
        step(p)


def _archived_and_cohort(p: Placer) -> None:
    cat = p.etape("1CAPE1", "M1 MEEF Professorat des écoles Caen", "E01")
    arch = p.c.archive_year
    f = S["archived_course"]["fires"]
    p.element(f["successor_elp"], f["label"], "E01", pseudo=f"ELP_{f['successor_elp']}_CM")
    p.course(f["course_id"], f["elp"], f["label"], arch)           # 1CA152: gone from REFER
    p.course(f["successor_course_id"], f["successor_elp"], f["label"], cat)
    p.crowd("1CAPE1", [f["successor_elp"]], 12)
    c = S["cohort_sync_left"]
    # A second space on 1CA153 (the Caen site), where a cohort sync was added and forgotten.
    cid = p.t.course(cat, f"({c['fires']['elp']}) {f['label']} - site de Caen",
                     f"{c['fires']['elp']}-CAEN", c["fires"]["elp"], cid=c["fires"]["course_id"])
    cohort = p.t.seq["cohort"].take()
    p.t.add("mdl_cohort", cohort, 1, c["fires"]["cohort"], "L1PE", 1, "", 0, 0)
    p.t.method(cid, "cohort", customint1=cohort)
    for number in p.crowd("1CAPE1", [], 15):
        p.t.enrol(cid, p.t.users[number], enrol="cohort", when=epoch(LAST_SYNC))
        p.t.enrol(cid, p.t.users[number], when=epoch(LAST_SYNC))
    dated = p.t.category("Archives 2024-2025", 0, "ARCH2425")    # another archive tree
    d = S["archived_course"]["fires_dated"]
    p.course(d["course_id"], d["elp"], d["label"], dated)         # 1CA151: gone from REFER
    n = c["near_miss"]
    p.etape("DUCGEF", "DU Capacité de Gestion des Entreprises - FOAD", "20", tele=True)
    p.element(n["elp"], "DU Capacité de Gestion des Entreprises", "20", charges=False,
              a_distance=True)
    ncid = p.course(n["course_id"], n["elp"], "DU Capacité de Gestion des Entreprises",
                    p.c.cmp_category["20"])
    foad = p.t.seq["cohort"].take()
    p.t.add("mdl_cohort", foad, 1, "CEMU: DU Capacité de Gestion des Entreprises - FOAD",
            "DUCGEF", 1, "", 0, 0)
    p.t.method(ncid, "cohort", customint1=foad)
    for number in p.crowd("DUCGEF", [], 10, distant=True):
        p.t.enrol(ncid, p.t.users[number], enrol="cohort", when=epoch(LAST_SYNC))


def _law(p: Placer) -> None:
    cat = p.etape("2DROI1", "Licence 2 Droit", "01")
    h = S["hidden_course"]
    for spec, visible in ((h["fires"], 0), (h["near_miss"], 1)):
        p.element(spec["elp"], spec.get("label", "Droit des obligations"), "01",
                  pseudo=f"ELP_{spec['elp']}_CM")
        p.course(spec["course_id"], spec["elp"], spec.get("label", "Droit des obligations"),
                 cat, visible=visible)
    hc = h["fires_category"]                       # a category the CEMU hid, course shown
    hidden = p.t.category("Cours en préparation", cat, visible=0)
    p.element(hc["elp"], hc["label"], "01", pseudo=f"ELP_{hc['elp']}_CM")
    p.course(hc["course_id"], hc["elp"], hc["label"], hidden, visible=1)
    p.crowd("2DROI1", [h["fires"]["elp"], h["near_miss"]["elp"], hc["elp"]], 20)
    p.student(h["fires"]["student"], "2DROI1", idnumber="")      # created at its first login
    for code in (h["fires"]["elp"], h["near_miss"]["elp"]):
        p.ip(h["fires"]["student"], code)
    d = S["distance_status_mismatch"]["fires"]
    p.element(d["elp"], "Droit des sociétés", "01", pseudo=d["group"])
    p.course(d["course_id"], d["elp"], "Droit des sociétés", cat)
    p.crowd("2DROI1", [d["elp"]], 20)
    p.student(d["student"], "2DROI1", tele=True)                    # situation a
    p.ip(d["student"], d["elp"], distant=True, enrol=False)
    t = S["too_many_teachers"]
    _too_many(p, cat, t["fires"], 14, 2, [])
    _too_many(p, cat, t["near_miss"], 2, 2, ["prev"] * 3)


def _too_many(p: Placer, cat: int, spec: dict, teachers: int, planned: int, prev: list) -> None:
    code = spec["elp"]
    p.element(code, "Histoire du droit", "01", pseudo=f"ELP_{code}_CM")
    p.course(spec["course_id"], code, "Histoire du droit", cat, staff=False)
    p.crowd("2DROI1", [code], 15)
    logins = [f"ens{code.lower()}-{k}" for k in range(teachers + len(prev))]
    for k, login in enumerate(logins):
        if k < planned:
            p.plan(code, f"ELP_{code}_CM", login)
        elif k >= teachers:                        # previous year's team: tuilage
            p.plan(code, f"ELP_{code}_CM", login, year=PREV_YEAR)
        p.teach(code, login)


def _languages(p: Placer) -> None:
    cat = p.etape("1LANG1", "Licence 1 Langues", "04")
    m = S["missing_group_enrolment"]
    f, nc, nm = m["fires"], m["fires_no_charges"], m["near_miss"]
    p.element(f["elp"], "Grammaire anglaise", "04", groups=f["groups"], col=f"{f['elp']}TD")
    p.element(nc["elp"], "Phonétique", "04", charges=False)
    p.element(nm["elp"], "Compréhension orale", "04", groups=[f"{nm['elp']}TD1"],
              col=f"{nm['elp']}TD")
    for spec in (f, nc, nm):
        p.course(spec["course_id"], spec["elp"], {"HLAN201": "Grammaire anglaise",
                 "HLAN305": "Phonétique"}.get(spec["elp"], "Compréhension orale"), cat)
    p.crowd("1LANG1", [f["elp"], nm["elp"]], 25)
    unfed = p.crowd("1LANG1", [nc["elp"]], 8, group=None, enrol=False)  # nobody can be placed
    p.student(f["student"], "1LANG1")
    p.ip(f["student"], f["elp"], group=None, enrol=False)
    # A group of HLAN201 closed last year, the student still assigned to it: no group this year.
    p.t.group(f"{f['elp']}TD0", "TD 2025", [f["elp"]], f"{f['elp']}TD", last=PREV_YEAR)
    p.t.affect(p.t.ind_of[f["student"]], f"{f['elp']}TD0")
    p.ip(f["student"], nm["elp"])
    p.student(nc["student"], "1LANG1")
    p.ip(nc["student"], nc["elp"], group=None, enrol=False)
    a = m["near_miss_acquired"]                   # HLAN201 acquired last year: not followed
    p.student(a["student"], "1LANG1")
    p.ip(a["student"], a["elp"], group=None, enrol=False, acquired=True)
    u = S["cohort_sync_left"]["fires_unfed"]      # the teacher made up with a cohort
    cohort = p.t.seq["cohort"].take()
    p.t.add("mdl_cohort", cohort, 1, u["cohort"], "1LANG1", 1, "", 0, 0)
    p.t.method(u["course_id"], "cohort", customint1=cohort)
    for number in unfed:
        p.t.enrol(u["course_id"], p.t.users[number], enrol="cohort", when=epoch(LAST_SYNC))
    t = S["temporary_desync"]
    p.student(t["fires"]["student"], "1LANG1")
    p.ip(t["fires"]["student"], t["fires"]["elp"], group=f["groups"][0], enrol=False,
         when=t["fires"]["modified"])                                # fixed after the sync
    p.student(t["near_miss"]["student"], "1LANG1")
    p.ip(t["near_miss"]["student"], t["near_miss"]["elp"], group=f["groups"][1],
         when=t["near_miss"]["modified"])
    _lve(p)


def _lve(p: Placer) -> None:
    lve = p.t.category("LVE", 0)
    l1 = p.t.category("L1", lve)
    cat = p.etape("1LANGL701", "Licence 1A LLCE", "04", parent=l1)
    i = S["idnumber_modified"]
    p.element(i["fires"]["elp"], "EC1 Langue Traduction", "04", pseudo="ELP_AN-10A_TD")
    p.element(i["near_miss"]["idnumber"], "EC2 Version", "04", pseudo="ELP_AN-10B_TD")
    p.course(i["fires"]["course_id"], i["fires"]["elp"], "EC1 Langue Traduction", cat,
             idnumber=i["fires"]["idnumber"], fullname=i["fires"]["fullname"])
    p.course(i["near_miss"]["course_id"], i["near_miss"]["idnumber"], "EC2 Version", cat)
    p.crowd("1LANGL701", [i["near_miss"]["idnumber"]], 15)


def _distance(p: Placer) -> None:
    cat = p.etape("3IRANF", "Licence 3 Études iraniennes - FOAD", "20", tele=True)
    d = S["distance_status_mismatch"]
    c, n = d["fires_c"], d["near_miss"]
    p.element(c["elp"], "Histoire de l'Iran moderne", "20", pseudo=c["group"], a_distance=True)
    p.element(n["elp"], "Langue persane", "20", groups=[n["group"]], col=f"{n['elp']}COL",
              a_distance=True, group_label="Groupe CEMU")
    p.course(c["course_id"], c["elp"], "Histoire de l'Iran moderne", cat)
    p.course(n["course_id"], n["elp"], "Langue persane", cat)
    p.crowd("3IRANF", [c["elp"], n["elp"]], 12, distant=True)
    for spec in (c, n):
        p.student(spec["student"], "3IRANF", tele=True)
    # Situation c: enrolled, but in the ELP_ pseudo-group that is not a CEMU group.
    p.ip(c["student"], c["elp"], distant=True)
    p.ip(n["student"], n["elp"], distant=True)
    p.ip(n["student"], c["elp"], distant=True)


def _porteur_porte(p: Placer) -> None:
    law = p.c.cmp_category["01"]
    f, n = S["porteur_porte"]["fires"], S["porteur_porte"]["near_miss"]
    p.element(f["porteur"], "Droit européen (mutualisé)", "01", groups=[f"{f['porteur']}TD1"],
              col=f["collection"])
    p.course(f["course_id"], f["porteur"], "Droit européen (mutualisé)", law)
    p.crowd("2DROI1", [f["porteur"]], 15)
    # The porté has vanished from ELEMENT_PEDAGOGI; only IPs and the pair remain.
    p.t.pair(f["porteur"], f["porte"])
    p.student(f["student"], "2DROI1")
    p.ip(f["student"], f["porte"], group=None, enrol=False)
    p.etape("M1HSS", "Master 1 Histoire", "12")
    groups = [n["porteur"] + "EM", n["porteur"] + "TD"]
    p.element(n["porteur"], "Historiographie (mutualisé)", "12", groups=groups,
              col=n["collection"])
    for g in groups:                               # the collection is shared with the porté
        p.t.attach(g, n["porte"])
    p.t.pair(n["porteur"], n["porte"])
    p.t.pair(f["porteur"], n["porte"], year=PREV_YEAR)   # last year's pair: over
    p.course(n["course_id"], n["porteur"], "Historiographie (mutualisé)",
             p.c.cmp_category["12"])
    p.crowd("M1HSS", [n["porteur"]], 10)
    for number in p.crowd("M1HSS", [], 6):
        p.ip(number, n["porte"], group=groups[1], enrol=False)
        p.t.enrol(n["course_id"], p.t.users[number], when=epoch(LAST_SYNC))


def _ade(p: Placer) -> None:
    cat = p.etape("2SPHY1", "Licence 2 Physique", "02")
    a = S["ade_planning_incompatible"]
    specs = [(a["fires"], "Mécanique", "O"), (a["fires_masked"], "Optique", "O"),
             (a["fires_ade_only"], "Électromagnétisme", "O"),
             (a["fires_obsolete"], "Thermodynamique", "F"), (a["near_miss"], "Ondes", "O")]
    for spec, label, status in specs:
        code = spec["elp"]
        if code == a["fires_masked"]["elp"]:       # a new APOGÉE group masks the pseudo-group
            p.element(code, label, "02", groups=[spec["new_group"]], col=f"{code}COL",
                      pseudo=spec["pseudo_group"])
        else:
            p.element(code, label, "02", pseudo=f"ELP_{code}_CM", status=status)
        p.course(spec["course_id"], code, label, cat, staff=False)
        p.crowd("2SPHY1", [code], 12)
        p.teach(code, f"coord-{code.lower()}")      # someone is enrolled, not the teacher
        p.plan(code, f"ELP_{code}_CM", f"coord-{code.lower()}")
    names = {"dupont-j": ("Jean", "Dupont", PEOPLE["teacher"]["email"])}
    for spec, _label, _status in specs:
        first, last, email = names.get(spec["teacher"], ("", "", None))
        p.teacher(spec["teacher"], first, last, email)
    p.plan(a["fires"]["elp"], "ELP_SPHY210_CM", a["fires"]["teacher"], planned=False)
    m = a["fires_masked"]
    p.plan(m["elp"], m["pseudo_group"], m["teacher"])
    o = a["fires_ade_only"]
    p.plan(o["elp"], "SPHY230 TP", o["teacher"], elp=None)
    p.plan(a["fires_obsolete"]["elp"], "ELP_SPHY240_CM", a["fires_obsolete"]["teacher"])
    nm = a["near_miss"]
    p.plan(nm["elp"], f"ELP_{nm['elp']}_CM", nm["teacher"])
    p.plan(nm["elp"], f"ELP_{nm['elp']}_CM", None, sessions=1)   # one session without teacher
    p.teach(nm["elp"], nm["teacher"])
    nt = a["fires_no_teacher"]                    # sessions planned, nobody to teach them
    p.element(nt["elp"], "Acoustique", "02", pseudo=f"ELP_{nt['elp']}_CM")
    p.course(nt["course_id"], nt["elp"], "Acoustique", cat, staff=False)
    p.crowd("2SPHY1", [nt["elp"]], 12)
    p.plan(nt["elp"], f"ELP_{nt['elp']}_CM", None)


def _suspended_and_history(p: Placer) -> None:
    cat = p.etape("M1SOC", "Master 1 Sociologie", "12")
    s = S["suspended_element"]
    p.element(s["fires"]["elp"], s["fires"]["label"], "12", pseudo="ELP_M.1.MS03_CM",
              suspended=s["fires"]["reason"])
    p.element(s["near_miss"]["elp"], "Sociologie des organisations", "12",
              pseudo="ELP_M.1.MS04_CM")
    p.course(s["fires"]["course_id"], s["fires"]["elp"], s["fires"]["label"], cat, staff=False)
    p.plan(s["fires"]["elp"], "ELP_M.1.MS03_CM", "haesler-a")     # its teacher, suspended too
    p.t.enrol(s["fires"]["course_id"], p.teacher("haesler-a", "Aldo", "Haesler"),
              role="editingteacher", status=1)
    p.course(s["near_miss"]["course_id"], s["near_miss"]["elp"], "Sociologie des organisations",
             cat)
    p.crowd("M1SOC", [s["fires"]["elp"]], 18, status=1)      # database enrolments suspended
    p.crowd("M1SOC", [s["near_miss"]["elp"]], 18)
    cat = p.etape("1HIST1", "Licence 1 Histoire", "03")
    d = S["dashboard_filter"]
    p.element(d["fires"]["elp"], "Histoire ancienne", "03", pseudo="ELP_HHIS102_CM")
    p.element(d["near_miss"]["elp"], "Histoire médiévale", "03", pseudo="ELP_HHIS103_CM")
    p.course(d["fires"]["course_id"], d["fires"]["elp"], "Histoire ancienne", cat,
             end=epoch(d["fires"]["end_date"]))
    p.course(d["near_miss"]["course_id"], d["near_miss"]["elp"], "Histoire médiévale", cat)
    p.crowd("1HIST1", [d["fires"]["elp"], d["near_miss"]["elp"]], 20)


def _people(p: Placer) -> None:
    e = S["erasmus_student"]
    p.student(e["fires"]["student"], "2DROI1", exchange=("3", "D"))
    p.ip(e["fires"]["student"], e["fires"]["elp"], enrol=False)
    p.student(e["fires_semester"]["student"], "2DROI1", exchange=("2", "D"))
    p.ip(e["fires_semester"]["student"], e["fires"]["elp"], enrol=False)
    p.student(e["near_miss"]["student"], "2DROI1", exchange=("1", "A"))
    p.ip(e["near_miss"]["student"], S["hidden_course"]["near_miss"]["elp"])
    for number in (S["wrong_cas_url"]["fires"]["student"],
                   S["directory_data"]["fires_name"]["student"]):
        p.student(number, "2DROI1")
        p.ip(number, S["hidden_course"]["near_miss"]["elp"])
    dd = S["directory_data"]
    p.teacher(dd["fires"]["username"], "Marc", "Lefèvre", email="", uid=dd["fires"]["user_id"])
    p.teacher(dd["near_miss"]["username"], "Marie", "Lefèvre", email=dd["near_miss"]["email"])
    for role in ("scolarite",):
        p.teacher("scol-droit", "Scolarité", "UFR Droit", email=PEOPLE[role]["email"])


def _manual(p: Placer) -> None:
    cat = p.etape("2GEO1", "Licence 2 Géographie", "03")
    m = S["manual_enrolment_no_end"]
    for spec, label in ((m["fires"], "Géographie urbaine"), (m["near_miss"], "Cartographie")):
        p.element(spec["elp"], label, "03", pseudo=f"ELP_{spec['elp']}_CM")
        p.course(spec["course_id"], spec["elp"], label, cat)
        p.crowd("2GEO1", [spec["elp"]], 10)
    end = epoch(LAST_SYNC + timedelta(days=60))
    for number in p.crowd("2GEO1", [], m["fires"]["users_without_end"]):
        p.t.enrol(m["fires"]["course_id"], p.t.users[number], enrol="manual")
    for number in p.crowd("2GEO1", [], 12):
        p.t.enrol(m["near_miss"]["course_id"], p.t.users[number], enrol="manual", timeend=end)


def _late_changes(p: Placer) -> None:
    """Changes of October (placed last: the places above keep the names drawn for them)."""
    s = S["sync_stalled"]["fires"]              # assigned to a group after the last sync
    p.student(s["student"], "1LANG1")
    p.ip(s["student"], s["elp"], group=s["group"], enrol=False, when=s["modified"])
    c = S["cancelled_enrolment"]["fires"]
    p.etape(c["etape"], "Licence 2 Droit parcours Droit et langues", "01")
    # The IA to the wrong parcours was cancelled with its IPs; the new one has none yet.
    p.student(c["student"], c["etape"], since=c["modified"], cancelled=c["cancelled"])
