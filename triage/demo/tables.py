"""In-memory rows of the demo REFER and Moodle, with helpers that keep them consistent.

Rows are tuples in the column order of triage/demo/schema.py, written in bulk at the end. Helpers
hand out ids, skipping the fixed ids the scenarios reserve.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from triage.demo.scenarios import PARIS

ROLE_IDS = {"editingteacher": 3, "teacher": 4, "student": 5}
COURSE_LEVEL = 50


def stamp(dt: datetime) -> str:
    """REFER dates: naive Paris local time, as APOGÉE stores them."""
    return dt.astimezone(PARIS).strftime("%Y-%m-%d %H:%M:%S")


def epoch(dt: datetime | None) -> int:
    """Moodle dates: seconds since the epoch, 0 for none."""
    return int(dt.timestamp()) if dt else 0


class Ids:
    """A counter that skips reserved values."""

    def __init__(self, start: int, reserved: set[int] = frozenset()):
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
        self.seq = defaultdict(lambda: Ids(1))           # plain ids for other Moodle tables
        self.context_of: dict[int, int] = {}
        self.methods: dict[tuple[int, str], int] = {}    # (course, method) -> enrol id
        self.cat_path: dict[int, str] = {}
        self.ind_of: dict[str, int] = {}                  # COD_ETU -> COD_IND
        self.users: dict[str, int] = {}                   # username -> id

    def add(self, table: str, *row) -> None:
        """Append one row (tuple in schema column order) to a table."""
        self.rows[table.lower()].append(row)

    # ------------------------------------------------------------------ REFER
    def student(self, number: str) -> int:
        """An INDIVIDU row; returns COD_IND."""
        ind = self.ind_ids.take()
        self.ind_of[number] = ind
        self.add("INDIVIDU", ind, number)
        return ind

    def group(self, code: str, label: str, elps: list[str], col: str | None,
              modified: datetime) -> None:
        """A GROUPE attached to elements (through collection `col` if given)."""
        self.add("GROUPE", code, label, stamp(modified))
        for elp in elps:
            self.add("GPE_OBJ", code, col, elp, "ELP")

    # ------------------------------------------------------------------ Moodle
    def category(self, name: str, parent: int = 0, idnumber: str = "") -> int:
        """A course category; returns its id (path kept for children)."""
        cid = self.seq["cat"].take()
        path = f"{self.cat_path.get(parent, '')}/{cid}"
        self.cat_path[cid] = path
        self.add("mdl_course_categories", cid, name, idnumber, parent, path, path.count("/"), 1)
        return cid

    def course(self, category: int, fullname: str, shortname: str, idnumber: str,
               cid: int | None = None, visible: int = 1, start: int = 0, end: int = 0) -> int:
        """A course with its context and a database enrolment method."""
        cid = cid or self.course_ids.take()
        self.add("mdl_course", cid, category, fullname, shortname, idnumber, visible, start, end)
        ctx = self.seq["ctx"].take()
        self.context_of[cid] = ctx
        self.add("mdl_context", ctx, COURSE_LEVEL, cid)
        self.method(cid, "database")
        return cid

    def method(self, course: int, enrol: str, status: int = 0, customint1: int | None = None,
               enrolend: int = 0) -> int:
        """An enrolment method of a course (one per kind here)."""
        key = (course, enrol)
        if key not in self.methods:
            eid = self.seq["enrol"].take()
            self.methods[key] = eid
            self.add("mdl_enrol", eid, enrol, status, course, enrolend, customint1, 5)
        return self.methods[key]

    def user(self, username: str, idnumber: str, email: str, first: str, last: str,
             uid: int | None = None, auth: str = "cas") -> int:
        """A Moodle account."""
        uid = uid or self.user_ids.take()
        self.users[username] = uid
        self.add("mdl_user", uid, auth, 0, 0, username, idnumber, first, last, email)
        return uid

    def enrol(self, course: int, user: int, enrol: str = "database", role: str = "student",
              status: int = 0, timeend: int = 0, when: int = 0) -> None:
        """A user enrolment through a method, and the role it brings."""
        eid = self.method(course, enrol)
        self.add("mdl_user_enrolments", self.seq["ue"].take(), status, eid, user, when, timeend,
                 when)
        component = "enrol_database" if enrol == "database" else ""
        self.add("mdl_role_assignments", self.seq["ra"].take(), ROLE_IDS[role],
                 self.context_of[course], user, component, 0)
