"""Writing annotation edits: every change and its append-only history row in one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from annotator.core.errors import ProjectError, StaleWriteError
from annotator.core.model import CompanySentiment, DocAnnotations, EventLabel, Span, Status
from annotator.store.boilerplate import LINE, write_line_status
from annotator.store.records import ENTITY, EVENT, SENTIMENT, STATUS, now
from annotator.store.stale import stale_changes


class ChangeStore:
    """Mixin of :class:`~annotator.store.project.Project`: needs ``conn``, ``path``, ``write()``."""

    # ------------------------------------------------------------------ writing annotations
    def apply(self, doc_id: int, annotator: str, action: str, changes: list[dict[str, Any]], *,
              undoes: int | None = None, redoes: int | None = None, history: bool = True,
              verify: bool = True) -> int | None:
        """Write ``changes`` (each ``{layer, key, before, after}``) and their history row, atomically.

        ``after`` is the item's new state (None deletes it). Entity items are keyed by id; an
        added entity with no id gets one here, and the returned history records it.
        ``before`` is the state the edit was computed from: if the stored item differs (another
        window or process changed it since), nothing is written and :class:`StaleWriteError` (E810)
        is raised, so the caller re-reads (``verify=False`` only for callers that read inside the
        same transaction). Returns the history row id.
        """
        with self.write() as conn:
            if verify:
                stale = stale_changes(conn, doc_id, annotator, changes)
                if stale:
                    what = ", ".join(sorted({f"{c['layer']} {c.get('key')}" for c in stale})[:5])
                    raise StaleWriteError(
                        f"{self.path}: document {doc_id}, {annotator}: {action}: {what} changed meanwhile "
                        "(in another window or process); nothing was written, showing the stored version",
                        code="E810")
            try:
                stored = [self._apply_one(conn, doc_id, annotator, ch) for ch in changes]
            except sqlite3.IntegrityError as exc:
                if self.annotator_kind(annotator) is None:
                    raise ProjectError(f"{self.path}: unknown annotator {annotator!r}; add it first "
                                       "(Project.ensure_annotator)", code="E231") from exc
                if self.doc_id_by_id(doc_id) is None:
                    raise ProjectError(f"{self.path}: no document {doc_id}", code="E220") from exc
                raise ProjectError(f"{self.path}: document {doc_id}, {annotator}: {action} breaks a "
                                   f"constraint of the project file ({exc}); nothing was saved", code="E232") from exc
            if not history:
                return None
            cur = conn.execute(
                "INSERT INTO history(ts, annotator, doc_id, action, changes, undoes, redoes) VALUES (?,?,?,?,?,?,?)",
                (now(), annotator, doc_id, action, json.dumps(stored, ensure_ascii=False), undoes, redoes),
            )
            return cur.lastrowid

    def _apply_one(self, conn: sqlite3.Connection, doc_id: int, annotator: str, ch: dict[str, Any]) -> dict[str, Any]:
        layer, key, after = ch["layer"], ch.get("key"), ch.get("after")
        if layer == ENTITY:
            if key is not None:
                conn.execute("DELETE FROM entities WHERE id = ? AND doc_id = ? AND annotator = ?",
                             (key, doc_id, annotator))
            if after is not None:
                cur = conn.execute(
                    'INSERT INTO entities(id, doc_id, annotator, start, "end", label, source, confidence, company) '
                    "VALUES (?,?,?,?,?,?,?,?,?)",
                    (key, doc_id, annotator, after["start"], after["end"], after["label"],
                     after.get("source", "manual"), after.get("confidence"), after.get("company")),
                )
                if key is None:
                    key = cur.lastrowid
                    after = {**after, "id": key}
        elif layer == SENTIMENT:
            conn.execute("DELETE FROM sentiments WHERE doc_id = ? AND annotator = ? AND company = ?",
                         (doc_id, annotator, key))
            if after is not None:
                conn.execute(
                    "INSERT INTO sentiments(doc_id, annotator, company, name, value, source, confidence, evidence) "
                    "VALUES (?,?,?,?,?,?,?,?)",
                    (doc_id, annotator, key, after.get("name", ""), after["value"], after.get("source", "manual"),
                     after.get("confidence"), json.dumps(after.get("evidence", []))),
                )
        elif layer == EVENT:
            conn.execute("DELETE FROM events WHERE doc_id = ? AND annotator = ? AND label = ?",
                         (doc_id, annotator, key))
            if after is not None:
                conn.execute(
                    "INSERT INTO events(doc_id, annotator, label, source, confidence, evidence) VALUES (?,?,?,?,?,?)",
                    (doc_id, annotator, key, after.get("source", "manual"), after.get("confidence"),
                     json.dumps(after.get("evidence", []))),
                )
        elif layer == STATUS:
            if after is None:
                conn.execute("DELETE FROM doc_status WHERE doc_id = ? AND annotator = ?", (doc_id, annotator))
            else:
                conn.execute(
                    "INSERT INTO doc_status(doc_id, annotator, status, comment, seconds, updated_at) "
                    "VALUES (?,?,?,?,?,?) ON CONFLICT(doc_id, annotator) DO UPDATE SET "
                    "status = excluded.status, comment = excluded.comment, seconds = excluded.seconds, "
                    "updated_at = excluded.updated_at",
                    (doc_id, annotator, Status.parse(after["status"]).value, after.get("comment", ""),
                     float(after.get("seconds", 0)), now()),
                )
        elif layer == LINE:
            write_line_status(conn, doc_id, key, after)
        else:
            raise ValueError(f"unknown layer {layer!r}")
        return {"layer": layer, "key": key, "before": ch.get("before"), "after": after}

    def replace_annotations(self, doc_id: int, annotator: str, ann: DocAnnotations, *, action: str,
                            history: bool = True, layers: Sequence[str] = (ENTITY, SENTIMENT, EVENT)) -> int | None:
        """Replace the given layers of one annotator's version by ``ann`` (one transaction)."""
        with self.write():
            current = self.annotations(doc_id, annotator)
            changes = diff_changes(current, ann, layers)
            if not changes:
                return None
            return self.apply(doc_id, annotator, action, changes, history=history, verify=False)


