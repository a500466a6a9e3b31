"""Optimistic concurrency: an edit carries the state it read (each change's ``before``); inside the
write transaction that state is compared with what is stored now, and a change made from a stale
read is refused. Two windows of one annotator thus cannot resurrect an item the other deleted, nor
duplicate or overwrite one the other changed."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from annotator.store.records import ENTITY, EVENT, SENTIMENT, STATUS


def _ev(raw: Any) -> list[list[int]]:
    if isinstance(raw, str):
        raw = json.loads(raw)
    return [[int(a), int(b)] for a, b in (raw or [])]


def _norm(layer: str, state: dict[str, Any] | None) -> Any:
    if state is None:
        return None
    if layer == ENTITY:
        return (state["start"], state["end"], state["label"], state.get("source", "manual"),
                state.get("confidence"), state.get("company"))
    if layer == SENTIMENT:
        return (state.get("name", ""), state["value"], state.get("source", "manual"), state.get("confidence"),
                _ev(state.get("evidence")))
    if layer == EVENT:
        return (state.get("source", "manual"), state.get("confidence"), _ev(state.get("evidence")))
    if layer == STATUS:  # time spent grows without history rows (add_time): not part of the version
        return (state["status"], state.get("comment", ""))
    return state


def stored_state(conn: sqlite3.Connection, doc_id: int, annotator: str, layer: str, key: Any) -> Any:
    """The stored state of one item, normalised like :func:`_norm` (None when absent)."""
    if layer == ENTITY:
        if key is None:
            return None
        row = conn.execute('SELECT start, "end", label, source, confidence, company FROM entities '
                           "WHERE id = ? AND doc_id = ? AND annotator = ?", (key, doc_id, annotator)).fetchone()
        return None if row is None else tuple(row)
    if layer == SENTIMENT:
        row = conn.execute("SELECT name, value, source, confidence, evidence FROM sentiments "
                           "WHERE doc_id = ? AND annotator = ? AND company = ?", (doc_id, annotator, key)).fetchone()
        return None if row is None else (*row[:4], _ev(row[4]))
    if layer == EVENT:
        row = conn.execute("SELECT source, confidence, evidence FROM events WHERE doc_id = ? AND annotator = ? "
                           "AND label = ?", (doc_id, annotator, key)).fetchone()
        return None if row is None else (*row[:2], _ev(row[2]))
    if layer == STATUS:
        row = conn.execute("SELECT status, comment FROM doc_status WHERE doc_id = ? AND annotator = ?",
                           (doc_id, annotator)).fetchone()
        return None if row is None else tuple(row)
    return None


def stale_changes(conn: sqlite3.Connection, doc_id: int, annotator: str,
                  changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The changes whose ``before`` is not what is stored now (an entity added without an id is
    never stale: it is new)."""
    out = []
    seen: set[tuple[str, Any]] = set()
    removed = {ch.get("key") for ch in changes if ch["layer"] == ENTITY and ch.get("key") is not None}
    for ch in changes:
        layer, key = ch["layer"], ch.get("key")
        if layer == ENTITY and key is None:
            # A new entity replaces what it overlaps (doc.ents allows no overlap): an overlapping
            # entity the edit did not know of was added meanwhile; writing would duplicate it.
            after = ch.get("after")
            if after is not None:
                others = {r[0] for r in conn.execute(
                    'SELECT id FROM entities WHERE doc_id = ? AND annotator = ? AND start < ? AND "end" > ?',
                    (doc_id, annotator, after["end"], after["start"]))}
                if others - removed:
                    out.append(ch)
            continue
        if (layer, key) in seen:  # a second change to one item within the edit: judged by the first
            continue
        seen.add((layer, key))
        if _norm(layer, ch.get("before")) != stored_state(conn, doc_id, annotator, layer, key):
            out.append(ch)
    return out
