"""MIME parsing: raw bytes -> ParsedMail. Never raises: problems become `defects`.

The standard `email` package. Headers and payloads are decoded by our own code (charsets.py:
RFC 2047/2231, declared -> utf-8 -> cp1252), so the MIME tree is read with `compat32`, which
never raises on the headers that break `policy.default` (cpython gh-151857, gh-148518,
gh-105802) and parses 20x faster; `policy.default` is the fallback when walking the compat32
tree fails. A mail that cannot be made sense of at all is still returned, with a defect, so
that it is stored raw and shown to a human, never dropped. See docs/mail.md.
"""
from __future__ import annotations

import email
from email.parser import BytesHeaderParser
import hashlib
import itertools
import logging
import re
from collections.abc import Iterator, Sequence
from email import policy
from email.header import Header, decode_header
from email.message import Message
from email.utils import collapse_rfc2231_value, getaddresses, parsedate_to_datetime

from triage.mail.addresses import is_mail_system, is_noreply
from triage.mail.charsets import (clean_text, decode_8bit_header, decode_bytes,
                                  decode_header_value, known_charset)
from triage.mail.html import html_to_text
from triage.mail.quoting import normalise, split_text
from triage.model import Attachment, ParsedMail

log = logging.getLogger(__name__)
MAX_ATTACHMENT_BYTES = 10_000_000
MAX_DEPTH = 50      # MIME nesting read; real mail nests a handful, hostile mail a thousand
_ADDR = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+$")


def _message_id(raw_value: str, raw: bytes) -> str:
    found = re.search(r"<([^<>\s]+)>", raw_value or "")
    value = found.group(1) if found else (raw_value or "").strip().strip("<>").strip()
    value = re.sub(r"[\s\x00-\x1f\x7f]+", "", value)[:990]
    return value or "sha256:" + hashlib.sha256(raw).hexdigest()


_MESSAGE_ID_LINE = re.compile(rb"^message-id[ \t]*:[ \t]*<([!-;=?-~]+)>[ \t]*\r?$",
                              re.I | re.M)


def message_id_of(raw: bytes) -> str:
    """The Message-ID parse_mail would give, from the header block only.

    The watcher calls this for every mail of a backlog: a plain `<id>` on one line is read
    where the one Message-ID header starts; anything unusual goes through the header parser."""
    raw = bytes(raw or b"")
    block = raw[:_header_end(raw)]
    lowered = block.lower()
    start = lowered.find(b"message-id")
    if start >= 0 and (start == 0 or lowered[start - 1] == 10) \
            and lowered.find(b"message-id", start + 10) < 0:          # one header, at a line start
        found = _MESSAGE_ID_LINE.match(block, start)
        if found:
            return found.group(1).decode("ascii")[:990]
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(
        raw[_junk_before_headers(raw):])
    return _message_id(_header(headers, "Message-ID"), raw)


def _header_end(raw: bytes) -> int:
    """Where the header block ends (the first empty line), or the length of a header-only mail."""
    ends = [i for i in (raw.find(b"\n\n"), raw.find(b"\n\r\n")) if i >= 0]
    return min(ends) + 1 if ends else len(raw)


def _modern(raw: bytes) -> Message | None:
    """The policy.default view, only built when the compat32 one could not be walked."""
    try:
        return email.message_from_bytes(raw, policy=policy.default)
    except Exception:  # noqa: BLE001 - the parser itself rarely fails, but it has
        return None


def _header(legacy: Message | _HeaderBlock, name: str, hint: str = "") -> str:
    """First occurrence of a header, decoded (encoded words, raw 8-bit), on one line."""
    value = legacy.get(name)
    return decode_header_value(value, hint) if value is not None else ""


def _raw_value(legacy: Message | _HeaderBlock, name: str) -> str:
    """First occurrence of a header as written, unfolded, not decoded (8-bit bytes as
    surrogates). Addresses are read from this: an encoded word is only ever a display name
    (RFC 2047 section 5), so what it decodes to never becomes an address — but for a From
    encoded whole, with nothing beside it (`_wholly_encoded_sender`)."""
    value = legacy.get(name)
    if value is None:
        return ""
    if isinstance(value, Header):       # compat32's wrapper of a value with raw 8-bit bytes
        value = "".join(c.decode("ascii", "surrogateescape") if isinstance(c, bytes) else c
                        for c, _ in decode_header(value))
    return re.sub(r"\r?\n(?=[ \t])", "", str(value))


