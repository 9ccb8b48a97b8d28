"""Moodle (Ecampus), read-only on its own schema: users, courses, enrolments, teachers, the sync.

Rows come typed from `triage.sources.db.run` (epochs as aware datetimes, flags as booleans).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from triage.facts import CourseFacts, CourseRef, EnrolMethod, MoodleUser, SyncStatus, Teacher
from triage.sources.db import run
from triage.sources.queries import NamedQuery

SYNC_TASK = "\\enrol_database\\task\\sync_enrolments"
SYNC_LOG_DAYS = 28                 # task_logretention's default
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
        self.moment = now
        self.now = int(now.timestamp())     # enrolments are judged active as of the ticket
        self._plugins: set[str] | None = None

    def _run(self, query: str, **params: Any) -> list[dict]:
        return run(self.conn, self.q[query], self.prefix, tz=self.tz, **params)

    def plugins(self) -> set[str] | None:
        """Enrolment plugins enabled site-wide (None: the setting is not there, all count)."""
        if self._plugins is None:
            rows = self._run("moodle_enrol_plugins")
            self._plugins = {p.strip() for p in (rows[0]["value"] or "").split(",") if p.strip()} \
                if rows else set()
        return self._plugins or None

    def enabled(self, plugin: str) -> bool:
        """Whether instances of this enrolment plugin can enrol anyone."""
        plugins = self.plugins()
        return plugins is None or plugin in plugins

    def users(self, numbers: list[str], emails: list[str]) -> list[MoodleUser]:
        """Accounts by student number (username or idnumber) or e-mail (case ignored, as Moodle
        does), with the courses where they are actively enrolled."""
        if not numbers and not emails:
            return []
        lowered = list(dict.fromkeys(e.lower() for e in emails))
        rows = self._run("moodle_users", numbers=numbers,
                         emails=list(dict.fromkeys([*emails, *lowered])))
        found = {(r["email"] or "").lower() for r in rows}
        if unmatched := [e for e in lowered if e not in found]:
            rows += self._run("moodle_users_any_case", emails=unmatched)
        users = {r["id"]: MoodleUser(
            id=r["id"], username=r["username"] or "", idnumber=r["idnumber"] or "",
            email=r["email"] or "", auth=r["auth"] or "", suspended=bool(r["suspended"]),
            firstname=r["firstname"] or "", lastname=r["lastname"] or "") for r in rows}
        if users:
            for r in self._run("moodle_user_courses", uids=list(users), now=self.now):
                u = users[r["userid"]]
                if self.enabled(r["enrol"] or "") and r["courseid"] not in u.courses:
                    u.courses.append(r["courseid"])
        return list(users.values())

    def sync(self) -> SyncStatus:
        """The nightly sync: enabled? did its last run reach REFER? (task_scheduled, task_log)"""
        task = self._run("moodle_sync_task", classname=SYNC_TASK)
        since = int((self.moment - timedelta(days=SYNC_LOG_DAYS)).timestamp())
        runs = sorted((r for r in self._run("moodle_sync_log", classname=SYNC_TASK,
                                            bare=SYNC_TASK.lstrip("\\"), since=since)
                       if r["timestart"] is not None and r["timestart"] <= self.moment),
                      key=lambda r: r["timestart"])
        good = [r for r in runs if not _failed(r)]
        status = SyncStatus(last_run=runs[-1]["timestart"] if runs else None,
                            last_success=good[-1]["timestart"] if good else None)
        if not task or task[0]["disabled"]:
            status.state = "disabled"
        elif not runs:
            status.state = "never"
        elif _failed(runs[-1]):
            status.state, status.error = "failed", _error(runs[-1])
        else:
            status.state = "ok"
        return status

    def courses(self, ids: list[int], codes: list[str], archive: str) -> dict[int, CourseFacts]:
        """Cited courses and courses tied to the codes, with methods, teachers and successors."""
        out = {i: CourseFacts(id=i) for i in ids}
        if not ids and not codes:
            return out
        archive_ids = {str(r["id"]) for r in self._run("moodle_archive_categories", name=archive,
                                                       prefix=f"{archive}%")}
        paths: dict[int, str] = {}
        for r in self._run("moodle_courses", ids=ids, codes=codes):
            c = out.setdefault(r["id"], CourseFacts(id=r["id"]))
            self._fill(c, r, archive_ids)
            paths[c.id] = r["category_path"] or ""
        found = [c.id for c in out.values() if c.found]
        self._successors(out, archive_ids, paths)
        self._categories(out, paths)
        if found:
            self._methods(out, found)
            self._teachers(out, found)
            for r in self._run("moodle_course_students", ids=found, now=self.now):
                out[r["courseid"]].students = r["students"] or 0
            for r in self._run("moodle_course_groups", ids=found):
                out[r["courseid"]].groups.append(r["name"] or r["idnumber"] or "")
        return out

    def _fill(self, c: CourseFacts, r: dict, archive_ids: set[str]) -> None:
        c.found, c.fullname, c.shortname = True, r["fullname"] or "", r["shortname"] or ""
        c.idnumber, c.visible = r["idnumber"] or "", r["visible"] is not False
        c.visible_old = r["visibleold"] is not False
        c.start_date, c.end_date = r["startdate"], r["enddate"]
        c.archived = _under(r["category_path"], archive_ids)

    def _successors(self, out: dict[int, CourseFacts], archive_ids: set[str],
                    paths: dict[int, str]) -> None:
        # One lookup per archived label: LIKE cannot be batched portably; tickets cite one or two.
        labels = list(dict.fromkeys(label_of(c.fullname) for c in out.values() if c.archived))
        for label in [lb for lb in labels if lb][:MAX_SUCCESSOR_LOOKUPS]:
            refs = [CourseRef(id=r["id"], fullname=r["fullname"] or "",
                              idnumber=r["idnumber"] or "")
                    for r in self._run("moodle_successors", pattern=f"%{label}")
                    if label_of(r["fullname"]) == label
                    and not _under(r["category_path"], archive_ids)]
            for c in out.values():
                if c.archived and label_of(c.fullname) == label:
                    c.successors = refs

    def _categories(self, out: dict[int, CourseFacts], paths: dict[int, str]) -> None:
        ids = {int(p) for path in paths.values() for p in path.split("/") if p}
        if not ids:
            return
        rows = {str(r["id"]): r for r in self._run("moodle_categories", ids=sorted(ids))}
        for cid, path in paths.items():
            parts = [rows.get(p) for p in path.split("/") if p]
            out[cid].category_path = " / ".join((r["name"] or "") if r else "?" for r in parts)
            out[cid].category_hidden = any(r is not None and r["visible"] is False for r in parts)

    def _methods(self, out: dict[int, CourseFacts], ids: list[int]) -> None:
        for r in self._run("moodle_enrol_methods", ids=ids, now=self.now):
            out[r["courseid"]].enrol_methods.append(EnrolMethod(
                method=r["enrol"] or "", active=(r["status"] or 0) == 0 and self.enabled(
                    r["enrol"] or ""),
                users=r["users"] or 0, users_without_end=r["users_without_end"] or 0,
                end_date=r["enrolenddate"], cohort=r["cohort_name"] or ""))

    def _teachers(self, out: dict[int, CourseFacts], ids: list[int]) -> None:
        seen: dict[tuple[int, int], Teacher] = {}
        for r in self._run("moodle_teachers", ids=ids, now=self.now):
            key = (r["courseid"], r["userid"])
            active = bool(r["active"]) and self.enabled(r["enrol"] or "")
            t = seen.get(key)
            if t is None:
                t = seen[key] = Teacher(user_id=key[1], username=r["username"] or "",
                                        method=r["enrol"] or "", active=active)
                out[key[0]].teachers.append(t)
            else:
                t.active = t.active or active
                if r["enrol"] == "database":   # the sync's method is what a rule must know
                    t.method = "database"


def _failed(run: dict) -> bool:
    return bool(run["result"] or run["cannot_connect"] or run["cannot_read"])


def _error(run: dict) -> str:
    if run["cannot_connect"]:
        return "la synchronisation n'a pas pu joindre REFER"
    if run["cannot_read"]:
        return "la synchronisation n'a pas pu lire la table d'inscriptions de REFER"
    return "la tâche de synchronisation s'est arrêtée sur une erreur"


def _under(path: str | None, archive_ids: set[str]) -> bool:
    return path is not None and any(p in archive_ids for p in path.split("/") if p)
