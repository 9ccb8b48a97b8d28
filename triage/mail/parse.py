"""MIME parsing: raw bytes -> ParsedMail. Never raises; problems become `defects`.

First, thin version (skeleton): the mailbox issue deepens it (charset cascade, quoted history,
signatures, HTML to text) without changing `parse_mail`'s signature.
"""
from __future__ import annotations

import email
import hashlib
import re
from email import policy
from email.utils import getaddresses, parsedate_to_datetime

from triage.model import ParsedMail


def _message_id(raw_value: str | None, raw: bytes) -> str:
    value = (raw_value or "").strip().strip("<>").strip()
    return value or "sha256:" + hashlib.sha256(raw).hexdigest()


def parse_mail(raw: bytes) -> ParsedMail:
    """Parse one raw mail."""
    msg = email.message_from_bytes(raw, policy=policy.default)
    mail = ParsedMail(message_id=_message_id(msg.get("Message-ID"), raw))
    mail.subject = str(msg.get("Subject", "") or "")
    addrs = getaddresses([str(msg.get("From", "") or "")])
    if addrs and addrs[0][1]:
        mail.from_name, mail.from_addr = addrs[0][0], addrs[0][1].lower()
    else:
        mail.defects.append("no sender")
    mail.to = [a.lower() for _, a in getaddresses([str(msg.get("To", "") or "")]) if a]
    try:
        mail.date = parsedate_to_datetime(str(msg.get("Date")))
    except (TypeError, ValueError):
        mail.date = None
    mail.in_reply_to = str(msg.get("In-Reply-To", "") or "").strip().strip("<>")
    mail.references = re.findall(r"<([^>]+)>", str(msg.get("References", "") or ""))
    mail.headers = {k.lower(): str(v) for k, v in msg.items()}
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is not None:
        text = body.get_content()
        if body.get_content_type() == "text/html":
            mail.html = text
            text = re.sub(r"<[^>]+>", " ", text)
        mail.text = text
    mail.new_text = mail.text
    return mail
