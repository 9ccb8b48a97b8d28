"""Sending transports: smtp://, smtps:// and outbox:// (writes .eml files, for the demo)."""
from __future__ import annotations

import smtplib
import ssl
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit


class SendError(Exception):
    """The transport refused or could not take the mail; the outbox retries later."""


class UncertainSend(SendError):
    """The connection broke after the mail's data was sent: it may have been accepted.

    Retrying could deliver it twice (RFC 1047), so the outbox never retries these blindly.
    """


class Transport(Protocol):
    """Where outgoing mail goes (open_transport): SMTP, or a folder of .eml files."""

    def send(self, raw: bytes, sender: str, recipients: list[str], message_id: str) -> None:
        """Hand the mail over; SendError when refused, UncertainSend when it may have left."""


class OutboxDir:
    """Writes each mail as <Message-ID>.eml; writing the same Message-ID twice is a no-op."""

    def __init__(self, path: Path):
        self.path = path

    def send(self, raw: bytes, sender: str, recipients: list[str], message_id: str) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        name = "".join(c if c.isalnum() or c in "-._@" else "_" for c in message_id) + ".eml"
        target = self.path / name
        if target.exists():
            return
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(raw)
        tmp.rename(target)   # atomic: a crash never leaves half a mail in the outbox


class SmtpTransport:
    def __init__(self, url: str, timeout: float = 30.0):
        parts = urlsplit(url)
        self.tls = parts.scheme == "smtps"
        self.host = parts.hostname or "localhost"
        self.port = parts.port or (465 if self.tls else 25)
        self.user = unquote(parts.username) if parts.username else ""
        self.password = unquote(parts.password) if parts.password else ""
        self.starttls = "starttls=1" in (parts.query or "")
        self.timeout = timeout

    def send(self, raw: bytes, sender: str, recipients: list[str], message_id: str) -> None:
        """Deliver or raise SendError (refused: retry) / UncertainSend (maybe delivered).

        The server's 250 to DATA is the commit point: from then on the mail is delivered,
        whatever happens to QUIT (a 421, a dropped connection) — retrying would send it twice."""
        smtp = None
        try:
            cls = smtplib.SMTP_SSL if self.tls else smtplib.SMTP
            smtp = cls(self.host, self.port, timeout=self.timeout)
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.user:
                smtp.login(self.user, self.password)
            self._transaction(smtp, raw, sender, recipients)
        except SendError:
            _close(smtp)
            raise
        except (smtplib.SMTPException, OSError) as exc:
            _close(smtp)
            raise SendError(f"{type(exc).__name__}: {exc}") from exc
        try:
            smtp.quit()             # accepted already: the answer to QUIT changes nothing
        except (smtplib.SMTPException, OSError):
            pass
        _close(smtp)

    @staticmethod
    def _transaction(smtp: smtplib.SMTP, raw: bytes, sender: str,
                     recipients: list[str]) -> None:
        """MAIL, RCPT, DATA by hand, to know whether a failure came after the data was out."""
        smtp.ehlo_or_helo_if_needed()
        code, resp = smtp.mail(sender)
        if code != 250:
            raise SendError(f"MAIL FROM refused: {code} {resp!r}")
        for rcpt in recipients:
            code, resp = smtp.rcpt(rcpt)
            if code not in (250, 251):
                raise SendError(f"RCPT TO refused: {code} {resp!r}")
        try:
            code, resp = smtp.data(raw)
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            raise UncertainSend(f"connection lost during DATA: {exc}") from exc
        if code != 250:
            raise SendError(f"DATA refused: {code} {resp!r}")


def _close(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        try:
            smtp.close()
        except OSError:
            pass


def open_transport(url: str) -> Transport:
    """The transport for TRIAGE_SMTP_URL."""
    parts = urlsplit(url)
    if parts.scheme == "outbox":
        return OutboxDir(Path(unquote(parts.netloc + parts.path)))
    if parts.scheme in ("smtp", "smtps"):
        return SmtpTransport(url)
    raise ValueError(f"unsupported smtp url {url!r}: use smtp://, smtps:// or outbox:///path")
