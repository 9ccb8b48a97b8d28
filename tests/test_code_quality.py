"""CI reads the code: ruff with the rule set chosen in pyproject.toml and mypy with its
[tool.mypy] settings, zero findings each."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def installed_layout(into: Path) -> Path:
    """The package as installed, in symlinks: pyproject's package-dir puts rules/, extractors/
    and responses/ inside triage (triage.rules...), a mapping mypy cannot read from the
    repository's own layout (mypy_path and explicit_package_bases map folders to paths only)."""
    package_dir = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-dir"]
    top = into / "triage"
    top.mkdir()
    for entry in (ROOT / package_dir["triage"]).iterdir():
        if entry.name != "__pycache__":
            (top / entry.name).symlink_to(entry)
    for package, folder in package_dir.items():
        if package != "triage":
            parent, _, name = package.rpartition(".")
            assert parent == "triage", f"package-dir maps a nested package: {package}"
            (top / name).symlink_to(ROOT / folder)
    return into


def test_mypy_finds_nothing(tmp_path):
    tree = installed_layout(tmp_path)
    result = subprocess.run([sys.executable, "-m", "mypy", "--config-file",
                             str(ROOT / "pyproject.toml"), "-p", "triage"],
                            cwd=tree, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "no issues found" in result.stdout
