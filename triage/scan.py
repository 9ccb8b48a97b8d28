"""Proactive scan: the set-based form of the data rules, over all of REFER and Moodle.

A handful of named queries (triage/sources/queries/scan_*.sql, overridable like the others) read
each source once; the few checks that need both sources (a suspended element with a live course,
a course idnumber no code matches, a departing student still enrolled) join their results here,
since REFER and Moodle are two databases. The result lists, per composante, the students and
courses already in a situation that will cost a ticket. See docs/scan.md.
"""
from __future__ import annotations

import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from triage.rules import all_rules
from triage.rules._common import is_foad_label
from triage.rules.distance_status_mismatch import classify
from triage.rules.too_many_teachers import MIN_EXTRA, in_tuilage
from triage.facts import RuleSettings
from triage.sources import Sources
from triage.sources.db import run
from triage.sources.gather import academic_year

Progress = Callable[[str], None] | None
NO_CMP = ("", "Composante inconnue")
_CODE_IN_NAME = re.compile(r"^\(([^)]+)\)")
CHUNK = 900       # Oracle accepts at most 1,000 values in an IN list
REFER_QUERIES = ("scan_refer_elements", "scan_refer_distance", "scan_refer_missing_group",
                 "scan_refer_no_group_no_charges", "scan_refer_porteur_porte",
                 "scan_refer_ade_plannings", "scan_refer_departures", "scan_refer_planned_teachers")
MOODLE_QUERIES = ("scan_moodle_categories", "scan_moodle_courses", "scan_moodle_enrol_methods",
                  "scan_moodle_teachers")


@dataclass(frozen=True)
class Item:
    """One element, course or student already in a situation, with what shows it."""

    situation: str
    composante: str                    # COD_CMP, "" when unknown
    elp: str = ""
    course_id: int | None = None
    students: tuple[str, ...] = ()     # the students concerned, when listed one by one
    count: int = 0                     # how many users are concerned
    case: str = ""                     # sub-case: distance situation a..f, ADE reason...
    detail: str = ""


@dataclass
class Report:
    """The scan's items, the composantes' labels, and what could not be checked."""

    now: datetime
    year: str
    items: list[Item] = field(default_factory=list)
    composantes: dict[str, str] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)      # sources not configured
    seconds: float = 0.0

    def only(self, composante: str) -> "Report":
        """The items of the composantes whose code or label contains `composante`."""
        want = composante.strip().lower()
        keep = {c for c, label in self.composantes.items()
                if want == c.lower() or want in label.lower()}
        return Report(self.now, self.year, [i for i in self.items if i.composante in keep],
                      {c: l for c, l in self.composantes.items() if c in keep},
                      self.skipped, self.seconds)

    def by_composante(self) -> dict[str, list[Item]]:
        """Items grouped by composante code, composantes and items in a stable order."""
        groups: dict[str, list[Item]] = defaultdict(list)
        for item in sorted(self.items, key=lambda i: (i.composante, i.situation, i.elp,
                                                      i.students, i.course_id or 0)):
            groups[item.composante].append(item)
        return dict(sorted(groups.items()))

    def label(self, composante: str) -> str:
        """A composante's label (with its code)."""
        return f"{self.composantes.get(composante, NO_CMP[1])} ({composante or '?'})"


def titles() -> dict[str, tuple[str, str]]:
    """Situation id -> (French title, owner), from the rules."""
    return {r.id: (r.title, r.owner) for r in all_rules()}


class _Data:
    """Query results and the lookups the checks share."""

    def __init__(self, year: str, now: datetime):
        self.year, self.now = year, now
        self.rows: dict[str, list[dict]] = {}
        self.elements: dict[str, dict] = {}       # ELP code -> row
        self.etapes: dict[str, dict] = {}
        self.courses: dict[int, dict] = {}        # live (non-archived) courses
        self.courses_of: dict[str, list[int]] = defaultdict(list)   # idnumber -> live courses
        self.methods: dict[int, list[dict]] = defaultdict(list)
        self.previous = str(int(year) - 1) if year.isdigit() else year
        self.tuilage = False          # last year's ADE plannings still enrol teachers

    def cmp(self, code: str | None) -> str:
        """The composante of an element or étape code."""
        row = self.elements.get(code or "") or self.etapes.get(code or "")
        return (row or {}).get("cod_cmp") or ""

    def course(self, code: str) -> int | None:
        """The first live course of a code."""
        ids = self.courses_of.get(code)
        return ids[0] if ids else None