def entity_state(span: Span) -> dict[str, Any]:
    return {"id": span.id, "start": span.start, "end": span.end, "label": span.label, "source": span.source,
            "confidence": span.confidence, "company": span.company}


def sentiment_state(s: CompanySentiment) -> dict[str, Any]:
    return {"name": s.name, "value": s.value, "source": s.source, "confidence": s.confidence,
            "evidence": [list(x) for x in s.evidence]}


def event_state(e: EventLabel) -> dict[str, Any]:
    return {"source": e.source, "confidence": e.confidence, "evidence": [list(x) for x in e.evidence]}


def diff_changes(current: DocAnnotations, new: DocAnnotations,
                 layers: Sequence[str] = (ENTITY, SENTIMENT, EVENT)) -> list[dict[str, Any]]:
    """Changes that turn ``current`` into ``new`` (entities matched by offsets, label and fields)."""
    changes: list[dict[str, Any]] = []
    if ENTITY in layers:
        def sig(s: Span) -> tuple[Any, ...]:
            return (s.start, s.end, s.label, s.source, s.confidence, s.company)
        pool: dict[tuple[Any, ...], list[Span]] = {}
        for s in current.entities:
            pool.setdefault(sig(s), []).append(s)
        for s in new.entities:
            same = pool.get(sig(s))
            if same:
                same.pop()
                continue
            changes.append({"layer": ENTITY, "key": None, "before": None, "after": entity_state(s.with_(id=None))})
        for left in pool.values():
            for s in left:
                changes.append({"layer": ENTITY, "key": s.id, "before": entity_state(s), "after": None})
    if SENTIMENT in layers:
        for key in sorted(set(current.sentiments) | set(new.sentiments)):
            a, b = current.sentiments.get(key), new.sentiments.get(key)
            if a != b:
                changes.append({"layer": SENTIMENT, "key": key, "before": a and sentiment_state(a),
                                "after": b and sentiment_state(b)})
    if EVENT in layers:
        for key in sorted(set(current.events) | set(new.events)):
            a, b = current.events.get(key), new.events.get(key)
            if a != b:
                changes.append({"layer": EVENT, "key": key, "before": a and event_state(a),
                                "after": b and event_state(b)})
    return changes
