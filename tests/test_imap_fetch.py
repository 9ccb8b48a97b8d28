"""The backlog FETCH reader (triage/mail/imap_fetch.py).

Against Dovecot: the bytes are exactly those imapclient's own FETCH returns, over plain and TLS,
and an expunged UID is just missing. Against a scripted server on loopback (a real socket and a
real imaplib client): the response shapes Dovecot never sends but other servers do."""
from __future__ import annotations

import imaplib
import socket
import threading

import pytest

from tests.test_imap import append, imap, make_mail
from triage.mail.imap_fetch import (FAST_FETCH_TESTED_WITH, FastFetcher, FetchFailed,
                                    SimpleFetcher, uid_fetch_bodies, uid_set_of)

pytest_plugins = ["tests.fixtures_mail"]


def test_bodies_equal_imapclient_fetch_and_expunged_uids_are_missing(dovecot):
    mails = [make_mail(i) for i in range(6)]
    mails.append(make_mail(6, body="Pièce jointe: " + "é" * 5000))
    append(dovecot, mails)
    client = imap(dovecot)
    client.select_folder("INBOX")
    uids = sorted(client.search("ALL"))
    expected = {uid: d[b"BODY[]"] for uid, d in client.fetch(uids, ["BODY.PEEK[]"]).items()}
    client.delete_messages(uids[1:2])
    client.expunge()
    for fetcher in (SimpleFetcher(), FastFetcher()):
        got = fetcher.bodies(client, uids)
        assert set(got) == set(uids) - {uids[1]}
        assert all(got[uid] == expected[uid] for uid in got)
        sizes = fetcher.sizes(client, uids)
        assert sizes == {uid: len(expected[uid]) for uid in got}
    assert client.noop()[0].startswith(b"NOOP")    # the connection is still in step
    assert b"\\Seen" not in client.get_flags(uids[0])[uids[0]]     # PEEK: not marked read
    client.logout()


class ScriptedServer:
    """A loopback IMAP server that answers the FETCH with the bytes a test gives it ($TAG is
    replaced by the command's tag), and closes the connection after it when told to."""

    def __init__(self, fetch_answer: bytes, close_after_fetch: bool = False):
        self.fetch_answer, self.close_after_fetch = fetch_answer, close_after_fetch
        self.tag = b""
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        conn.sendall(b"* OK [CAPABILITY IMAP4rev1] scripted\r\n")
        reader = conn.makefile("rb")
        while line := reader.readline():
            tag, command = line.split(b" ", 2)[:2]
            if command.upper() == b"UID":
                self.tag = tag
                answer = self.fetch_answer
                conn.sendall(answer(tag) if callable(answer) else answer.replace(b"$TAG", tag))
                if self.close_after_fetch:
                    break
            elif command.upper() == b"LOGOUT":
                conn.sendall(b"* BYE\r\n" + tag + b" OK bye\r\n")
                break
            else:
                conn.sendall(tag + b" OK done\r\n")
        conn.shutdown(socket.SHUT_RDWR)
        conn.close()


def _fetch_from(answer, uids: list[int], close_after_fetch: bool = False):
    """(result, server) of one uid_fetch_bodies against a scripted answer."""
    server = ScriptedServer(answer, close_after_fetch)
    imap = imaplib.IMAP4("127.0.0.1", server.port, timeout=10)
    try:
        return uid_fetch_bodies(imap, uid_set_of(uids)), server
    finally:
        if not close_after_fetch:
            imap.logout()


def test_uid_after_the_literal_other_items_and_unsolicited_responses():
    answer = (b"* 3 EXISTS\r\n"
              b"* 1 FETCH (FLAGS (\\Seen) BODY[] {5}\r\nhello UID 10)\r\n"
              b"* 2 FETCH (FLAGS (\\Flagged))\r\n"                    # unsolicited
              b"* 2 FETCH (UID 11 INTERNALDATE \"01-Jan-2026 10:00:00 +0100\" BODY[] {3}\r\n"
              b"a\r\n X-X {4}\r\nabcd)\r\n"                           # a second literal
              b"* 1 EXPUNGE\r\n"
              b"$TAG OK UID FETCH completed\r\n")
    fetched = _fetch_from(answer, [10, 11, 12])[0]
    assert fetched == {10: b"hello", 11: b"a\r\n"}


def test_a_body_that_looks_like_imap_is_read_as_bytes():
    def answer(tag: bytes) -> bytes:      # the body even holds our own tag's completion line
        body = b"* 9 FETCH (UID 99 BODY[] {2}\r\n" + tag + b" OK fake end\r\n"
        return b"* 1 FETCH (UID 7 BODY[] {%d}\r\n%s)\r\n%s OK done\r\n" % (len(body), body, tag)
    got, server = _fetch_from(answer, [7])
    assert got == {7: b"* 9 FETCH (UID 99 BODY[] {2}\r\n" + server.tag + b" OK fake end\r\n"}


def test_a_no_answer_raises_and_a_cut_literal_is_an_eof():
    with pytest.raises(FetchFailed, match="mailbox locked"):
        _fetch_from(b"$TAG NO [INUSE] mailbox locked\r\n", [1])
    with pytest.raises(EOFError):
        _fetch_from(b"* 1 FETCH (UID 7 BODY[] {50}\r\nshort", [7], close_after_fetch=True)
    with pytest.raises(EOFError):
        _fetch_from(b"* 1 FETCH (UID 7 BODY[] {5}\r\nhello)\r\n", [7], close_after_fetch=True)


def test_the_fast_path_runs_on_the_imapclient_version_it_was_tested_with():
    """The fast path reads imapclient's private `_imap`: a new imapclient version must be
    tested with it (these tests, bench/ingest.py --fast) before the pin moves."""
    import imapclient
    assert imapclient.__version__ == FAST_FETCH_TESTED_WITH