class Scanner:
    """Runs the scan queries on the configured sources and turns rows into items."""

    def __init__(self, sources: Sources, rule_settings: RuleSettings | None = None):
        self.sources = sources
        self.rule_settings = rule_settings or RuleSettings()   # timezone, tuilage date

    def steps(self) -> int:
        """How many progress steps a run reports."""
        return len(REFER_QUERIES) + len(MOODLE_QUERIES) + 2

    def run(self, now: datetime, progress: Progress = None) -> Report:
        """Scan everything as of `now`; `progress(step)` is called after each step."""
        started = time.monotonic()
        tick = progress or (lambda _step: None)
        data = _Data(academic_year(now), now)
        data.tuilage = in_tuilage(now, self.rule_settings)
        report = Report(now, data.year)
        src = self.sources
        if src.refer is not None:
            self._read(src.refer, REFER_QUERIES, {"year": data.year, "previous": data.previous},
                       data, tick)
        else:
            report.skipped.append("refer")
        if src.moodle is not None:
            params = {"now": int(now.timestamp()), "archive": src.settings.archive_category}
            self._read(src.moodle, MOODLE_QUERIES, params, data, tick)
        else:
            report.skipped.append("moodle")
        _index(data)
        report.composantes = {r["cod_cmp"]: r["lib_cmp"] or r["cod_cmp"]
                              for r in data.rows.get("scan_refer_elements", []) if r["cod_cmp"]}
        report.composantes[""] = NO_CMP[1]
        self._enrolled_departures(data, tick)
        for check in CHECKS:
            report.items.extend(check(data))
        tick("checks")
        report.seconds = time.monotonic() - started
        return report

    def _read(self, engine, names, params, data: _Data, tick) -> None:
        prefix = self.sources.settings.moodle_prefix
        with engine.connect() as conn:
            for name in names:
                data.rows[name] = run(conn, self.sources.queries[name], prefix, **params)
                tick(name)

    def _enrolled_departures(self, data: _Data, tick) -> None:
        """Moodle enrolments of the departing students, in chunks (Oracle's IN limit)."""
        numbers = [r["cod_etu"] for r in data.rows.get("scan_refer_departures", [])]
        data.rows["enrolled"] = []
        if numbers and self.sources.moodle is not None:
            query = self.sources.queries["scan_moodle_enrolled_students"]
            with self.sources.moodle.connect() as conn:
                for k in range(0, len(numbers), CHUNK):
                    data.rows["enrolled"] += run(conn, query, self.sources.settings.moodle_prefix,
                                                 numbers=numbers[k:k + CHUNK],
                                                 now=int(data.now.timestamp()))
        tick("scan_moodle_enrolled_students")


def _index(d: _Data) -> None:
    for r in d.rows.get("scan_refer_elements", []):
        (d.elements if r["kind"] == "ELP" else d.etapes)[r["code"]] = r
    cats = {r["id"]: r for r in d.rows.get("scan_moodle_categories", [])}
    archive = {str(i) for i, r in cats.items() if r["is_archive"]}
    for r in d.rows.get("scan_moodle_courses", []):
        path = (cats.get(r["category"]) or {}).get("path") or ""
        parts = [p for p in path.split("/") if p]
        if archive & set(parts):
            continue          # archived courses are meant to be frozen: not a fault
        top = cats.get(int(parts[0])) if parts else None
        d.courses[r["id"]] = dict(r, top=(top or {}).get("name", ""))
        if r["idnumber"]:
            d.courses_of[r["idnumber"]].append(r["id"])
    for r in d.rows.get("scan_moodle_enrol_methods", []):
        d.methods[r["courseid"]].append(r)


