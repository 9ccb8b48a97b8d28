"""Désynchronisation temporaire: REFER changed after Moodle's last nightly sync ("visible demain")."""
from __future__ import annotations

from datetime import datetime

from triage.rules._common import (ENROLMENT_SYMPTOMS, cited, course_params, down, first_course, in_scope,
                           local, make, next_sync)
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "temporary_desync"
TITLE = "Désynchronisation temporaire"
OWNER = "user"


def recent_changes(facts: Facts) -> list[tuple[str, str, datetime]]:
    """(student, element, modified) changed in REFER after the last sync and before now."""
    changes = []
    for student in facts.students.values():
        stamps = [("", student.modified)] + [(c, l.modified) for c, l in student.elements.items()]
        changes += [(student.number, code, at) for code, at in stamps if at is not None]
    changes += [("", e.code, e.modified) for e in facts.elements.values() if e.modified]
    # Compare in one timezone: sources may hand naive local times (SQLite) or aware ones.
    last, now = local(facts.last_sync, facts.settings), local(facts.now, facts.settings)
    changes = [(s, c, local(at, facts.settings)) for s, c, at in changes]
    if cited(facts):   # the student-wide stamp ("" code) aggregates uncited elements too
        changes = [(s, c, at) for s, c, at in changes if c and in_scope(facts, c)]
    return [(s, c, at) for s, c, at in changes if last < at <= now]


def check(facts: Facts) -> list[Finding]:
    """A change waiting for the next nightly sync: it shows on Ecampus the next morning."""
    if facts.last_sync is None or down(facts, "refer"):
        return []
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
    evidence = [Evidence("clock", "Dernière synchronisation Moodle (enrol_database)",
                         [{"lastruntime": facts.last_sync.isoformat()}]),
                Evidence("refer", "Modifications REFER postérieures",
                         [{"COD_ETU": s, "COD_ELP": c, "modifié": at.isoformat()}
                          for s, c, at in changes])]
    days = (visible.date() - local(facts.now, facts.settings).date()).days
    today = local(facts.now, facts.settings).date()
    params = {"visible_on": visible.date(), "visible_at": visible, "tomorrow": days == 1,
              "changed_today": latest.date() == today,
              "modified": latest, "student": student, "elp": code,
              **course_params(first_course(facts, code) if code else None)}
    confidence = 0.85 if facts.reading.symptom in ENROLMENT_SYMPTOMS else 0.6
    fix = (f"Modification faite dans APOGÉE le {local(latest, facts.settings):%d/%m à %H:%M}, après "
           f"la synchronisation : visible sur Ecampus le {visible:%d/%m} après la synchronisation "
           "nocturne. Rien à faire.")
    return [make(ID, OWNER, confidence, fix, evidence, params,
                 {"student": student, "elp": code})]
