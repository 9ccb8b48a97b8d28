"""Compose the reply a CEMU agent would have written, from the findings of one ticket."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jinja2 import Undefined

from triage.responses.guard import leaks, mask, safe_params
from triage.responses.note import internal_note
from triage.responses.render import GAP, render
from triage.facts import RuleSettings
from triage.model import Draft, Finding, ParsedMail, Reading

MAIN_MIN = 0.5        # the most likely finding is answered from this confidence on
SECONDARY_MIN = 0.6   # further findings must be surer, or the reply loses its thread
# Without a code or number these symptoms cannot be diagnosed: what to ask for.
NO_CODE_NEEDED = {"cannot_login", "wrong_name", "cas_unknown_destination", "database_error",
                  "participants_block_missing", "cohort_question"}
NO_NUMBER_NEEDED = {"teacher_not_enrolled", "too_many_teachers", "participants_block_missing",
                    "database_error", "course_moved_renamed", "cohort_question",
                    "cas_unknown_destination", "students_cannot_see_course"}
_NOT_A_NAME = {"scolarite", "scolarité", "service", "secretariat", "secrétariat", "ufr", "bureau",
               "direction", "cellule", "departement", "département", "no-reply", "noreply", "iut"}


TO_WRITE = "to_write"   # a skeleton the agent must complete (review.approve refuses it as is)
DESCRIBED_WORDS = 15    # below this, a mail does not describe its problem (the FAQ asks for it)


def greeting_name(mail: ParsedMail) -> str:
    """The person's name from the From header, '' for services, addresses and numbers."""
    name = mail.from_name.strip().strip('"')
    if not name or "@" in name or re.search(r"\d", name):
        return ""
    return "" if name.split()[0].lower() in _NOT_A_NAME else name


_TITLES = {"mme": "F", "madame": "F", "mlle": "F", "mademoiselle": "F", "ms": "F", "mrs": "F",
           "miss": "F", "m": "M", "monsieur": "M", "mr": "M"}
_TITLE_WORDS = {"fr": {"F": "Madame", "M": "Monsieur"}, "en": {"F": "Ms", "M": "Mr"}}
# The writer's own words about themselves: « je suis inscrite », « je suis étudiante en L2 ».
_SELF = r"\bje\s+(?:suis|me\s+suis|ne\s+suis\s+pas|ne\s+me\s+suis\s+pas)\s+(?:bien\s+|pourtant\s+|toujours\s+)?"
_FEMININE = re.compile(_SELF + r"(inscrite|étudiante|enseignante|arrivée|bloquée|connectée|"
                       r"désinscrite|réinscrite|perdue|partie|certaine|sûre)\b", re.I)
_MASCULINE = re.compile(_SELF + r"(inscrit|étudiant|enseignant|arrivé|bloqué|connecté|désinscrit|"
                        r"réinscrit|perdu|parti|certain|sûr)\b", re.I)


_PARTICLES = {"le", "la", "de", "du", "des", "d'", "van", "von", "der", "den", "di", "da", "del",
              "dos", "ben", "el", "al"}


def _surname(name: str) -> str:
    """The family name in a display name: the word(s) in capitals ('MARTIN Léa', 'Léa LE GOFF'),
    else the last word ('Léa Martin'); '' for a single word."""
    words = name.replace(",", " ").split()
    capitals = [w for w in words if len(w) > 1 and w.isupper()]
    if capitals:
        return " ".join(w.capitalize() if "-" not in w else
                        "-".join(x.capitalize() for x in w.split("-")) for w in capitals)
    if len(words) < 2:
        return ""
    start = len(words) - 1      # « Paul Le Goff », « Anne de la Tour »: the particles belong to it
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def addressee(mail: ParsedMail, language: str) -> str:
    """« Madame Martin » / « Ms Martin » when the mail tells both the sender's family name and
    whether to write Madame or Monsieur (a title before the name, or the writer's own words:
    « je suis inscrite »); '' otherwise, for a plain « Bonjour, »: guessing a gender from a
    first name would be wrong too often."""
    name = greeting_name(mail)
    if not name:
        return ""
    words = name.split()
    title = _TITLES.get(words[0].lower().rstrip("."))
    if title:
        name = " ".join(words[1:])
    else:
        text = mail.new_text or mail.text
        feminine, masculine = bool(_FEMININE.search(text)), bool(_MASCULINE.search(text))
        title = "F" if feminine and not masculine else "M" if masculine and not feminine else None
    surname = _surname(name)
    if not title or not surname:
        return ""
    return f"{_TITLE_WORDS.get(language, _TITLE_WORDS['fr'])[title]} {surname}"


