"""Split a mail's text into what the writer wrote now, the quoted history and the signature.

No library handles French mail whole (wrapped "Le … a écrit :" lines, NBSP before ":",
Zimbra's "----- Mail original -----", Outlook's "-----Message d'origine-----"), so the markers
are ours. Everything after the first marker is history; interleaved answers are rare in
support mail and an agent still sees the whole text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SPACES = {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\ufeff": ""}

# One line that on its own opens a quoted or forwarded block.
_SEPARATORS = re.compile(
    r"^\s*(?:"
    r"-{2,}\s*(?:message transf[ée]r[ée]|mail original|message d'origine|original message"
    r"|forwarded message|message original|courriel original)\s*-{2,}"
    r"|d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])\s*:"
    r"|begin forwarded message\s*:"
    r"|_{10,}"
    r"|=-=-=-=.*(?:above|au-dessus).*"
    r")\s*$", re.I)
# The attribution line, possibly wrapped by the mail client over up to three lines.
# It names a date, a time or an address, which plain sentences starting with "Le" rarely do.
_ATTRIBUTION = re.compile(
    r"^\s*(?:le|on|)\s?.{0,200}?(?:\d{1,2}[:h]\d{2}|\d{4}|@).{0,200}?"
    r"\s(?:a\s+[ée]crit|wrote|has written)\s*:\s*$", re.I | re.S)
# What every attribution says, within one line (a line break only ever falls between words).
_ATTRIBUTION_VERB = re.compile(r"[ée]crit|wrote|written", re.I)
# Outlook/Thunderbird header blocks: "De :" followed by "Envoyé :", "À :", "Objet :" …
_HEADER_LINE = re.compile(
    r"^\s*\*?(de|from|envoy[ée]|sent|date|[àa]|to|cc|objet|subject)\s*\*?\s*:", re.I)
_FROM_LINE = re.compile(r"^\s*\*?(de|from)\s*\*?\s*:", re.I)
# (an attribution's first word: « Le lundi … a écrit », « On Monday … wrote »)
_LE_ON = re.compile(r"^\s*(le|on)\s", re.I)
# GLPI-style notifications: history ends at "write under this line", new text resumes.
_RESUME = re.compile(r"^\s*=_=_=_=.*(?:under|below|en dessous|sous).*$", re.I)
_SIG_DELIM = re.compile(r"^-- ?$")
_SENT_FROM = re.compile(
    r"^\s*(?:envoy[ée] (?:de|depuis) (?:mon|my|l'application)|sent from my|sent from proton"
    r"|get outlook for|obtenir outlook pour|t[ée]l[ée]chargez outlook)", re.I)


@dataclass
class Split:
    new: str
    quoted: str
    signature: str


def normalise(text: str) -> str:
    """CRLF to LF and the narrow/no-break spaces French typography puts before ':' to spaces."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    for char, space in _SPACES.items():     # (str.translate looks up every character: slower)
        if char in text:
            text = text.replace(char, space)
    return text


def _header_block(lines: list[str], i: int) -> bool:
    """True when line i starts a 'De : … / Envoyé : …' block of at least two header lines."""
    if not _FROM_LINE.match(lines[i]):
        return False
    following = [ln for ln in lines[i + 1:i + 6] if ln.strip()]
    return sum(1 for ln in following[:4] if _HEADER_LINE.match(ln)) >= 1


def _attribution_at(lines: list[str], i: int) -> bool:
    if not any(_ATTRIBUTION_VERB.search(ln) for ln in lines[i:i + 3]):
        return False    # no « écrit » nor « wrote »: spares _ATTRIBUTION's backtracking
    for span in (1, 2, 3):
        if i + span > len(lines):
            break       # no line left to wrap onto (the mail's last line)
        if span > 1 and re.search(r"[.!?:]\s*$", lines[i + span - 2]):
            break       # a finished sentence is not the first half of a wrapped attribution
        chunk = " ".join(ln.strip() for ln in lines[i:i + span])
        if chunk and _ATTRIBUTION.match(chunk):
            return True
    return False


def quote_start(lines: list[str]) -> int | None:
    """Index of the first line of quoted history, or None."""
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith(">") or _SEPARATORS.match(line) or _header_block(lines, i):
            return i
        if _LE_ON.match(line) or "written" in line:
            if _attribution_at(lines, i):
                return i
    return None


def _signature_start(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if _SIG_DELIM.match(line) or _SENT_FROM.match(line):
            return i
    return None


def split_text(text: str) -> Split:
    """(new, quoted, signature) of a plain-text body."""
    lines = normalise(text).split("\n")
    start = quote_start(lines)
    resume = next((k for k, ln in enumerate(lines) if _RESUME.match(ln)), None)
    if start is None and resume is not None and not "".join(lines[resume + 1:]).strip():
        lines, resume = lines[:resume], None     # a footer line with nothing under it: no split
    head, quoted, tail = lines, [], []
    if start is not None or resume is not None:
        start = start if start is not None and (resume is None or start < resume) else 0
        head, rest = lines[:start], lines[start:]
        resume = next((k for k, ln in enumerate(rest) if _RESUME.match(ln)), None)
        if resume is not None:
            quoted, tail = rest[:resume + 1], rest[resume + 1:]
        else:
            quoted = rest
    sig = _signature_start(head)
    signature: list[str] = []
    if sig is not None:
        head, signature = head[:sig], head[sig:]
    new = "\n".join(head + ([""] if tail and head else []) + tail).strip()
    if not new and quoted:
        # Nothing above the history: the writer answered below it (bottom-posting).
        new = "\n".join(ln for ln in quoted[1:] if not ln.lstrip().startswith(">")).strip()
    new = re.sub(r"\n{3,}", "\n\n", new)
    return Split(new=new, quoted="\n".join(quoted).strip(), signature="\n".join(signature).strip())
