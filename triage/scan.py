"""Proactive scan: every rule's set-based form (`scan` in rules/<id>.py) over all of REFER and Moodle.

The scan holds no situation logic. It lists what exists (this year's IPs, every element, the
ADE-only fiches, every course: four inventory queries), cuts it into batches that keep an
element with all its students and its courses (elements grouped by the étape most of their
students come from, a porté with its porteur), gathers each batch with the very code that
gathers a ticket's facts (`Sources.gather`, a reading that cites the whole batch), and runs
every rule's `scan` on it. Each finding becomes an `Item` where its batch owns its subject, so
nothing is counted twice. See docs/scan.md for the trade-off (one definition per situation,
a slower scan).
"""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from triage.facts import RuleSettings
from triage.model import Entities, Finding, Reading
from triage.rules import locate, scan_rules
from triage.sources import Sources
from triage.sources.inventory import Inventory

Progress = Callable[[str], None] | None
NO_CMP = ("", "Composante inconnue")
BATCH = 900          # students (or codes, or courses) per batch: one IN chunk on Oracle


@dataclass(frozen=True)
class Item:
    """One element, course or student already in a situation, with what shows it."""

    situation: str
    composante: str                    # COD_CMP, "" when unknown
    elp: str = ""
    course_id: int | None = None
    students: tuple[str, ...] = ()     # the students concerned, when listed one by one
    count: int = 0                     # how many users are concerned
    case: str = ""                     # sub-case: distance situation a..f, ADE reason...
    detail: str = ""


@dataclass
class Report:
    """The scan's items, the composantes' labels, and what could not be checked."""

    now: datetime
    year: str
    items: list[Item] = field(default_factory=list)
    composantes: dict[str, str] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)      # sources not configured, or down
    seconds: float = 0.0

    def only(self, composante: str) -> "Report":
        """The items of the composantes whose code or label contains `composante`."""
        want = composante.strip().lower()
        keep = {c for c, label in self.composantes.items()
                if want == c.lower() or want in label.lower()}
        return Report(self.now, self.year, [i for i in self.items if i.composante in keep],
                      {c: l for c, l in self.composantes.items() if c in keep},
                      self.skipped, self.seconds)

    def by_composante(self) -> dict[str, list[Item]]:
        """Items grouped by composante code, composantes and items in a stable order."""
        groups: dict[str, list[Item]] = defaultdict(list)
        for item in sorted(self.items, key=lambda i: (i.composante, i.situation, i.elp,
                                                      i.students, i.course_id or 0)):
            groups[item.composante].append(item)
        return dict(sorted(groups.items()))

    def label(self, composante: str) -> str:
        """A composante's label (with its code)."""
        return f"{self.composantes.get(composante, NO_CMP[1])} ({composante or '?'})"


def titles() -> dict[str, tuple[str, str]]:
    """Situation id -> (French title, owner), from the rules."""
    from triage.rules import all_rules
    return {r.id: (r.title, r.owner) for r in all_rules()}


@dataclass(frozen=True)
class Batch:
    """What one gather cites: elements (or fiches), their students, their courses."""

    codes: tuple[str, ...] = ()
    students: tuple[str, ...] = ()
    courses: tuple[int, ...] = ()

    def reading(self) -> Reading:
        """The reading of a staff mail citing the whole batch, asking nothing in particular."""
        return Reading(sender_role="staff", symptom="other", entities=Entities(
            apogee_codes=list(self.codes), student_numbers=list(self.students),
            course_ids=list(self.courses)))

    def owns(self, subject: dict) -> bool:
        """Whether a finding about this subject is this batch's to report (each subject is
        cited by one batch only; a student, cited by several, reports the same thing in each)."""
        if subject.get("elp") and subject["elp"] in self.codes:
            return True
        if subject.get("course_id") in self.courses:
            return True
        return not subject.get("elp") and not subject.get("course_id") \
            and subject.get("student") in self.students


@dataclass
class Plan:
    """The batches of one scan, from the inventory."""

    year: str
    batches: list[Batch] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def steps(self) -> int:
        """Progress steps of a run: the inventory, each batch, the report."""
        return len(self.batches) + 2


