"""A throw-away PostgreSQL server from the system's packages, for the sync tests and benchmarks.

``PgCluster.start()`` runs ``initdb`` in a fresh temporary folder and starts ``postgres`` on a free
loopback port (as the ``postgres`` user when we are root: PostgreSQL refuses to run as root);
``stop()`` shuts it down and removes the folder. Host connections need a password
(scram-sha-256), given through a password file (``PGPASSFILE``): the way a team's desktops get it.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "postgres"
SUPERPASS = "super-secret"


def find_bindir() -> Path | None:
    """Debian's versioned folder (newest first), else wherever ``pg_ctl`` is on PATH."""
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        if os.path.exists(os.path.join(cand, "initdb")) and os.path.exists(os.path.join(cand, "postgres")):
            return Path(cand)
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl:
        real = Path(os.path.realpath(pg_ctl)).parent
        if (real / "initdb").exists() and (real / "postgres").exists():
            return real
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgCluster:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="annotator-pg-"))
        self.data = self.root / "data"
        self.passfile = self.root / "pgpass"
        self.port = 0
        self._as_postgres = os.geteuid() == 0
        self.passwords: dict[str, str] = {SUPERUSER: SUPERPASS}

    # -------------------------------------------------------------------------------- lifecycle
    def _run(self, *args: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, **kw)

    def start(self) -> "PgCluster":
        os.chmod(self.root, 0o755)
        pwfile = self.root / "pw"
        pwfile.write_text(SUPERPASS + "\n")
        if self._as_postgres:
            shutil.chown(self.root, "postgres")
            shutil.chown(pwfile, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--pwfile", str(pwfile),
                  "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")
        pwfile.unlink()
        self.port = _free_port()
        self.start_server()
        self._write_passfile()
        return self

    def start_server(self) -> None:
        opts = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.root} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        res = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-t", "60",
                        "-o", opts, "start", check=False)
        if res.returncode != 0:
            log = (self.root / "log").read_text() if (self.root / "log").exists() else ""
            raise RuntimeError(f"postgres did not start: {res.stderr}\n{log[-2000:]}")

    def stop_server(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def stop(self) -> None:
        try:
            self.stop_server("immediate")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # -------------------------------------------------------------------------------- access
    def _write_passfile(self) -> None:
        lines = [f"127.0.0.1:{self.port}:*:{user}:{pw}" for user, pw in self.passwords.items()]
        self.passfile.write_text("\n".join(lines) + "\n")
        os.chmod(self.passfile, 0o600)

    def url(self, user: str = SUPERUSER, dbname: str = "postgres") -> str:
        """A URL without password (the password comes from ``PGPASSFILE``)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}?sslmode=disable"

    def env(self) -> dict[str, str]:
        return {"PGPASSFILE": str(self.passfile)}

    def sql(self, statement: str, *, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(dbname=dbname), autocommit=True,
                             passfile=str(self.passfile)) as conn:  # type: ignore[call-arg]
            conn.execute(statement)  # type: ignore[arg-type]

    def create_database(self, name: str) -> str:
        self.sql(f'CREATE DATABASE "{name}"')
        return name

    def create_login(self, user: str, password: str | None = None) -> None:
        password = password or f"pw-{user}"
        self.sql(f"CREATE ROLE \"{user}\" LOGIN PASSWORD '{password}'")
        self.passwords[user] = password
        self._write_passfile()

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while self._run("pg_isready", "-h", "127.0.0.1", "-p", str(self.port), check=False).returncode != 0:
            if time.monotonic() > deadline:
                raise RuntimeError("postgres did not come back")
            time.sleep(0.2)
