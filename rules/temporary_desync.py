"""Désynchronisation temporaire: REFER changed after Moodle's last nightly sync ("visible demain")."""
from __future__ import annotations

from datetime import datetime, timedelta

from triage.rules._common import (ENROLMENT_SYMPTOMS, cited, course_params, down, first_course, in_scope,
                           local, make, next_sync)
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "temporary_desync"
TITLE = "Désynchronisation temporaire"
OWNER = "user"


SYNC_UNKNOWN = {"disabled": "la tâche de synchronisation nocturne est désactivée",
                "never": "la synchronisation nocturne n'a pas tourné depuis un mois",
                "failed": "la dernière synchronisation nocturne a échoué",
                "unknown": "l'état de la synchronisation nocturne est inconnu"}
RECENT = timedelta(days=7)     # without a known sync, how far back a change still explains


def sync_known(facts: Facts) -> bool:
    """Whether the last night's sync is known to have run and reached REFER."""
    if facts.sync is None:
        return facts.last_sync is not None
    return facts.sync.state == "ok" and facts.last_sync is not None


def recent_changes(facts: Facts, since: datetime | None = None) -> list[tuple[str, str, datetime]]:
    """(student, element, modified) changed in REFER after `since` (the last sync) and by now."""
    changes = []
    for student in facts.students.values():
        stamps = [("", student.modified)] + [(c, l.modified) for c, l in student.elements.items()]
        changes += [(student.number, code, at) for code, at in stamps if at is not None]
    changes += [("", e.code, e.modified) for e in facts.elements.values() if e.modified]
    # Compare in one timezone: sources may hand naive local times (SQLite) or aware ones.
    now = local(facts.now, facts.settings)
    start = since or facts.last_sync
    if start is None:    # callers pass a window when no sync is known
        raise ValueError("recent_changes needs `since` when the last sync is unknown")
    last = local(start, facts.settings)
    changes = [(s, c, local(at, facts.settings)) for s, c, at in changes]
    if cited(facts):   # the student-wide stamp ("" code) aggregates uncited elements too
        changes = [(s, c, at) for s, c, at in changes if c and in_scope(facts, c)]
    return [(s, c, at) for s, c, at in changes if last < at <= now]


def _evidence(facts: Facts, changes: list[tuple[str, str, datetime]]) -> list[Evidence]:
    sync = facts.sync
    row = {"lastruntime": facts.last_sync.isoformat() if facts.last_sync else "inconnue"}
    if sync is not None:
        row.update(état=sync.state, dernier_passage=sync.last_run.isoformat()
                   if sync.last_run else "aucun")
    return [Evidence("clock", "Dernière synchronisation Moodle (enrol_database, task_log)", [row]),
            Evidence("refer", "Modifications REFER postérieures",
                     [{"COD_ETU": s, "COD_ELP": c, "modifié": at.isoformat()}
                      for s, c, at in changes])]


def _unknown_sync(facts: Facts) -> list[Finding]:
    """A recent REFER change, but no sync known to have carried it: say so, promise nothing."""
    if facts.sync is None:
        return []
    changes = recent_changes(facts, local(facts.now, facts.settings) - RECENT)
    if facts.sync.state == "failed" and facts.last_sync is not None:
        # Changes the last good run already carried are not waiting.
        now = local(facts.now, facts.settings)     # overdue ones are sync_stalled's
        changes = [c for c in changes if c[2] > local(facts.last_sync, facts.settings)
                   and next_sync(c[2], facts.settings) > now]
    if not changes:
        return []
    latest = max(at for _, _, at in changes)
    student, code = next(((s, c) for s, c, at in changes if at == latest))
    code = code or next((c for _, c, _ in changes if c), "")
    # The reply says the state in words; Moodle's own error (task_log output) is for agents only.
    why = SYNC_UNKNOWN.get(facts.sync.state, SYNC_UNKNOWN["unknown"])
    detail = f" ({facts.sync.error})" if facts.sync.error else ""
    fix = (f"Modification faite dans APOGÉE le {latest:%d/%m à %H:%M}, mais {why}{detail} : "
           "impossible de dire quand elle sera visible sur Ecampus. Le CEMU vérifie la tâche "
           "\\enrol_database\\task\\sync_enrolments avant de répondre.")
    params = {"variant": "sync_unknown", "sync_state": facts.sync.state, "reason": why,
              "modified": latest, "changed_today": latest.date() == local(
                  facts.now, facts.settings).date(), "student": student, "elp": code,
              "tomorrow": False, "visible_on": None,
              **course_params(first_course(facts, code) if code else None)}
    return [make(ID, "cemu", 0.6, fix, _evidence(facts, changes), params,
                 {"student": student, "elp": code})]


def check(facts: Facts) -> list[Finding]:
    """A change waiting for the next nightly sync: it shows on Ecampus the next morning (when
    the sync is known to run; otherwise the finding says it cannot tell)."""
    if down(facts, "refer") or down(facts, "moodle"):
        return []
    if not sync_known(facts):
        return _unknown_sync(facts)
    changes = recent_changes(facts)
    if not changes:
        return []
    latest = max(at for _, _, at in changes)
    due = next_sync(latest, facts.settings)
    if due <= local(facts.now, facts.settings):
        return []   # a sync should already have run since the change: sync_stalled's business
    visible = next_sync(facts.now, facts.settings)
    student, code = next(((s, c) for s, c, at in changes if at == latest))
    code = code or next((c for _, c, _ in changes if c), "")
    days = (visible.date() - local(facts.now, facts.settings).date()).days
    today = local(facts.now, facts.settings).date()
    params = {"variant": "tonight", "visible_on": visible.date(), "visible_at": visible,
              "tomorrow": days == 1, "changed_today": latest.date() == today,
              "modified": latest, "student": student, "elp": code,
              **course_params(first_course(facts, code) if code else None)}
    confidence = 0.85 if facts.reading.symptom in ENROLMENT_SYMPTOMS else 0.6
    fix = (f"Modification faite dans APOGÉE le {local(latest, facts.settings):%d/%m à %H:%M}, après "
           f"la synchronisation : visible sur Ecampus le {visible:%d/%m} après la synchronisation "
           "nocturne. Rien à faire.")
    return [make(ID, OWNER, confidence, fix, _evidence(facts, changes), params,
                 {"student": student, "elp": code})]
