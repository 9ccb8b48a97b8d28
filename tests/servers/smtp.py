"""A real SMTP server on loopback (aiosmtpd) that records what it accepts.

`refuse` makes it answer the next N DATA commands with a temporary failure (451), as a busy
relay does, before accepting; `quit_reply` replaces the 221 answer to QUIT (e.g. "421 ..." after
a mail was accepted, as an overloaded relay closing does); `received` lists every accepted mail
in order.
"""
from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Accepted:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class RecordingHandler:
    refuse: int = 0
    quit_reply: str | None = None
    received: list[Accepted] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.lock:
            if self.refuse > 0:
                self.refuse -= 1
                return "451 4.3.0 Try again later"
            self.received.append(Accepted(envelope.mail_from, list(envelope.rcpt_tos),
                                          bytes(envelope.original_content or envelope.content)))
        return "250 2.0.0 OK queued"

    async def handle_QUIT(self, server, session, envelope) -> str:
        return self.quit_reply or "221 Bye"


class SmtpServer:
    """Start with `start()`, stop with `stop()`; `url` is for SmtpTransport."""

    def __init__(self, refuse: int = 0):
        self.handler = RecordingHandler(refuse=refuse)
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def received(self) -> list[Accepted]:
        return self.handler.received

    def refuse_next(self, n: int) -> None:
        self.handler.refuse = n

    def answer_quit_with(self, reply: str) -> None:
        self.handler.quit_reply = reply

    def start(self) -> "SmtpServer":
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()
