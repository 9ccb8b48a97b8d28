"""Moodle (Ecampus), read-only on its own schema: users, courses, enrolments, teachers, last sync."""
from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from triage.facts import CourseFacts, CourseRef, EnrolMethod, MoodleUser, Teacher
from triage.sources.db import from_epoch, run
from triage.sources.queries import NamedQuery

SYNC_TASK = "\\enrol_database\\task\\sync_enrolments"
_CODE_PREFIX = re.compile(r"^\s*\([^)]*\)\s*")
MAX_SUCCESSOR_LOOKUPS = 3   # archived courses per ticket whose successors are looked up


def label_of(fullname: str) -> str:
    """A course's label: its full name without the leading "(CODE) "."""
    return _CODE_PREFIX.sub("", fullname or "").strip()


class MoodleReader:
    """Runs the Moodle named queries on one connection and turns rows into facts."""

    def __init__(self, conn: Connection, q: dict[str, NamedQuery], prefix: str, tz: ZoneInfo,
                 now: datetime):
        self.conn, self.q, self.prefix, self.tz = conn, q, prefix, tz
        self.now = int(now.timestamp())     # enrolments are judged active as of the ticket

    def _run(self, query: str, **params) -> list[dict]:
        return run(self.conn, self.q[query], self.prefix, **params)

    def users(self, numbers: list[str], emails: list[str]) -> list[MoodleUser]:
        """Accounts by student number (idnumber) or e-mail, with their active courses."""
        if not numbers and not emails:
            return []
        rows = self._run("moodle_users", numbers=numbers, emails=emails)
        users = {r["id"]: MoodleUser(
            id=int(r["id"]), username=r["username"] or "", idnumber=r["idnumber"] or "",
            email=r["email"] or "", auth=r["auth"] or "", suspended=bool(r["suspended"]),
            firstname=r["firstname"] or "", lastname=r["lastname"] or "") for r in rows}
        if users:
            for r in self._run("moodle_user_courses", uids=list(users)):
                u = users[r["userid"]]
                if int(r["courseid"]) not in u.courses:
                    u.courses.append(int(r["courseid"]))
        return list(users.values())

    def last_sync(self):
        """Last run of the nightly enrol_database sync (None when never run)."""
        rows = self._run("moodle_last_sync", classname=SYNC_TASK)
        return from_epoch(rows[0]["lastruntime"], self.tz) if rows else None

    def courses(self, ids: list[int], codes: list[str], archive: str) -> dict[int, CourseFacts]:
        """Cited courses and courses tied to the codes, with methods, teachers and successors."""
        out = {i: CourseFacts(id=i) for i in ids}
        if not ids and not codes:
            return out
        archive_ids = {str(r["id"]) for r in self._run("moodle_archive_categories", name=archive)}
        paths: dict[int, str] = {}
        for r in self._run("moodle_courses", ids=ids, codes=codes):
            c = out.setdefault(int(r["id"]), CourseFacts(id=int(r["id"])))
            self._fill(c, r, archive_ids)
            paths[c.id] = r["category_path"] or ""
        found = [c.id for c in out.values() if c.found]
        self._successors(out, archive_ids, paths)
        self._category_names(out, paths)
        if found:
            self._methods(out, found)
            self._teachers(out, found)
            for r in self._run("moodle_course_students", ids=found, now=self.now):
                out[int(r["courseid"])].students = int(r["students"] or 0)
            for r in self._run("moodle_course_groups", ids=found):
                out[int(r["courseid"])].groups.append(r["name"] or r["idnumber"] or "")
        return out

    def _fill(self, c: CourseFacts, r: dict, archive_ids: set[str]) -> None:
        c.found, c.fullname, c.shortname = True, r["fullname"] or "", r["shortname"] or ""
        c.idnumber, c.visible = r["idnumber"] or "", bool(r["visible"])
        c.start_date = from_epoch(r["startdate"], self.tz)
        c.end_date = from_epoch(r["enddate"], self.tz)
        c.archived = _under(r["category_path"], archive_ids)

    def _successors(self, out: dict[int, CourseFacts], archive_ids, paths) -> None:
        # One lookup per archived label: LIKE cannot be batched portably; tickets cite one or two.
        labels = list(dict.fromkeys(label_of(c.fullname) for c in out.values() if c.archived))
        for label in [lb for lb in labels if lb][:MAX_SUCCESSOR_LOOKUPS]:
            refs = [CourseRef(id=int(r["id"]), fullname=r["fullname"] or "",
                              idnumber=r["idnumber"] or "")
                    for r in self._run("moodle_successors", pattern=f"%{label}")
                    if label_of(r["fullname"]) == label
                    and not _under(r["category_path"], archive_ids)]
            for c in out.values():
                if c.archived and label_of(c.fullname) == label:
                    c.successors = refs

    def _category_names(self, out: dict[int, CourseFacts], paths: dict[int, str]) -> None:
        ids = {int(p) for path in paths.values() for p in path.split("/") if p}
        if not ids:
            return
        names = {str(r["id"]): r["name"] or "" for r in self._run("moodle_categories",
                                                                  ids=sorted(ids))}
        for cid, path in paths.items():
            out[cid].category_path = " / ".join(names.get(p, "?") for p in path.split("/") if p)

    def _methods(self, out: dict[int, CourseFacts], ids: list[int]) -> None:
        for r in self._run("moodle_enrol_methods", ids=ids):
            out[int(r["courseid"])].enrol_methods.append(EnrolMethod(
                method=r["enrol"] or "", active=int(r["status"] or 0) == 0,
                users=int(r["users"] or 0), users_without_end=int(r["users_without_end"] or 0),
                end_date=from_epoch(r["enrolenddate"], self.tz), cohort=r["cohort_name"] or ""))

    def _teachers(self, out: dict[int, CourseFacts], ids: list[int]) -> None:
        seen: dict[tuple[int, int], Teacher] = {}
        for r in self._run("moodle_teachers", ids=ids):
            key = (int(r["courseid"]), int(r["userid"]))
            t = seen.get(key)
            if t is None:
                t = seen[key] = Teacher(user_id=key[1], username=r["username"] or "",
                                        method=r["enrol"] or "")
                out[key[0]].teachers.append(t)
            elif r["enrol"] == "database":   # the sync's method is what a rule must know
                t.method = "database"


def _under(path: str | None, archive_ids: set[str]) -> bool:
    return bool(path) and any(p in archive_ids for p in path.split("/") if p)