def _course_cmp(d: _Data, course: dict, names: dict[str, str]) -> str:
    """A course's composante: its idnumber's, the "(CODE)" of its name's, else its top category."""
    m = _CODE_IN_NAME.match(course["fullname"] or "")
    for code in (course["idnumber"], m.group(1).strip() if m else ""):
        if d.cmp(code):
            return d.cmp(code)
    return names.get(course["top"], "")


def _cmp_names(d: _Data) -> dict[str, str]:
    return {r["lib_cmp"]: r["cod_cmp"] for r in d.elements.values() if r["lib_cmp"]}


# ------------------------------------------------------------------------------ REFER checks
def distance(d: _Data) -> list[Item]:
    """Situations a..f of the seed's table; a and e (no enrolment) student by student."""
    per_element: dict[tuple[str, str], list[str]] = defaultdict(list)
    items = []
    for r in d.rows.get("scan_refer_distance", []):
        labels = " ".join(x or "" for x in (r["lib_gpe"], r["lib_groupe"], r["idgroupe"]))
        row = classify(is_foad_label(labels), r["a_distance"] == "O", r["distant"] == "O")
        if row["case"] in ("normal", "b"):
            continue
        if row["no_enrolment"]:
            items.append(Item("distance_status_mismatch", d.cmp(r["cod_elp"]), r["cod_elp"],
                              d.course(r["cod_elp"]), (r["cod_etu"],), 1, row["case"],
                              f"groupe {r['idgroupe']}"))
        else:
            per_element[(r["cod_elp"], row["case"])].append(r["cod_etu"])
    for (code, case), numbers in per_element.items():
        items.append(Item("distance_status_mismatch", d.cmp(code), code, d.course(code),
                          tuple(sorted(numbers)), len(numbers), case,
                          "pas de groupe CEMU/EAD adéquat"))
    return items


def missing_group(d: _Data) -> list[Item]:
    """IPs on an element with groups, without a group; and elements with neither group nor charges."""
    per_element: dict[str, list[str]] = defaultdict(list)
    for r in d.rows.get("scan_refer_missing_group", []):
        per_element[r["cod_elp"]].append(r["cod_etu"])
    items = [Item("missing_group_enrolment", d.cmp(code), code, d.course(code),
                  tuple(sorted(n)), len(n), "ip_sans_groupe", "IP sans affectation à un groupe")
             for code, n in per_element.items()]
    items += [Item("missing_group_enrolment", d.cmp(r["cod_elp"]), r["cod_elp"],
                   d.course(r["cod_elp"]), (), int(r["students"]), "sans_groupe_ni_charges",
                   "ni groupe APOGÉE ni charges d'enseignement : pas de pseudo-groupe ELP_")
              for r in d.rows.get("scan_refer_no_group_no_charges", [])]
    return items


def porteur_porte(d: _Data) -> list[Item]:
    """Collections of the porteur missing on the porté."""
    return [Item("porteur_porte", d.cmp(r["cod_elp_porteur"]), r["cod_elp_porteur"],
                 d.course(r["cod_elp_porteur"]), (), int(r["students"] or 0), "collection",
                 f"collection {r['cod_col']} absente du porté {r['cod_elp_porte']}")
            for r in d.rows.get("scan_refer_porteur_porte", [])]


def ade_plannings(d: _Data) -> list[Item]:
    """ADE fiches whose teacher the sync will not enrol."""
    return [Item("ade_planning_incompatible", d.cmp(r["cod_elp"] or r["code_fiche"]),
                 r["cod_elp"] or r["code_fiche"], d.course(r["cod_elp"] or r["code_fiche"]),
                 (), 1, r["reason"], f"fiche {r['code_fiche']}, enseignant {r['login_ens']}")
            for r in d.rows.get("scan_refer_ade_plannings", [])]


def departures(d: _Data) -> list[Item]:
    """Departing exchange students who still have IPs (enrolled in Moodle or not)."""
    enrolled = {r["idnumber"]: int(r["courses"]) for r in d.rows.get("enrolled", [])}
    return [Item("erasmus_student", r["cod_cmp"] or "", "", None, (r["cod_etu"],),
                 1, r["cod_per_prg"] or "AN",
                 f"{r['lic_prg'] or 'départ'} : {r['ips']} IP, "
                 f"{enrolled.get(r['cod_etu'], 0)} cours Ecampus")
            for r in d.rows.get("scan_refer_departures", [])]


