"""The package as a user installs it (issue 13): a wheel in a fresh virtual environment that
also holds PyPI's `responses`, the installed `triage` console script run from a directory
outside the repository. pytest puts the repository first on sys.path, so only a separate
process in a separate environment shows what a user gets."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAPPED = {"triage": "triage", "triage.extractors": "extractors", "triage.rules": "rules",
          "triage.responses": "responses"}


def test_every_folder_of_code_or_data_is_installed():
    """Packages are listed in pyproject.toml (mapped folders cannot be discovered): a folder
    left out would be missing from the wheel, as the migrations once were."""
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert setup["package-dir"] == MAPPED
    listed = set(setup["packages"])
    expected = set()
    for name, folder in MAPPED.items():
        for path in (ROOT / folder).rglob("*"):
            if path.is_dir() and path.name != "__pycache__" and any(
                    f.is_file() for f in path.iterdir()):
                expected.add(".".join([name, *path.relative_to(ROOT / folder).parts]))
        expected.add(name)
    assert listed == expected


def _run(args: list[str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-3000:])
    return result


def _clean_copy(target: Path) -> Path:
    """The repository's files as a clone has them (tracked and new, not ignored): a build/
    left in the working tree by an earlier build must not leak stale modules into the wheel."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh virtual environment with PyPI's `responses` and our wheel (not editable)."""
    where = tmp_path_factory.mktemp("user")
    env_dir = where / "venv"
    venv.create(env_dir, with_pip=True)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TRIAGE_", "PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env['PATH']}"
    pip = [str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q",
           "--disable-pip-version-check"]
    _run(pip + ["responses", str(_clean_copy(where / "src"))], cwd=where, env=env)
    return env_dir, env, where


def test_installed_package_holds_every_file_of_the_web_queue(installed):
    """Static files and templates are package data matched by suffix: a new kind of file (the
    icon's `.svg`) left out of `package-data` would be missing from the wheel only."""
    env_dir, env, home = installed
    where = Path(_run([str(env_dir / "bin" / "python"), "-c",
                       "import pathlib, triage.web; print(pathlib.Path(triage.web.__file__).parent)"],
                      cwd=home, env=env).stdout.strip())
    for folder in ("static", "templates"):
        ours = ROOT / "triage" / "web" / folder
        files = {p.relative_to(ours) for p in ours.rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts}
        assert files and all((where / folder / f).is_file() for f in files), \
            sorted(f for f in files if not (where / folder / f).is_file())


def test_installed_command_runs_the_demo_from_outside_the_repository(installed):
    env_dir, env, home = installed
    python = str(env_dir / "bin" / "python")
    probe = _run([python, "-c", "import responses, triage.responses, triage.rules; "
                  "print(responses.__file__); print(triage.responses.__file__); "
                  "print(len(triage.rules.all_rules()))"], cwd=home, env=env).stdout.split()
    assert "site-packages/responses/" in probe[0]            # PyPI's, untouched
    assert "site-packages/triage/responses/" in probe[1]     # ours, under our namespace
    assert int(probe[2]) >= 20
    triage = str(env_dir / "bin" / "triage")
    demo = _run([triage, "demo", "--no-serve", "--dir", "demo", "--scale", "0.02"],
                cwd=home, env=env)
    samples = len(list((ROOT / "triage" / "demo" / "mails").glob("*.eml")))
    # Every sample mail stored and triaged; one is an automatic reply, all others get a draft.
    assert (f"{samples} courriel(s) relevé(s) ; {samples} ticket(s), dont {samples - 1} avec un "
            "brouillon à relire et 1 sans réponse à faire (courriels automatiques).") in demo.stderr
    # What the person reads is French: no log line of the services, no traceback.
    assert " INFO " not in demo.stderr and "Traceback" not in demo.stderr, demo.stderr
    assert f"Université de démonstration écrite dans {home / 'demo'}" in demo.stderr
    config = str(home / "demo" / "triage.toml")
    stats = json.loads(_run([triage, "--config", config, "stats", "--json"],
                            cwd=home, env=env).stdout)
    assert stats["tickets"] == samples
    assert stats["by_state"].get("needs_human", 0) == 0       # no diagnosis failed
    assert stats["by_state"].get("to_review", 0) >= 15        # most sample mails get a draft
    assert sum(n for s, n in stats["by_situation"].items()) >= 12

    sample = Path(shutil.copy(ROOT / "triage" / "demo" / "mails" / "09-enseignant-non-inscrit.eml",
                              home / "mail.eml"))
    seen = json.loads(_run([triage, "--config", config, "inspect", "--json", sample.name],
                           cwd=home, env=env).stdout)
    assert seen["entities"]["apogee_codes"] == ["SPHY210"]
    assert seen["findings"] and seen["draft"]["template"] == seen["findings"][0]["situation"]
    assert not seen["pending_sources"]
    doctor = subprocess.run([triage, "--config", config, "doctor", "--part", "store",
                             "--part", "refer", "--part", "moodle", "--part", "diagnostic"],
                            cwd=home, env=env, capture_output=True, text=True, timeout=300)
    assert doctor.returncode == 0, doctor.stdout
    assert "[OK] diagnostic / courriel d'exemple" in doctor.stdout
