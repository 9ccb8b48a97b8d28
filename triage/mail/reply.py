"""Build the outgoing reply mail: threading headers, ticket tag, no header injection."""
from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

from triage.settings import MONTHS_FR, WEEKDAYS_FR

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


_ID_JUNK = re.compile(r"[\s<>\x00-\x1f\x7f]+")


def one_line(value: str) -> str:
    """Header text with every CR/LF/control character folded to a space (no injection)."""
    return _CONTROL.sub(" ", value or "").replace("\u2028", " ").replace("\u2029", " ").strip()


def msg_id(value: str) -> str:
    """A Message-ID without brackets, spaces or control characters (it goes inside <>)."""
    return _ID_JUNK.sub("", value or "")


def reply_subject(original: str, ticket_id: int, tag: str) -> str:
    """'Re: [CEMU #12] original', without piling up Re: or tags."""
    subject = one_line(original)
    subject = re.sub(rf"\[{re.escape(tag)}\s*#\d+\]\s*", "", subject, flags=re.I)
    subject = re.sub(r"^((re|tr|fwd?|aw)\s*:\s*)+", "", subject, flags=re.I)
    return f"Re: [{tag} #{ticket_id}] {subject}".strip()


def new_message_id(from_address: str) -> str:
    domain = from_address.rpartition("@")[2] or "localhost"
    return make_msgid(domain=domain).strip("<>")


QUOTE_LIMIT = 20_000   # characters of the original quoted: enough for any mail a person wrote


def quoted(text: str, sender: str, when: datetime | None, language: str = "fr",
           tz: str = "Europe/Paris") -> str:
    """The mail answered, as mail clients quote it below a reply: an attribution line, then
    each line prefixed with "> " (RFC 3676 quoting)."""
    body = text.replace("\r\n", "\n").strip()[:QUOTE_LIMIT]
    if not body:
        return ""
    if when is not None:
        local = when.astimezone(ZoneInfo(tz)) if when.tzinfo else when
        if language == "en":
            head = f"On {local:%d/%m/%Y} at {local:%H:%M}, {sender} wrote:"
        else:
            head = (f"Le {WEEKDAYS_FR[local.weekday()]} {local.day} {MONTHS_FR[local.month - 1]} "
                    f"{local.year} à {local:%H:%M}, {sender} a écrit :")
    else:
        head = f"{sender} wrote:" if language == "en" else f"{sender} a écrit :"
    lines = [">" if not line.strip() else f"> {line}" if not line.startswith(">")
             else f">{line}" for line in body.split("\n")]
    return head + "\n" + "\n".join(lines)


def build_reply(*, ticket_id: int, to_addr: str, to_name: str, subject: str, body: str,
                from_address: str, from_name: str, tag: str, message_id: str,
                in_reply_to: str = "", references: list[str] | None = None,
                quote: str = "", tz: str = "Europe/Paris") -> EmailMessage:
    """The reply as it will be sent (plain text, UTF-8, CRLF, 7-bit safe), with `quote` (see
    `quoted`) below it. Dated in the university's time zone. A person approved it: no
    Auto-Submitted header (RFC 3834 keeps that for mail a machine sends on its own)."""
    # policy.SMTP: CRLF line ends, and header values with CR/LF raise instead of folding in.
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = Address(one_line(from_name), addr_spec=one_line(from_address))
    msg["To"] = Address(one_line(to_name), addr_spec=one_line(to_addr))
    msg["Subject"] = reply_subject(subject, ticket_id, tag)
    msg["Date"] = format_datetime(datetime.now(ZoneInfo(tz)))
    msg["Message-ID"] = f"<{msg_id(message_id)}>"
    in_reply_to = msg_id(in_reply_to)
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
    refs = [msg_id(r) for r in (references or []) if msg_id(r)]
    if in_reply_to and in_reply_to not in refs:
        refs.append(in_reply_to)
    if refs:
        msg["References"] = " ".join(f"<{r}>" for r in refs[-20:])
    msg["X-Triage-Ticket"] = str(ticket_id)
    text = body.replace("\r\n", "\n").rstrip() + "\n"
    if quote:
        text += "\n\n" + quote.rstrip() + "\n"
    # quoted-printable: accented French goes through relays without 8BITMIME.
    msg.set_content(text, cte="quoted-printable")
    return msg


def build_forward(*, ticket_id: int, to_addr: str, what: str, body: str, evidence_json: bytes,
                  from_address: str, from_name: str, tag: str,
                  message_id: str, tz: str = "Europe/Paris") -> EmailMessage:
    """The mail to whoever owns a fix: the ticket's tag and what to fix in the subject, the
    evidence as text in `body` and as a JSON attachment."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = Address(one_line(from_name), addr_spec=one_line(from_address))
    msg["To"] = one_line(to_addr)
    msg["Subject"] = f"[{tag} #{ticket_id}] À corriger : {one_line(what)}"
    msg["Date"] = format_datetime(datetime.now(ZoneInfo(tz)))
    msg["Message-ID"] = f"<{msg_id(message_id)}>"
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Triage-Ticket"] = str(ticket_id)
    msg.set_content(body.replace("\r\n", "\n"), cte="quoted-printable")
    msg.add_attachment(evidence_json, maintype="application", subtype="json",
                       filename=f"preuves-ticket-{ticket_id}.json")
    return msg
