"""The `triage` command: wires configuration, store, mailbox, pipeline and web. No logic here."""
from __future__ import annotations

import contextlib
import json
import logging
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping

import click

from triage import cli_help
from triage import config as configuration
from triage.cli_errors import require_store
from triage.services import Services

if TYPE_CHECKING:
    from triage.locks import MailboxLock
    from triage.model import Analysis, ParsedMail


def _services(ctx: click.Context) -> Services:
    return ctx.obj["services"]


def _fail(message: str) -> None:
    click.echo(f"Erreur : {message}", err=True)
    sys.exit(2)


# How `triage --help` lists the commands: people's everyday commands first, then the processes
# a production deployment runs (systemd units in deploy/), then administration.
COMMAND_SECTIONS = {
    "Au quotidien": ["demo", "inspect", "stats", "scan", "doctor"],
    "Processus (production)": ["run", "watch", "worker", "sender", "web"],
    "Administration": ["db", "user", "learn", "purge", "export-person", "demo-data"],
}


class TriageGroup(cli_help.Group):
    """The `triage` command: sections in --help; known mistakes said without a traceback."""
    group_class = cli_help.Group

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        listed = set()
        for title, names in COMMAND_SECTIONS.items():
            rows = [(n, self.commands[n].get_short_help_str(70)) for n in names
                    if n in self.commands and not self.commands[n].hidden]
            listed.update(names)
            with formatter.section(title):
                formatter.write_dl(rows)
        others = [(n, c.get_short_help_str(70)) for n, c in sorted(self.commands.items())
                  if n not in listed and not c.hidden]
        if others:
            with formatter.section("Autres"):
                formatter.write_dl(others)

    def invoke(self, ctx: click.Context) -> Any:
        from triage.cli_errors import explain
        try:
            return super().invoke(ctx)
        except Exception as exc:   # known mistakes become one line; anything else is a bug
            services = (ctx.obj or {}).get("services")
            message = explain(exc, services.settings.database.url if services else "")
            if message is None:
                raise
            if (ctx.obj or {}).get("verbose"):
                import traceback
                traceback.print_exc()
            _fail(message)


@click.group(cls=TriageGroup)
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Fichier de configuration TOML (défaut : TRIAGE_CONFIG, sinon les valeurs "
                   "par défaut).")
@click.option("-v", "--verbose", is_flag=True, help="Journal détaillé (et traces d'erreur).")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, verbose: bool) -> None:
    """ecampus-triage : tri des courriels d'assistance Ecampus du CEMU."""
    from triage import logs
    ctx.obj = {"verbose": verbose}
    try:
        cfg = configuration.load(config_path)
    except configuration.ConfigError as exc:
        _fail(f"configuration : {exc}")
    # Masking formatter in text mode too: no address or student number reaches a log line.
    logs.setup(cfg.settings.logs.format == "json", logging.DEBUG if verbose else logging.INFO)
    if not verbose:   # "Context impl SQLiteImpl", "Logged in as …" are noise for an operator
        for chatty in ("alembic", "imapclient"):
            logging.getLogger(chatty).setLevel(logging.WARNING)
    ctx.obj["services"] = Services(cfg)
    ctx.call_on_close(ctx.obj["services"].close)


# ----------------------------------------------------------------------------- store
@cli.group()
def db() -> None:
    """Administration du store (la base de l'application)."""


@db.command("upgrade")
@click.pass_context
def db_upgrade(ctx: click.Context) -> None:
    """Crée ou migre les tables du store au dernier schéma (seule commande qui migre)."""
    from triage.store.db import current_revision, upgrade
    services = _services(ctx)
    upgrade(services.engine)
    click.echo(f"Store à jour (révision {current_revision(services.engine)}).")


@cli.group()
def user() -> None:
    """Comptes des agents."""


@user.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(["agent", "manager", "admin"]), default="agent")
@click.option("--name", "display_name", default="")
@click.password_option(help="Mot de passe (demandé deux fois s'il n'est pas donné).")
@click.pass_context
def user_add(ctx: click.Context, username: str, role: str, display_name: str,
             password: str) -> None:
    """Crée un compte local (mot de passe de 10 caractères au moins)."""
    from triage.users import UserError, add_user
    services = _services(ctx)
    require_store(services)
    with services.sessions() as session:
        try:
            add_user(session, username, password, role, display_name)
        except UserError as exc:
            _fail(str(exc))
        session.commit()
    click.echo(f"Compte « {username} » ({role}) enregistré.")


