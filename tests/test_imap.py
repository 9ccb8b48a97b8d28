"""The IMAP watcher against a real Dovecot: never lose, never double, survive crashes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select

from triage.mail.imap import ImapBox
from triage.pipeline.ingest import thread_received
from triage.pipeline.receive import Receiver
from triage.store import models as m
from tests.servers.waiting import wait_for

pytest_plugins = ["tests.fixtures_mail"]
ROOT = Path(__file__).resolve().parents[1]


def make_mail(n: int, subject: str = "", in_reply_to: str = "", message_id: bool = True,
              body: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Étudiant {n} <etu{n}@etu.unicaen.fr>"
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Subject"] = subject or f"Cours introuvable n°{n}"
    if message_id:
        msg["Message-ID"] = f"<mail-{n}@etu.unicaen.fr>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = f"<{in_reply_to}>"
    msg.set_content(body or f"Bonjour,\nje ne vois pas mon cours {n}.\nMerci")
    return bytes(msg)


def imap(server) -> IMAPClient:
    client = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=10)
    client.login("cemu", server.password)
    return client


def append(server, mails: list[bytes], folder: str = "INBOX", flags=()) -> None:
    client = imap(server)
    for raw in mails:
        client.append(folder, raw, flags=flags)
    client.logout()


def count(server, folder: str) -> int:
    client = imap(server)
    n = client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"]
    client.logout()
    return n


def n_messages(sessions) -> int:
    with sessions() as s:
        return s.scalar(select(func.count(m.Message.id)))


def n_tickets(sessions) -> int:
    with sessions() as s:
        return s.scalar(select(func.count(m.Ticket.id)))


def test_n_mails_give_n_messages_and_threads_join(dovecot, sessions):
    mails = [make_mail(i) for i in range(5)]
    mails.append(make_mail(5, subject="Re: Cours introuvable n°0", in_reply_to="mail-0@etu.unicaen.fr"))
    # joins by our subject tag: written by ticket 2's requester (a stranger would get a
    # ticket of their own, tests/test_hostile_mail.py)
    mails.append(make_mail(6, subject="Re: [CEMU #2] encore").replace(b"etu6@", b"etu1@"))
    append(dovecot, mails[:3], flags=[b"\\Seen"])   # already read in another client: still ours
    append(dovecot, mails[3:])
    box = ImapBox(dovecot.url(), batch_size=3)
    assert box.fetch_once(Receiver(sessions)) == 7
    assert n_messages(sessions) == 7
    with sessions() as s:
        assert thread_received(s) == 7
    assert n_tickets(sessions) == 5
    with sessions() as s:
        ticket2 = s.get(m.Ticket, 2)
        assert len(ticket2.messages) == 2
        first = s.scalars(select(m.Message).where(m.Message.message_id == "mail-0@etu.unicaen.fr")).one()
        assert len(first.ticket.messages) == 2
        assert first.mailbox_key.startswith(f"imap:{box.uidvalidity}:")
    assert count(dovecot, "INBOX") == 0 and count(dovecot, "Triage") == 7
    assert box.fetch_once(Receiver(sessions)) == 0
    box.close()


def test_flag_mode_keeps_mails_in_place_and_never_refetches(dovecot, sessions):
    append(dovecot, [make_mail(i) for i in range(4)])
    box = ImapBox(dovecot.url(), done_folder="")
    assert box.fetch_once(Receiver(sessions)) == 4
    assert box.fetch_once(Receiver(sessions)) == 0
    append(dovecot, [make_mail(9)])
    assert box.fetch_once(Receiver(sessions)) == 1
    assert count(dovecot, "INBOX") == 5 and n_messages(sessions) == 5
    box.close()


def test_uidvalidity_change_refetches_without_doubles(dovecot, sessions):
    client = imap(dovecot)
    client.create_folder("Support")
    client.logout()
    old = [make_mail(1), make_mail(2, message_id=False)]   # the second dedups by content hash
    append(dovecot, old, folder="Support")
    box = ImapBox(dovecot.url().replace("/INBOX", "/Support"), done_folder="")
    assert box.fetch_once(Receiver(sessions)) == 2
    first_validity = box.uidvalidity
    box.close()
    client = imap(dovecot)       # the folder is recreated: same mails, new UIDVALIDITY, no flags
    client.delete_folder("Support")
    client.create_folder("Support")
    client.logout()
    append(dovecot, [*old, make_mail(3)], folder="Support")
    assert box.fetch_once(Receiver(sessions)) == 3
    assert box.uidvalidity != first_validity
    assert n_messages(sessions) == 3
    box.close()


def _watcher(db: str, url: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.servers.watcher", "--db", db,
                             "--imap", url, *extra], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_sigkill_mid_batch_then_restart_stores_each_mail_once(dovecot, sessions, store_url):
    append(dovecot, [make_mail(i) for i in range(30)])
    proc = _watcher(store_url, dovecot.url(), "--once", "--delay", "5", "--batch", "10",
                    "--verbose")
    for line in proc.stdout:
        if line.startswith("stored"):                # the first batch is committed ...
            os.kill(proc.pid, signal.SIGKILL)        # ... and killed before it is marked done
            break
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert n_messages(sessions) == 10
    assert count(dovecot, "INBOX") == 30          # nothing marked done
    again = _watcher(store_url, dovecot.url(), "--once")
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    assert out.strip() == "done 30"               # all fetched again ...
    assert n_messages(sessions) == 30             # ... and none doubled
    with sessions() as s:
        assert s.scalar(select(func.count(func.distinct(m.Message.message_id)))) == 30
    assert count(dovecot, "INBOX") == 0


def test_watch_reconnects_after_dovecot_restart_mid_idle(dovecot, sessions):
    box = ImapBox(dovecot.url(), idle_seconds=0.5, max_backoff=1.0, timeout=5.0)
    stop = threading.Event()
    beats: list[float] = []          # signs of life: after each pass, and in IDLE between checks
    thread = threading.Thread(target=box.watch, args=(Receiver(sessions), stop),
                              kwargs={"beat": lambda: beats.append(time.monotonic())},
                              daemon=True)
    thread.start()
    try:
        append(dovecot, [make_mail(1)])
        assert wait_for(lambda: n_messages(sessions) == 1, timeout=120)
        # Back in IDLE: after the pass that stored the mail and the empty pass that follows it,
        # a third beat only comes from inside the IDLE wait.
        stored_at = len(beats)
        assert wait_for(lambda: len(beats) >= stored_at + 3, timeout=120)
        dovecot.restart()
        append(dovecot, [make_mail(2)])
        assert wait_for(lambda: n_messages(sessions) == 2, timeout=120), dovecot.log()[-2000:]
        assert wait_for(lambda: count(dovecot, "INBOX") == 0, timeout=120)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not thread.is_alive()


def test_watch_polls_when_the_idle_wait_is_cut(dovecot, sessions):
    """IDLE is only a hint: mails appended while the watcher is down are caught up on start."""
    append(dovecot, [make_mail(i) for i in range(3)])
    box = ImapBox(dovecot.url(), idle_seconds=0.5)
    stop = threading.Event()
    batches: list[int] = []
    thread = threading.Thread(target=box.watch, args=(Receiver(sessions), stop,
                                                      lambda: batches.append(1)))
    thread.start()
    try:
        assert wait_for(lambda: n_messages(sessions) == 3)
        append(dovecot, [make_mail(7)])
        assert wait_for(lambda: n_messages(sessions) == 4)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert 1 <= len(batches) <= 2       # called once per non-empty catch-up


@pytest.mark.imap
def test_starttls_and_implicit_tls(sessions):
    import shutil
    import ssl
    import tempfile

    from tests.servers.dovecot import start_dovecot
    base = Path(tempfile.mkdtemp(prefix="triage-dovecot-tls-"))
    server = start_dovecot(base, tls=True)
    try:
        append(server, [make_mail(1), make_mail(2)])
        ctx = ssl.create_default_context(cafile=str(base / "cert.pem"))
        starttls = ImapBox(server.url(starttls="1"), done_folder="", ssl_context=ctx)
        assert starttls.fetch_once(Receiver(sessions)) == 2
        starttls.close()
        url = server.url().replace("imap://", "imaps://").replace(f":{server.port}/",
                                                                    f":{server.tls_port}/")
        implicit = ImapBox(url, done_folder="", ssl_context=ctx)
        assert implicit.fetch_once(Receiver(sessions)) == 0     # same mails, already done
        implicit.close()
        untrusted = ImapBox(server.url(starttls="1"), done_folder="")   # system CAs only
        with pytest.raises(ssl.SSLError):
            untrusted.fetch_once(Receiver(sessions))
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.imap
def test_xoauth2_login_checked_by_the_identity_provider(sessions):
    """XOAUTH2 end to end: Dovecot's oauth2 passdb POSTs each token to an introspection
    endpoint (RFC 7662) on loopback, as it would to the university's identity provider."""
    import json
    import shutil
    import tempfile
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs

    from imapclient.exceptions import LoginError

    from tests.servers.dovecot import start_dovecot
    seen: list[str] = []

    class Introspection(BaseHTTPRequestHandler):
        def do_POST(self):      # noqa: N802 - http.server's naming
            form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
            token = form.get("token", [""])[0]
            seen.append(token)
            body = json.dumps({"active": token == "jeton-valide", "username": "cemu"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    idp = ThreadingHTTPServer(("127.0.0.1", 0), Introspection)
    threading.Thread(target=idp.serve_forever, daemon=True).start()
    base = Path(tempfile.mkdtemp(prefix="triage-dovecot-oauth-"))
    server = start_dovecot(base, oauth_introspection_url=
                           f"http://127.0.0.1:{idp.server_address[1]}/introspect")
    try:
        append(server, [make_mail(1), make_mail(2)])
        url = server.url().replace(f"cemu:{server.password}@", "cemu@")     # no password at all
        box = ImapBox(url, auth="xoauth2", oauth_token="jeton-valide", done_folder="")
        assert box.fetch_once(Receiver(sessions)) == 2
        box.close()
        refused = ImapBox(url, auth="xoauth2", oauth_token="jeton-expire", done_folder="")
        with pytest.raises(LoginError):
            refused.fetch_once(Receiver(sessions))
        assert set(seen) == {"jeton-valide", "jeton-expire"}      # the IdP decided both
    finally:
        server.stop()
        idp.shutdown()
        shutil.rmtree(base, ignore_errors=True)


def test_first_contact_with_a_mailbox_that_only_has_inbox(dovecot, tmp_path):
    """`triage watch --once`, the installed command's way, on a mailbox without the folder it
    moves mail to: the folder is created, the mails stored and moved, no traceback."""
    append(dovecot, [make_mail(i) for i in range(3)])
    store = f"sqlite:///{tmp_path / 'store.db'}"
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")},
           "TRIAGE_DATABASE_URL": store, "TRIAGE_MAILBOX_URL": dovecot.url(),
           "TRIAGE_MAILBOX_DONE_FOLDER": "Traités 2026", "TRIAGE_MAILBOX_SENT_FOLDER": "Envoyés"}
    run = lambda *args: subprocess.run([sys.executable, "-m", "triage", *args], cwd=tmp_path,
                                       env=env, capture_output=True, text=True, timeout=120)
    assert run("db", "upgrade").returncode == 0
    result = run("watch", "--once", "--no-triage")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "3 courriel(s) relevé(s)" in result.stdout
    assert count(dovecot, "Traités 2026") == 3 and count(dovecot, "INBOX") == 0
    assert count(dovecot, "Envoyés") == 0           # created, empty until a reply is sent


def test_a_wrong_mailbox_password_is_one_line(dovecot, tmp_path):
    store = f"sqlite:///{tmp_path / 'store.db'}"
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")},
           "TRIAGE_DATABASE_URL": store,
           "TRIAGE_MAILBOX_URL": dovecot.url().replace(dovecot.password, "wrong")}
    run = lambda *args: subprocess.run([sys.executable, "-m", "triage", *args], cwd=tmp_path,
                                       env=env, capture_output=True, text=True, timeout=120)
    assert run("db", "upgrade").returncode == 0
    result = run("watch", "--once")
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Erreur : la boîte aux lettres refuse")
    assert "wrong" not in result.stderr
