"""What an agent changed in a draft: the bot's original, the final text and a unified diff, kept
for every approved or edited draft (the reviewers' edits teach what the templates lack)."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from triage.store import models as m


@dataclass
class Edit:
    """One draft's review: the texts and the diff as (kind, line) pairs for the template."""
    draft: m.Draft
    changed: bool
    lines: list[tuple[str, str]] = field(default_factory=list)


def diff_lines(original: str, final: str) -> list[tuple[str, str]]:
    """The unified diff of two texts as (kind, line), kind in hunk/del/add/ctx.

    Lines stay plain strings: the template escapes them, so a diff of hostile text is safe."""
    out = []
    for line in difflib.unified_diff(original.splitlines(), final.splitlines(),
                                     "brouillon du robot", "texte final", lineterm="", n=2):
        if line.startswith(("---", "+++")):
            continue
        kind = {"@": "hunk", "-": "del", "+": "add"}.get(line[:1], "ctx")
        out.append((kind, line))
    return out


def edits(drafts: list[m.Draft]) -> list[Edit]:
    """The reviewed drafts (approved, or edited in any state), oldest first."""
    out = []
    for d in drafts:
        if d.state != "approved" and not d.edited:
            continue
        # Line by line: texts saved from a browser before CRLF was normalised still compare equal.
        changed = _lines(d.text) != _lines(d.original_text)
        out.append(Edit(d, changed, diff_lines(d.original_text, d.text) if changed else []))
    return out


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip().splitlines()]
