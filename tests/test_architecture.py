"""The architecture as docs/architecture.md draws it, checked over every module of the package:
ordered layers (a module imports only its own layer or lower ones), pure stages that never touch
a database, stages that do not import each other, no private name taken from another package.
Relative imports are resolved; `from triage import rules` counts as importing triage.rules."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
FOLDERS = {"triage": "triage", "triage.extractors": "extractors", "triage.rules": "rules",
           "triage.responses": "responses"}

# Lowest first. A module belongs to the first layer with a prefix matching its name.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("vocabulary", ("triage.model", "triage.facts", "triage.settings", "triage.catalogue")),
    ("base", ("triage.config", "triage.logs")),
    ("stages", ("triage.mail", "triage.extractors", "triage.rules", "triage.responses",
                "triage.sources")),
    ("store", ("triage.store",)),
    ("pipeline", ("triage.pipeline",)),
    ("services", ("triage.services", "triage.locks", "triage.scan", "triage.stats",
                  "triage.metrics", "triage.retention", "triage.users", "triage.learn")),
    ("web", ("triage.web",)),
    # Processes and commands wire everything (runner serves the web app beside the loops).
    ("commands", ("triage.runner", "triage.cli", "triage.cli_errors", "triage.cli_help",
                  "triage.ops_cli", "triage.scan_cli", "triage.learn_cli", "triage.doctor", "triage.doctor_mail",
                  "triage.demo", "triage.__main__")),
]
# Stages side by side: the pipeline carries data from one to the next; a stage imports another
# only where listed (reading takes the parsed mail's helpers; a draft names the symptom).
STAGES = ("triage.mail", "triage.extractors", "triage.rules", "triage.responses",
          "triage.sources")
STAGE_MAY_IMPORT = {"triage.extractors": ("triage.mail",),
                    "triage.responses": ("triage.extractors", "triage.mail")}
# Pure stages never touch a database, whatever the library.
PURE = ("triage.extractors", "triage.rules", "triage.responses", "triage.mail",
        "triage.model", "triage.facts", "triage.settings", "triage.catalogue")
DATABASE_LIBRARIES = ("sqlalchemy", "alembic", "psycopg", "psycopg2", "oracledb", "cx_Oracle",
                      "sqlite3")


def _modules() -> dict[str, Path]:
    found = {}
    for package, folder in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            if package == "triage" and parts and parts[0] in ("extractors", "rules", "responses"):
                continue
            if parts[-1] == "__init__" and len(parts) > 1:
                parts = parts[:-1]
            found[".".join([package, *parts]) if parts != ["__init__"] else package] = path
    return found


MODULES = _modules()


def _is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def imports_of(name: str) -> set[str]:
    """Absolute names `name` imports (relative ones resolved; names imported from a package
    count as submodules when they are ones)."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    here = name if _is_package(name) else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.rsplit(".", node.level - 1)[0] if node.level > 1 else here
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names
                         if f"{module}.{a.name}" in MODULES)
    return found


def layer_of(name: str) -> int:
    if name == "triage":
        return 0
    for index, (_, prefixes) in enumerate(LAYERS):
        if any(name == p or name.startswith(p + ".") for p in prefixes):
            return index
    raise AssertionError(f"{name} is in no layer: add it to LAYERS (and docs/architecture.md)")


def _within(name: str, prefixes) -> str:
    return next((p for p in prefixes if name == p or name.startswith(p + ".")), "")


def test_every_module_has_a_layer():
    for name in MODULES:
        layer_of(name)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_reaches_up_or_sideways(name):
    mine = layer_of(name)
    stage = _within(name, STAGES)
    bad = []
    for target in sorted(imports_of(name)):
        if not target.startswith("triage"):
            if _within(name, PURE) and target.split(".")[0] in DATABASE_LIBRARIES:
                bad.append(f"{target} (a database library in a pure stage)")
            continue
        if target == "triage":
            continue
        if layer_of(target) > mine:
            bad.append(f"{target} ({LAYERS[layer_of(target)][0]} above {LAYERS[mine][0]})")
        other = _within(target, STAGES)
        if stage and other and other != stage and other not in STAGE_MAY_IMPORT.get(stage, ()):
            bad.append(f"{target} (another stage)")
    assert not bad, f"{name} imports " + "; ".join(bad)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_private_name_from_another_package(name):
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    package = name if _is_package(name) else name.rpartition(".")[0]
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("triage") \
                and not node.level:
            owner = node.module.rpartition(".")[0] if node.module.split(".")[-1].startswith("_") \
                else node.module
            private = [a.name for a in node.names if a.name.startswith("_")]
            if node.module.split(".")[-1].startswith("_") or private:
                if not (package == owner or package.startswith(owner + ".")
                        or owner.startswith(package)):
                    bad.append(f"{node.module}: {private or '(private module)'}")
    assert not bad, f"{name} takes private names: {bad}"
