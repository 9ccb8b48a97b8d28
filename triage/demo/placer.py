"""Helpers that write one scenario's rows: an étape, an element and its course, a student's IP."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from triage.demo.noise import YEAR_START, Campus
from triage.demo.scenarios import ACADEMIC_YEAR, PARIS
from triage.demo.tables import epoch, stamp
from triage.demo.words import ascii_lower, person

RENTREE = datetime(2026, 9, 20, 14, 0, tzinfo=PARIS)   # when healthy scenario rows last changed


class Placer:
    """Writes scenario rows into the campus tables, healthy by default."""

    def __init__(self, c: Campus):
        self.c, self.t = c, c.t
        self.courses: dict[str, int] = {}        # element code -> course id
        self.groups: dict[str, list[str]] = {}   # element code -> groups (APOGÉE or pseudo)
        self.cohorts: dict[str, int] = {}

    def etape(self, code: str, label: str, cmp: str, tele: bool = False,
              parent: int | None = None) -> int:
        """An étape with its course category and cohort; returns the category id."""
        self.t.etape(code, label, cmp, tele)
        cohort = self.t.seq["cohort"].take()
        self.cohorts[code] = cohort
        self.t.add("mdl_cohort", cohort, 1, label, code, 1, "", 0, 0)
        return self.t.category(f"({code}) {label}", parent or self.c.cmp_category[cmp], code)

    def element(self, code: str, label: str, cmp: str, *, groups: Sequence[str] = (),
                col: str | None = None, pseudo: str = "", charges: bool = True,
                a_distance: bool = False, status: str = "O", suspended: str = "",
                group_label: str = "") -> None:
        """An ELEMENT_PEDAGOGI row, charges, APOGÉE groups or an ELP_ pseudo-group, ADE rows."""
        self.t.element(code, label, cmp, RENTREE, status, suspended or None)
        if charges:
            self.t.charge(code, pseudo.rsplit("_", 1)[-1] if pseudo else "CM", 20)
        for g in groups:
            self.t.group(g, group_label or f"{g} TD", [code], col)
        self.groups[code] = list(groups) + ([pseudo] if pseudo else [])
        for g in self.groups[code]:
            self.t.ade_activity(code, g, a_distance)
        self.c.codes.add(code)

    def course(self, cid: int, code: str, label: str, cat: int, *, idnumber: str | None = None,
               fullname: str | None = None, visible: int = 1, end: int = 0,
               staff: bool = True) -> int:
        """The Moodle course tied to a code, its Moodle groups and (staff) a planned teacher."""
        self.t.course(cat, fullname or f"({code}) {label}", f"{code}-{label}"[:200],
                      code if idnumber is None else idnumber, cid=cid, visible=visible,
                      start=epoch(YEAR_START), end=end)
        self.courses[code] = cid
        for g in self.groups.get(code, []):
            self.t.add("mdl_groups", self.t.seq["grp"].take(), cid, g, g, 0, 0)
        if staff and self.groups.get(code):
            login = f"ens-{code.lower()}"
            self.plan(code, self.groups[code][0], login)
            self.teach(code, login)
        return cid

    def student(self, number: str, etape: str, *, tele: bool = False,
                exchange: tuple = (None, None), idnumber: str | None = None,
                since: datetime | None = None, cancelled: str = "") -> int:
        """An individual with this year's IA (made at `since`; replacing a cancelled IA to the
        étape `cancelled`) and a Moodle account (login = student number; idnumber "" for an
        account created at its first CAS login); returns the Moodle id."""
        first_ia = RENTREE - timedelta(days=30)
        ind = self.t.student(number, etape, since or first_ia)
        if cancelled:
            self.t.ia(ind, cancelled, tele, first_ia, status="A")
        self.t.ia(ind, etape, tele, since or first_ia)
        self.t.annual(ind, exchange)
        self.c.numbers.add(number)
        first, last = person(self.c.rng)
        return self.t.user(number, number if idnumber is None else idnumber,
                           f"{number}@etu.unicaen.fr", first, last)

    def ip(self, number: str, code: str, *, group: str | None = "", distant: bool = False,
           enrol: bool = True, status: int = 0, when: datetime = RENTREE,
           acquired: bool = False) -> None:
        """An IP (changed at `when`: the scolarité completes IP and group together); group "" =
        the element's first group, None = none; the ADE row; the enrolment."""
        ind, uid = self.t.ind_of[number], self.t.users[number]
        self.t.ip(ind, self.t.etape_of[number], code, when, acquired=acquired)
        if group == "":
            known = self.groups.get(code)
            group = known[0] if known else None
        if group and not group.startswith("ELP_"):
            self.t.affect(ind, group)
        if group:
            self.t.ade_student(number, code, group, distant)
        if enrol and code in self.courses:
            self.t.enrol(self.courses[code], uid, status=status, when=epoch(when))

    def crowd(self, etape: str, codes: list[str], n: int, **ip: Any) -> list[str]:
        """n ordinary students of an étape with IPs (and enrolments) on the codes."""
        numbers = [self.c.new_number() for _ in range(n)]
        for number in numbers:
            self.student(number, etape, tele=ip.get("distant", False))
            for code in codes:
                self.ip(number, code, **ip)
        return numbers

    def teacher(self, login: str, first: str = "", last: str = "", email: str | None = None,
                uid: int | None = None) -> int:
        """A staff account (created once)."""
        if login in self.t.users:
            return self.t.users[login]
        if not first:
            first, last = person(self.c.rng)
        if email is None:
            email = f"{ascii_lower(first)}.{ascii_lower(last)}@unicaen.fr"
        return self.t.user(login, "", email, first, last, uid=uid)

    def plan(self, code: str, group: str, login: str | None, *, elp: str | None = "",
             planned: bool = True, year: str = ACADEMIC_YEAR, sessions: int = 3) -> None:
        """ADE sessions of a teacher (None: no teacher) on a group; elp None = ADE-only fiche."""
        elp = code if elp == "" else elp
        base = datetime(int(year), 10, 5, 8, 0, tzinfo=PARIS)
        for k in range(sessions if planned else 1):
            day = stamp(base + timedelta(days=7 * k)) if planned else None
            self.t.add("V_ADE_PLANNING", code, elp, group, login, day, "O" if planned else "N",
                       year)

    def teach(self, code: str, login: str, enrol: str = "database") -> None:
        """The teacher enrolled in the element's course with the editing teacher role."""
        self.t.enrol(self.courses[code], self.teacher(login), enrol=enrol,
                     role="editingteacher", when=epoch(YEAR_START))
