"""`triage demo`: the demo university, sample mails in a local maildir, a triaged store."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from triage import config as configuration
from triage.services import Services

SAMPLE_MAILS = Path(__file__).parent / "mails"
DEMO_LOGIN = ("demo", "demo-cemu-2026")


def build_university(directory: Path, seed: int = 2026, scale: float = 1.0) -> dict:
    """Write refer.db, moodle.db and manifest.json, showing progress on stderr."""
    from triage.demo.university import build
    directory.mkdir(parents=True, exist_ok=True)
    bars: dict[str, object] = {}

    def progress(step: str, done: int, total: int) -> None:
        bar = bars.get(step)
        if bar is None:
            for other in bars.values():
                other.render_finish()
            bar = bars[step] = click.progressbar(length=max(total, 1), label=step,
                                                 file=sys.stderr, show_pos=True)
        bar.pos = 0
        bar.update(done)
    manifest = build(directory, seed=seed, scale=scale, progress=progress)
    for bar in bars.values():
        bar.render_finish()
    click.echo(f"Université de démonstration écrite dans {directory}", err=True)
    return manifest


def demo_config(directory: Path) -> configuration.Config:
    """Defaults pointed at the demo folder (TRIAGE_* variables still override)."""
    d = directory.resolve()
    env = {
        "TRIAGE_DATABASE_URL": f"sqlite:///{d / 'triage.db'}",
        "TRIAGE_MAILBOX_URL": f"maildir://{d / 'maildir'}",
        "TRIAGE_SMTP_URL": f"outbox://{d / 'outbox'}",
        "TRIAGE_REFER_URL": f"sqlite:///{d / 'refer.db'}",
        "TRIAGE_MOODLE_URL": f"sqlite:///{d / 'moodle.db'}",
    }
    import os
    env.update({k: v for k, v in os.environ.items() if k.startswith("TRIAGE_")
                and k != "TRIAGE_CONFIG"})
    return configuration.load(None, env)


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
    triaged = runner.triage_all(services)
    with services.sessions() as session:
        if find(session, DEMO_LOGIN[0]) is None:
            add_user(session, DEMO_LOGIN[0], DEMO_LOGIN[1], "admin", "Agent de démonstration")
            session.commit()
    click.echo(f"{stored} courriel(s) relevé(s), {triaged} ticket(s) trié(s).", err=True)
    return services, DEMO_LOGIN