def reply_subject(subject: str) -> str:
    """'Re: <original subject>' (not doubled)."""
    subject = subject.strip()
    return subject if re.match(r"(?i)re\s*:", subject) else f"Re: {subject}".rstrip()


def missing_info(mail: ParsedMail, reading: Reading) -> dict[str, bool]:
    """What the FAQ asks for that this mail lacks."""
    ents, symptom = reading.entities, reading.symptom
    own_number = bool(re.match(r"\d{8}@", mail.from_addr))
    words = len((mail.new_text or mail.text).split())
    images = any(a.content_type.startswith("image/") for a in mail.attachments)
    return {"code": not (ents.apogee_codes or ents.course_ids) and symptom not in NO_CODE_NEEDED,
            "number": not (ents.student_numbers or own_number) and symptom not in NO_NUMBER_NEEDED,
            "description": words < DESCRIBED_WORDS or symptom == "other",
            "screenshots": not images}


def course_label(params: dict[str, Any]) -> str:
    """'(CODE) Name' as courses are named, adding the code when the name lacks it."""
    name, code = params.get("course_name") or "", params.get("course_code") or ""
    if name and code and code not in name:
        return f"{name} ({code})"
    return name or code


def course_title(params: dict[str, Any]) -> str:
    """The course name without its leading '(CODE) ', for sentences that already give the code."""
    return re.sub(r"^\([^)]*\)\s*", "", params.get("course_name") or "")


def _template_of(finding: Finding) -> str:
    """The template that answers a finding: its situation's, unless the rule names another."""
    return finding.params.get("template") or finding.situation