# The plain forms most headers take: « addr » or « Display Name <addr> », names of plain words,
# addresses of dot-separated atoms; several of them parted by commas. Anything else (quotes,
# comments, groups, encoded words, odd dots) goes to the standard library's parser.
_PLAIN_ADDRESS = re.compile(r"[ \t]*(?:([A-Za-z0-9'\-]+(?:[ \t]+[A-Za-z0-9'\-]+)*)[ \t]*<"
                            r"({a})>|({a}))[ \t]*".format(
                                a=r"[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*"
                                  r"@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"))


def _split_addresses(value: str) -> list[tuple[str, str]]:
    """(display name, address) pairs as `getaddresses` gives them; its parser (a tenth of a
    millisecond a header) only for the forms the plain pattern does not settle."""
    pairs = []
    for piece in value.split(","):
        plain = _PLAIN_ADDRESS.fullmatch(piece)
        if not plain:
            return getaddresses([value])
        pairs.append((" ".join(plain.group(1).split()), plain.group(2)) if plain.group(2)
                     else ("", plain.group(3)))
    return pairs


def _addresses(value: str, hint: str = "") -> tuple[list[tuple[str, str]], list[str]]:
    """(valid (name, addr) pairs, invalid pieces) of an address header as written: split
    into addresses first, then each display name decoded. Only the address part identifies."""
    valid, invalid = [], []
    for name, addr in _split_addresses(value):
        addr = addr.strip().lower()
        if addr and addr.isascii() and _ADDR.match(addr) and len(addr) <= 320:
            valid.append((decode_header_value(name, hint).strip(), addr))
        elif addr or name.strip():
            invalid.append(decode_header_value(addr or name, hint).strip())
    if value.strip() and not valid and not invalid:
        invalid.append(decode_header_value(value, hint).strip())
    return valid, invalid


class _HeaderBlock:
    """A mail's headers fetched once (each fetch re-sanitises the value): all of them in order,
    and the first value of each name, which is what `Message.get` returns."""

    def __init__(self, legacy: Message) -> None:
        self.items = legacy.items()
        self.first: dict[str, object] = {}
        for name, value in self.items:
            self.first.setdefault(name.lower(), value)

    def get(self, name: str) -> object:
        return self.first.get(name.lower())


def _charset_hint(legacy: Message, values: Sequence[object]) -> str:
    """The first charset the mail's parts declare: mailers writing raw 8-bit headers write
    them in their body's charset (Shift_JIS, ISO-8859-x...). Only raw 8-bit header text is
    decoded with it: without any (`values`, the headers' as fetched), the parts are not walked
    for it."""
    try:
        if all(isinstance(v, str) and v.isascii() for v in values):
            return ""
        charsets = legacy.get_charsets()
    except Exception:  # noqa: BLE001
        return ""
    return next((c for c in charsets if c and known_charset(c)), "")


def _undeclared_8bit(items: Sequence[tuple[str, object]], hint: str) -> list[str]:
    """Headers whose raw 8-bit bytes are neither UTF-8 nor in the mail's declared charset:
    read as cp1252, perhaps garbage, so the mail is flagged for a human."""
    names: list[str] = []
    for name, value in items:
        if isinstance(value, Header) and any(
                decode_8bit_header(c, hint)[1] for c, _ in decode_header(value)
                if isinstance(c, bytes)):
            names.append(name)
    return names


# A header written as nothing but encoded words (and the spaces between them).
_ONLY_ENCODED_WORDS = re.compile(r"\A\s*(?:=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=\s*)+\Z")


def _wholly_encoded_sender(value: str, hint: str) -> tuple[str, str] | None:
    """The one address of a From that some mailers encode whole, address included
    (« =?utf-8?b?QW5hw69z…?= » for « Anaïs Leroy <anais.leroy@…> »), against RFC 2047 section
    5. Read only when nothing of the header stands outside encoded words: then the decoded text
    is the whole header, and a stranger gains nothing over writing the address plainly (a
    real address beside an encoded name always wins, so a name can never hide or replace it)."""
    if not _ONLY_ENCODED_WORDS.match(value):
        return None
    decoded = decode_header_value(value, hint)
    if any(ord(c) < 32 or c == "\x7f" for c in decoded) or "=?" in decoded:
        return None
    senders, bad = _addresses(decoded, hint)
    return senders[0] if len(senders) == 1 and not bad else None


