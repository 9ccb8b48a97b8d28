"""The store: SQLAlchemy 2 models (SQLite by default, PostgreSQL in production).

Schema changes go through Alembic (triage/store/migrations); `triage db upgrade` applies them.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, LargeBinary,
                        String, Text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


# States are stored as strings; their values, names and allowed moves are defined once, in
# triage/pipeline/lifecycle.py (TicketState, DraftState, OutgoingState).


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(20), default="agent")   # agent | manager | admin
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    requester: Mapped[str] = mapped_column(String(320), default="")
    requester_name: Mapped[str] = mapped_column(String(300), default="")
    state: Mapped[str] = mapped_column(String(20), default="new", index=True)
    flag_reason: Mapped[str] = mapped_column(Text, default="")
    symptom: Mapped[str] = mapped_column(String(40), default="", index=True)
    sender_role: Mapped[str] = mapped_column(String(10), default="unknown")
    language: Mapped[str] = mapped_column(String(5), default="fr")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                 index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    first_answer_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)   # diagnosis attempts
    retry_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    messages: Mapped[list["Message"]] = relationship(back_populates="ticket",
                                                     order_by="Message.id")
    drafts: Mapped[list["Draft"]] = relationship(back_populates="ticket", order_by="Draft.id")

    @property
    def last_incoming(self) -> "Message | None":
        """The latest mail received on the ticket: what a diagnosis reads and a reply answers."""
        return next((x for x in reversed(self.messages) if x.direction == "in"), None)


class Message(Base):
    """One mail, received or sent, with its raw bytes kept as they came."""
    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    direction: Mapped[str] = mapped_column(String(3), default="in")   # in | out
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    mailbox_key: Mapped[str | None] = mapped_column(String(300), unique=True)
    # Deferred: a page showing a ticket reads `parsed`, never megabytes of raw bytes.
    raw: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    from_addr: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    sent_date: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    defects: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # The mail parsed once, when threaded (model.ParsedMail as JSON, attachments without their
    # bytes); None until then. Every later step reads this instead of parsing `raw` again.
    parsed: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

    ticket: Mapped[Ticket | None] = relationship(back_populates="messages")


class AttachmentRow(Base):
    """An attachment's decoded bytes, kept when threading (up to mailbox.max_attachment_bytes;
    beyond, only the row: `truncated`), read in chunks when an agent downloads it."""
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)     # its index in parsed["attachments"]
    filename: Mapped[str] = mapped_column(String(300), default="")
    content_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class Analysis(Base):
    """One run of triage over a ticket's latest incoming message."""
    __tablename__ = "analyses"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    reading: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    pending_sources: Mapped[list[Any]] = mapped_column(JSON, default=list)
    judged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class FindingRow(Base):
    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(primary_key=True)
    analysis_id: Mapped[int] = mapped_column(ForeignKey("analyses.id"), index=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    situation: Mapped[str] = mapped_column(String(60), index=True)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    owner: Mapped[str] = mapped_column(String(20), default="")
    fix: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    elp: Mapped[str] = mapped_column(String(30), default="", index=True)    # upstream data
    composante: Mapped[str] = mapped_column(String(30), default="")
    composante_label: Mapped[str] = mapped_column(String(120), default="")   # LIB_CMP
    course_id: Mapped[int | None] = mapped_column(Integer)


class Draft(Base):
    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    analysis_id: Mapped[int | None] = mapped_column(ForeignKey("analyses.id"))
    template: Mapped[str] = mapped_column(String(60), default="", index=True)
    templates: Mapped[list[Any]] = mapped_column(JSON, default=list)
    findings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(5), default="fr")
    subject: Mapped[str] = mapped_column(Text, default="")
    original_text: Mapped[str] = mapped_column(Text, default="")   # as the bot wrote it
    text: Mapped[str] = mapped_column(Text, default="")            # as the agent leaves it
    internal_note: Mapped[str] = mapped_column(Text, default="")
    partial: Mapped[bool] = mapped_column(Boolean, default=False)
    # lifecycle.DraftState
    state: Mapped[str] = mapped_column(String(12), default="proposed", index=True)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    reject_reason: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    ticket: Mapped[Ticket] = relationship(back_populates="drafts")


class Outgoing(Base):
    """The outbox (states: lifecycle.OutgoingState). Message-ID fixed at queue time."""
    __tablename__ = "outgoing"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("drafts.id"), unique=True)
    # reply: the answer to the requester (sending it answers the ticket);
    # forward: the evidence sent to whoever owns the fix (the ticket stays open).
    kind: Mapped[str] = mapped_column(String(10), default="reply", server_default="reply")
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    to_addr: Mapped[str] = mapped_column(String(320))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(10), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ComponentBeat(Base):
    """A long-running loop's sign of life (triage.pipeline.heartbeats)."""
    __tablename__ = "component_beats"
    component: Mapped[str] = mapped_column(String(40), primary_key=True)
    interval_seconds: Mapped[float] = mapped_column(Float)
    beat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    failing_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(40))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class LoginFailure(Base):
    """A failed sign-in, per key ("user:<name>" or "addr:<ip>"), kept only for the limit's
    window: in the store so that every web process counts the same failures."""
    __tablename__ = "login_failures"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WebSession(Base):
    """A signed-in browser: the cookie carries a random token, the store its hash. Deleting the
    row signs the browser out at once (logout, password or role change, deactivation), whatever
    the cookie says; `looking_at` is the ticket the browser last opened (who is looking)."""
    __tablename__ = "web_sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)   # sha256 of the token
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    looking_at: Mapped[int | None] = mapped_column(Integer, index=True)
    seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Correction(Base):
    """An agent's verdict on what the bot read: the symptom, or the situation, of one mail.
    Kept as they come (the latest per mail and field counts); exported for retraining."""
    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))     # the mail read
    analysis_id: Mapped[int | None] = mapped_column(ForeignKey("analyses.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    field: Mapped[str] = mapped_column(String(20))            # symptom | situation
    bot_value: Mapped[str] = mapped_column(String(60), default="")
    agent_value: Mapped[str] = mapped_column(String(60))      # "other": none of the list
    note: Mapped[str] = mapped_column(Text, default="")


Index("ix_login_failures_key_at", LoginFailure.key, LoginFailure.at)
Index("ix_tickets_state_created", Ticket.state, Ticket.created_at)
# Manager statistics read a period's tickets, findings and drafts (bench/web.py, 50,000 tickets).
Index("ix_findings_ticket_situation", FindingRow.ticket_id, FindingRow.situation,
      FindingRow.elp, FindingRow.composante)
Index("ix_drafts_ticket_state", Draft.ticket_id, Draft.state, Draft.template, Draft.edited)
Index("ix_tickets_created_symptom", Ticket.created_at, Ticket.symptom, Ticket.first_answer_at)
# The workers look for messages the watcher stored raw and nobody threaded yet.
Index("ix_messages_unthreaded", Message.ticket_id, Message.direction, Message.id)
