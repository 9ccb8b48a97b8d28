"""How a batch's raw bodies and sizes are read from the selected IMAP folder: `Fetcher`.

`SimpleFetcher` (the default) asks imapclient's public `fetch`. `FastFetcher`, chosen with
`[mailbox] fast_fetch = true`, reads `UID FETCH (BODY.PEEK[])` straight off the connection, for
backlogs; it is the one place that reaches into imapclient's private `_imap`, so it is tested
with, and pyproject pins, one imapclient version (`FAST_FETCH_TESTED_WITH`).

imaplib turns every response line into Python objects (regex per line, untagged-response
dictionaries) and imapclient then re-parses them generically; on a backlog of small mails that
costs more than the transfer itself (measured in bench/ingest.py). A FETCH of raw bodies needs
none of it: this module sends the command with `IMAP4.send` and reads the answer with
`IMAP4.readline`/`IMAP4.read` (imaplib's documented I/O methods, so TLS, STARTTLS and the socket
timeout work as for any other command), keeping only each message's UID and literal.

What the reader accepts (RFC 3501 section 7.4.2 and 7.5):
- `* n FETCH (UID u BODY[] {size}` then the literal, in either order (UID may follow it);
- other data items beside them (FLAGS, INTERNALDATE), and literals anywhere in a response;
- unsolicited responses in between (EXISTS, EXPUNGE, FETCH FLAGS): skipped (after a pass that
  stored mail, the watcher searches again before it idles, so a mail announced meanwhile waits
  for nothing);
- a UID asked for but expunged meanwhile: simply missing from the result.
A tagged NO/BAD raises `FetchFailed`; a connection that closes raises `EOFError` (the watcher
treats both as a dropped connection and starts again from a new search).
"""
from __future__ import annotations

import imaplib
import itertools
import re
from typing import Iterator, Protocol

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

FAST_FETCH_TESTED_WITH = "4.1.0"     # imapclient version; pinned in pyproject.toml

_LITERAL_AT_END = re.compile(rb"\{(\d+)\}\r?\n\Z")
_UNTAGGED_FETCH = re.compile(rb"\* \d+ FETCH ", re.I)
_BODY_BEFORE_LITERAL = re.compile(rb"BODY\[\] \Z", re.I)
_UID = re.compile(rb"\bUID (\d+)", re.I)
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)", re.I)
_tags = itertools.count(1)


class FetchFailed(IMAPClientError):
    """The server answered the FETCH with NO or BAD."""


class Fetcher(Protocol):
    """Reads from an IMAPClient whose folder is selected; UIDs expunged meanwhile are missing
    from the answers."""

    def bodies(self, client: IMAPClient, uids: list[int]) -> dict[int, bytes]: ...

    def sizes(self, client: IMAPClient, uids: list[int]) -> dict[int, int]: ...


SIZES_PER_COMMAND = 1000    # imapclient sends a list of UIDs: keep each command short


class SimpleFetcher:
    """imapclient's public API: what any imapclient version supports."""

    def bodies(self, client: IMAPClient, uids: list[int]) -> dict[int, bytes]:
        found = client.fetch(uids, ["BODY.PEEK[]"])
        return {uid: bytes(data[b"BODY[]"]) for uid, data in found.items() if b"BODY[]" in data}

    def sizes(self, client: IMAPClient, uids: list[int]) -> dict[int, int]:
        sizes: dict[int, int] = {}
        for start in range(0, len(uids), SIZES_PER_COMMAND):
            found = client.fetch(uids[start:start + SIZES_PER_COMMAND], ["RFC822.SIZE"])
            sizes.update((uid, int(data[b"RFC822.SIZE"])) for uid, data in found.items()
                         if b"RFC822.SIZE" in data)
        return sizes


class FastFetcher:
    """The same answers read off the connection (imaplib's documented `send`, `readline` and
    `read` of imapclient's private `_imap`): on a backlog of small mails, imaplib's and
    imapclient's generic parsing cost more than the transfer (bench/ingest.py)."""

    def bodies(self, client: IMAPClient, uids: list[int]) -> dict[int, bytes]:
        return uid_fetch_bodies(client._imap, uid_set_of(uids))

    def sizes(self, client: IMAPClient, uids: list[int]) -> dict[int, int]:
        return uid_fetch_sizes(client._imap, uid_set_of(uids))


