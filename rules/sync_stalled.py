"""Synchronisation en retard: a nightly sync should have run since a REFER change, but has not."""
from __future__ import annotations

from triage.rules._common import down, local, make, next_sync
from triage.rules.temporary_desync import recent_changes
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "sync_stalled"
TITLE = "Synchronisation nocturne en retard"
OWNER = "cemu"


def check(facts: Facts) -> list[Finding]:
    """The last good sync is older than the nightly run that should have followed a change."""
    if facts.last_sync is None or down(facts, "refer") \
            or (facts.sync is not None and facts.sync.state not in ("ok", "failed")):
        return []
    changes = recent_changes(facts)
    now = local(facts.now, facts.settings)
    overdue = [c for c in changes if next_sync(c[2], facts.settings) <= now]
    if not overdue:
        return []
    evidence = [Evidence("clock", "Dernière synchronisation Moodle (enrol_database)",
                         [{"lastruntime": facts.last_sync.isoformat(), "maintenant": now.isoformat()}]),
                Evidence("refer", "Modifications REFER non propagées",
                         [{"COD_ETU": s, "COD_ELP": c, "modifié": at.isoformat()} for s, c, at in overdue])]
    failed_sync = facts.sync if facts.sync is not None and facts.sync.state == "failed" else None
    failed = failed_sync is not None
    fix = ("La tâche \\enrol_database\\task\\sync_enrolments n'a pas réussi depuis "
           f"{local(facts.last_sync, facts.settings):%d/%m %H:%M}"
           + (f" ({failed_sync.error})" if failed_sync is not None else "") + " : vérifier la tâche planifiée"
           + (" et son journal (task_log)." if failed else "."))
    return [make(ID, OWNER, 0.75, fix, evidence,
                 {"last_sync": facts.last_sync, "failed": failed,
                  "reason": failed_sync.error if failed_sync is not None else ""}, {})]
