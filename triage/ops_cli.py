"""Operations commands: doctor, purge, export-person, and one process per role (worker, sender,
web) for the systemd units in deploy/."""
from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from typing import Callable, TextIO

import click

from triage.cli_errors import require_store
from triage.cli_help import Command
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


def _loop(services: Services, component: str, one_pass: Callable[[], object],
          every: float) -> None:
    """Run `one_pass()` until SIGTERM (systemd stop)."""
    from triage.runner import loop
    loop(services, component, one_pass, _stop_event(), every)


@click.command(cls=Command)
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
@click.option("--part", "parts", multiple=True,
              type=click.Choice(["store", "mailbox", "smtp", "refer", "moodle", "sens",
                                 "diagnostic"]),
              help="Vérifier seulement cette partie (répétable). Défaut : toutes.")
def doctor(lang: str, parts: tuple[str, ...]) -> None:
    """Vérifie chaque partie configurée et dit quoi corriger."""
    from triage.doctor import PARTS, run_checks
    report = run_checks(_services().config, parts or PARTS)
    click.echo(report.render(lang))
    sys.exit(EXIT_BROKEN if report.broken else 0)


@click.command(cls=Command)
@click.option("--dry-run", is_flag=True, help="Compter sans rien modifier.")
@click.option("--json", "as_json", is_flag=True, help="Les chiffres en JSON.")
def purge(dry_run: bool, as_json: bool) -> None:
    """Anonymise les courriels et leurs données plus vieux que retention.days."""
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


@click.command("export-person", cls=Command)
@click.argument("who", metavar="ADDRESS_OR_STUDENT_NUMBER")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="Fichier JSON à écrire (défaut : sortie standard).")
def export_person(who: str, output: TextIO) -> None:
    """Exporte en JSON tout ce que le store garde d'une personne (droit d'accès RGPD)."""
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


@click.command(cls=Command)
@click.option("--every", default=2.0, show_default=True, help="Secondes entre deux passes à vide.")
@click.option("--batch", default=20, show_default=True, help="Tickets pris par transaction.")
@click.option("--once", is_flag=True, help="Trier ce qui est dû maintenant, puis s'arrêter.")
def worker(every: float, batch: int, once: bool) -> None:
    """Tri : diagnostique les tickets dus et rédige les brouillons (plusieurs à la fois possible)."""
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


@click.command(cls=Command)
@click.option("--every", default=5.0, show_default=True, help="Secondes entre deux passes à vide.")
@click.option("--once", is_flag=True, help="Envoyer ce qui est dû maintenant, puis s'arrêter.")
def sender(every: float, once: bool) -> None:
    """Envoi : expédie les réponses approuvées, réessaie les échecs (jamais deux fois)."""
    from triage.runner import deliver
    services = _services()
    require_store(services)
    if once:
        click.echo(f"{deliver(services)} réponse(s) envoyée(s).")
        return
    _loop(services, "sender", lambda: deliver(services), every)


@click.command(cls=Command)
@click.option("--host", default=None, help="Adresse (défaut : [web] host).")
@click.option("--port", default=None, type=int, help="Port (défaut : [web] port).")
@click.option("--threads", default=8, show_default=True, help="Fils de traitement des requêtes.")
def web(host: str | None, port: int | None, threads: int) -> None:
    """La file web seule (waitress) ; plusieurs derrière nginx pour plusieurs processus."""
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
