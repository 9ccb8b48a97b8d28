"""The bulk of the demo university: étapes, elements, courses, students, teachers, plannings.

Mostly healthy data with the everyday faults at low rates (a hidden course, a missing group, a
student in télé-enseignement on a face-to-face element, an Erasmus departure...), so that the
scenarios' known places sit among look-alikes.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from random import Random

from triage.demo.scenarios import ACADEMIC_YEAR, PARIS
from triage.demo.tables import Tables, epoch, stamp
from triage.demo.words import COMPOSANTES, DIPLOMAS, ascii_lower, course_label, person

ELEMENTS_PER_ETAPE = 33
CORE, OPTIONS = 6, 4
STUDENTS, ETAPES = 30000, 420
YEAR_START = datetime(2026, 9, 1, 8, 0, tzinfo=PARIS)
PREV = str(int(ACADEMIC_YEAR) - 1)


@dataclass
class Element:
    """An element of the noise population, with its course and groups."""

    code: str
    label: str
    kind: str                     # groups | pseudo | none
    a_distance: bool
    suspended: bool
    course: int = 0
    groups: list[str] = field(default_factory=list)
    students: list[str] = field(default_factory=list)


@dataclass
class Campus:
    """What scenarios and noise share: composante categories, cohorts, teachers, archive."""
    rng: Random
    t: Tables
    reserved_codes: set[str]
    reserved_numbers: set[str]
    cmp_category: dict[str, int] = field(default_factory=dict)
    archive_category: int = 0
    archive_year: int = 0          # Archives / <previous year>
    teachers: list[int] = field(default_factory=list)
    logins: dict[int, str] = field(default_factory=dict)
    codes: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    live_labels: list[str] = field(default_factory=list)

    def when(self, days: int = 40) -> datetime:
        """A random modification date between the rentrée and a few weeks later."""
        return YEAR_START + timedelta(days=self.rng.randint(0, days), minutes=self.rng.randint(0, 600))

    def new_code(self, letter: str, level: int) -> str:
        """An unused element code in the composante's style."""
        while True:
            code = f"{letter}{''.join(self.rng.choices('ABCDEFGHJKLMNPRSTUVW', k=3))}{level}{self.rng.randint(0, 99):02d}"
            if code not in self.codes and code not in self.reserved_codes:
                self.codes.add(code)
                return code

    def new_number(self) -> str:
        """An unused 8-digit student number."""
        while True:
            n = f"2{self.rng.randint(1, 6)}{self.rng.randint(0, 999999):06d}"
            if n not in self.numbers and n not in self.reserved_numbers:
                self.numbers.add(n)
                return n


def populate(c: Campus, scale: float,
             progress: Callable[[str, int, int], None] | None) -> None:
    """Write the noise population into the campus tables."""
    n_etapes = max(4, round(ETAPES * scale))
    per_etape = max(20, round(STUDENTS * scale / n_etapes))
    _teachers(c, max(30, round(2400 * scale)))
    for i in range(n_etapes):
        cmp = COMPOSANTES[i % len(COMPOSANTES)]
        _etape(c, cmp, i, per_etape)
        if progress and (i % 10 == 0 or i == n_etapes - 1):
            progress("population", i + 1, n_etapes)
    _archives(c, max(10, round(600 * scale)))


def _teachers(c: Campus, n: int) -> None:
    for _ in range(n):
        first, last = person(c.rng)
        login = f"{ascii_lower(last)}-{ascii_lower(first)[0]}{c.rng.randint(1, 999)}"
        if login in c.t.users:
            continue
        email = f"{ascii_lower(first)}.{ascii_lower(last)}{c.rng.randint(1, 99)}@unicaen.fr"
        uid = c.t.user(login, "", email, first, last)
        c.teachers.append(uid)
        c.logins[uid] = login


