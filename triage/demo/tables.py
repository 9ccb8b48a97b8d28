"""In-memory rows of the demo REFER and Moodle, with helpers that keep them consistent.

Rows are tuples in the column order of triage/demo/schema.py, written in bulk at the end. Helpers
hand out ids, skipping the fixed ids the scenarios reserve, and write rows as APOGÉE and Moodle
hold them: NUMBER keys as integers, naive Paris DATEs; Moodle's contexts with their paths, enrol
instances, user enrolments with timeend 0, role assignments in the course context.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import datetime

from triage.demo.scenarios import ACADEMIC_YEAR, PARIS

ROLE_IDS = {"editingteacher": 3, "teacher": 4, "student": 5}
SYSTEM_LEVEL, CATEGORY_LEVEL, COURSE_LEVEL = 10, 40, 50
SYSTEM_CONTEXT = 1


def stamp(dt: datetime | None) -> str | None:
    """REFER dates: naive Paris local time, as APOGÉE stores them."""
    return dt.astimezone(PARIS).strftime("%Y-%m-%d %H:%M:%S") if dt else None


def epoch(dt: datetime | None) -> int:
    """Moodle dates: seconds since the epoch, 0 for none."""
    return int(dt.timestamp()) if dt else 0


class Ids:
    """A counter that skips reserved values."""

    def __init__(self, start: int, reserved: Collection[int] = frozenset()):
        self.next, self.reserved = start, set(reserved)

    def take(self) -> int:
        """The next free id."""
        while self.next in self.reserved:
            self.next += 1
        self.next += 1
        return self.next - 1


class Tables:
    """Rows of both databases, keyed by table name."""

    def __init__(self, reserved_courses: set[int], reserved_users: set[int]):
        self.rows: dict[str, list[tuple]] = defaultdict(list)
        self.course_ids = Ids(30000, reserved_courses)
        self.user_ids = Ids(2, reserved_users)
        self.ind_ids = Ids(100000)
        self.seq = defaultdict(lambda: Ids(1))           # plain ids for other tables
        self.seq["ctx"] = Ids(SYSTEM_CONTEXT + 1)
        self.context_of: dict[int, int] = {}             # course -> context id
        self.cat_context: dict[int, tuple[int, str]] = {}  # category -> (context id, path)
        self.methods: dict[tuple[int, str], int] = {}    # (course, method) -> enrol id
        self.enrolled: set[tuple[int, int]] = set()      # (enrol id, user): Moodle's unique key
        self.cat_path: dict[int, str] = {}
        self.cat_shown: dict[int, bool] = {}             # category -> visible (hidden above: no)
        self.ind_of: dict[str, int] = {}                  # COD_ETU -> COD_IND
        self.etape_of: dict[str, str] = {}                # COD_ETU -> COD_ETP of this year's IA
        self.etape_cmp: dict[str, str] = {}               # COD_ETP -> COD_CMP
        self.gpe_of: dict[str, int] = {}                  # COD_EXT_GPE -> COD_GPE
        self.users: dict[str, int] = {}                   # username -> id
        self.add("mdl_context", SYSTEM_CONTEXT, SYSTEM_LEVEL, 0, f"/{SYSTEM_CONTEXT}", 1)

    def add(self, table: str, *row: object) -> None:
        """Append one row (tuple in schema column order) to a table."""
        self.rows[table.lower()].append(row)

    # ------------------------------------------------------------------ REFER (APOGÉE)
    def etape(self, code: str, label: str, cmp: str, tele: bool = False) -> None:
        """An ETAPE and its version 1 (where APOGÉE keeps the composante)."""
        self.etape_cmp[code] = cmp
        self.add("ETAPE", code, label[:60], label[:25])
        self.add("VERSION_ETAPE", code, 1, cmp, label[:120], "O" if tele else "N")

    def element(self, code: str, label: str, cmp: str, modified: datetime, status: str = "O",
                suspended: str | None = None) -> None:
        """An ELEMENT_PEDAGOGI row (suspended: the reason, when it is)."""
        self.add("ELEMENT_PEDAGOGI", code, label[:60], label[:25], status,
                 "O" if suspended else "N", suspended, cmp, stamp(modified), stamp(modified))

    def charge(self, code: str, kind: str, hours: int, year: str = ACADEMIC_YEAR) -> None:
        """Charges d'enseignement of an element for a year."""
        self.add("ELP_CHG_TYP_HEU", year, code, kind, hours)

    def student(self, number: str, etape: str, modified: datetime) -> int:
        """An INDIVIDU row (COD_ETU is a NUMBER); returns COD_IND."""
        ind = self.ind_ids.take()
        self.ind_of[number] = ind
        self.etape_of[number] = etape
        self.add("INDIVIDU", ind, int(number), stamp(modified))
        return ind

    def ia(self, ind: int, etape: str, tele: bool, modified: datetime,
           year: str = ACADEMIC_YEAR, status: str = "E") -> None:
        """An IA to version 1 of an étape (TEM_TLS_IAE: télé-enseignement, mode 01)."""
        self.add("INS_ADM_ETP", year, ind, etape, 1, 1, status, "P", "O", "O" if tele else "N",
                 "01" if tele else None, self.etape_cmp.get(etape), stamp(modified),
                 stamp(modified))

    def annual(self, ind: int, exchange: tuple = (None, None), year: str = ACADEMIC_YEAR) -> None:
        """The annual IA, with its exchange programme (COD_PRG, TEM_SNS_PRG) if any."""
        self.add("INS_ADM_ANU", year, ind, "E", *exchange)

    def ip(self, ind: int, etape: str, code: str, modified: datetime, year: str = ACADEMIC_YEAR,
           acquired: bool = False) -> None:
        """An IP (acquired: capitalised in an earlier year, TEM_PRC_ICE = 'O', not followed)."""
        self.add("IND_CONTRAT_ELP", year, ind, etape, 1, code, "O" if acquired else "N",
                 stamp(modified))

    def group(self, code: str, label: str, elps: list[str], col: str | None,
              first: str | None = None, last: str | None = None) -> None:
        """A GROUPE (internal number, visible code, collection, years of validity) attached to
        elements."""
        gpe = self.seq["gpe"].take()
        self.gpe_of[code] = gpe
        self.add("GROUPE", gpe, code, label[:40], col, first, last)
        for elp in elps:
            self.attach(code, elp)

    def attach(self, code: str, elp: str) -> None:
        """A group attached to one more element (GPE_OBJ)."""
        self.add("GPE_OBJ", self.seq["gpo"].take(), self.gpe_of[code], "ELP", elp, None, None)

    def affect(self, ind: int, code: str, year: str = ACADEMIC_YEAR) -> None:
        """A student's assignment to a group (IND_AFFECTE_GPE, by the group's number)."""
        self.add("IND_AFFECTE_GPE", year, ind, self.gpe_of[code])

    def pair(self, porteur: str, porte: str, year: str = ACADEMIC_YEAR) -> None:
        """A porteur/porté mutualisation for a year."""
        self.add("ELP_PORTEUR_PORTE", year, porteur, porte)

    def ade_activity(self, code: str, group: str, a_distance: bool) -> None:
        """A row of UNICAEN's T_ADE_ACTIVITES view."""
        self.add("T_ADE_ACTIVITES", code, group, "O" if a_distance else "N")

    def ade_student(self, number: str, code: str, group: str, distant: bool) -> None:
        """A row of UNICAEN's T_ADE_ACTIVITES_ETUDIANTS view."""
        self.add("T_ADE_ACTIVITES_ETUDIANTS", int(number), code, group, "O" if distant else "N")

    # ------------------------------------------------------------------ Moodle
    def category(self, name: str, parent: int = 0, idnumber: str = "", visible: int = 1) -> int:
        """A course category and its context; returns its id (path kept for children)."""
        cid = self.seq["cat"].take()
        path = f"{self.cat_path.get(parent, '')}/{cid}"
        self.cat_path[cid] = path
        shown = visible if self._visible(parent) else 0
        self.cat_shown[cid] = bool(shown)
        self.add("mdl_course_categories", cid, name, idnumber or None, parent, path,
                 path.count("/"), shown, visible)
        ctx = self.seq["ctx"].take()
        parent_path = self.cat_context[parent][1] if parent else f"/{SYSTEM_CONTEXT}"
        self.cat_context[cid] = (ctx, f"{parent_path}/{ctx}")
        self.add("mdl_context", ctx, CATEGORY_LEVEL, cid, f"{parent_path}/{ctx}",
                 f"{parent_path}/{ctx}".count("/"))
        return cid

    def _visible(self, category: int) -> bool:
        return self.cat_shown.get(category, True)

    def course(self, category: int, fullname: str, shortname: str, idnumber: str,
               cid: int | None = None, visible: int = 1, start: int = 0, end: int = 0) -> int:
        """A course with its context and a database enrolment method. Under a hidden category
        Moodle hides it and keeps its own setting in visibleold."""
        cid = cid or self.course_ids.take()
        shown = visible if self._visible(category) else 0
        self.add("mdl_course", cid, category, fullname, shortname, idnumber, shown, visible,
                 start, end, start, start)
        ctx = self.seq["ctx"].take()
        self.context_of[cid] = ctx
        path = f"{self.cat_context[category][1]}/{ctx}"
        self.add("mdl_context", ctx, COURSE_LEVEL, cid, path, path.count("/"))
        self.method(cid, "database")
        return cid

    def method(self, course: int, enrol: str, status: int = 0, customint1: int | None = None,
               enrolend: int = 0) -> int:
        """An enrolment method (instance) of a course (one per kind here)."""
        key = (course, enrol)
        if key not in self.methods:
            eid = self.seq["enrol"].take()
            self.methods[key] = eid
            self.add("mdl_enrol", eid, enrol, status, course, enrolend, customint1,
                     ROLE_IDS["student"], 0, 0)
        return self.methods[key]

    def user(self, username: str, idnumber: str, email: str, first: str, last: str,
             uid: int | None = None, auth: str = "cas") -> int:
        """A Moodle account (mnethostid 1: this site)."""
        uid = uid or self.user_ids.take()
        self.users[username] = uid
        self.add("mdl_user", uid, auth, 1, 1, 0, 0, username, idnumber, first, last, email, 0)
        return uid

    def enrol(self, course: int, user: int, enrol: str = "database", role: str = "student",
              status: int = 0, timeend: int = 0, when: int = 0) -> None:
        """A user enrolment through a method (timeend 0: no end, as enrol_user() writes it),
        and the role it brings in the course context."""
        eid = self.method(course, enrol)
        if (eid, user) in self.enrolled:
            return
        self.enrolled.add((eid, user))
        self.add("mdl_user_enrolments", self.seq["ue"].take(), status, eid, user, when, timeend,
                 when, when)
        component = "enrol_database" if enrol == "database" else ""
        self.add("mdl_role_assignments", self.seq["ra"].take(), ROLE_IDS[role],
                 self.context_of[course], user, when, component, eid if component else 0)