# ----------------------------------------------------------------------------- mail in
def _progress_bar(label: str) -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A progress callback(done, total) drawing a bar on stderr, and its closer."""
    state: dict[str, Any] = {"bar": None}

    def progress(done: int, total: int) -> None:
        if state["bar"] is None and total > 1:
            state["bar"] = click.progressbar(length=total, label=label, file=sys.stderr)
        if state["bar"] is not None:
            state["bar"].update(1)

    def close() -> None:
        if state["bar"] is not None:
            state["bar"].render_finish()
    return progress, close


@cli.command()
@click.option("--once", is_flag=True, help="Relève ce que contient la boîte maintenant, puis s'arrête.")
@click.option("--no-triage", is_flag=True, help="Stocke seulement ; les workers font le tri.")
@click.pass_context
def watch(ctx: click.Context, once: bool, no_triage: bool) -> None:
    """Relève la boîte aux lettres : stocke chaque courriel (IDLE si le serveur le propose)."""
    from triage import runner
    services = _services(ctx)
    require_store(services)
    with _mailbox_lock(services, once):
        if once:
            progress, close = _progress_bar("Relève du courrier")
            try:
                stored = runner.fetch_mail(services, progress)
            finally:
                close()
            triaged = 0 if no_triage else runner.triage_all(services)
            click.echo(f"{stored} courriel(s) relevé(s), {triaged} ticket(s) trié(s).")
            return
        on_batch = None if no_triage else (lambda: runner.triage_all(services))
        try:
            runner.watch_loop(services, threading.Event(), on_batch=on_batch)
        except Exception as exc:
            runner.record_failure(services, "watcher", exc)
            raise


EXIT_LOCKED = 3


@contextlib.contextmanager
def _mailbox_lock(services: Services, once: bool) -> Iterator[MailboxLock]:
    """One watcher per mailbox: a second one stands by (or, with --once, exits with code 3)."""
    from triage.locks import MailboxLock
    lock = MailboxLock(services.engine, services.config.get("mailbox", "url"))
    if not lock.acquire():
        if once:
            click.echo("Un autre processus relève déjà cette boîte : rien à faire.", err=True)
            sys.exit(EXIT_LOCKED)
        click.echo("Un autre processus relève déjà cette boîte : en attente (relève).",
                   err=True)
        while not lock.acquire():
            time.sleep(5)
    logging.getLogger("triage.watch").info("watcher holds the mailbox lock")
    try:
        yield lock
    finally:
        lock.release()


@cli.command("triage", hidden=True)
@click.pass_context
def triage_cmd(ctx: click.Context) -> None:
    """Ancien nom de « triage worker --once » (gardé pour les scripts)."""
    from triage.ops_cli import worker
    ctx.invoke(worker, once=True)


@cli.command(hidden=True)
@click.pass_context
def send(ctx: click.Context) -> None:
    """Ancien nom de « triage sender --once » (gardé pour les scripts)."""
    from triage.ops_cli import sender
    ctx.invoke(sender, once=True)


# ----------------------------------------------------------------------------- inspect
def _inspect_record(path: Path, analysis: Analysis, mail: ParsedMail) -> dict:
    from triage.model import to_dict
    reading = analysis.reading
    draft = analysis.draft
    return {
        "file": str(path),
        "message_id": mail.message_id,
        "subject": mail.subject,
        "sender_role": reading.sender_role,
        "auto_reply": reading.auto_reply,
        "foreign_helpdesk": reading.foreign_helpdesk,
        "language": reading.language,
        "symptom": reading.symptom,
        "symptom_evidence": reading.symptom_evidence,
        "entities": {k: v for k, v in to_dict(reading.entities).items() if k != "spans"},
        "findings": [to_dict(f) for f in analysis.findings],
        "draft": to_dict(draft) if draft else None,
        "pending_sources": analysis.pending_sources,
        "defects": mail.defects,
        "judged_at": analysis.now.isoformat() if analysis.now else None,
    }


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Un objet JSON par ligne (JSON Lines).")
@click.option("--now", "now_text", metavar="ISO-DATETIME",
              help="Juger à cet instant plutôt qu'à la date de chaque courriel.")
@click.pass_context
def inspect(ctx: click.Context, files: tuple[str, ...], as_json: bool,
            now_text: str | None) -> None:
    """Montre ce que le tri fait de fichiers .eml (sans boîte aux lettres ni store)."""
    from triage.mail.parse import parse_mail
    now = None
    if now_text:
        try:
            now = datetime.fromisoformat(now_text)
        except ValueError:
            _fail(f"--now {now_text!r} : date ISO attendue, par ex. 2026-10-11T09:30:00+02:00")
    services = _services(ctx)
    if services.sources is None:
        click.echo("Note : ni REFER ni Moodle ne sont configurés (refer.url, moodle.url) : lecture "
                   "du courriel seulement, sans diagnostic des données.", err=True)
    analyser = services.analyser
    for name in files:
        path = Path(name)
        mail = parse_mail(path.read_bytes(),
                          services.config.get("mailbox", "max_attachment_bytes"))
        record = _inspect_record(path, analyser.analyse(mail, now=now), mail)
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            catalogue = services.sources.catalogue() if services.sources is not None else None
            _print_human(record, catalogue.labels if catalogue is not None else {})


def _print_human(r: dict, labels: Mapping[str, str] | None = None) -> None:
    click.secho(f"== {r['file']}", bold=True)
    click.echo(f"   sujet : {r['subject']}\n   émetteur : {r['sender_role']}"
               f"   symptôme : {r['symptom']} {r['symptom_evidence']}")
    ents = r["entities"]
    click.echo(f"   codes : {ents['apogee_codes']}  étudiants : {ents['student_numbers']}"
               f"  cours : {ents['course_ids']}")
    for code in ents.get("etapes_said") or []:
        label = (labels or {}).get(code)
        click.echo(f"   étape indiquée : {code}" + (f" ({label})" if label else ""))
    for f in r["findings"]:
        click.echo(f"   → {f['situation']} ({f['confidence']:.2f}, {f['owner']}) : {f['fix']}")
    if r["pending_sources"]:
        click.echo(f"   sources indisponibles : {', '.join(r['pending_sources'])}")
    if r["draft"]:
        click.echo(f"   brouillon [{r['draft']['template']}]:\n")
        click.echo("     " + r["draft"]["text"].replace("\n", "\n     "))
    click.echo()


# ----------------------------------------------------------------------------- stats
@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Les chiffres en un objet JSON.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Statistiques du tri (store configuré) : volume, symptômes, situations, états."""
    from triage.stats import summary
    services = _services(ctx)
    require_store(services)
    with services.sessions() as session:
        figures = summary(session)
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, sort_keys=True))
        return
    from triage.cli_errors import safe_url
    click.echo(f"Store lu : {safe_url(services.settings.database.url)}", err=True)
    from triage.web.labels import FILTERS
    click.echo(f"Courriels reçus : {figures['messages']}   tickets : {figures['tickets']}   "
               f"brouillons : {figures['drafts']}   réponses envoyées : {figures['sent']}")
    for title, key, label in (("Par symptôme", "by_symptom", FILTERS["symptom"]),
                              ("Par situation", "by_situation", FILTERS["situation"]),
                              ("Par état", "by_state", FILTERS["state"])):
        click.echo(f"\n{title} :")
        top = max(figures[key].values(), default=1)
        for name, n in sorted(figures[key].items(), key=lambda kv: -kv[1]):
            click.echo(f"  {label(name)[:44]:<44} {n:>6}  {'█' * max(1, round(30 * n / top))}")


