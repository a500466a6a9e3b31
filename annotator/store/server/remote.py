"""Reading and writing the team server's tables for one project (psycopg 3).

Writers call :func:`lock` first: one transaction-level advisory lock per project orders the
change numbers (``seq``) by commit, so a reader that saw number N has seen everything below N.
Every write is idempotent: documents and history rows are inserted once (``ON CONFLICT DO
NOTHING``), a version is replaced only by a newer one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from annotator.core.errors import SyncError

CHANNEL = "annotator_sync"
HISTORY_COLS = "uid, origin, clock, doc_hash, annotator, ts, action, changes, undoes, redoes"


@dataclass(frozen=True, slots=True)
class Member:
    person: str
    annotator: str
    role: str  # annotator | reviewer | lead


@dataclass
class Changes:
    """What a pull brings: everything with a change number above ``since``."""

    since: int
    upto: int
    project: dict[str, Any] | None  # {"schema", "settings", "assignments"} when the plan or schema changed
    versions: list[tuple[str, str, str, Any, str]]  # (doc_hash, annotator, kind, state, updated)
    history: list[tuple[Any, ...]]
    # (uid, origin, clock, doc_hash, annotator, ts, action, changes, undoes, redoes)
    drafts: list[tuple[Any, ...]] = field(default_factory=list)
    # other desktops' states of versions: (doc_hash, annotator, origin, state, uids)


def lock(conn: psycopg.Connection, project: str) -> None:
    conn.execute("SELECT pg_advisory_xact_lock(hashtext('annotator:' || %s))", (project,))


def notify(conn: psycopg.Connection, project: str) -> None:
    """Wake the desktops watching ``project`` (delivered when the transaction commits)."""
    conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, project))


def whoami(conn: psycopg.Connection, project: str) -> Member | None:
    row = conn.execute("SELECT person, annotator, role FROM annotator.members WHERE project = %s AND person = current_user",
                       (project,)).fetchone()
    return Member(*row) if row else None


def current_user(conn: psycopg.Connection) -> str:
    return conn.execute("SELECT current_user").fetchone()[0]  # type: ignore[index]


def members(conn: psycopg.Connection, project: str) -> list[Member]:
    return [Member(*r) for r in conn.execute(
        "SELECT person, annotator, role FROM annotator.members WHERE project = %s ORDER BY person", (project,))]


def add_member(conn: psycopg.Connection, project: str, person: str, annotator: str, role: str) -> None:
    """Map a login role to an annotator name and a role in ``project`` (grants the group role)."""
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (person,)).fetchone()
    if not exists:
        raise SyncError(f"the server has no login role {person!r}; create it first "
                        f"(CREATE ROLE \"{person}\" LOGIN PASSWORD '...')", code="E860")
    try:
        conn.execute(psycopg.sql.SQL("GRANT annotator_member TO {}").format(psycopg.sql.Identifier(person)))
    except psycopg.errors.InsufficientPrivilege as exc:
        raise SyncError(f"you may not grant annotator_member to {person!r}; ask the server's administrator "
                        "(the role that ran `annotator server init`)", code="E861") from exc
    try:
        conn.execute(
            "INSERT INTO annotator.members(project, person, annotator, role) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (project, person) DO UPDATE SET annotator = excluded.annotator, role = excluded.role",
            (project, person, annotator, role))
    except psycopg.errors.UniqueViolation as exc:
        raise SyncError(f"annotator name {annotator!r} already belongs to another person in {project!r}",
                        code="E862") from exc
    except psycopg.errors.CheckViolation as exc:
        raise SyncError(f"{annotator!r} cannot be a person's annotator name (reserved) or {role!r} is not "
                        "annotator, reviewer or lead", code="E863") from exc


# ------------------------------------------------------------------------------------ project
def get_project(conn: psycopg.Connection, project: str) -> tuple[Any, Any, int] | None:
    row = conn.execute("SELECT schema, settings, seq FROM annotator.projects WHERE name = %s", (project,)).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def put_project(conn: psycopg.Connection, project: str, schema: dict[str, Any], settings: dict[str, Any]) -> None:
    """Create or update the project row (its change number moves: desktops re-read plan and schema)."""
    conn.execute(
        "INSERT INTO annotator.projects(name, schema, settings) VALUES (%s, %s, %s) "
        "ON CONFLICT (name) DO UPDATE SET schema = excluded.schema, settings = excluded.settings",
        (project, Jsonb(schema), Jsonb(settings)))


def put_documents(conn: psycopg.Connection, project: str, rows: Iterable[Sequence[Any]]) -> int:
    """Rows of (hash, text, title, source, url, published, meta_json); existing hashes are kept."""
    before = conn.execute("SELECT count(*) FROM annotator.documents WHERE project = %s", (project,)).fetchone()[0]  # type: ignore[index]
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO annotator.documents(project, hash, text, title, source, url, published, meta) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s::jsonb) ON CONFLICT DO NOTHING",
            [(project, *r) for r in rows])
    after = conn.execute("SELECT count(*) FROM annotator.documents WHERE project = %s", (project,)).fetchone()[0]  # type: ignore[index]
    return after - before


def put_assignments(conn: psycopg.Connection, project: str, pairs: Iterable[tuple[str, str]]) -> None:
    """Replace the project's assignment plan by ``(annotator, doc_hash)`` pairs."""
    conn.execute("DELETE FROM annotator.assignments WHERE project = %s", (project,))
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO annotator.assignments(project, annotator, doc_hash) VALUES (%s, %s, %s) "
                        "ON CONFLICT DO NOTHING", [(project, a, h) for a, h in pairs])


