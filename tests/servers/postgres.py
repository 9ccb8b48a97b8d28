"""A throw-away PostgreSQL server on loopback for tests and benchmarks.

initdb refuses to run as root, so as root the cluster is created and run by the `postgres`
system user (Debian's postgresql package creates it). Trust authentication on 127.0.0.1 only.
"""
from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PG_BIN_CANDIDATES = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def pg_bin(name: str) -> str:
    for d in PG_BIN_CANDIDATES:
        if (d / name).exists():
            return str(d / name)
    found = shutil.which(name)
    if not found:
        raise RuntimeError(f"{name} not found: install Debian's postgresql package")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@dataclass
class PostgresServer:
    datadir: Path
    port: int

    def url(self, db: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{db}"

    def create_database(self, name: str) -> str:
        subprocess.run([pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port),
                        "-U", "postgres", name], check=True, capture_output=True)
        return self.url(name)

    def start(self) -> None:
        subprocess.run(_as_user([pg_bin("pg_ctl"), "-D", str(self.datadir), "-w", "-l",
                                 str(self.datadir / "server.log"), "-o",
                                 f"-p {self.port} -k {self.datadir} -c listen_addresses=127.0.0.1 "
                                 "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                                 "start"]), check=True, capture_output=True)

    def stop(self, mode: str = "fast") -> None:
        subprocess.run(_as_user([pg_bin("pg_ctl"), "-D", str(self.datadir), "-m", mode, "-w",
                                 "stop"]), capture_output=True)

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def start_postgres(base: Path | None = None) -> PostgresServer:
    """initdb + start on a free loopback port; returns the running server."""
    if base is None or os.geteuid() == 0:
        # As root the cluster belongs to `postgres`, who cannot enter pytest's 0700 tmp dirs.
        base = Path(tempfile.mkdtemp(prefix="triage-pg-"))
    base = Path(base)
    datadir = base / "pgdata"
    datadir.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        for p in (base, datadir):
            os.chown(p, pw.pw_uid, pw.pw_gid)
        os.chmod(base, 0o755)
    subprocess.run(_as_user([pg_bin("initdb"), "-D", str(datadir), "-U", "postgres",
                             "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]),
                   check=True, capture_output=True)
    server = PostgresServer(datadir, free_port())
    server.start()
    for _ in range(50):
        if subprocess.run([pg_bin("pg_isready"), "-h", "127.0.0.1", "-p", str(server.port)],
                          capture_output=True).returncode == 0:
            break
        time.sleep(0.1)
    return server