# ------------------------------------------------------------------------------ checks on both
def suspended(d: _Data) -> list[Item]:
    """Suspended elements that still have a live course."""
    return [Item("suspended_element", r["cod_cmp"] or "", code, cid, (), int(r["ips"] or 0),
                 "", f"motif : {r['lib_sus_elp'] or '-'}")
            for code, r in d.elements.items() if r["tem_sus_elp"] == "O"
            for cid in d.courses_of.get(code, [])]


def idnumbers(d: _Data) -> list[Item]:
    """Live courses whose idnumber is neither an element nor an étape (needs REFER)."""
    if not d.elements:
        return []          # REFER not read: every idnumber would look unknown
    names = _cmp_names(d)
    return [Item("idnumber_modified", _course_cmp(d, c, names), "", cid, (), 0, "",
                 f"idnumber {c['idnumber']}")
            for cid, c in d.courses.items()
            if c["idnumber"] and c["idnumber"] not in d.elements and c["idnumber"] not in d.etapes]


# ------------------------------------------------------------------------------ Moodle checks
def hidden(d: _Data) -> list[Item]:
    """Hidden courses with enrolled students, the term started and not over."""
    names = _cmp_names(d)
    items = []
    for cid, c in d.courses.items():
        students = sum(int(m["students"] or 0) for m in d.methods.get(cid, []))
        if not c["visible"] and c["started"] and not c["ended"] and students:
            items.append(Item("hidden_course", _course_cmp(d, c, names), c["idnumber"] or "",
                              cid, (), students, "", "cours caché, période commencée"))
    return items


def enrol_methods(d: _Data) -> list[Item]:
    """Cohort syncs on courses the APOGÉE sync feeds; manual enrolments without end date."""
    names = _cmp_names(d)
    items = []
    for cid, c in d.courses.items():
        methods = d.methods.get(cid, [])
        fed = any(m["enrol"] == "database" and int(m["users"] or 0) > 0 for m in methods)
        cmp, code = _course_cmp(d, c, names), c["idnumber"] or ""
        for m in methods:
            if m["enrol"] == "cohort" and fed:
                items.append(Item("cohort_sync_left", cmp, code, cid, (), int(m["users"] or 0),
                                  "", f"cohorte « {m['cohort_name'] or '?'} »"))
            elif m["enrol"] in ("manual", "self") and int(m["users_without_end"] or 0):
                items.append(Item("manual_enrolment_no_end", cmp, code, cid, (),
                                  int(m["users_without_end"]), m["enrol"],
                                  "inscriptions sans date de fin"))
    return items


def teachers(d: _Data) -> list[Item]:
    """Live courses of an element with MIN_EXTRA or more teachers ADE does not plan on it (last
    year's plannings count during the tuilage), as rules/too_many_teachers.py judges a ticket."""
    years = {d.year, d.previous} if d.tuilage else {d.year}
    planned: dict[str, set[str]] = defaultdict(set)
    for r in d.rows.get("scan_refer_planned_teachers", []):
        if r["cod_anu"] in years:
            planned[r["cod_elp"]].add(r["login_ens"])
    methods: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in d.rows.get("scan_moodle_teachers", []):
        methods[r["courseid"]][r["username"]].add(r["enrol"] or "")
    items = []
    for cid, team in methods.items():
        course = d.courses.get(cid)
        code = (course or {}).get("idnumber") or ""
        if course is None or code not in d.elements:
            continue
        extra = sorted(u for u in team if u not in planned.get(code, set()))
        if len(extra) >= MIN_EXTRA:
            manual = sum(1 for u in extra if "database" not in team[u])
            items.append(Item("too_many_teachers", d.cmp(code), code, cid, (), len(extra),
                              "", f"{len(extra)} enseignant(s) sans planification ADE sur "
                              f"{len(team)}" + (f", dont {manual} inscrit(s) à la main"
                                                if manual else "")))
    return items


CHECKS = (distance, missing_group, porteur_porte, ade_plannings, departures, suspended,
          idnumbers, hidden, enrol_methods, teachers)
