"""The raw mail is parsed once, when the workers thread it; the result is kept in the message
row (`messages.parsed`) and its attachments' bytes in `attachments`. The worker, the review,
the forwards' re-checks and the web read what was kept instead of parsing again (a 42 MB mail
took 1-2 s per parse)."""
from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from triage.mail.parse import MAX_ATTACHMENT_BYTES, parse_mail
from triage.model import ParsedMail, to_dict
from triage.store import models as m

CHUNK = 1 << 20     # attachment bytes read from the store per step of a download


def keep(session: Session, message: m.Message, mail: ParsedMail) -> None:
    """Keep the parse of `message` (flushed, so that it has an id); no commit."""
    if message.id is None:
        session.add(message)
        session.flush()
    message.parsed = to_dict(mail)
    for position, a in enumerate(mail.attachments):
        session.add(m.AttachmentRow(message_id=message.id, position=position,
                                    filename=a.filename[:300], content_type=a.content_type[:200],
                                    size=a.size, truncated=a.truncated, content=a.content))


def parse_and_keep(session: Session, message: m.Message,
                   max_attachment_bytes: int = MAX_ATTACHMENT_BYTES) -> ParsedMail:
    """Parse the stored raw bytes, keep the result, return it; no commit."""
    mail = parse_mail(message.raw, max_attachment_bytes)
    keep(session, message, mail)
    return mail


def of(session: Session, message: m.Message,
       max_attachment_bytes: int = MAX_ATTACHMENT_BYTES) -> ParsedMail:
    """The message as parsed when it was threaded; a row stored before that was kept (older
    stores) is parsed now, once, and kept."""
    if message.parsed is not None:
        return ParsedMail.from_dict(message.parsed)
    return parse_and_keep(session, message, max_attachment_bytes)


def attachment(session: Session, message_id: int, position: int) -> m.AttachmentRow | None:
    return session.scalars(select(m.AttachmentRow).where(
        m.AttachmentRow.message_id == message_id,
        m.AttachmentRow.position == position)).first()


def chunks(session: Session, row_id: int, size: int) -> Iterator[bytes]:
    """The attachment's bytes, CHUNK at a time (substr on SQLite and PostgreSQL alike): a
    download never holds a whole attachment in memory."""
    for start in range(0, size, CHUNK):
        piece = session.scalar(select(func.substr(m.AttachmentRow.content, start + 1, CHUNK))
                               .where(m.AttachmentRow.id == row_id))
        if not piece:
            return
        yield bytes(piece)
