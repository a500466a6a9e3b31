"""The global identity and order of history rows (migration 2).

Every history row has, besides its local ``id``:

* ``uid``: unique across every project file (32 hex digits; rows written before migration 2 get
  a uid derived from what every copy of them shares: annotator, document hash, time, action and
  their repeat count, so the same old row has the same uid in every file);
* ``origin``: the desktop (project file, meta ``desktop_id``) that wrote it (``legacy`` for old
  rows);
* ``clock``: a Lamport clock: a new row gets one more than the largest clock the file holds,
  merged rows keep theirs (so a file's clock is always past every row it has seen).

Rows are ordered by :data:`ORDER` = ``(clock, ts, uid)``: a total order that every desktop
computes the same way for the same rows, whatever order they were merged in. Undo/redo stacks
and review decisions follow it, never the local ids.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.store.records import HistoryRow

DESKTOP_KEY = "desktop_id"
LEGACY = "legacy"
ORDER = "clock, ts, uid"


@dataclass(frozen=True, slots=True)
class Identity:
    uid: str
    origin: str
    clock: int
    ts: str

    @property
    def order(self) -> tuple[int, str, str]:
        return (self.clock, self.ts, self.uid)


def legacy_uid(annotator: str, doc_hash: str, ts: str, action: str, repeat: int) -> str:
    raw = json.dumps([annotator, doc_hash, ts, action, repeat], ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def backfill_identity(conn: sqlite3.Connection) -> None:
    """Give this file a desktop id and every existing history row its identity (migration 2)."""
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", (DESKTOP_KEY, secrets.token_hex(8)))
    hashes = dict(conn.execute("SELECT id, hash FROM documents"))
    seen: Counter[tuple[Any, ...]] = Counter()
    rows = conn.execute("SELECT id, annotator, doc_id, ts, action FROM history ORDER BY id").fetchall()
    for id_, annotator, doc_id, ts, action in rows:
        key = (annotator, doc_id, ts, action)
        uid = legacy_uid(annotator, hashes.get(doc_id, ""), ts, action, seen[key])
        seen[key] += 1
        conn.execute("UPDATE history SET uid = ?, origin = ?, clock = 0 WHERE id = ?", (uid, LEGACY, id_))


def desktop_id(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (DESKTOP_KEY,)).fetchone()
    return row[0] if row else ""


def ordered_history(conn: sqlite3.Connection, doc_id: int, annotator: str) -> list[HistoryRow]:
    """One annotator's history of one document in the desktop-independent order."""
    rows = conn.execute(
        "SELECT id, ts, annotator, doc_id, action, changes, undoes, redoes FROM history "
        f"WHERE doc_id = ? AND annotator = ? ORDER BY {ORDER}", (doc_id, annotator))
    return [HistoryRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7]) for r in rows]


def identities(conn: sqlite3.Connection, doc_id: int, annotator: str) -> dict[int, Identity]:
    """``{local id: Identity}`` of one annotator's rows on one document."""
    return {r[0]: Identity(r[1], r[2] or "", r[3] or 0, r[4]) for r in conn.execute(
        "SELECT id, uid, origin, clock, ts FROM history WHERE doc_id = ? AND annotator = ?", (doc_id, annotator))}


def ids_by_uid(conn: sqlite3.Connection, uids: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    uids = list(uids)
    for k in range(0, len(uids), 500):
        chunk = uids[k : k + 500]
        out.update(conn.execute(f"SELECT uid, id FROM history WHERE uid IN ({','.join('?' * len(chunk))})", chunk))
    return out


def insert_row(conn: sqlite3.Connection, *, uid: str, origin: str, clock: int, ts: str, annotator: str,
               doc_id: int, action: str, changes: list[dict[str, Any]], undoes: int | None,
               redoes: int | None) -> int:
    """Append a row that keeps its global identity (a merged, foreign row)."""
    cur = conn.execute(
        "INSERT INTO history(ts, annotator, doc_id, action, changes, undoes, redoes, uid, origin, clock) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        (ts, annotator, doc_id, action, json.dumps(changes, ensure_ascii=False), undoes, redoes, uid, origin,
         int(clock)),
    )
    return cur.lastrowid  # type: ignore[return-value]
