"""What a draft may print: personal values only when the writer wrote them; never internals."""
from __future__ import annotations

import re
from typing import Any

from triage.model import ParsedMail, Reading

# Params that name a person: printed only when the writer wrote them, and never to a student.
PERSONAL_KEYS = ("student", "teacher", "username")
STUDENT_NUMBER = re.compile(r"(?<!\d)\d{8}(?!\d)")
# Words of the evidence and the internal note that must never reach the user.
INTERNAL_MARKERS = ("T_ADE_", "INS_ADM", "IND_CONTRAT", "IND_AFFECTE", "ELP_CHG", "GPE_OBJ",
                    "PRG_ECHANGE", "ELEMENT_PEDAGOGI", "mdl_", "lastruntime", "confiance",
                    "confidence", "Preuves", "Evidence(")


def writer_text(mail: ParsedMail) -> str:
    """Everything the writer sent, where a value counts as 'written by them'."""
    return "\n".join([mail.subject, mail.text, mail.new_text, mail.quoted_text, mail.html])


def _digits(text: str) -> str:
    return re.sub(r"\s+", "", text)


def written(value: str, mail: ParsedMail) -> bool:
    """The writer wrote this value (spaces ignored: '22 00 31 36')."""
    return bool(value) and (value in writer_text(mail) or value in _digits(writer_text(mail)))


def safe_params(params: dict[str, Any], mail: ParsedMail, reading: Reading) -> dict[str, Any]:
    """A copy of a finding's params with personal values blanked unless the staff writer wrote them."""
    clean = dict(params)
    for key in PERSONAL_KEYS:
        value = str(clean.get(key) or "")
        if value and (reading.sender_role == "student" or not written(value, mail)):
            clean[key] = ""
    return clean


def leaks(text: str, mail: ParsedMail, reading: Reading) -> list[str]:
    """Student numbers the writer did not write (any, to a student) and internal markers."""
    found = [n for n in STUDENT_NUMBER.findall(text)
             if reading.sender_role == "student" or not written(n, mail)]
    return found + [m for m in INTERNAL_MARKERS if m.lower() in text.lower()]


def mask(text: str, numbers: list[str]) -> str:
    """Replace leaked numbers (last line of defence; templates should never print them)."""
    for number in numbers:
        text = text.replace(number, "[numéro masqué]")
    return text
