"""Regex-only baseline, kept to measure what the shipped extractor adds (bench/extraction.py).

What a first attempt would do: uppercase code shapes, any 8-digit run, course links, a
keyword list per symptom (first hit wins), sender role from the domain only. No signature or
quote handling, no normalisation of accents or SMS spelling.
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from triage.model import Entities, ParsedMail, Reading

if TYPE_CHECKING:
    from triage.extractors import ExtractorSettings

_CODE = re.compile(r"\b(?:[A-Z]{2,6}\d{2,4}[A-Z0-9]{0,3}|\d[A-Z]{2,6}\d{1,4}[A-Z]?|M\.\d\.?[A-Z0-9]{3,9}"
                   r"|[A-Z]{2,5}-\d{2}[A-Z]?)\b")
_NUMBER = re.compile(r"(?<!\d)\d{8}(?!\d)")
_COURSE = re.compile(r"course/view\.php\?id=(\d+)")
_KEYWORDS = [
    ("database_error", r"database|base de donn[ée]es"),
    ("cas_unknown_destination", r"destination finale|final destination"),
    ("participants_block_missing", r"bloc participants|participants block"),
    ("cohort_question", r"cohorte|cohort"),
    ("course_moved_renamed", r"archiv|renomm|d[ée]plac"),
    ("wrong_group", r"mauvais groupe|bon groupe|wrong group"),
    ("too_many_teachers", r"trop d'enseignants|too many teachers"),
    ("wrong_name", r"mon nom|mon pr[ée]nom|my name"),
    ("teacher_not_enrolled", r"je ne suis pas inscrit.{0,40}enseignant|enseignant.{0,80}pas inscrit"),
    ("students_cannot_see_course", r"[ée]tudiants ne (?:le )?voient pas|students (?:can't|cannot) see"),
    ("course_not_on_dashboard", r"tableau de bord|dashboard"),
    ("not_enrolled", r"pas inscrit|not enrolled"),
    ("course_missing", r"n'existe pas|does not exist"),
    ("cannot_login", r"me connecter|log in|connexion"),
]


def read(mail: ParsedMail, settings: ExtractorSettings | None = None) -> Reading:
    """Baseline reading of a mail (same contract as extractors.read, far fewer tricks)."""
    text = mail.subject + "\n" + mail.text
    entities = Entities(
        apogee_codes=list(dict.fromkeys(_CODE.findall(text))),
        student_numbers=list(dict.fromkeys(_NUMBER.findall(text))),
        course_ids=list(dict.fromkeys(int(x) for x in _COURSE.findall(text))),
    )
    symptom = next((s for s, rx in _KEYWORDS if re.search(rx, text, re.IGNORECASE)), "other")
    domain = mail.from_addr.rpartition("@")[2]
    role = ("student" if domain == "etu.unicaen.fr"
            else "staff" if domain.endswith("unicaen.fr") else "unknown")
    return Reading(sender_role=role, symptom=symptom, entities=entities)
