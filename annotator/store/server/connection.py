"""Opening the team server and migrating its schema.

Credentials never come from the project file: libpq reads them from ``PGPASSWORD``/``PGUSER``...,
a service file (``service=NAME``, ``PGSERVICEFILE``) or the password file (``~/.pgpass``,
``PGPASSFILE``). TLS settings (``sslmode``, ``sslrootcert``) are passed through as given.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import psycopg
from psycopg import conninfo as _conninfo

from annotator.core.errors import SyncError

CONNECT_TIMEOUT = 10  # seconds: "offline" is said after this long at most
_MIGRATION_FILE = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def parse(url: str) -> dict[str, Any]:
    """The connection string's parameters, or a coded error (nothing is connected)."""
    if not isinstance(url, str) or not url.strip():
        raise SyncError("name a server: a postgresql:// URL, a conninfo string or service=NAME", code="E851")
    try:
        return _conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise SyncError(f"not a PostgreSQL connection string: {url!r} ({exc})", code="E851") from exc


def storable(url: str) -> str:
    """``url`` if it may be written into a project file: refuses one that carries a password."""
    if "password" in parse(url):
        raise SyncError(
            "the connection string carries a password; the project file must not store it. Give the "
            "URL without the password and put the password in ~/.pgpass (or PGPASSFILE), a service file "
            "(service=NAME) or PGPASSWORD", code="E852")
    return url


def describe(url: str) -> str:
    """Where ``url`` points, for messages (never shows a password)."""
    p = parse(url)
    if p.get("service"):
        return f"service {p['service']}"
    host = p.get("host") or "local socket"
    port = f":{p['port']}" if p.get("port") else ""
    db = p.get("dbname") or p.get("user") or ""
    return f"{host}{port}/{db}"


def connect(url: str, *, autocommit: bool = False, timeout: int = CONNECT_TIMEOUT) -> psycopg.Connection:
    """Open the server; an unreachable or refusing server is a coded error (E853)."""
    parse(url)
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=timeout,
                               application_name="annotator")
    except psycopg.OperationalError as exc:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SyncError(f"cannot reach the server at {describe(url)}: {msg}", code="E853") from exc


# ------------------------------------------------------------------------------------ migrations
def migration_files() -> list[tuple[int, str, str]]:
    """``(number, name, sql)`` of the server migrations, in order."""
    folder = resources.files("annotator.resources").joinpath("server")
    out = []
    for item in folder.iterdir():
        m = _MIGRATION_FILE.match(item.name)
        if m:
            out.append((int(m.group(1)), item.name, item.read_text(encoding="utf-8")))
    out.sort()
    if [n for n, _, _ in out] != list(range(1, len(out) + 1)):
        raise SyncError("the server migrations are not numbered 001, 002, ... without gaps", code="E899")
    return out


LATEST_SERVER = len(migration_files())


def server_version(conn: psycopg.Connection) -> int:
    """The server schema's migration level (0: not initialised)."""
    row = conn.execute("SELECT to_regclass('annotator.server_meta') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return 0
    row = conn.execute("SELECT value FROM annotator.server_meta WHERE key = 'version'").fetchone()
    return int(row[0]) if row else 0


def check_version(conn: psycopg.Connection) -> int:
    """Refuse a server that is not initialised or is newer than this annotator knows."""
    version = server_version(conn)
    if version == 0:
        raise SyncError("the server has no annotator schema; run `annotator server init URL` first", code="E854")
    if version > LATEST_SERVER:
        raise SyncError(f"the server's schema is version {version}, this annotator knows up to "
                        f"{LATEST_SERVER}; upgrade annotator", code="E855")
    if version < LATEST_SERVER:
        raise SyncError(f"the server's schema is version {version}, this annotator needs {LATEST_SERVER}; "
                        "ask whoever runs the server to run `annotator server init URL` again", code="E856")
    return version


def migrate(conn: psycopg.Connection) -> tuple[int, int]:
    """Create or upgrade the server schema (each migration one transaction); ``(before, after)``."""
    files = migration_files()
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('annotator:migrate'))")
        before = server_version(conn)
    if before > len(files):
        raise SyncError(f"the server's schema is version {before}, newer than this annotator "
                        f"({len(files)}); upgrade annotator", code="E855")
    current = before
    for number, name, sql in files[before:]:
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(hashtext('annotator:migrate'))")
                if server_version(conn) >= number:  # someone else did it meanwhile
                    continue
                conn.execute(sql)  # type: ignore[arg-type]  # plain SQL from our own resources
                conn.execute("INSERT INTO annotator.server_meta(key, value) VALUES ('version', %s) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(number),))
        except psycopg.errors.InsufficientPrivilege as exc:
            raise SyncError(f"{name}: the server refused ({exc.diag.message_primary}); run `server init` as "
                            "the database owner with the right to create roles", code="E857") from exc
        current = number
    return before, current