class Scanner:
    """Plans batches from the inventory, gathers each one and runs the rules' scan forms."""

    def __init__(self, sources: Sources, rule_settings: RuleSettings | None = None,
                 batch: int = BATCH):
        self.sources = sources
        self.rule_settings = rule_settings or RuleSettings()   # timezone, tuilage date
        self.batch = batch

    def plan(self, now: datetime) -> Plan:
        """The inventory, cut into batches."""
        inventory = self.sources.inventory(now, self.rule_settings)
        plan = Plan(inventory.year, skipped=list(inventory.skipped))
        plan.batches = _batches(inventory, self.batch)
        return plan

    def run(self, now: datetime, progress: Progress = None, plan: Plan | None = None) -> Report:
        """Scan everything as of `now`; `progress(step)` is called after each step."""
        started = time.monotonic()
        tick = progress or (lambda _step: None)
        plan = plan or self.plan(now)
        tick("inventaire")
        report = Report(now, plan.year, skipped=list(plan.skipped))
        scans = [rule.scan for rule in scan_rules() if rule.scan is not None]
        found: dict[tuple, list[Item]] = defaultdict(list)
        for k, batch in enumerate(plan.batches):
            facts = self.sources.gather(batch.reading(), "", now, self.rule_settings)
            for source in facts.pending:
                if source not in report.skipped:
                    report.skipped.append(source)
            for element in facts.elements.values():
                if element.composante and element.composante_label:
                    report.composantes[element.composante] = element.composante_label
            for scan in scans:
                for finding in scan(facts):
                    if batch.owns(finding.subject):
                        item = _item(locate(facts, finding))
                        found[_key(item)].append(item)
            tick(f"lot {k + 1}/{len(plan.batches)}")
        report.items = [_merge(items) for items in found.values()]
        report.composantes[""] = NO_CMP[1]
        tick("rapport")
        report.seconds = time.monotonic() - started
        return report


def _batches(inventory: Inventory, size: int) -> list[Batch]:
    """Elements grouped by the étape most of their students come from (a porté with its
    porteur), packed until a batch holds `size` students; then the elements nobody takes, the
    ADE-only fiches and the courses tied to no element, `size` at a time."""
    students: dict[str, set[str]] = defaultdict(set)
    etapes: dict[str, Counter] = defaultdict(Counter)
    for etape, code, number in inventory.ips:
        students[code].add(number)
        etapes[code][etape] += 1
    home = {code: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for code, c in etapes.items()}
    for porteur, porte in inventory.pairs:        # the pair is judged where the porté's IPs are
        if porte in home or porteur in home:
            home[porteur] = home[porte] = home.get(porte) or home[porteur]
    courses: dict[str, list[int]] = defaultdict(list)
    for cid, idnumber in inventory.courses:
        courses[idnumber.strip().upper()].append(cid)
    batches: list[Batch] = []
    codes: list[str] = []
    numbers: set[str] = set()

    def flush() -> None:
        if codes:
            batches.append(Batch(tuple(codes), tuple(sorted(numbers)),
                                 tuple(c for code in codes for c in courses.pop(code, []))))
        codes.clear()
        numbers.clear()

    for code in sorted(home, key=lambda c: (home[c], c)):
        if numbers and len(numbers | students[code]) > size:
            flush()
        codes.append(code)
        numbers.update(students[code])
    flush()
    rest = [c for c in dict.fromkeys([*inventory.codes, *inventory.fiches]) if c not in home]
    for k in range(0, len(rest), size):
        codes.extend(rest[k:k + size])
        flush()
    left = sorted(cid for ids in courses.values() for cid in ids)
    batches += [Batch(courses=tuple(left[k:k + size])) for k in range(0, len(left), size)]
    return batches


def _item(finding: Finding) -> Item:
    scan = finding.params.get("scan") or {}
    subject = finding.subject
    student = subject.get("student") or ""
    course = subject.get("course_id") or finding.params.get("course_id")
    count = scan.get("count")
    return Item(finding.situation, subject.get("composante", ""), subject.get("elp") or "",
                int(course) if course else None, (student,) if student else (),
                1 if count is None else int(count), scan.get("case", ""), scan.get("detail", ""))


def _key(item: Item) -> tuple:
    """Findings about one element or course and one case make one row listing the students;
    a finding about a student alone stays its own row."""
    alone = item.students if not (item.elp or item.course_id) else ()
    return (item.situation, item.composante, item.elp, item.course_id, item.case, alone)


def _merge(items: list[Item]) -> Item:
    first = items[0]
    students = tuple(sorted({n for i in items for n in i.students}))
    return Item(first.situation, first.composante, first.elp, first.course_id, students,
                len(students) if students else first.count, first.case, first.detail)
