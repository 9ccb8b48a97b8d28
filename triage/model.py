"""The vocabulary every stage speaks: mail -> message -> reading -> facts -> findings -> draft.

Each stage imports this module and returns these values; no stage imports a later one.
Plain dataclasses so that they serialise to JSON (``to_dict``) for `triage inspect` and the store.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


def to_dict(value: Any) -> Any:
    """JSON-ready form of a stage value (dataclasses, datetimes, lists, dicts)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_dict(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_dict(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_dict(v) for k, v in value.items()}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return None  # raw bytes never go to JSON
    return value


# --------------------------------------------------------------------------- message
@dataclass
class Attachment:
    filename: str
    content_type: str
    size: int
    content: bytes = b""          # empty when over the size limit (then `truncated`)
    inline: bool = False
    truncated: bool = False


@dataclass
class ParsedMail:
    """What the MIME parser makes of one raw mail. Never raises: problems go to `defects`."""
    message_id: str               # header value without <>, or "sha256:<hex>" when absent
    subject: str = ""
    from_addr: str = ""           # lowercased address, "" when missing or invalid
    from_name: str = ""
    reply_to: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    date: datetime | None = None  # timezone-aware when the header had a zone
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # lowercased name -> decoded value
    text: str = ""                # whole body as text (HTML converted, hrefs kept)
    html: str = ""                # original HTML part, unsanitised: sanitise before display
    text_from_html: bool = False  # `text` is the HTML part's (no plain part said anything)
    new_text: str = ""            # what the writer wrote in this mail
    quoted_text: str = ""         # quoted history and forwarded blocks
    signature: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)  # human-readable parse problems
    auto_reason: str = ""         # why a machine wrote it (RFC 3834, bounce, list): never answer

    @property
    def broken(self) -> bool:
        """True when a human must look at the mail itself (no sender, unparseable...)."""
        return bool(self.defects)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ParsedMail":
        """The mail back from `to_dict(mail)` (as the store keeps it: attachments without
        their content, which lives in the attachments table)."""
        values = {f.name: data[f.name] for f in dataclasses.fields(cls) if f.name in data}
        values["attachments"] = [Attachment(**{k: v for k, v in a.items() if k != "content"})
                                 for a in data.get("attachments") or []]
        if values.get("date"):
            values["date"] = datetime.fromisoformat(values["date"])
        return cls(**values)


# --------------------------------------------------------------------------- reading
@dataclass
class Span:
    """One identifier found in the text, for highlighting and evidence."""
    kind: str                     # apogee_code | student_number | course_id | cas_url | error
                                  # | etape_said
    value: str                    # canonical value
    text: str                     # as written
    part: str = "new"             # new | quoted | subject | html
    start: int = -1               # offset in that part's text
    end: int = -1


@dataclass
class Entities:
    apogee_codes: list[str] = field(default_factory=list)     # canonical: upper, no spaces
    student_numbers: list[str] = field(default_factory=list)  # 8-digit strings
    course_ids: list[int] = field(default_factory=list)       # from .../course/view.php?id=N
    urls: list[str] = field(default_factory=list)
    cas_urls: list[str] = field(default_factory=list)
    error_messages: list[str] = field(default_factory=list)   # e.g. "Database connection failed"
    # étapes the writer names in words (« je suis en L1 droit »), found by their catalogue
    # label: the year they say they are in, not a cited code (never in apogee_codes)
    etapes_said: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass
class Reading:
    """What the extractors read in a mail: who writes, about what, citing which identifiers."""
    sender_role: str = "unknown"  # student | staff | unknown
    auto_reply: bool = False
    language: str = "fr"          # fr | en
    symptom: str = "other"        # vocabulary: extractors.SYMPTOMS
    symptom_evidence: list[str] = field(default_factory=list)  # words that decided it
    foreign_helpdesk: bool = False  # carries another helpdesk's tag, e.g. [GLPI #0000091]
    entities: Entities = field(default_factory=Entities)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Reading":
        """The reading back from `to_dict(reading)` (as analyses keep it)."""
        values = {f.name: data[f.name] for f in dataclasses.fields(cls) if f.name in data}
        ents = dict(data.get("entities") or {})
        ents["spans"] = [Span(**s) for s in ents.get("spans") or []]
        values["entities"] = Entities(**{f.name: ents[f.name]
                                         for f in dataclasses.fields(Entities) if f.name in ents})
        return cls(**values)


# --------------------------------------------------------------------------- findings
@dataclass
class Evidence:
    """Rows an agent would have looked up to reach the verdict."""
    source: str                   # refer | moodle | mail | clock
    label: str                    # what was looked at, e.g. "T_ADE_ACTIVITES for RCAED334"
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Finding:
    situation: str                # rule id, e.g. "hidden_course"
    confidence: float             # 0..1
    owner: str                    # who fixes it: scolarite | dsi | teacher | cemu | user | si_scol
    fix: str                      # French sentence for the agent: what must be done
    evidence: list[Evidence] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)  # values the template may print
    subject: dict[str, Any] = field(default_factory=dict)  # elp / course_id / student it is about
    title: str = ""               # the rule's French title (set by rules.diagnose)


# --------------------------------------------------------------------------- draft
@dataclass
class Draft:
    template: str                 # main template id (a situation id, or "need_info", ...)
    language: str
    subject: str
    text: str                     # the reply as it would be sent
    internal_note: str = ""       # for the agent only, never sent
    templates: list[str] = field(default_factory=list)   # every template used
    findings: list[str] = field(default_factory=list)    # situation ids behind the draft
    partial: bool = False         # some source was down: the reply may be incomplete


@dataclass
class Analysis:
    """Everything triage concluded about one mail (what `triage inspect` prints)."""
    reading: Reading
    findings: list[Finding]
    draft: Draft | None
    pending_sources: list[str] = field(default_factory=list)  # sources down: retry later
    now: datetime | None = None
    source_errors: dict[str, str] = field(default_factory=dict)  # source -> cause (Santé panel)
