"""Operations commands: doctor, purge, export-person, and one process per role (worker, sender,
web) for the systemd units in deploy/."""
from __future__ import annotations

import json
import logging
import signal
import sys
import threading

import click

from triage.cli_errors import require_store
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


def _loop(services: Services, component: str, one_pass, every: float) -> None:
    """Run `one_pass()` until SIGTERM (systemd stop)."""
    from triage.runner import loop
    loop(services, component, one_pass, _stop_event(), every)


@click.command()
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
@click.option("--part", "parts", multiple=True,
              type=click.Choice(["store", "mailbox", "smtp", "refer", "moodle", "diagnostic"]),
              help="Check only this part (repeatable). Default: all.")
def doctor(lang: str, parts: tuple[str, ...]) -> None:
    """Check every configured part and say what is wrong and how to fix it."""
    from triage.doctor import PARTS, run_checks
    report = run_checks(_services().config, parts or PARTS)
    click.echo(report.render(lang))
    sys.exit(EXIT_BROKEN if report.broken else 0)


@click.command()
@click.option("--dry-run", is_flag=True, help="Count what would be purged, change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def purge(dry_run: bool, as_json: bool) -> None:
    """Anonymise mails and their data older than retention.days (docs/privacy.md)."""
    from triage.retention import purge as run_purge
    services = _services()
    require_store(services)
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
    require_store(services)
    with services.sessions() as session:
        data = run_export(session, who, split_list(services.config.get("people",
                                                                       "student_domains")))
    json.dump(data, output, ensure_ascii=False, indent=2)
    output.write("\n")
    log.info("person export", extra={"count": len(data["tickets"])})


@click.command()
@click.option("--every", default=2.0, show_default=True, help="Seconds between idle passes.")
@click.option("--batch", default=20, show_default=True, help="Tickets claimed per transaction.")
@click.option("--once", is_flag=True, help="Triage what is due now, then exit.")
def worker(every: float, batch: int, once: bool) -> None:
    """Triage worker: diagnoses due tickets and drafts replies (several may run at once)."""
    from triage.runner import triage_all, worker_pass
    services = _services()
    require_store(services)
    if once:
        triage_all(services)
        click.echo(f"File : {_to_review(services)} ticket(s) à relire.")
        return
    _loop(services, "worker", lambda: worker_pass(services, limit=batch), every)


def _to_review(services: Services) -> int:
    from triage.stats import summary
    with services.sessions() as session:
        return summary(session)["by_state"].get("to_review", 0)


@click.command()
@click.option("--every", default=5.0, show_default=True, help="Seconds between idle passes.")
@click.option("--once", is_flag=True, help="Send what is due now, then exit.")
def sender(every: float, once: bool) -> None:
    """Outbox sender: sends approved replies, retries failures (never twice)."""
    from triage.runner import deliver
    services = _services()
    require_store(services)
    if once:
        click.echo(f"{deliver(services)} réponse(s) envoyée(s).")
        return
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
    require_store(services)
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
