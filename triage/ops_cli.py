"""Operations commands: doctor, purge, export-person, and one process per role (worker, sender,
web) for the systemd units in deploy/."""
from __future__ import annotations

import json
import logging
import signal
import sys
import threading

import click

from triage.services import Services

log = logging.getLogger("triage.ops")
EXIT_BROKEN, EXIT_NOT_READY = 1, 2


def _services() -> Services:
    return click.get_current_context().obj["services"]


def _stop_event() -> threading.Event:
    """Set on SIGTERM/SIGINT so a loop ends its current pass and exits cleanly (systemd stop)."""
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def _require_head(services: Services) -> None:
    """Refuse to start on a store whose schema is not the code's (upgrade first)."""
    from triage.doctor import head_revision
    from triage.store.db import current_revision
    try:
        revision = current_revision(services.engine)
    except Exception as exc:
        click.echo(f"Erreur : store injoignable ({type(exc).__name__}) ; "
                   "lancez « triage doctor ».", err=True)
        sys.exit(EXIT_NOT_READY)
    if revision != head_revision():
        click.echo(f"Erreur : store en révision {revision or 'vide'}, le code attend "
                   f"{head_revision()} ; lancez « triage db upgrade ».", err=True)
        sys.exit(EXIT_NOT_READY)


def _loop(services: Services, component: str, one_pass, every: float) -> None:
    """Run `one_pass()` until SIGTERM (systemd stop)."""
    from triage.runner import loop
    loop(services, component, one_pass, _stop_event(), every)


@click.command()
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
@click.option("--part", "parts", multiple=True,
              type=click.Choice(["store", "mailbox", "smtp", "refer", "moodle"]),
              help="Check only this part (repeatable). Default: all.")
def doctor(lang: str, parts: tuple[str, ...]) -> None:
    """Check every configured part and say what is wrong and how to fix it."""
    from triage.doctor import run_checks
    report = run_checks(_services().config, parts or ("store", "mailbox", "smtp", "refer",
                                                       "moodle"))
    click.echo(report.render(lang))
    sys.exit(EXIT_BROKEN if report.broken else 0)


@click.command()
@click.option("--dry-run", is_flag=True, help="Count what would be purged, change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def purge(dry_run: bool, as_json: bool) -> None:
    """Anonymise mails and their data older than retention.days (docs/privacy.md)."""
    from triage.retention import purge as run_purge
    services = _services()
    _require_head(services)
    days = int(services.config.get("retention", "days"))
    with services.sessions() as session:
        report = run_purge(session, days, dry_run=dry_run)
    figures = report.as_dict()
    log.info("purge %s", "dry run" if dry_run else "done",
             extra={k: v for k, v in figures.items() if isinstance(v, int)})
    if as_json:
        click.echo(json.dumps({"dry_run": dry_run, **figures}, sort_keys=True))
        return
    verb = "seraient anonymisé(e)s" if dry_run else "anonymisé(e)s"
    click.echo(f"Rétention {days} jours : avant le {report.cutoff:%Y-%m-%d %H:%M} UTC, {verb} :\n"
               f"  courriels {report.messages}, réponses envoyées {report.outgoing}, "
               f"analyses {report.analyses}, constats {report.findings}, "
               f"brouillons {report.drafts}, tickets {report.tickets}, "
               f"entrées du journal {report.audit_entries}.")


@click.command("export-person")
@click.argument("who", metavar="ADDRESS_OR_STUDENT_NUMBER")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="Write the JSON there (default: standard output).")
def export_person(who: str, output) -> None:
    """Export everything the store holds about one person (RGPD right of access), as JSON."""
    from triage.config import split_list
    from triage.retention import export_person as run_export
    services = _services()
    _require_head(services)
    with services.sessions() as session:
        data = run_export(session, who, split_list(services.config.get("people",
                                                                       "student_domains")))
    json.dump(data, output, ensure_ascii=False, indent=2)
    output.write("\n")
    log.info("person export", extra={"count": len(data["tickets"])})


@click.command()
@click.option("--every", default=2.0, show_default=True, help="Seconds between idle passes.")
@click.option("--batch", default=20, show_default=True, help="Tickets claimed per transaction.")
def worker(every: float, batch: int) -> None:
    """A triage worker: claims due tickets (several workers may run at once) until stopped."""
    from triage.runner import worker_pass
    services = _services()
    _require_head(services)
    _loop(services, "worker", lambda: worker_pass(services, limit=batch), every)


@click.command()
@click.option("--every", default=5.0, show_default=True, help="Seconds between idle passes.")
def sender(every: float) -> None:
    """The outbox sender: sends approved replies, retries failures, until stopped."""
    from triage.runner import deliver
    services = _services()
    _require_head(services)
    _loop(services, "sender", lambda: deliver(services), every)


@click.command()
@click.option("--host", default=None, help="Address (default: [web] host).")
@click.option("--port", default=None, type=int, help="Port (default: [web] port).")
@click.option("--threads", default=8, show_default=True)
def web(host: str | None, port: int | None, threads: int) -> None:
    """The web queue only (waitress); run several behind nginx for several processes."""
    from waitress import serve

    from triage.web import create_app
    from triage.web import ops
    services = _services()
    _require_head(services)
    app = create_app(services)
    if "ops" not in app.blueprints:
        app.register_blueprint(ops.bp)
    serve(app, host=host or services.config.get("web", "host"),
          port=port or services.config.get("web", "port"), threads=threads,
          trusted_proxy="127.0.0.1", trusted_proxy_headers={"x-forwarded-proto",
                                                            "x-forwarded-for"})


def register(cli: click.Group) -> None:
    """Add the operations commands to the `triage` group."""
    for command in (doctor, purge, export_person, worker, sender, web):
        cli.add_command(command)