def _fill_headers(mail: ParsedMail, message: Message) -> None:
    legacy = _HeaderBlock(message)
    hint = _charset_hint(message, [v for _, v in legacy.items])
    mail.subject = _header(legacy, "Subject", hint)
    raw_from = _raw_value(legacy, "From")
    senders, bad = _addresses(raw_from, hint)
    if senders:
        mail.from_name, mail.from_addr = senders[0]
    elif whole := _wholly_encoded_sender(raw_from, hint):
        mail.from_name, mail.from_addr = whole
        mail.defects.append("From encoded whole, address included (RFC 2047 section 5): "
                            "address read from the decoded header")
    else:
        shown = decode_header_value(raw_from, hint) if bad else ""
        mail.defects.append("no sender" + (f": invalid From {shown[:80]!r}" if shown else ""))
    reply_to, _ = _addresses(_raw_value(legacy, "Reply-To"), hint)
    mail.reply_to = reply_to[0][1] if reply_to else ""
    for field in ("To", "Cc"):
        valid, invalid = _addresses(_raw_value(legacy, field), hint)
        setattr(mail, field.lower(), [a for _, a in valid])
        if invalid:
            mail.defects.append(f"invalid address in {field}: {invalid[0][:80]!r}")
    try:
        mail.date = parsedate_to_datetime(_header(legacy, "Date"))
    except (TypeError, ValueError, IndexError):
        mail.date = None
    mail.in_reply_to = _message_id(_header(legacy, "In-Reply-To"), b"") if legacy.get(
        "In-Reply-To") else ""
    mail.references = re.findall(r"<([^<>\s]+)>", _header(legacy, "References"))
    mail.headers = {}
    for name, value in legacy.items:
        key = name.lower()
        if key not in mail.headers:     # the first occurrence only (a mail has many Received)
            mail.headers[key] = decode_header_value(value, hint)
    guessed = _undeclared_8bit(legacy.items, hint)
    if guessed:
        mail.defects.append(f"8-bit header in an undeclared charset: {', '.join(guessed[:3])}")


def _filename(part: Message) -> str:
    """Attachment name: RFC 2231 (name*0*=...), RFC 2047 (=?utf-8?B?...?=) or plain."""
    if not _may_name(part):
        return ""
    value = None
    for getter in (lambda: part.get_filename(), lambda: part.get_param("name")):
        try:
            value = getter()
        except Exception:  # noqa: BLE001 - gh-151857 and friends: try the next way
            continue
        if value:
            break
    if isinstance(value, tuple):
        value = collapse_rfc2231_value(value)
    name = decode_header_value(value) if value else ""
    # Keep the name displayable and safe as a download name.
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(" .")[:255]


def _may_name(part: Message) -> bool:
    """Whether a header could hold a name or filename parameter: most text parts have none, and
    parsing their parameters twice to find none was most of the time spent on their headers."""
    for header in ("Content-Disposition", "Content-Type"):
        value = part.get(header)
        if value is not None and (not isinstance(value, str) or "name" in value.lower()):
            return True
    return False


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - broken base64 / quoted-printable
        data = None
    if not isinstance(data, bytes):     # None: a multipart, or no payload at all
        raw = part.get_payload()
        data = raw.encode("ascii", "surrogateescape") if isinstance(raw, str) else b""
    return data


def _charset(part: Message) -> str | None:
    """The part's declared charset; an RFC 2231 one (charset*=) comes as a tuple."""
    charset = part.get_param("charset")
    return collapse_rfc2231_value(charset) if isinstance(charset, tuple) else charset


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # noqa: BLE001
        return "application/octet-stream"


def _unique_name(mail: ParsedMail, name: str) -> str:
    """'a.pdf', 'a_2.pdf', ...: two attachments never share a name for the agent."""
    name = name or f"piece-jointe-{len(mail.attachments) + 1}"
    taken = {a.filename for a in mail.attachments}
    stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
    n = 2
    while name in taken:
        name = f"{stem}_{n}{dot}{ext}"
        n += 1
    return name


def _is_attachment(part: Message, ctype: str, filename: str) -> bool:
    try:
        disposition = part.get_content_disposition()
    except Exception:  # noqa: BLE001
        disposition = None
    if disposition == "attachment":
        return True
    if ctype in ("text/plain", "text/html") and not filename:
        return False
    return bool(filename) or not ctype.startswith(("text/", "multipart/", "message/"))


def _leaves(part: Message, depth: int = 0) -> Iterator[Message]:
    """The parts to read, depth first. A message/* part (a mail forwarded as attachment, a
    delivery report and its returned mail) is one leaf: kept whole as an attachment, its
    text never taken for the writer's. Nesting beyond MAX_DEPTH is one leaf too."""
    if _content_type(part).startswith("message/") or not part.is_multipart() \
            or depth >= MAX_DEPTH:
        yield part
        return
    for sub in part.get_payload():
        if isinstance(sub, Message):
            yield from _leaves(sub, depth + 1)


