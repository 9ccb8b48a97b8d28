"""Receiving: mailbox URLs (maildir://, imap://, imaps://) and the contract with the store.

A mailbox hands its mails, batch by batch, to a `Sink` (triage.pipeline.receive.Receiver in
production), which commits them and returns the keys it made durable; only those does the
mailbox mark done. A crash in between means the mail is fetched again and recognised by its
key or Message-ID: never lost, never stored twice.
"""
from __future__ import annotations

import mailbox as stdlib_mailbox
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Protocol
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from triage.mail.imap import ImapBox   # imapclient only needed for IMAP

BATCH = 200     # maildir mails handed to the sink at once


class Sink(Protocol):
    def store_batch(self, items: list[tuple[bytes, str]]) -> list[str]:
        """Commit (raw bytes, mailbox key) pairs; return the keys now durable."""


class MaildirBox:
    """A local maildir (the demo's inbox). Done = moved from new/ to cur/ with the Seen flag."""

    def __init__(self, path: Path):
        self.path = path
        self.box = stdlib_mailbox.Maildir(str(path), create=True)

    def fetch_once(self, sink: Sink, progress: Callable[[int, int], None] | None = None) -> int:
        """Store every mail not yet marked done; returns how many the sink made durable."""
        flags = self._flags()
        keys = sorted(k for k in self.box.keys() if "S" not in flags.get(k, ""))
        done = 0
        for start in range(0, len(keys), BATCH):
            batch = keys[start:start + BATCH]
            durable = set(sink.store_batch([(self.box.get_bytes(k), f"maildir:{k}")
                                            for k in batch]))
            for key in batch:
                if f"maildir:{key}" not in durable:
                    continue      # not durable: left unflagged, retried next time
                msg = self.box.get_message(key)
                msg.set_subdir("cur")
                msg.add_flag("S")
                self.box[key] = msg
                done += 1
            if progress:
                progress(start + len(batch), len(keys))
        return done

    def _flags(self) -> dict[str, str]:
        """key -> flags of the mails in cur/, from their file names ("<key>:2,<flags>" in the
        Maildir format): no mail is read. (Maildir.get_flags(key) does this from Python 3.13.)"""
        flags: dict[str, str] = {}
        for name in os.listdir(self.path / "cur"):
            key, colon, info = name.partition(self.box.colon)
            if colon and info.startswith("2,"):
                flags[key] = info[2:]
        return flags

    def close(self) -> None:
        self.box.close()


def open_mailbox(url: str, **options: Any) -> MaildirBox | ImapBox:
    """The mailbox for TRIAGE_MAILBOX_URL."""
    parts = urlsplit(url)
    if parts.scheme == "maildir":
        return MaildirBox(Path(unquote(parts.netloc + parts.path)))
    if parts.scheme in ("imap", "imaps"):
        from triage.mail.imap import ImapBox   # imapclient only needed for IMAP
        return ImapBox(url, **options)
    raise ValueError(f"unsupported mailbox url {url!r}: use imap://, imaps:// or maildir:///path")
