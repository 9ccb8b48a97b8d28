"""Diagnostic rules: one module per situation of the FAQ, each a pure function over Facts.

A rule module defines:
    ID = "hidden_course"          # situation id (never renamed: statistics rely on it)
    TITLE = "Cours caché"         # French title shown to agents
    OWNER = "teacher"             # who fixes it: scolarite | si_scol | dsi | teacher | cemu | user
    def check(facts: Facts) -> list[Finding]: ...
and has a template of the same id in responses/templates/. Rules never query a database:
what they need comes in `triage.facts.Facts`.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType
from typing import Callable

from triage.facts import Facts
from triage.model import Finding


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    owner: str
    check: Callable[[Facts], list[Finding]]


def _rule_from(module: ModuleType) -> Rule | None:
    if not hasattr(module, "ID") or not hasattr(module, "check"):
        return None
    return Rule(module.ID, module.TITLE, module.OWNER, module.check)


def all_rules() -> list[Rule]:
    """Every rule module of this package, discovered by convention, in a stable order."""
    rules = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        rule = _rule_from(importlib.import_module(f"{__name__}.{info.name}"))
        if rule:
            rules.append(rule)
    return rules


def diagnose(facts: Facts, rules: list[Rule] | None = None) -> list[Finding]:
    """Run every rule; findings sorted most likely first."""
    findings: list[Finding] = []
    for rule in rules if rules is not None else all_rules():
        for finding in rule.check(facts):
            finding.title = finding.title or rule.title
            findings.append(finding)
    return sorted(findings, key=lambda f: -f.confidence)
