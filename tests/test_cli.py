"""The `triage` command as a user types it (a real process): mistakes and unreachable servers
are one French line with what to do, never a traceback; only `triage db upgrade` migrates."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers.dovecot import free_port

ROOT = Path(__file__).resolve().parents[1]


def triage(*args: str, cwd: Path, env: dict | None = None, config: str = "") -> subprocess.CompletedProcess:
    """Run `python -m triage ARGS` in `cwd`, with only the TRIAGE_* variables given."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    base.update(env or {})
    cmd = [sys.executable, "-m", "triage", *(["--config", config] if config else []), *args]
    return subprocess.run(cmd, cwd=cwd, env=base, capture_output=True, text=True, timeout=120)


def _one_french_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Erreur : "), result.stderr
    return lines[0]


@pytest.mark.parametrize("url, said", [
    ("pas-une-url", "adresse de base de données illisible"),
    ("mysql://u@127.0.0.1/x", "pilote de base de données « MySQLdb » n'est pas installé"),
    ("postgresx://u@h/x", "pilote de base de données inconnu"),
])
def test_a_bad_store_url_is_one_line(tmp_path, url, said):
    line = _one_french_error(triage("stats", cwd=tmp_path, env={"TRIAGE_DATABASE_URL": url}))
    assert said in line and "database.url" in line


def test_an_unreachable_postgresql_is_one_line(tmp_path):
    url = f"postgresql+psycopg://triage:secret@127.0.0.1:{free_port()}/triage"
    line = _one_french_error(triage("stats", cwd=tmp_path, env={"TRIAGE_DATABASE_URL": url}))
    assert "base de données injoignable" in line and "triage doctor" in line
    assert "secret" not in line                      # the password is never printed


def test_a_value_of_the_wrong_type_is_refused_at_load(tmp_path):
    (tmp_path / "t.toml").write_text('[web]\nport = "huit mille"\n')
    for command in (["doctor"], ["web"], ["stats"]):
        line = _one_french_error(triage(*command, cwd=tmp_path, config="t.toml"))
        assert "web.port = 'huit mille' : nombre entier attendu" in line


def test_stats_on_a_store_never_created_says_so_and_creates_nothing(tmp_path):
    line = _one_french_error(triage("stats", cwd=tmp_path))
    assert "aucun store à var/triage.db" in line and "triage db upgrade" in line
    assert not (tmp_path / "var" / "triage.db").exists()


@pytest.mark.parametrize("command", [["stats"], ["watch", "--once"], ["worker"], ["sender"],
                                     ["purge"], ["user", "add", "x", "--password", "y" * 12]])
def test_only_db_upgrade_migrates(tmp_path, command):
    """The other commands refuse a store behind the code and name the command to run."""
    env = {"TRIAGE_DATABASE_URL": f"sqlite:///{tmp_path / 'store.db'}",
           "TRIAGE_MAILBOX_URL": f"maildir://{tmp_path / 'maildir'}"}
    import sqlite3
    sqlite3.connect(tmp_path / "store.db").close()          # exists, but no tables
    line = _one_french_error(triage(*command, cwd=tmp_path, env=env))
    assert "est vide" in line and "« triage db upgrade »" in line
    assert triage("db", "upgrade", cwd=tmp_path, env=env).returncode == 0
    assert triage("stats", "--json", cwd=tmp_path, env=env).returncode == 0


def test_inspect_without_sources_says_diagnostics_are_off(tmp_path):
    sample = ROOT / "triage" / "demo" / "mails" / "09-enseignant-non-inscrit.eml"
    result = triage("inspect", "--json", str(sample), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "ni REFER ni Moodle ne sont configurés" in result.stderr
    assert '"draft"' in result.stdout                # stdout stays pure JSON Lines


def test_help_groups_every_command_and_the_readme_documents_them(tmp_path):
    result = triage("--help", cwd=tmp_path)
    assert result.returncode == 0
    for section in ("Au quotidien", "Processus (production)", "Administration"):
        assert section in result.stdout
    assert "Autres" not in result.stdout             # every command has its section
    from triage.cli import cli
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    undocumented = [name for name, command in cli.commands.items()
                    if not command.hidden and not re.search(rf"`triage {name}\b", readme)]
    assert not undocumented


def test_help_is_french_everywhere(tmp_path):
    from triage.cli import cli
    commands = [[]] + [[name] for name in cli.commands if not cli.commands[name].hidden] \
        + [["db", "upgrade"], ["user", "add"]]
    from click.testing import CliRunner
    for words in commands:
        out = CliRunner().invoke(cli, [*words, "--help"]).output
        assert out.startswith("Utilisation : ") and "Affiche cette aide" in out, words
        assert "Show this message" not in out and "Commands:" not in out, words