def uid_fetch_bodies(imap: imaplib.IMAP4, uid_set: str) -> dict[int, bytes]:
    """{uid: raw bytes} read off `imap` (an imaplib.IMAP4 in the SELECTED state)."""
    found: dict[int, bytes] = {}
    for line in _untagged(imap, b"UID FETCH " + uid_set.encode("ascii") + b" (BODY.PEEK[])"):
        uid, body = _read_response(imap, line)
        if uid is not None and body is not None:
            found[uid] = body
    return found


def uid_fetch_sizes(imap: imaplib.IMAP4, uid_set: str) -> dict[int, int]:
    """{uid: size in bytes}, read the same way as the bodies."""
    sizes: dict[int, int] = {}
    for line in _untagged(imap, b"UID FETCH " + uid_set.encode("ascii") + b" (RFC822.SIZE)"):
        if _LITERAL_AT_END.search(line):    # not a size answer: read past its literals
            _read_response(imap, line)
            continue
        uid, size = _UID.search(line), _SIZE.search(line)
        if uid and size and _UNTAGGED_FETCH.match(line):
            sizes[int(uid.group(1))] = int(size.group(1))
    return sizes


def uid_set_of(uids: list[int]) -> str:
    """An IMAP sequence set naming exactly these UIDs, runs as ranges: "3:7,9,12:40".

    Shorter commands for the server to parse (a plain list of a few thousand UIDs is refused
    by Dovecot as too long); a range never names a UID outside the list."""
    ordered = sorted(set(uids))
    parts: list[str] = []
    start = prev = ordered[0]
    for uid in ordered[1:] + [None]:
        if uid is not None and uid == prev + 1:
            prev = uid
            continue
        parts.append(str(start) if start == prev else f"{start}:{prev}")
        if uid is not None:
            start = prev = uid
    return ",".join(parts)


def fetcher(fast: bool) -> Fetcher:
    return FastFetcher() if fast else SimpleFetcher()


def _untagged(imap: imaplib.IMAP4, command: bytes) -> Iterator[bytes]:
    """Send `command` and yield the first line of each untagged response until the tagged
    completion, which must be OK. The caller reads the rest of a response (its literals)
    before asking for the next line.

    The tag is our own: imaplib's counter is untouched and never sees this exchange."""
    tag = b"TRF%d" % next(_tags)
    imap.send(tag + b" " + command + b"\r\n")
    done = tag + b" "
    while not (line := _line(imap)).startswith(done):
        yield line
    status = line[len(done):]
    if status[:2].upper() != b"OK":
        name = command.split(b" (")[-1].rstrip(b")").decode("ascii", "replace")
        raise FetchFailed(f"UID FETCH {name} failed: {status.strip()[:200]!r}")


def _read_response(imap: imaplib.IMAP4, line: bytes) -> tuple[int | None, bytes | None]:
    """Read one untagged response to its end; (UID, body) when it is a FETCH of BODY[]."""
    is_fetch = _UNTAGGED_FETCH.match(line) is not None
    text, body = [line], None
    while (literal := _LITERAL_AT_END.search(line)) is not None:
        data = _read_exactly(imap, int(literal.group(1)))
        if is_fetch and body is None and _BODY_BEFORE_LITERAL.search(line, 0, literal.start()):
            body = data
        line = _line(imap)
        text.append(line)
    if not is_fetch:
        return None, None
    uid = _UID.search(b"".join(text))
    return (int(uid.group(1)) if uid else None), body


def _line(imap: imaplib.IMAP4) -> bytes:
    line = imap.readline()      # bounded by imaplib's _MAXLINE, raises imap.error beyond
    if not line:
        raise EOFError("IMAP connection closed during FETCH")
    return line


def _read_exactly(imap: imaplib.IMAP4, size: int) -> bytes:
    data = imap.read(size)
    if len(data) != size:
        raise EOFError(f"IMAP connection closed inside a {size}-byte literal")
    return data