def _etape(c: Campus, cmp: tuple[str, str, str, list[str]], i: int, n_students: int) -> None:
    cod_cmp, _lib, letter, subjects = cmp
    level = 1 + i % 5
    tele = c.rng.random() < 0.06
    code = f"{level}{letter}{i:03d}{'F' if tele else ''}"
    label = f"{c.rng.choice(DIPLOMAS)} {subjects[i % len(subjects)]}{' - FOAD' if tele else ''}"
    c.t.etape(code, label, cod_cmp, tele)
    cat = c.t.category(f"({code}) {label}", c.cmp_category[cod_cmp], code)
    cohort = c.t.seq["cohort"].take()
    c.t.add("mdl_cohort", cohort, 1, label, code, 1, "", 0, 0)
    option_size = n_students * OPTIONS / (ELEMENTS_PER_ETAPE - CORE)
    elements = [_element(c, (cod_cmp, letter, level, subjects), tele, cat,
                         n_students if k < CORE else option_size)
                for k in range(ELEMENTS_PER_ETAPE)]
    for _ in range(n_students):
        _student(c, code, tele, elements)
    for e in elements:
        if e.kind == "groups":                   # a group closed last year stays in APOGÉE
            c.t.group(f"{e.code}X", "TD ancien", [e.code], None, last=PREV)
    for e in elements:
        _plannings(c, e)
    _course_extras(c, elements, cohort)
    if c.rng.random() < 0.3:
        _porte(c, letter, level, c.rng.choice(elements))


def _element(c: Campus, cmp: tuple[str, str, int, list[str]], tele: bool, cat: int,
             expected: float) -> Element:
    cod_cmp, letter, level, subjects = cmp
    r = c.rng.random()
    kind = "groups" if r < 0.5 else ("pseudo" if r < 0.97 else "none")
    code = c.new_code(letter, level)
    e = Element(code, course_label(c.rng, subjects), kind,
                a_distance=tele or c.rng.random() < 0.02, suspended=c.rng.random() < 0.005)
    obsolete = c.rng.random() < 0.01
    c.t.element(code, e.label, cod_cmp, c.when(), "F" if obsolete else "O",
                "Remplacé sur maquette" if e.suspended else None)
    if kind != "none":
        c.t.charge(code, "CM", 12)
        if c.rng.random() < 0.6:
            c.t.charge(code, "TD", 18)
    hidden = c.rng.random() < 0.02
    idnumber = f"{code}-EC1" if c.rng.random() < 0.002 else code
    end = epoch(datetime(2026, 6, 30, tzinfo=PARIS)) if c.rng.random() < 0.03 else 0
    e.course = c.t.course(cat, f"({code}) {e.label}", f"{code}-{e.label}"[:200], idnumber,
                          visible=0 if hidden else 1, start=epoch(YEAR_START), end=end)
    _groups(c, e, math.ceil(expected / 35))
    c.live_labels.append(e.label)
    return e


def _porte(c: Campus, letter: str, level: int, porteur: Element) -> None:
    """A porté (gone from ELEMENT_PEDAGOGI), its collection usually shared with the porteur."""
    code = c.new_code(letter, level)
    c.t.pair(porteur.code, code)
    if porteur.kind == "groups" and c.rng.random() < 0.85:
        for g in porteur.groups:
            c.t.attach(g, code)


def _groups(c: Campus, e: Element, k: int) -> None:
    if e.kind == "groups":
        col = f"{e.code}TD"
        e.groups = [f"{e.code}TD{j + 1}" for j in range(max(1, k))]
        for j, g in enumerate(e.groups):
            label = f"TD{j + 1}{' CEMU' if e.a_distance else ''}"
            c.t.group(g, label, [e.code], col)
    elif e.kind == "pseudo":
        e.groups = [f"ELP_{e.code}_CM"]
    for g in e.groups:
        c.t.ade_activity(e.code, g, e.a_distance)
        c.t.add("mdl_groups", c.t.seq["grp"].take(), e.course, g, g, 0, 0)