def _groups(findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by template, in order of first (most likely) appearance."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(_template_of(finding), []).append(finding)
    return list(groups.items())


def about_someone_else(finding: Finding, mail: ParsedMail, reading: Reading) -> bool:
    """A finding on a student other than the student writing (a student's own number is the
    local part of their @etu address); such a finding never reaches a student's reply."""
    return reading.sender_role == "student" and bool(finding.subject.get("student")) and \
        not about_the_writer(finding, mail, reading)


# A code the mail cites that REFER does not know leads the reply: nothing else about that course
# can be checked before the sender confirms the right code, and asking for « son code APOGÉE »
# when the mail gives one would be the worst answer.
LEADS = ("unknown_code",)


def about_the_writer(finding: Finding, mail: ParsedMail, reading: Reading) -> bool:
    """A finding on the student writing (her number is the local part of her @etu address)."""
    number = str(finding.subject.get("student") or "")
    return reading.sender_role == "student" and bool(number) and \
        mail.from_addr.startswith(number + "@")


def _chosen(findings: list[Finding], mine: Callable[[Finding], bool] = lambda f: False) -> list[Finding]:
    # Of equally likely causes, one found on the writer herself answers her first: a course's
    # cohort advice for its teachers ties with her missing IP and must not lead her reply.
    ordered = sorted(findings, key=lambda f: (f.situation not in LEADS, -f.confidence, not mine(f)))
    if not ordered or ordered[0].confidence < MAIN_MIN:
        return []
    return [ordered[0]] + [f for f in ordered[1:] if f.confidence >= SECONDARY_MIN]


_TRANSITION = {"fr": "Par ailleurs, ", "en": "Also, "}
_ALREADY_LINKED = ("Nous avons également", "We have also", "Par ailleurs", "Also")
_KEEP_CAPITAL = ("Ecampus", "APOGÉE", "ADE", "CAS", "Erasmus", "Unicaen")


def linked(block: str, language: str) -> str:
    """A further block, opened with a transition so that the reply reads as one answer."""
    if block.startswith(_ALREADY_LINKED):
        return block
    head = block if block.startswith(_KEEP_CAPITAL) else block[:1].lower() + block[1:]
    return _TRANSITION.get(language, _TRANSITION["fr"]) + head


def _blocks(template_groups: list[tuple[str, list[Finding]]], mail: ParsedMail,
            reading: Reading, base: dict[str, Any]) -> list[str]:
    blocks = []
    for index, (template_id, group) in enumerate(template_groups):
        items = [safe_params(f.params, mail, reading) for f in group]
        p = items[0] if items else {}
        block = render(template_id, reading.language, **base, p=p, items=items,
                       first=index == 0, course=course_label(p), course_title=course_title(p),
                       owner=group[0].owner if group else "")
        blocks.append(block if index == 0 else linked(block, reading.language))
    return blocks


def _fallback(mail: ParsedMail, reading: Reading, missing: dict[str, bool],
              pending: list[str], private: list[Finding]) -> str:
    """The template when no finding answers the mail."""
    ents = reading.entities
    if pending or private:
        return "investigating"     # sources down, or a finding withheld: an agent takes over
    explained = len((mail.new_text or mail.text).split()) >= DESCRIBED_WORDS
    # The sender's own number (their numbered address) says nothing of what they ask.
    cited = [n for n in ents.student_numbers if not mail.from_addr.startswith(n + "@")]
    if reading.symptom == "other" and explained and not (
            ents.apogee_codes or cited or ents.course_ids or ents.error_messages):
        # A described request that is none of the FAQ's (exam dates, thanks, a quiz setting):
        # asking for an APOGÉE code would be no help; the agent writes the answer.
        return TO_WRITE
    if any(missing[k] for k in ("code", "number", "description")):
        return "need_info"
    return "investigating"


BLANK = "agent_written"   # the agent's own reply, from a blank page


class _Gap(Undefined):
    """A value the chosen template needs and no finding gives: shown as « […] » to complete."""
    __slots__ = ()

    def __str__(self) -> str:
        return GAP

    def __getattr__(self, name: str) -> Any:
        return _Gap() if not name.startswith("__") else super().__getattr__(name)

    __getitem__ = __getattr__

    def __bool__(self) -> bool:
        return False

    def __iter__(self) -> Iterator[Any]:
        return iter(())


def compose_with(template: str, mail: ParsedMail, reading: Reading, findings: list[Finding],
                 settings: RuleSettings | None = None) -> Draft:
    """The reply an agent starts from when choosing a template (or BLANK) themselves, whatever
    the bot proposed: the template filled from the ticket's findings of that situation when
    there are some, else with « […] » where a value is missing, for the agent to complete."""
    settings = settings or RuleSettings()
    base = _context(mail, reading, settings, missing_info(mail, reading), partial=False)
    group = [f for f in findings if _template_of(f) == template]
    if template == BLANK:
        blocks = [GAP]
    else:
        items = [safe_params(f.params, mail, reading) for f in group]
        p = items[0] if items else {}
        blocks = [render(template, reading.language, undefined=None if group else _Gap, **base,
                         p=p, items=items, first=True, course=course_label(p) or ("" if group else GAP),
                         course_title=course_title(p), owner=group[0].owner if group else "")]
    text = render("_reply", reading.language, blocks=blocks, main=template, **base)
    return Draft(template=template, language=reading.language,
                 subject=reply_subject(mail.subject), text=text, templates=[template],
                 findings=[f.situation for f in group])


def _context(mail: ParsedMail, reading: Reading, settings: RuleSettings,
             missing: dict[str, bool], partial: bool) -> dict[str, Any]:
    """What every template of a reply may use: greeting, sender's role, site, language."""
    return {"name": greeting_name(mail), "addressee": addressee(mail, reading.language),
            "staff": reading.sender_role == "staff",
            "student": reading.sender_role == "student", "settings": settings,
            "platform": settings.platform_url.rstrip("/"), "missing": missing,
            "partial": partial, "lang": reading.language}


def compose(mail: ParsedMail, reading: Reading, findings: list[Finding],
            pending: list[str] = [], settings: RuleSettings | None = None,
            said_etapes: Mapping[str, str] | None = None) -> Draft:
    """One coherent reply, most likely cause first, with its internal note. `said_etapes`:
    {code: label} of the étapes the writer says in words that REFER knows (Facts.etapes_said):
    a request for details names them rather than asking again what the mail says."""
    settings = settings or RuleSettings()
    private = [f for f in findings if about_someone_else(f, mail, reading)]
    used = _chosen([f for f in findings if f not in private],
                   lambda f: about_the_writer(f, mail, reading))
    groups: list[tuple[str, list[Finding]]] = _groups(used)
    if reading.symptom == "cohort_question" and not any(
            f.situation in ("cohort_sync_left", "manual_enrolment_no_end") for f in used):
        groups.append(("cohort_advice", []))
    missing = missing_info(mail, reading)
    if not groups:
        groups = [(_fallback(mail, reading, missing, pending, private), [])]
    base = _context(mail, reading, settings, missing, partial=bool(pending))
    base["said_etapes"] = [{"code": c, "label": label} for c, label in (said_etapes or {}).items()]
    body = _blocks(groups, mail, reading, base)
    templates = [t for t, _ in groups]
    text = render("_reply", reading.language, blocks=body, main=templates[0], **base)
    leaked = leaks(text, mail, reading)
    return Draft(template=templates[0], language=reading.language,
                 subject=reply_subject(mail.subject), text=mask(text, leaked),
                 internal_note=internal_note(reading, findings, used, list(pending), templates,
                                             leaked, said_etapes),
                 templates=templates, findings=[f.situation for f in used], partial=bool(pending))
