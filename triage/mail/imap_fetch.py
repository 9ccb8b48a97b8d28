"""`UID FETCH (BODY.PEEK[])` read straight off the connection, for backlogs.

imaplib turns every response line into Python objects (regex per line, untagged-response
dictionaries) and imapclient then re-parses them generically; on a backlog of small mails that
costs more than the transfer itself (measured in bench/ingest.py). A FETCH of raw bodies needs
none of it: this module sends the command with `IMAP4.send` and reads the answer with
`IMAP4.readline`/`IMAP4.read` (imaplib's documented I/O methods, so TLS, STARTTLS and the socket
timeout work as for any other command), keeping only each message's UID and literal.

What the reader accepts (RFC 3501 section 7.4.2 and 7.5):
- `* n FETCH (UID u BODY[] {size}` then the literal, in either order (UID may follow it);
- other data items beside them (FLAGS, INTERNALDATE), and literals anywhere in a response;
- unsolicited responses in between (EXISTS, EXPUNGE, FETCH FLAGS): skipped, except that an
  EXISTS or RECENT (new mail arrived during the FETCH) is reported, because the server will not
  announce that mail again when the watcher next starts IDLE: the watcher searches once more;
- a UID asked for but expunged meanwhile: simply missing from the result.
A tagged NO/BAD raises `FetchFailed`; a connection that closes raises `EOFError` (the watcher
treats both as a dropped connection and starts again from a new search).
"""
from __future__ import annotations

import itertools
import re
from typing import Iterator, NamedTuple

from imapclient.exceptions import IMAPClientError

_LITERAL_AT_END = re.compile(rb"\{(\d+)\}\r?\n\Z")
_UNTAGGED_FETCH = re.compile(rb"\* \d+ FETCH ", re.I)
_BODY_BEFORE_LITERAL = re.compile(rb"BODY\[\] \Z", re.I)
_UID = re.compile(rb"\bUID (\d+)", re.I)
_NEW_MAIL = re.compile(rb"\* \d+ (EXISTS|RECENT)\r?\n\Z", re.I)
_tags = itertools.count(1)


class FetchFailed(IMAPClientError):
    """The server answered the FETCH with NO or BAD."""


class Fetched(NamedTuple):
    bodies: dict[int, bytes]       # uid -> raw bytes, for the UIDs still in the folder
    new_mail: bool                 # the server announced new mail (EXISTS/RECENT) meanwhile


def uid_fetch_bodies(imap, uids: list[int]) -> Fetched:
    """The raw bytes of the UIDs of `uids` still in the selected folder.

    `imap` is the imaplib.IMAP4 under an IMAPClient (`client._imap`), in the SELECTED state."""
    found: dict[int, bytes] = {}
    new_mail = False
    if not uids:
        return Fetched(found, new_mail)
    uid_list = ",".join(map(str, uids)).encode("ascii")
    for line in _untagged(imap, b"UID FETCH " + uid_list + b" (BODY.PEEK[])"):
        new_mail = new_mail or _NEW_MAIL.match(line) is not None
        uid, body = _read_response(imap, line)
        if uid is not None and body is not None:
            found[uid] = body
    return Fetched(found, new_mail)


_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)", re.I)


def uid_fetch_sizes(imap, uid_set: str) -> dict[int, int]:
    """{uid: size in bytes} for a UID set ("1:500,502"), read the same way as the bodies."""
    sizes: dict[int, int] = {}
    for line in _untagged(imap, b"UID FETCH " + uid_set.encode("ascii") + b" (RFC822.SIZE)"):
        if _LITERAL_AT_END.search(line):    # not a size answer: read past its literals
            _read_response(imap, line)
            continue
        uid, size = _UID.search(line), _SIZE.search(line)
        if uid and size and _UNTAGGED_FETCH.match(line):
            sizes[int(uid.group(1))] = int(size.group(1))
    return sizes


def _untagged(imap, command: bytes) -> Iterator[bytes]:
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


def _read_response(imap, line: bytes) -> tuple[int | None, bytes | None]:
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


def _line(imap) -> bytes:
    line = imap.readline()      # bounded by imaplib's _MAXLINE, raises imap.error beyond
    if not line:
        raise EOFError("IMAP connection closed during FETCH")
    return line


def _read_exactly(imap, size: int) -> bytes:
    data = imap.read(size)
    if len(data) != size:
        raise EOFError(f"IMAP connection closed inside a {size}-byte literal")
    return data
