"""A throw-away PostgreSQL cluster for the test session (initdb + pg_ctl on a free port)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def _bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    for directory in reversed(candidates):
        if (Path(directory) / "initdb").exists():
            return Path(directory)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    bindir: Path
    root: Path
    port: int
    runner: list[str]
    options: str = ""

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://klimamoeder@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://klimamoeder@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        subprocess.run([*self.runner, *args], check=True, capture_output=True, text=True)

    def halt(self) -> None:
        """Stop the server as a restart or a dropped network would: every open connection is cut."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        """Start the server again on the same port, with the same data."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-o", self.options,
                  "-l", str(self.root / "log"), "-w", "start")

    def stop(self) -> None:
        subprocess.run(
            [*self.runner, str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop"],
            capture_output=True, check=False,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def start() -> PostgresServer | None:
    """Start a cluster, or None when PostgreSQL is not installed here."""
    bindir = _bindir()
    if bindir is None:
        return None
    root = Path(tempfile.mkdtemp(prefix="klimamoeder-pg-"))
    runner: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            return None
        os.chown(root, user.pw_uid, user.pw_gid)
        runner = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -F -c full_page_writes=off"
    server = PostgresServer(bindir, root, port, runner, options)
    data = root / "data"
    server._run(str(bindir / "initdb"), "-D", str(data), "-U", "klimamoeder", "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
    server.resume()
    return server
