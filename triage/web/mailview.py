"""How a stored mail is shown: sanitised HTML or text, identifiers highlighted, attachments."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import nh3
from markupsafe import Markup, escape

from triage.model import ParsedMail

if TYPE_CHECKING:
    from triage.store import models as m

# Raster images only: SVG can carry script, so it is never served as an image.
SAFE_IMAGES = {"image/png", "image/jpeg", "image/gif", "image/webp"}
# Mail HTML keeps its structure, never its scripts, styles, images or forms (nh3 defaults minus
# img: remote images would tell the sender when the agent reads the mail).
MAIL_TAGS = set(nh3.ALLOWED_TAGS) - {"img"}


@dataclass
class ShownMail:
    id: int
    direction: str
    from_addr: str
    subject: str
    date: object
    body: Markup
    is_html: bool
    quoted: Markup = Markup("")
    attachments: list[dict] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)   # (French name, value)


# The headers an agent asks about, in the order mail clients show them.
HEADERS = (("from", "De"), ("reply-to", "Répondre à"), ("to", "À"), ("cc", "Copie"),
           ("date", "Date"), ("subject", "Objet"), ("message-id", "Message-ID"),
           ("in-reply-to", "En réponse à"))


def sanitise_html(html: str) -> Markup:
    """The mail's HTML with only harmless tags and attributes left (nh3)."""
    return Markup(nh3.clean(html, tags=MAIL_TAGS, link_rel="noopener noreferrer nofollow",
                            url_schemes={"http", "https", "mailto"}))


def highlight(text: str, terms: list[tuple[str, str]]) -> Markup:
    """Escaped text with each identifier wrapped in <mark class="id-KIND">."""
    kinds: dict[str, str] = {}
    for kind, value in terms:
        if value and len(value) >= 3:
            kinds.setdefault(value, kind)
    if not kinds:
        return escape(text)
    pattern = re.compile("|".join(re.escape(v) for v in sorted(kinds, key=len, reverse=True)))
    out, pos = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[pos:match.start()]))
        kind = re.sub(r"[^a-z_]", "", kinds[match.group(0)])
        out.append(Markup('<mark class="id id-{}" title="{}">{}</mark>').format(
            kind, kind, match.group(0)))
        pos = match.end()
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def terms_of(reading: dict) -> list[tuple[str, str]]:
    """(kind, text) of every identifier the extractors found, for highlighting."""
    ents = (reading or {}).get("entities") or {}
    terms = [(s.get("kind", ""), s.get("text", "")) for s in ents.get("spans") or []]
    terms += [("apogee_code", c) for c in ents.get("apogee_codes") or []]
    terms += [("student_number", n) for n in ents.get("student_numbers") or []]
    terms += [("error", e) for e in ents.get("error_messages") or []]
    return terms


def show(message: m.Message, parsed: ParsedMail, terms: list[tuple[str, str]]) -> ShownMail:
    """A stored message, as parsed when it was threaded, ready for the ticket page."""
    shown = ShownMail(id=message.id, direction=message.direction, from_addr=parsed.from_addr or
                      message.from_addr, subject=parsed.subject, date=parsed.date or
                      message.received_at, body=Markup(""), is_html=bool(parsed.html))
    if parsed.html:
        shown.body = sanitise_html(parsed.html)
    else:
        new = parsed.new_text or parsed.text
        shown.body = highlight(new, terms)
        if parsed.quoted_text and parsed.quoted_text not in new:
            shown.quoted = escape(parsed.quoted_text)
    shown.headers = [(label, parsed.headers[name]) for name, label in HEADERS
                     if parsed.headers.get(name)]
    for i, a in enumerate(parsed.attachments):
        shown.attachments.append({"index": i, "filename": a.filename, "size": a.size,
                                  "content_type": a.content_type, "truncated": a.truncated,
                                  "image": a.content_type in SAFE_IMAGES and not a.truncated})
    return shown
