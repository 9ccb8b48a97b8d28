"""Data flows one way: no stage imports a later one, and rules/templates never touch a database."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]

# package -> module prefixes it must never import
FORBIDDEN = {
    "extractors": ["triage.sources", "triage.store", "triage.pipeline", "triage.web", "triage.rules",
                   "triage.responses", "sqlalchemy"],
    "triage/sources": ["triage.pipeline", "triage.web", "triage.store", "triage.rules", "triage.responses"],
    "rules": ["triage.sources", "triage.store", "triage.pipeline", "triage.web", "triage.responses",
              "sqlalchemy", "triage.extractors"],
    "responses": ["triage.sources", "triage.store", "triage.pipeline", "triage.web",
                  "sqlalchemy", "triage.rules"],
    "triage/mail": ["triage.pipeline", "triage.web", "triage.sources", "triage.rules", "triage.responses",
                    "triage.extractors"],
    "triage/store": ["triage.pipeline", "triage.web", "triage.mail", "triage.sources"],
    "triage/pipeline": ["triage.web", "triage.cli"],
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # `from triage import rules` imports triage.rules
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def _cases():
    for package, forbidden in FORBIDDEN.items():
        for path in sorted((ROOT / package).rglob("*.py")):
            yield pytest.param(path, forbidden, id=str(path.relative_to(ROOT)))


@pytest.mark.parametrize("path, forbidden", list(_cases()))
def test_no_stage_reaches_back(path, forbidden):
    bad = sorted(name for name in _imports(path)
                 if any(name == f or name.startswith(f + ".") for f in forbidden))
    assert not bad, f"{path.relative_to(ROOT)} imports {bad}"
