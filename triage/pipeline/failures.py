"""Component failures: written to the audit log, where the Santé panel, the banner, /healthz and
/metrics find them. A failure must reach the team in the app, not only a server log."""
from __future__ import annotations

from sqlalchemy.orm import Session

from triage.logs import mask
from triage.store import models as m

COMPONENT_ERROR = "component_error"   # audit action
DIAGNOSIS = "diagnostic"              # component name of a diagnosis that raised


def record(session: Session, component: str, exc: BaseException,
           **ids: int | None) -> None:
    """Add one failure of `component` (its error type and first line, masked) to the session."""
    first = (str(exc).strip().splitlines() or [""])[0]
    session.add(m.AuditEntry(action=COMPONENT_ERROR, ticket_id=ids.get("ticket_id"), detail={
        "component": component, "error": type(exc).__name__, "message": mask(first)[:300]}))


def record_source(session: Session, source: str, cause: str, **ids: int | None) -> None:
    """Add one failure of a source (REFER, Moodle) that left a diagnosis pending: its cause as
    the sources recorded it ("ErrorType: first line (query file)"), masked."""
    kind, _, message = cause.partition(": ")
    session.add(m.AuditEntry(action=COMPONENT_ERROR, ticket_id=ids.get("ticket_id"), detail={
        "component": f"source {source}", "error": kind[:80], "message": mask(message)[:300]}))


def diagnosis_failed(exc: BaseException) -> str:
    """What an agent reads on a ticket whose diagnosis raised: the cause, and what to do."""
    return (f"Le diagnostic automatique a échoué ({type(exc).__name__}) : répondez à la main, ou "
            "cliquez « Relancer le diagnostic » ; s'il échoue encore, signalez ce ticket à "
            "l'administrateur (la cause est dans le panneau Santé).")
