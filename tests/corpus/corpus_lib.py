"""Building blocks of the labelled corpus: mail specs with inline identifier markers.

A body marks every identifier that counts with ⟦kind:as written⟧ (c = APOGÉE code,
n = student number, u = Ecampus course link). Rendering removes the markers and derives the
gold lists from them, so gold and text cannot drift; anything unmarked (phones, tickets,
postal codes, INE...) is asserted NOT to be an identifier.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

from triage.demo.scenarios import DEMO_DAY

_MARK = re.compile(r"⟦([cnu]):(.*?)⟧", re.DOTALL)


@dataclass
class Mail:
    name: str
    sender: str
    subject: str
    body: str
    symptom: str
    role: str = ""                 # "" = from the sender's domain
    lang: str = "fr"
    situation: str | None = None
    template: str = ""             # "" = derived (see gold_template)
    date: datetime = DEMO_DAY
    auto: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    charset: str = "utf-8"
    html: bool = False
    sender_name: str = ""


def render(text: str) -> str:
    """Text without markers, as the reader sees it."""
    return _MARK.sub(lambda m: m.group(2), text)


def marked(text: str) -> dict[str, list]:
    """Gold identifiers from the markers of a text (canonical values, first-seen order)."""
    out: dict[str, list] = {"apogee_codes": [], "student_numbers": [], "course_ids": []}
    for kind, written in _MARK.findall(text):
        if kind == "c":
            key, value = "apogee_codes", re.sub(r"\s+", "", written).upper()
        elif kind == "n":
            key, value = "student_numbers", re.sub(r"\D", "", written.split("@")[0])
        else:
            key, value = "course_ids", int(re.search(r"[?&]id=(\d+)", written).group(1))
        if value not in out[key]:
            out[key].append(value)
    return out


def role_of(mail: Mail) -> str:
    """Gold sender role: explicit, else unknown for a machine (the blind writers' convention:
    an out-of-office or a bounce is nobody's role), else from the address domain."""
    if mail.role:
        return mail.role
    if mail.auto:
        return "unknown"
    domain = mail.sender.rpartition("@")[2]
    return "student" if domain == "etu.unicaen.fr" else "staff" if domain.endswith("unicaen.fr") else "unknown"


def gold_template(mail: Mail, ids: dict[str, list]) -> str:
    """Expected reply template: situation, need_info when identifiers are missing, else none."""
    if mail.template:
        return mail.template
    if mail.auto:
        return "none"
    if mail.situation:
        return mail.situation
    if mail.symptom != "other" and not any(ids.values()):
        return "need_info"
    return "none"


def to_eml(mail: Mail) -> bytes:
    """The raw mail, in the declared charset (quoted-printable or base64 as clients do)."""
    body = render(mail.body)
    subtype = "html" if mail.html else "plain"
    if mail.charset != "utf-8":
        body = body.encode(mail.charset, errors="replace").decode(mail.charset)
    part = MIMEText(body, subtype, mail.charset)
    msg = part
    if mail.html and "alt" in mail.headers.get("X-Corpus", ""):
        msg = MIMEMultipart("alternative")
        msg.attach(part)
    msg["From"] = formataddr((mail.sender_name, mail.sender)) if mail.sender_name else mail.sender
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Subject"] = render(mail.subject)
    msg["Date"] = format_datetime(mail.date)
    msg["Message-ID"] = f"<{mail.name}@corpus.ecampus-triage>"
    for key, value in mail.headers.items():
        if key != "X-Corpus":
            msg[key] = value
    return msg.as_bytes()


def gold_entry(mail: Mail) -> dict:
    """The gold record of one mail. A student writing from their numbered address has given
    their number (docs/extraction.md, "Identifiers"); the reply template follows what the
    text cites (the address says nothing of the request)."""
    ids = marked(mail.subject + "\n" + mail.body)
    local, _, domain = mail.sender.partition("@")
    numbers = ids["student_numbers"] + ([local] if re.fullmatch(r"\d{8}", local)
                                        and domain == "etu.unicaen.fr"
                                        and local not in ids["student_numbers"] else [])
    return {**ids, "student_numbers": numbers, "symptom": mail.symptom,
            "sender_role": role_of(mail), "language": mail.lang, "auto_reply": mail.auto,
            "situation": mail.situation, "template": gold_template(mail, ids)}


def write(mails: list[Mail], folder: Path) -> None:
    """Write every mail as <name>.eml and the gold file."""
    folder.mkdir(parents=True, exist_ok=True)
    names = [m.name for m in mails]
    assert len(names) == len(set(names)), "duplicate mail names"
    gold = {}
    for mail in mails:
        (folder / f"{mail.name}.eml").write_bytes(to_eml(mail))
        gold[f"{mail.name}.eml"] = gold_entry(mail)
    (folder / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")


def later(minutes: int, base: datetime = DEMO_DAY) -> datetime:
    """A date some minutes after `base` (mails of one day, different times)."""
    return base + timedelta(minutes=minutes)


# ---------------------------------------------------------------- signatures (traps inside)
def sig_teacher(name: str, unit: str, phone: str = "02 31 56 55 00", office: str = "SA 204") -> str:
    """A teacher's signature: phone, postal code, office, opening hours."""
    return (f"\n--\n{name}\nMaître de conférences, {unit}\nUniversité de Caen Normandie\n"
            f"Esplanade de la Paix - CS 14032 - 14032 Caen Cedex 5\nTél. : {phone}\n"
            f"Bureau {office} (bâtiment D) - permanences : mardi 14h-16h\n")


def sig_scol(unit: str, phone: str = "02 31 56 61 47") -> str:
    """A scolarité's signature: phone, fax, hours, office, CEDEX address."""
    return (f"\nCordialement,\n\nService de scolarité - {unit}\nUniversité de Caen Normandie\n"
            f"Tél : {phone} | Fax : 02 31 56 61 00\nHoraires : 9h-12h / 13h30-16h30\n"
            "Bâtiment B, bureau B-107\n14032 CAEN CEDEX\n")


def sig_student(name: str, number_marked: str = "") -> str:
    """A student's closing, with their number under the name when given."""
    line = f"\n{number_marked}" if number_marked else ""
    return f"\nCordialement\n{name}{line}\n"