def assignments(conn: psycopg.Connection, project: str) -> list[tuple[str, str]]:
    return [(a, h) for a, h in conn.execute(
        "SELECT annotator, doc_hash FROM annotator.assignments WHERE project = %s ORDER BY annotator, doc_hash",
        (project,))]


def document_hashes(conn: psycopg.Connection, project: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT hash FROM annotator.documents WHERE project = %s ORDER BY hash",
                                       (project,))]


def documents(conn: psycopg.Connection, project: str, hashes: Sequence[str]) -> list[tuple[Any, ...]]:
    """(hash, text, title, source, url, published, meta) of the given documents."""
    return conn.execute(
        "SELECT hash, text, title, source, url, published, meta FROM annotator.documents "
        "WHERE project = %s AND hash = ANY(%s) ORDER BY hash", (project, list(hashes))).fetchall()


# ------------------------------------------------------------------------------------ versions & history
def push(conn: psycopg.Connection, project: str, versions: Sequence[tuple[str, str, str, Any, str]],
         history: Sequence[tuple[Any, ...]], *, origin: str = "",
         uids: dict[tuple[str, str], list[str]] | None = None) -> tuple[int, int]:
    """Insert history rows once and replace versions by newer ones; ``(history added, versions written)``.

    ``versions``: (doc_hash, annotator, kind, state, updated); ``history``: (uid, origin, clock,
    doc_hash, annotator, ts, action, changes, undoes, redoes). The caller holds :func:`lock`.
    """
    added = written = 0
    with conn.cursor() as cur:
        if history:
            cur.execute("CREATE TEMP TABLE IF NOT EXISTS push_history (uid text, origin text, clock bigint, "
                        "doc_hash text, annotator text, ts text, action text, changes jsonb, undoes text, redoes text) "
                        "ON COMMIT DELETE ROWS")
            with cur.copy(f"COPY push_history ({HISTORY_COLS}) FROM STDIN") as copy:
                for row in history:
                    copy.write_row((*row[:7], Jsonb(row[7]), row[8], row[9]))
            cur.execute(
                f"INSERT INTO annotator.history(project, {HISTORY_COLS}) SELECT %s, {HISTORY_COLS} FROM push_history "
                "ON CONFLICT (project, uid) DO NOTHING", (project,))
            added = cur.rowcount
        if versions:  # one pipelined batch, not a round trip per version
            cur.executemany(
                "INSERT INTO annotator.versions(project, doc_hash, annotator, kind, state, updated) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (project, doc_hash, annotator) DO UPDATE "
                "SET state = excluded.state, updated = excluded.updated, kind = excluded.kind, "
                "pushed_by = current_user WHERE annotator.versions.updated < excluded.updated",
                [(project, h, a, k, Jsonb(st), up) for h, a, k, st, up in versions])
            written = cur.rowcount
        if versions and origin:
            cur.executemany(
                "INSERT INTO annotator.desktop_versions(project, doc_hash, annotator, origin, state, uids) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (project, doc_hash, annotator, origin) DO UPDATE "
                "SET state = excluded.state, uids = excluded.uids",
                [(project, h, a, origin, Jsonb(st), (uids or {}).get((h, a), [])) for h, a, _k, st, _up in versions])
    return added, written


def pull(conn: psycopg.Connection, project: str, since: int, *, doc_hashes: Sequence[str] | None = None,
         annotator: str | None = None, origin: str = "") -> Changes:
    """Everything above change number ``since`` (or, with ``doc_hashes``, everything on those
    documents, of ``annotator`` only if given)."""
    if doc_hashes is not None:
        cond, args = "project = %s AND doc_hash = ANY(%s)", (project, list(doc_hashes))
        if annotator is not None:
            cond, args = cond + " AND annotator = %s", (*args, annotator)
    else:
        cond, args = "project = %s AND seq > %s", (project, since)
    upto = since
    proj = None
    row = conn.execute("SELECT schema, settings, seq FROM annotator.projects WHERE name = %s", (project,)).fetchone()
    if row is None:
        raise SyncError(f"the server has no project {project!r} (or you are not one of its members)", code="E864")
    if doc_hashes is None and row[2] > since:
        proj = {"schema": row[0], "settings": row[1], "assignments": assignments(conn, project)}
        upto = max(upto, row[2])
    versions = conn.execute(
        f"SELECT doc_hash, annotator, kind, state, updated, seq FROM annotator.versions WHERE {cond} ORDER BY seq",
        args).fetchall()
    history = conn.execute(f"SELECT {HISTORY_COLS}, seq FROM annotator.history WHERE {cond} ORDER BY seq",
                           args).fetchall()
    drafts = conn.execute(
        f"SELECT doc_hash, annotator, origin, state, uids, seq FROM annotator.desktop_versions WHERE {cond} "
        "AND origin <> %s ORDER BY seq", (*args, origin)).fetchall()
    if doc_hashes is None:
        upto = max([upto] + [v[5] for v in versions] + [h[10] for h in history] + [d[5] for d in drafts])
    return Changes(since=since, upto=upto, project=proj,
                   versions=[tuple(v[:5]) for v in versions],  # type: ignore[misc]
                   history=[tuple(h[:10]) for h in history], drafts=[tuple(d[:5]) for d in drafts])


def rows_by_uid(conn: psycopg.Connection, project: str, uids: Sequence[str]) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(
        f"SELECT {HISTORY_COLS} FROM annotator.history WHERE project = %s AND uid = ANY(%s)", (project, list(uids)))]


def pending_elsewhere(conn: psycopg.Connection, project: str, since: int) -> int:
    """How many changes above ``since`` the server holds (for the status indicator)."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM annotator.history WHERE project = %s AND seq > %s) + "
        "(SELECT count(*) FROM annotator.projects WHERE name = %s AND seq > %s)", (project, since, project, since)
    ).fetchone()
    return int(row[0]) if row else 0