def _student(c: Campus, etape: str, tele: bool, elements: list[Element]) -> None:
    number = c.new_number()
    ind = c.t.student(number, etape, c.when(20))
    tele = tele or c.rng.random() < 0.003        # situation a: IA télé on face-to-face elements
    c.t.ia(ind, etape, tele, c.when(20))
    if c.rng.random() < 0.5:
        c.t.ia(ind, etape, tele, c.when(20) - timedelta(days=365), year=PREV)
    r = c.rng.random()
    exchange = ("3", "D") if r < 0.01 else (("1", "A") if r < 0.015 else (None, None))
    c.t.annual(ind, exchange)
    first, last = person(c.rng)
    # Accounts created at the first CAS login have an empty idnumber: the login is the number.
    idnumber = "" if c.rng.random() < 0.1 else number
    uid = c.t.user(number, idnumber, f"{number}@etu.unicaen.fr", first, last)
    for e in elements[:CORE] + c.rng.sample(elements[CORE:], OPTIONS):
        _ip(c, e, ind, number, uid, tele, exchange[1] == "D")


def _ip(c: Campus, e: Element, ind: int, number: str, uid: int, tele: bool, away: bool) -> None:
    when = c.when(20)
    c.t.ip(ind, c.t.etape_of[number], e.code, when)
    if not e.groups or (e.kind == "groups" and c.rng.random() < 0.02):
        return                                    # no group: the sync cannot place them
    group = e.groups[len(e.students) % len(e.groups)]
    e.students.append(number)
    if e.kind == "groups":
        c.t.affect(ind, group)
    c.t.ade_student(number, e.code, group, tele)
    if away or (tele and not e.a_distance):
        return                                    # Erasmus departure; situations a and e
    c.t.enrol(e.course, uid, status=1 if e.suspended else 0, when=epoch(when))


def _plannings(c: Campus, e: Element) -> None:
    planned: set[int] = set()
    for g in e.groups:
        teacher = c.rng.choice(c.teachers)
        planned.add(teacher)
        for _ in range(2):
            c.t.add("V_ADE_PLANNING", e.code, e.code, g, c.logins[teacher],
                    stamp(c.when(90)), "O", ACADEMIC_YEAR)
    if e.groups and c.rng.random() < 0.05:        # an associated teacher with no session
        c.t.add("V_ADE_PLANNING", e.code, e.code, e.groups[0],
                c.logins[c.rng.choice(c.teachers)], None, "N", ACADEMIC_YEAR)
    for teacher in planned:
        c.t.enrol(e.course, teacher, role="editingteacher", when=epoch(YEAR_START))


def _course_extras(c: Campus, elements: list[Element], cohort: int) -> None:
    """Cohort syncs left in place and manual enrolments, with and without end date."""
    for e in elements:
        r = c.rng.random()
        if r < 0.015:
            c.t.method(e.course, "cohort", customint1=cohort)
        elif r < 0.10 and c.teachers:
            end = 0 if c.rng.random() < 0.5 else epoch(YEAR_START + timedelta(days=120))
            for uid in c.rng.sample(c.teachers, min(3, len(c.teachers))):
                c.t.enrol(e.course, uid, enrol="manual", timeend=end, when=epoch(YEAR_START))


def _archives(c: Campus, n: int) -> None:
    """Courses of codes gone from REFER, in the archive category; some have a successor."""
    for _ in range(n):
        letter = c.rng.choice(COMPOSANTES)[2]
        code = c.new_code(letter, c.rng.randint(1, 5))
        label = course_label(c.rng, c.rng.choice(COMPOSANTES)[3])
        if c.live_labels and c.rng.random() < 0.3:   # code changed: a live course took over
            label = c.rng.choice(c.live_labels)
        c.t.course(c.archive_year, f"({code}) {label}", f"{code}-{label}"[:200], code,
                   start=epoch(YEAR_START - timedelta(days=365)))