def _message_part(part: Message, ctype: str) -> tuple[str, bytes]:
    """(file name, bytes) of a message/* part kept as an attachment."""
    payload = part.get_payload()
    if isinstance(payload, list):
        inner = payload[0] if len(payload) == 1 and isinstance(payload[0], Message) else None
        data = b"\n".join(p.as_bytes() for p in payload if isinstance(p, Message)) \
            if inner is None else inner.as_bytes()
    else:
        data = _payload(part)
        inner = None
    if ctype == "message/rfc822":
        subject = decode_header_value(inner.get("Subject", "")) if inner is not None else ""
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", subject).strip(" .")[:120]
        return (name or "message-joint") + ".eml", data
    return {"message/delivery-status": "rapport-de-remise.txt",
            "message/disposition-notification": "accuse-de-lecture.txt"}.get(
        ctype, ctype.replace("/", "-") + ".txt"), data


# A mail carried as an attachment (forwarded as attachment, returned by a delivery report) is
# read as a forwarded block, up to this many characters each and (about) in all: its codes and
# numbers are the case's.
MAX_CARRIED_CHARS = 100_000


def _carried_text(part: Message) -> str:
    """The text of the mail a message/rfc822 part carries, headed like a forwarded block; ''
    when it has none. Mails it carries in turn stay attachments of it (bounded work)."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and len(payload) == 1 else None
    if not isinstance(inner, Message):
        return ""
    plain, html = _walk(ParsedMail(message_id=""), inner, 0)
    body = plain if plain.strip() else (html_to_text(html) if html else "")
    if not body.strip():
        return ""
    head = [f"{label} : {decode_header_value(inner.get(name, ''))}"
            for label, name in (("De", "From"), ("Date", "Date"), ("Objet", "Subject"))
            if inner.get(name)]
    return "\n".join(["-------- Message joint --------", *head, "", body.strip("\n")])[
        :MAX_CARRIED_CHARS]


def _walk(mail: ParsedMail, msg: Message, limit: int,
          carried: list[str] | None = None) -> tuple[str, str]:
    """Collect attachments; return the text of every plain part (joined) and the first HTML;
    the text of each mail carried as an attachment goes to `carried` when given."""
    plains, html = [], None
    for part in _leaves(msg):
        ctype = _content_type(part)
        if part.is_multipart() and not ctype.startswith("message/"):
            mail.defects.append(f"MIME parts nested deeper than {MAX_DEPTH} levels not read")
            continue
        if ctype.startswith("message/"):
            filename, data = _message_part(part, ctype)
            _add_attachment(mail, part, ctype, _filename(part) or filename, data, limit)
            if carried is not None and ctype == "message/rfc822":
                carried.append(_carried_text(part))
            continue
        filename, data = _filename(part), _payload(part)
        if _is_attachment(part, ctype, filename):
            if ctype == "application/octet-stream" and filename.lower().endswith(
                    (".png", ".jpg", ".jpeg", ".gif", ".webp")):
                ctype = "image/" + filename.rsplit(".", 1)[1].lower().replace("jpg", "jpeg")
            _add_attachment(mail, part, ctype, filename, data, limit)
            continue
        text = clean_text(decode_bytes(data, _charset(part))[0])
        if ctype == "text/html":
            html = text if html is None else html
        elif text.strip():
            plains.append(text)
    return "\n\n".join(p.strip("\n") for p in plains), html or ""


def _add_attachment(mail: ParsedMail, part: Message, ctype: str, filename: str, data: bytes,
                    limit: int) -> None:
    over = len(data) > limit
    mail.attachments.append(Attachment(
        filename=_unique_name(mail, filename), content_type=ctype, size=len(data),
        content=b"" if over else data,
        inline=ctype.startswith("image/") and part.get("Content-ID") is not None,
        truncated=over))


_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-mailautoreply",
                 "x-auto-response-suppress")
# Headers other helpdesks put on their notifications (RT, OTRS/Znuny, Zammad, Jira...).
_HELPDESK_HEADERS = ("x-rt-loop-prevention", "rt-ticket", "x-otrs-loop", "x-zammad-ticket-id",
                     "x-zammad-article-sender", "x-jira-fingerprint", "x-helpdesk-ticket",
                     "x-freescout-mail-type", "x-loop")
_HELPDESK_ID = re.compile(r"^GLPI[-._]", re.I)     # GLPI's notification Message-IDs


def automatic_reason(mail: ParsedMail) -> str:
    """Why this mail was written by a machine (RFC 3834, bounces, lists), or ''."""
    h = mail.headers
    if h.get("auto-submitted", "no").strip().lower() not in ("", "no"):
        return "auto-submitted: " + h["auto-submitted"].strip()[:40]
    if any(k in h for k in _AUTO_HEADERS):
        return "auto-reply header"
    if h.get("precedence", "").strip().lower() in ("bulk", "junk", "list", "auto_reply"):
        return "precedence: " + h["precedence"].strip()
    if is_mail_system(mail.from_addr) or h.get("return-path", "x").strip() == "<>":
        return "bounce"
    if "multipart/report" in h.get("content-type", "").lower():
        return "delivery report"
    if "list-id" in h or "list-unsubscribe" in h:
        return "mailing list"
    if any(k in h for k in _HELPDESK_HEADERS) or _HELPDESK_ID.match(mail.message_id):
        return "another helpdesk's notification"
    if is_noreply(mail.from_addr):
        return "no-reply sender"
    return ""


def _fill_body(mail: ParsedMail, msg: Message, limit: int) -> None:
    carried: list[str] = []
    plain, html = _walk(mail, msg, limit, carried=carried)
    mail.html = html
    text = plain if plain.strip() else (html_to_text(html) if html else plain)
    mail.text_from_html = bool(html) and not plain.strip()
    mail.text = normalise(text).strip("\n")
    parts = split_text(mail.text)
    mail.new_text, mail.quoted_text, mail.signature = parts.new, parts.quoted, parts.signature
    # A mail forwarded as an attachment or returned by a delivery report is history, not the
    # writer's words: it joins the quoted text (shown apart, read for identifiers).
    carried = [normalise(c).strip("\n") for c in carried if c.strip()]
    before = itertools.accumulate((len(c) for c in carried), initial=0)
    carried = [c for c, used in zip(carried, before) if used < MAX_CARRIED_CHARS]  # however many
    if carried:
        mail.quoted_text = "\n\n".join([mail.quoted_text.strip("\n"), *carried]).strip("\n")
    if not mail.text.strip() and not mail.attachments:
        mail.defects.append("no body")


def _try_body(mail: ParsedMail, view: Message, limit: int) -> bool:
    try:
        mail.attachments, mail.defects = [], [d for d in mail.defects if d != "no body"]
        _fill_body(mail, view, limit)
        return True
    except Exception as exc:  # noqa: BLE001 - the caller tries the other view
        log.info("body of %s unreadable: %s", mail.message_id[:80], exc)
        return False


_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")


def _junk_before_headers(raw: bytes) -> int:
    """Length of the lines before the header block that are not headers (a stray line some
    gateways or scripts add), when a header follows them; else 0. An mbox "From " line is
    no junk: the parser keeps it as the envelope sender."""
    if raw.startswith(b"From "):
        return 0
    skip = 0
    for _ in range(3):
        end = raw.find(b"\n", skip)
        if end < 0 or _HEADER_LINE.match(raw, skip) or raw[skip:end].strip() == b"":
            break
        skip = end + 1
    return skip if skip and _HEADER_LINE.match(raw, skip) else 0


def _tree(raw: bytes) -> tuple[Message, str]:
    """The compat32 MIME tree, and a defect when something had to be given up to build it."""
    junk = _junk_before_headers(raw)
    try:
        legacy = email.message_from_bytes(raw[junk:], policy=policy.compat32)
    except Exception as exc:  # noqa: BLE001 - RecursionError on hostile nesting, and the like
        legacy = BytesHeaderParser(policy=policy.compat32).parsebytes(raw[junk:])
        return legacy, f"unreadable MIME structure: {type(exc).__name__}"
    return legacy, "junk line before the headers, skipped" if junk else ""


def parse_mail(raw: bytes, max_attachment_bytes: int = MAX_ATTACHMENT_BYTES) -> ParsedMail:
    """Parse one raw mail; never raises."""
    raw = bytes(raw or b"")
    legacy, trouble = _tree(raw)
    mail = ParsedMail(message_id=_message_id(_header(legacy, "Message-ID"), raw))
    if trouble:
        mail.defects.append(trouble)
    try:
        _fill_headers(mail, legacy)
        mail.auto_reason = automatic_reason(mail)
    except Exception as exc:  # noqa: BLE001 - stored raw and flagged, never dropped
        log.warning("headers of %s unreadable: %s", mail.message_id[:80], exc)
        mail.defects.append(f"unreadable headers: {type(exc).__name__}")
    if not _try_body(mail, legacy, max_attachment_bytes):
        modern = _modern(raw)         # built only when the compat32 tree could not be walked
        if modern is None or not _try_body(mail, modern, max_attachment_bytes):
            mail.defects.append("unreadable body")
    if not mail.subject and mail.new_text:
        mail.subject = mail.new_text.strip().split("\n", 1)[0][:120]
    return mail
