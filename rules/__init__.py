"""Diagnostic rules: one module per situation of the FAQ, each a pure function over Facts.

A rule module defines:
    ID = "hidden_course"          # situation id (never renamed: statistics rely on it)
    TITLE = "Cours caché"         # French title shown to agents
    OWNER = "teacher"             # who fixes it: scolarite | si_scol | dsi | teacher | cemu | user
    def check(facts: Facts) -> list[Finding]: ...      # one ticket
and, when the situation can be found before anyone writes, its set-based form:
    def scan(facts: Facts) -> list[Finding]: ...       # every cited entity, proactively
`scan` runs on facts gathered in bulk (triage/scan.py cites a whole batch of elements, students
and courses) and reuses `check`: one definition per situation. It keeps what already costs a
ticket and says, in `finding.params["scan"]`, the case, the count and a short detail.
Each module has a template of the same id in responses/templates/. Rules never query a
database: what they need comes in `triage.facts.Facts`.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Callable

from triage.facts import Facts
from triage.model import Finding

Check = Callable[[Facts], list[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    owner: str
    check: Check
    scan: Check | None = None     # the set-based form, for situations found proactively


def _rule_from(module: ModuleType) -> Rule | None:
    if not hasattr(module, "ID") or not hasattr(module, "check"):
        return None
    return Rule(module.ID, module.TITLE, module.OWNER, module.check, getattr(module, "scan", None))


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


@cache
def _titles() -> dict[str, str]:
    return {r.id: r.title for r in all_rules()}


def situation_title(situation: str) -> str:
    """The rule's French title ('Cours caché'); the id itself for an unknown situation."""
    return _titles().get(situation, situation)


def scan_rules() -> list[Rule]:
    """The rules that have a set-based form."""
    return [r for r in all_rules() if r.scan is not None]


def composante_of(facts: Facts, subject: dict) -> tuple[str, str]:
    """The composante (COD_CMP, LIB_CMP) a finding's subject belongs to: its element's, else the
    element its course is tied to, else the étape of the student's IA of the year ("" when
    unknown)."""
    codes = [subject.get("elp") or ""]
    course = facts.courses.get(subject.get("course_id") or -1)
    if course is not None:
        codes.append(course.idnumber.strip().upper())
    for code in codes:
        element = facts.elements.get(code)
        if element is not None and element.composante:
            return element.composante, element.composante_label
    student = facts.students.get(subject.get("student") or "")
    if student is not None:
        for ia in student.enrolments:
            if ia.composante and ia.status == "E" and ia.year in ("", facts.academic_year):
                return ia.composante, ia.composante_label
    return "", ""


def locate(facts: Facts, finding: Finding) -> Finding:
    """Fill the finding's composante, code and name (statistics and the scan count per
    composante; people read the name)."""
    if not finding.subject.get("composante"):
        code, label = composante_of(facts, finding.subject)
        if code:
            finding.subject["composante"], finding.subject["composante_label"] = code, label
    return finding


def diagnose(facts: Facts, rules: list[Rule] | None = None) -> list[Finding]:
    """Run every rule; findings sorted most likely first."""
    findings: list[Finding] = []
    for rule in rules if rules is not None else all_rules():
        for finding in rule.check(facts):
            finding.title = finding.title or rule.title
            findings.append(locate(facts, finding))
    return sorted(findings, key=lambda f: -f.confidence)
