"""A throw-away Dovecot IMAP server on loopback for tests and benchmarks.

Debian's dovecot-imapd binary with a config of our own in a temp dir: plain IMAP on a random
127.0.0.1 port, passwd-file auth, maildir storage. As root the mail files belong to the
`dovecot` system user (Dovecot refuses UID 0 for mail); otherwise everything runs as the caller.
"""
from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tests.servers.waiting import wait_for

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
PASSWORD = "secret"

CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
info_log_path = {base}/dovecot.log
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth_mechanisms}
default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
first_valid_uid = {uid}
last_valid_uid = 0
mail_location = maildir:{base}/mail/%u/Maildir
mail_plugins =
mailbox_list_index = yes
imap_idle_notify_interval = 1 secs
mailbox_idle_check_interval = 1 secs
mail_max_userip_connections = 50
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
{oauth_passdb}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={base}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Triage {{
    auto = subscribe
  }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class DovecotServer:
    base: Path
    port: int
    tls_port: int = 0                   # imaps port when started with tls=True
    users: list[str] = field(default_factory=lambda: ["cemu"])
    password: str = PASSWORD

    @property
    def config(self) -> Path:
        return self.base / "dovecot.conf"

    def url(self, user: str = "cemu", **query: str) -> str:
        """imap://user:pass@127.0.0.1:port/INBOX[?k=v]."""
        q = "&".join(f"{k}={v}" for k, v in query.items())
        return f"imap://{user}:{self.password}@127.0.0.1:{self.port}/INBOX" + (f"?{q}" if q else "")

    def start(self) -> None:
        # The daemon keeps inherited pipes open: never capture its output, read the log.
        result = subprocess.run([DOVECOT, "-c", str(self.config)], stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if result.returncode != 0:
            raise RuntimeError(f"dovecot failed to start:\n{self.log()[-3000:]}")
        _wait_port(self.port)

    def stop(self) -> None:
        """Stop the master process (and so every IMAP session)."""
        pidfile = self.base / "run" / "master.pid"
        subprocess.run([DOVECOT, "-c", str(self.config), "stop"], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Generous: a loaded machine takes seconds to stop the master and its sessions.
        if wait_for(lambda: not pidfile.exists() and not _port_open(self.port), timeout=60):
            return
        if pidfile.exists():
            try:
                os.kill(int(pidfile.read_text().strip()), signal.SIGKILL)
            except (ProcessLookupError, ValueError):
                pass
        wait_for(lambda: not _port_open(self.port), timeout=60)

    def restart(self) -> None:
        self.stop()
        self.start()

    def log(self) -> str:
        path = self.base / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _wait_port(port: int, timeout: float = 60.0) -> None:
    if not wait_for(lambda: _port_open(port), timeout=timeout):
        raise RuntimeError(f"dovecot did not open port {port} in {timeout:.0f} s")


def _identity() -> tuple[str, str, str, int, int]:
    """(internal user, its group, login user, mail uid, mail gid)."""
    if os.geteuid() == 0:
        internal = pwd.getpwnam("dovecot")
        login = "dovenull"
    else:
        internal = pwd.getpwuid(os.geteuid())
        login = internal.pw_name
    import grp
    group = grp.getgrgid(internal.pw_gid).gr_name
    return internal.pw_name, group, login, internal.pw_uid, internal.pw_gid


def _self_signed(base: Path) -> str:
    """A throw-away certificate for 127.0.0.1; returns Dovecot's ssl settings."""
    cert, key = base / "cert.pem", base / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}"


def start_dovecot(base: Path | None = None, users: tuple[str, ...] = ("cemu",),
                  tls: bool = False, oauth_introspection_url: str = "") -> DovecotServer:
    """Write a config in `base` (a temp dir by default), start Dovecot, wait for its port.

    With tls=True, STARTTLS is offered on `port` and implicit TLS listens on `tls_port`;
    the certificate is `base/cert.pem`. With an introspection URL, XOAUTH2 and OAUTHBEARER are
    offered too, each token checked by POSTing it there (RFC 7662), as against the CAS/IdP."""
    if not Path(DOVECOT).exists():
        raise RuntimeError("dovecot not found: install Debian's dovecot-imapd")
    base = Path(base or tempfile.mkdtemp(prefix="triage-dovecot-"))
    for sub in ("run", "state", "mail"):
        (base / sub).mkdir(parents=True, exist_ok=True)
    internal, group, login, uid, gid = _identity()
    server = DovecotServer(base, free_port(), tls_port=free_port() if tls else 0,
                           users=list(users))
    (base / "passwd").write_text("".join(f"{u}:{{PLAIN}}{PASSWORD}::::::\n" for u in users))
    oauth_passdb = oauth_mechanisms = ""
    if oauth_introspection_url:
        (base / "oauth2.conf").write_text(
            f"introspection_mode = post\nintrospection_url = {oauth_introspection_url}\n"
            "tokeninfo_url = \nusername_attribute = username\nactive_attribute = active\n"
            "active_value = true\n")
        oauth_passdb = (f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                        f"  args = {base}/oauth2.conf\n}}\n")
        oauth_mechanisms = " xoauth2 oauthbearer"
    server.config.write_text(CONFIG.format(
        oauth_passdb=oauth_passdb, oauth_mechanisms=oauth_mechanisms, base=base, port=server.port, internal=internal, internal_group=group, login=login,
        uid=uid, gid=gid, tls_port=server.tls_port, ssl=_self_signed(base) if tls else "ssl = no"))
    if os.geteuid() == 0:
        os.chmod(base, 0o755)
        for path in (base / "mail", base / "state"):
            os.chown(path, uid, gid)
    server.start()
    return server
