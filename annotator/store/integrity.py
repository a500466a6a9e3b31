"""``annotator check``: is the project file whole, and does its content agree with itself?

* SQLite's ``integrity_check`` and ``foreign_key_check``;
* every document's text against its content hash (a changed text is never exported);
* the append-only history replayed per (document, annotator) against the stored annotations of
  humans and the gold version (model pre-annotations are written without history).

Each finding carries a repair hint. Nothing is written.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from annotator.core.model import content_hash
from annotator.store.stale import _norm

ERROR, WARNING = "error", "warning"

HINT_DAMAGED = ("restore the latest backup (`annotator backup` makes one; one is also taken before every "
                "upgrade), or salvage with `sqlite3 P .recover | sqlite3 NEW` and check NEW")
HINT_TEXT = ("the text was changed outside annotator or the file is damaged: restore a backup, or re-import "
             "the original article and copy its annotations")
HINT_HISTORY = ("the stored annotations are not what the history says: the file was edited outside annotator; "
                "the stored state is what the window shows and exports; restore a backup if it is wrong")


@dataclass(frozen=True, slots=True)
class Finding:
    level: str
    what: str
    hint: str

    def __str__(self) -> str:
        return f"{self.level}: {self.what}\n  hint: {self.hint}"


def check(conn: sqlite3.Connection, progress: Callable[[int, int, str], None] | None = None) -> list[Finding]:
    findings: list[Finding] = []
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(100)")]
    except sqlite3.DatabaseError as exc:
        return [Finding(ERROR, f"the database cannot be read: {exc}", HINT_DAMAGED)]
    if rows != ["ok"]:
        findings += [Finding(ERROR, f"integrity_check: {r}", HINT_DAMAGED) for r in rows]
    try:
        fks = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        fks = [(f"unreadable: {exc}",)]
    for fk in fks[:50]:
        findings.append(Finding(ERROR, f"foreign_key_check: {' '.join(str(x) for x in fk)}", HINT_DAMAGED))
    try:
        findings += _check_texts(conn, progress)
        findings += _check_history(conn)
    except sqlite3.DatabaseError as exc:
        findings.append(Finding(ERROR, f"reading the project failed: {exc}", HINT_DAMAGED))
    return findings


def _check_texts(conn: sqlite3.Connection, progress: Callable[[int, int, str], None] | None) -> list[Finding]:
    out = []
    total = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    done, last = 0, 0
    while True:
        rows = conn.execute("SELECT id, hash, text FROM documents WHERE id > ? ORDER BY id LIMIT 500",
                            (last,)).fetchall()
        if not rows:
            break
        for doc_id, hash_, text in rows:
            if not isinstance(text, str) or content_hash(text) != hash_:
                out.append(Finding(ERROR, f"document {doc_id}: its text does not match its content hash", HINT_TEXT))
        done += len(rows)
        last = rows[-1][0]
        if progress:
            progress(done, total, "texts")
    return out


def _check_history(conn: sqlite3.Connection) -> list[Finding]:
    """Replay every change of every history row of humans and gold, and compare with the tables."""
    kinds = dict(conn.execute("SELECT name, kind FROM annotators"))
    replayed: dict[tuple[int, str], dict[tuple[str, Any], Any]] = {}
    out: list[Finding] = []
    for hid, doc_id, annotator, raw in conn.execute(
            "SELECT id, doc_id, annotator, changes FROM history WHERE doc_id IS NOT NULL ORDER BY id"):
        if kinds.get(annotator) == "model":
            continue
        try:
            changes = json.loads(raw)
            state = replayed.setdefault((doc_id, annotator), {})
            for ch in changes:
                layer, key, after = ch["layer"], ch.get("key"), ch.get("after")
                if layer == "entity" and after is not None and key is None:
                    key = after.get("id")
                state[(layer, key)] = _norm(layer, after)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            out.append(Finding(ERROR, f"history row {hid}: unreadable ({exc})", HINT_DAMAGED))
    for (doc_id, annotator), state in sorted(replayed.items()):
        stored = _stored(conn, doc_id, annotator)
        expected = {k: v for k, v in state.items() if v is not None and k[0] != "status"}
        got = {k: v for k, v in stored.items() if k[0] != "status"}
        if expected != got:
            missing = len(expected.keys() - got.keys())
            extra = len(got.keys() - expected.keys())
            differ = sum(1 for k in expected.keys() & got.keys() if expected[k] != got[k])
            out.append(Finding(WARNING, f"document {doc_id}, {annotator}: the history does not explain the stored "
                                        f"annotations ({missing} missing, {extra} not in the history, "
                                        f"{differ} different)", HINT_HISTORY))
        st = state.get(("status", None))
        if st is not None and stored.get(("status", None)) != st:
            out.append(Finding(WARNING, f"document {doc_id}, {annotator}: the stored status is not the one "
                                        "the history ends with", HINT_HISTORY))
    return out


def _stored(conn: sqlite3.Connection, doc_id: int, annotator: str) -> dict[tuple[str, Any], Any]:
    out: dict[tuple[str, Any], Any] = {}
    for i, *rest in conn.execute('SELECT id, start, "end", label, source, confidence, company FROM entities '
                                 "WHERE doc_id = ? AND annotator = ?", (doc_id, annotator)):
        out[("entity", i)] = tuple(rest)
    for company, name, value, source, conf, ev in conn.execute(
            "SELECT company, name, value, source, confidence, evidence FROM sentiments WHERE doc_id = ? "
            "AND annotator = ?", (doc_id, annotator)):
        out[("sentiment", company)] = _norm("sentiment", {"name": name, "value": value, "source": source,
                                                          "confidence": conf, "evidence": ev})
    for label, source, conf, ev in conn.execute(
            "SELECT label, source, confidence, evidence FROM events WHERE doc_id = ? AND annotator = ?",
            (doc_id, annotator)):
        out[("event", label)] = _norm("event", {"source": source, "confidence": conf, "evidence": ev})
    row = conn.execute("SELECT status, comment FROM doc_status WHERE doc_id = ? AND annotator = ?",
                       (doc_id, annotator)).fetchone()
    if row is not None:
        out[("status", None)] = tuple(row)
    return out