# ----------------------------------------------------------------------------- run / demo
@cli.command()
@click.option("--host", default=None, help="Adresse d'écoute (défaut : [web] host).")
@click.option("--port", default=None, type=int, help="Port (défaut : [web] port).")
@click.pass_context
def run(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Tout dans un processus : relève, tri, envoi et file web."""
    services = _services(ctx)
    require_store(services)
    from triage.runner import run_all
    run_all(services, host or services.config.get("web", "host"),
            port or services.config.get("web", "port"))


@cli.command("demo-data")
@click.argument("directory", type=click.Path(file_okay=False), default="var/demo")
@click.option("--seed", default=2026, show_default=True)
@click.option("--scale", default=1.0, show_default=True,
              help="1.0 ≈ 30 000 étudiants et 14 000 cours.")
def demo_data(directory: str, seed: int, scale: float) -> None:
    """Écrit l'université de démonstration (REFER et Moodle en SQLite) dans DIRECTORY."""
    from triage.demo.setup import build_university
    build_university(Path(directory), seed=seed, scale=scale)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--dir", "directory", default="var/demo", show_default=True,
              type=click.Path(file_okay=False), help="Dossier des fichiers de la démo.")
@click.option("--scale", default=1.0, show_default=True, help="Taille de l'université de démonstration.")
@click.option("--no-serve", is_flag=True, help="Tout préparer sans lancer la file web.")
def demo(host: str, port: int, directory: str, scale: float, no_serve: bool) -> None:
    """La démo sur cette machine : université, courriels d'exemple, tri, file web."""
    from triage.demo.setup import prepare_demo
    from triage.runner import run_all
    if not click.get_current_context().obj["verbose"]:
        # The services' INFO lines (for journald) would interleave with what the demo says.
        logging.getLogger().setLevel(logging.WARNING)
    services, login = prepare_demo(Path(directory), scale=scale)
    where = Path(directory).resolve()
    click.echo(f"Réponses approuvées (fichiers .eml) : {where / 'outbox'}")
    click.echo(f"Autres commandes sur la démo : {_this_command()} --config "
               f"{where / 'triage.toml'} stats")
    if no_serve:
        return
    click.secho(f"\nFile d'attente : http://{host}:{port}/   identifiant « {login[0]} », "
                f"mot de passe « {login[1]} »   (Ctrl+C pour arrêter)", bold=True)
    run_all(services, host, port)


def _this_command() -> str:
    """How the user can type this command again: the console script's path when it is not on
    PATH (a project's .venv), else plain `triage`."""
    import shutil
    script, found = Path(sys.argv[0]), shutil.which("triage")
    if script.name != "triage" or (found and Path(found).resolve() == script.resolve()):
        return "triage"
    return str(script.resolve())


def _register_extensions() -> None:
    """Command groups kept in their own modules (operations: doctor, purge...; the scan)."""
    from triage import learn_cli, ops_cli, scan_cli
    ops_cli.register(cli)
    scan_cli.register(cli)
    learn_cli.register(cli)


_register_extensions()


def main() -> None:
    cli(prog_name="triage")


if __name__ == "__main__":
    main()
