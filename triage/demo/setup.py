"""`triage demo`: the demo university, sample mails in a local maildir, a triaged store."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from triage import config as configuration
from triage.services import Services

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar   # what click.progressbar returns

SAMPLE_MAILS = Path(__file__).parent / "mails"
DEMO_LOGIN = ("demo", "demo-cemu-2026")
# The builder's step names (code, English) as the person running the demo reads them.
STEP_LABELS = {"population": "Étudiants et inscriptions", "write": "Écriture de",
               "load": "Chargement de"}


def step_label(step: str) -> str:
    """« Écriture de refer.db » for the builder's "write refer.db"."""
    verb, _, rest = step.partition(" ")
    return f"{STEP_LABELS.get(verb, verb)} {rest}".strip()


def build_university(directory: Path, seed: int = 2026, scale: float = 1.0) -> dict:
    """Write refer.db, moodle.db and manifest.json, showing progress on stderr."""
    from triage.demo.university import build
    directory.mkdir(parents=True, exist_ok=True)
    bars: dict[str, ProgressBar[int]] = {}

    def progress(step: str, done: int, total: int) -> None:
        bar = bars.get(step)
        if bar is None:
            for other in bars.values():
                other.render_finish()
            bar = bars[step] = click.progressbar(length=max(total, 1), label=step_label(step),
                                                 file=sys.stderr, show_pos=True)
        bar.pos = 0
        bar.update(done)
    manifest = build(directory, seed=seed, scale=scale, progress=progress)
    for bar in bars.values():
        bar.render_finish()
    click.echo(f"Université de démonstration écrite dans {directory.resolve()}", err=True)
    return manifest


def write_demo_config(directory: Path) -> Path:
    """DIR/triage.toml: the demo's store, maildir, outbox, REFER and Moodle, so that any other
    command reads the demo with `triage --config DIR/triage.toml …`."""
    d = directory.resolve()
    path = directory / "triage.toml"
    path.write_text(
        "# Written by `triage demo`: the demo's own files. Use it with\n"
        f"#   triage --config {path} stats\n"
        f'[database]\nurl = "sqlite:///{d / "triage.db"}"\n'
        f'[mailbox]\nurl = "maildir://{d / "maildir"}"\n'
        f'[smtp]\nurl = "outbox://{d / "outbox"}"\n'
        f'[refer]\nurl = "sqlite:///{d / "refer.db"}"\n'
        f'catalogue_file = "{d / "catalogue.json"}"\n'
        f'[moodle]\nurl = "sqlite:///{d / "moodle.db"}"\n', encoding="utf-8")
    return path


def demo_config(directory: Path) -> configuration.Config:
    """The demo folder's configuration (TRIAGE_* variables still override, except
    TRIAGE_CONFIG: the demo never reads a production file)."""
    import os
    env = {k: v for k, v in os.environ.items() if k != "TRIAGE_CONFIG"}
    return configuration.load(write_demo_config(directory), env)


def prepare_demo(directory: Path, scale: float = 1.0) -> tuple[Services, tuple[str, str]]:
    """Build what is missing, deliver the sample mails, triage them; returns services, login."""
    from triage import runner
    from triage.store.db import upgrade
    from triage.users import add_user, find
    if not all((directory / f).exists() for f in ("refer.db", "moodle.db", "manifest.json")):
        build_university(directory, scale=scale)
    maildir = directory / "maildir"
    if not maildir.exists():
        for sub in ("new", "cur", "tmp"):
            (maildir / sub).mkdir(parents=True)
        for n, eml in enumerate(sorted(SAMPLE_MAILS.glob("*.eml"))):
            shutil.copy(eml, maildir / "new" / f"{n:04d}.demo.{eml.stem}")
    services = Services(demo_config(directory))
    upgrade(services.engine)
    stored = runner.fetch_mail(services)
    runner.triage_all(services)
    with services.sessions() as session:
        if find(session, DEMO_LOGIN[0]) is None:
            add_user(session, DEMO_LOGIN[0], DEMO_LOGIN[1], "admin", "Agent de démonstration")
            session.commit()
    click.echo(_summary(services, stored), err=True)
    return services, DEMO_LOGIN


def _summary(services: Services, stored: int) -> str:
    """What the triage made of the sample mails, in the words of the queue."""
    from triage.stats import summary
    with services.sessions() as session:
        figures = summary(session)
    states = figures["by_state"]
    to_review = states.get("to_review", 0)
    return (f"{stored} courriel(s) relevé(s) ; {figures['tickets']} ticket(s), dont {to_review} "
            f"avec un brouillon à relire et {states.get('not_to_answer', 0)} sans réponse à "
            "faire (courriels automatiques)"
            + (f" ; {states['needs_human']} à lire par un agent (diagnostic impossible, la file "
               "dit pourquoi)" if states.get("needs_human") else "") + ".")
