"""Receiving: mailbox URLs (maildir://, imap://, imaps://) and the contract with the store.

A mailbox yields (key, raw) pairs; the caller's `store(raw, key)` commits the message and
only then does the mailbox mark it done. A crash in between means the mail is fetched again
and recognised by its key or Message-ID: never lost, never stored twice.
"""
from __future__ import annotations

import mailbox as stdlib_mailbox
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit

StoreFn = Callable[[bytes, str], object]


class MaildirBox:
    """A local maildir (the demo's inbox). Done = moved from new/ to cur/ with the Seen flag."""

    def __init__(self, path: Path):
        self.path = path
        self.box = stdlib_mailbox.Maildir(str(path), create=True)

    def fetch_once(self, store: StoreFn, progress: Callable[[int, int], None] | None = None) -> int:
        """Store every mail not yet marked done; returns how many were handed to `store`."""
        keys = sorted(k for k in self.box.keys() if "S" not in self._flags(k))
        for n, key in enumerate(keys, 1):
            raw = self.box.get_bytes(key)
            if hasattr(store, "store_batch"):
                if f"maildir:{key}" not in store.store_batch([(raw, f"maildir:{key}")]):
                    continue      # not durable: leave it unflagged, it is retried next time
            else:
                store(raw, f"maildir:{key}")
            msg = self.box.get_message(key)
            msg.set_subdir("cur")
            msg.add_flag("S")
            self.box[key] = msg
            if progress:
                progress(n, len(keys))
        return len(keys)

    def _flags(self, key: str) -> str:
        # The flags are the file name's ":2,FLAGS" suffix; no need to read the mail.
        path = self.box._lookup(key)   # stdlib keeps the subdir/name of each key here
        return path.rpartition(":2,")[2] if ":2," in path else ""

    def close(self) -> None:
        self.box.close()


def open_mailbox(url: str, **options):
    """The mailbox for TRIAGE_MAILBOX_URL."""
    parts = urlsplit(url)
    if parts.scheme == "maildir":
        return MaildirBox(Path(unquote(parts.netloc + parts.path)))
    if parts.scheme in ("imap", "imaps"):
        from triage.mail.imap import ImapBox   # imapclient only needed for IMAP
        return ImapBox(url, **options)
    raise ValueError(f"unsupported mailbox url {url!r}: use imap://, imaps:// or maildir:///path")
