"""Global ids of entities, for syncing project files through a server.

Entity ids (``entities.id``) differ between desktops (history rows carry their own global
identity, :mod:`annotator.store.lineage`). What travels is ``"<desktop>:<local id>"`` from the
desktop where the entity was made; ``sync_entity_ids`` maps it to this file's id, both ways; a
foreign entity gets a fresh local id that this file's AUTOINCREMENT will never hand out again.
All functions run in the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def entity_gids(conn: sqlite3.Connection, desktop: str, local_ids: Iterable[int]) -> dict[int, str]:
    """Global ids of local entities; ids made here get ``desktop:id`` (recorded)."""
    ids = sorted(set(local_ids))
    out: dict[int, str] = {}
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        out.update(conn.execute(f"SELECT local, gid FROM sync_entity_ids WHERE local IN ({','.join('?' * len(chunk))})",
                                chunk).fetchall())
    new = [(i, f"{desktop}:{i}") for i in ids if i not in out]
    if new:
        conn.executemany("INSERT INTO sync_entity_ids(local, gid) VALUES (?, ?)", new)
        out.update(new)
    return out


def entity_locals(conn: sqlite3.Connection, gids: Iterable[str]) -> dict[str, int]:
    """Local ids of global entity ids; unknown ones get fresh local ids (recorded)."""
    want = sorted(set(gids))
    out: dict[str, int] = {}
    for k in range(0, len(want), 500):
        chunk = want[k : k + 500]
        out.update(conn.execute(f"SELECT gid, local FROM sync_entity_ids WHERE gid IN ({','.join('?' * len(chunk))})",
                                chunk).fetchall())
    missing = [g for g in want if g not in out]
    if missing:
        fresh = reserve_entity_ids(conn, len(missing))
        pairs = list(zip(fresh, missing, strict=True))
        conn.executemany("INSERT INTO sync_entity_ids(local, gid) VALUES (?, ?)", pairs)
        out.update((g, i) for i, g in pairs)
    return out


def reserve_entity_ids(conn: sqlite3.Connection, n: int) -> list[int]:
    """``n`` entity ids that AUTOINCREMENT will never hand out."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'entities'").fetchone()
    top = max(row[0] if row else 0, conn.execute("SELECT coalesce(max(id), 0) FROM entities").fetchone()[0],
              conn.execute("SELECT coalesce(max(local), 0) FROM sync_entity_ids").fetchone()[0])
    if row:
        conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'entities'", (top + n,))
    else:
        conn.execute("INSERT INTO sqlite_sequence(name, seq) VALUES ('entities', ?)", (top + n,))
    return list(range(top + 1, top + n + 1))
