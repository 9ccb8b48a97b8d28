"""Bytes and header values to text, whatever charset a mail claims (or wrongly claims).

The cascade is: declared charset -> utf-8 -> cp1252 (-> latin-1, which never fails). An
unknown charset name ("ks_c_5601-1987" aside, which Python knows) raises LookupError in the
stdlib; here it just moves on to the next candidate.
"""
from __future__ import annotations

import codecs
import re
from email.header import Header, decode_header

# Labels mail clients use for a wider charset than they name (as browsers do, WHATWG).
_ALIASES = {"ks_c_5601-1987": "cp949", "x-unknown": "", "unknown-8bit": "",
            "default": "", "us-ascii": "utf-8", "ascii": "utf-8", "iso-8859-8-i": "iso-8859-8",
            "gb2312": "gb18030", "gbk": "gb18030", "iso-8859-1": "cp1252", "latin1": "cp1252",
            "latin-1": "cp1252"}
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Decode error handler: the offending bytes as cp1252 (mostly-UTF-8 text with a stray byte)."""
    if not isinstance(exc, UnicodeDecodeError):     # registered for decoding only
        raise exc
    bad = exc.object[exc.start:exc.end]
    return bad.decode("cp1252", "replace"), exc.end


codecs.register_error("triage-cp1252", _cp1252_bytes)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MOJIBAKE = re.compile(
    r"ï¿½|[ÃÂ][\u0080-\u00bf]|â€[\u0080-\u00ff\u2018-\u203a™œ]|Ã[\u00a0-\u00ff]")
# A run of characters that UTF-8 bytes become when read as cp1252.
_MOJIBAKE_RUN = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
                           r"\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]{1,3}")


def known_charset(name: str | None) -> str:
    """A codec name Python knows for `name`, or ''."""
    name = (name or "").strip().strip('"').lower()
    name = _ALIASES.get(name, name)
    if not name:
        return ""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


_ISO2022JP = re.compile(rb"\x1b(?:\$[@B]|\([BJ])")     # its escape sequences (RFC 1468)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, charset used): declared -> utf-8 -> cp1252 -> latin-1; a BOM is dropped.
    Undeclared 7-bit text carrying ISO-2022-JP escapes is read as ISO-2022-JP (it is valid
    ASCII, so the cascade alone would keep the escapes and lose the text)."""
    if data.startswith(codecs.BOM_UTF8):
        data, declared = data[3:], "utf-8"
    if not known_charset(declared) and _ISO2022JP.search(data):
        declared = "iso2022_jp"
    for charset in dict.fromkeys(c for c in (known_charset(declared), "utf-8", "cp1252") if c):
        try:
            return repair_mojibake(data.decode(charset)), charset
        except (UnicodeDecodeError, LookupError):
            if charset == "utf-8" and len(_UTF8_SEQ.findall(data)) >= 3:
                # Mostly UTF-8 with a stray 8-bit byte (a QP "=E8"): keep the UTF-8.
                return data.decode("utf-8", "triage-cp1252"), "utf-8"
    return data.decode("latin-1"), "latin-1"


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252/latin-1 ('Ã©' -> 'é') when the round trip is clean."""
    if not _MOJIBAKE.search(text):
        return text
    return _MOJIBAKE_RUN.sub(_repair_run, text)


def _repair_run(match: re.Match) -> str:
    run = match.group(0)
    for wrong in ("cp1252", "latin-1"):
        try:
            return run.encode(wrong).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return run


def clean_text(text: str) -> str:
    """Drop control characters (keeping tabs and line breaks) and stray surrogates."""
    text = text.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(text) else text
    return _CONTROL.sub("", text)


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def raw_header_text(value: str, hint: str = "") -> str:
    """A compat32 header value whose 8-bit bytes arrived as surrogates (or undeclared
    ISO-2022-JP escapes), decoded: UTF-8, else `hint` (the body's declared charset: mailers
    that write raw 8-bit headers write them in it), else cp1252."""
    if "\x1b" in value and not _has_surrogates(value):
        return decode_bytes(value.encode("ascii", "replace"))[0]
    if not _has_surrogates(value):
        return value
    return decode_8bit_header(value.encode("ascii", "surrogateescape"), hint)[0]


def decode_8bit_header(data: bytes, hint: str = "") -> tuple[str, bool]:
    """(text, guessed): UTF-8, else the hinted charset, else cp1252 (`guessed`: nothing said
    which charset this is, the text may be garbage and the mail is flagged)."""
    for charset in dict.fromkeys(c for c in ("utf-8", known_charset(hint)) if c):
        try:
            return repair_mojibake(data.decode(charset)), False
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", "replace"), True


def decode_header_value(value: object, hint: str = "") -> str:
    """Encoded words (RFC 2047) and raw 8-bit headers to one line of text (CR/LF folded to a
    space: decoded text never carries a line break into a header or an identifier); never
    raises. `hint`: the charset raw 8-bit bytes are tried in after UTF-8."""
    if isinstance(value, Header):
        # compat32 wraps raw 8-bit headers in a Header of "unknown-8bit": decode its bytes.
        chunks = decode_header(value)
        return _one_line("".join(decode_8bit_header(c, hint)[0] if isinstance(c, bytes) else c
                                 for c, cs in chunks))
    text = raw_header_text(str(value or ""), hint)
    if "=?" not in text:
        return _one_line(text)      # the common case: nothing encoded, skip the decoder
    try:
        chunks = decode_header(text)
    except Exception:  # noqa: BLE001 - a broken encoded word leaves the header as written
        return _one_line(text)
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset)[0])
        else:
            out.append(chunk)
    return _one_line("".join(out))


def _one_line(text: str) -> str:
    if "\n" in text or "\r" in text:
        text = re.sub(r"\s*[\r\n]+\s*", " ", text)
    return clean_text(text).strip()
