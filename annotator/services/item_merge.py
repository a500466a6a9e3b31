"""Merging another desktop's version of one document, item by item.

:func:`merge_version` is the one merge path: bundles use it (:mod:`annotator.services.bundle`),
and so can any sync (e.g. a server): it takes the *foreign* history rows and state of one
annotator's version of one document and brings them into the project.

Contract
--------
* **Input**: ``project`` (inside or outside a transaction: it joins the caller's), a local
  ``doc_id``, the local ``annotator`` name, and a :class:`ForeignVersion`: that annotator's
  history rows for the document as another file holds them (each with its global identity
  ``uid``/``origin``/``clock``, see :mod:`annotator.store.lineage`; entity ids in the foreign
  file's numbering; undo/redo links by uid) and the foreign current state (entities with their
  foreign ids, sentiments by company key, events by label, status or None). The input must have
  been validated (:mod:`annotator.services.bundle_check` does it for bundles).
* **Idempotent**: a row whose uid the file already has is never added again; merging the same
  input twice changes nothing the second time (no row, no state change).
* **History**: new rows are appended with their own identity (so undo follows the same
  desktop-independent order everywhere); entity ids are remapped into ids this file never hands
  out again; undo/redo links are resolved by uid.
* **State, item by item**: an *item* is an entity position (start, end), a company sentiment
  (company key), an event type (label) or the status. Rows the other side has not seen are
  that side's news (the model's copy, ``start-from-model``, and earlier ``merge`` rows are not
  news). For each item: equal on both sides -> kept; changed by news of one side only -> that
  side's value; changed on both sides to different values -> a **conflict**: the value of the
  later change in the global order ``(clock, ts, uid)`` is kept and the conflict is reported
  (:attr:`VersionMerge.conflicts`), never silently. Entities that would overlap after this are
  settled the same way (the later change wins; the other is reported). A company sentiment with
  no mention left is dropped. Seconds spent: the larger of the two.
* **Symmetric**: A merged into B and B merged into A give the same state (only entity ids and
  the local ``merge`` row differ), whatever the order of merges.
* **One history row**: the state changes are written as one ``merge`` row (not undoable by the
  annotator's Ctrl+Z: it is no action of theirs). Nothing is written when nothing changes.
* Errors: :class:`~annotator.core.errors.MergeError` E730-E739; the caller's transaction rolls
  back everything.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.core.companies import live_companies
from annotator.core.errors import MergeError
from annotator.core.model import Span, Status
from annotator.store import lineage
from annotator.store.project import (
    ENTITY,
    EVENT,
    SENTIMENT,
    STATUS,
    Project,
    entity_state,
    event_state,
    sentiment_state,
)

NOT_NEWS = ("start-from-model", "merge")
MERGE_ACTION = "merge"
_TOP = (1 << 62, "", "")  # priority of a value both sides agree on


@dataclass(frozen=True)
class ForeignRow:
    uid: str
    origin: str
    clock: int
    ts: str
    action: str
    changes: list[dict[str, Any]]
    undoes_uid: str | None = None
    redoes_uid: str | None = None

    @property
    def order(self) -> tuple[int, str, str]:
        return (self.clock, self.ts, self.uid)


@dataclass
class ForeignVersion:
    rows: list[ForeignRow]
    entities: list[dict[str, Any]]
    sentiments: dict[str, dict[str, Any]]
    events: dict[str, dict[str, Any]]
    status: dict[str, Any] | None = None


@dataclass
class VersionMerge:
    added: int = 0  # history rows appended
    skipped: int = 0  # rows the file already had
    changed: bool = False  # the version's state changed
    kept_local: bool = False  # the file had news the foreign side lacks
    conflicts: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------- items
def items_of(change: dict[str, Any]) -> Iterable[tuple[Any, ...]]:
    layer = change.get("layer")
    if layer == ENTITY:
        for side in ("before", "after"):
            st = change.get(side)
            if isinstance(st, dict):
                yield ("e", st.get("start"), st.get("end"))
    elif layer == SENTIMENT:
        yield ("s", change.get("key"))
    elif layer == EVENT:
        yield ("v", change.get("key"))
    elif layer == STATUS:
        yield ("st",)


def _last_touch(rows: Iterable[tuple[tuple[int, str, str], str, list[dict[str, Any]]]]
                ) -> dict[tuple[Any, ...], tuple[int, str, str]]:
    out: dict[tuple[Any, ...], tuple[int, str, str]] = {}
    for order, action, changes in rows:
        if action in NOT_NEWS or action.startswith("undo:" + MERGE_ACTION):
            continue
        for ch in changes:
            for item in items_of(ch):
                if item not in out or out[item] < order:
                    out[item] = order
    return out


def _ent_value(st: dict[str, Any]) -> tuple[Any, ...]:
    return (st["label"], st.get("source", "manual"), st.get("confidence"), st.get("company"))


def _sent_state(st: dict[str, Any]) -> dict[str, Any]:
    return {"name": st.get("name", ""), "value": st["value"], "source": st.get("source", "manual"),
            "confidence": st.get("confidence"), "evidence": [list(x) for x in st.get("evidence", [])]}


def _event_state(st: dict[str, Any]) -> dict[str, Any]:
    return {"source": st.get("source", "manual"), "confidence": st.get("confidence"),
            "evidence": [list(x) for x in st.get("evidence", [])]}


def _describe(item: tuple[Any, ...], text: str) -> str:
    if item[0] == "e":
        return f"entity «{text[item[1]:item[2]]}» [{item[1]}:{item[2]}]"
    if item[0] == "s":
        return f"sentiment of {item[1]}"
    if item[0] == "v":
        return f"event type {item[1]}"
    return "status"


# ---------------------------------------------------------------------------------------- merge
def merge_version(project: Project, doc_id: int, annotator: str, foreign: ForeignVersion) -> VersionMerge:
    """Bring one foreign version of ``doc_id`` by ``annotator`` into the project (see the module
    docstring for the whole contract)."""
    res = VersionMerge()
    with project.write() as conn:
        local_rows = lineage.ordered_history(conn, doc_id, annotator)
        idents = lineage.identities(conn, doc_id, annotator)
        local_by_uid = {idents[r.id].uid: r for r in local_rows}
        foreign_uids = {r.uid for r in foreign.rows}
        elsewhere = lineage.ids_by_uid(conn, [r.uid for r in foreign.rows if r.uid not in local_by_uid])
        if elsewhere:
            raise MergeError(f"document {doc_id}, {annotator}: history rows {', '.join(sorted(elsewhere)[:3])} "
                             "already belong to another document or annotator in this project", code="E730")
        # entity ids: rows both files have tell which foreign id is which local one
        ent_map: dict[int, int] = {}
        for fr in foreign.rows:
            mine = local_by_uid.get(fr.uid)
            if mine is None:
                continue
            res.skipped += 1
            for src, dst in zip(fr.changes, mine.changes):
                if src.get("layer") == ENTITY and dst.get("layer") == ENTITY:
                    for a, b in ((src.get("key"), dst.get("key")),
                                 ((src.get("before") or {}).get("id"), (dst.get("before") or {}).get("id")),
                                 ((src.get("after") or {}).get("id"), (dst.get("after") or {}).get("id"))):
                        if isinstance(a, int) and isinstance(b, int):
                            ent_map.setdefault(a, b)
        new_rows = sorted((r for r in foreign.rows if r.uid not in local_by_uid), key=lambda r: r.order)
        wanted = {e["id"] for e in foreign.entities if isinstance(e.get("id"), int)}
        for r in new_rows:
            for ch in r.changes:
                if ch.get("layer") == ENTITY:
                    for v in (ch.get("key"), (ch.get("before") or {}).get("id"), (ch.get("after") or {}).get("id")):
                        if isinstance(v, int):
                            wanted.add(v)
        fresh = sorted(wanted - set(ent_map))
        if fresh:
            ent_map.update(zip(fresh, reserve_entity_ids(conn, len(fresh)), strict=True))

        def remap(change: dict[str, Any]) -> dict[str, Any]:
            if change.get("layer") != ENTITY:
                return change
            out = dict(change)
            if isinstance(out.get("key"), int):
                out["key"] = ent_map[out["key"]]
            for side in ("before", "after"):
                st = out.get(side)
                if isinstance(st, dict) and isinstance(st.get("id"), int):
                    out[side] = {**st, "id": ent_map[st["id"]]}
            return out

        id_of_uid = {u: r.id for u, r in local_by_uid.items()}
        for r in new_rows:
            links = []
            for ref in (r.undoes_uid, r.redoes_uid):
                if ref is None:
                    links.append(None)
                elif ref in id_of_uid:
                    links.append(id_of_uid[ref])
                else:
                    raise MergeError(f"document {doc_id}, {annotator}: history row {r.uid} undoes or redoes "
                                     f"row {ref}, which neither side has", code="E731")
            id_of_uid[r.uid] = lineage.insert_row(
                conn, uid=r.uid, origin=r.origin, clock=r.clock, ts=r.ts, annotator=annotator, doc_id=doc_id,
                action=r.action, changes=[remap(c) for c in r.changes], undoes=links[0], redoes=links[1])
            res.added += 1

        # ------------------------------------------------------------ the state, item by item
        local_news = _last_touch((idents[r.id].order, r.action, r.changes) for r in local_rows
                                 if idents[r.id].uid not in foreign_uids)
        foreign_news = _last_touch((r.order, r.action, r.changes) for r in foreign.rows if r.uid not in local_by_uid)
        res.kept_local = bool(local_news)
        local_latest = max((idents[r.id].order for r in local_rows), default=(0, "", ""))
        foreign_latest = max((r.order for r in foreign.rows), default=(0, "", ""))
        text = project.document(doc_id).text

        current = project.annotations(doc_id, annotator)
        mine_e: dict[tuple[Any, ...], tuple[dict[str, Any], int | None]] = {}
        for s in current.entities:
            st = entity_state(s)
            mine_e[("e", s.start, s.end)] = (st, s.id)
        theirs_e: dict[tuple[Any, ...], tuple[dict[str, Any], int | None]] = {}
        for e in foreign.entities:
            fid = ent_map.get(e["id"]) if isinstance(e.get("id"), int) else None
            st = {"id": fid, "start": e["start"], "end": e["end"], "label": e["label"],
                  "source": e.get("source", "manual"), "confidence": e.get("confidence"), "company": e.get("company")}
            theirs_e[("e", e["start"], e["end"])] = (st, fid)

        def choose(item: tuple[Any, ...], mine: Any, theirs: Any, same: bool) -> tuple[Any, tuple[int, str, str]]:
            """(value, priority) of one item."""
            if same:
                return mine, _TOP
            lt, ft = local_news.get(item), foreign_news.get(item)
            if ft is not None and lt is None:
                return theirs, ft
            if lt is not None and ft is None:
                return mine, lt
            if lt is None and ft is None:  # no news explains the difference: the later side as a whole
                return (theirs, foreign_latest) if foreign_latest > local_latest else (mine, local_latest)
            res.conflicts.append(f"{_describe(item, text)}: changed on both sides; kept the later change")
            return (theirs, ft) if ft > lt else (mine, lt)  # type: ignore[operator]

        chosen: list[tuple[tuple[int, str, str], dict[str, Any]]] = []
        for item in sorted(set(mine_e) | set(theirs_e), key=lambda i: (i[1], i[2])):
            m, t = mine_e.get(item), theirs_e.get(item)
            same = m is not None and t is not None and _ent_value(m[0]) == _ent_value(t[0]) or (m is None and t is None)
            value, prio = choose(item, m, t, same)
            if value is not None:
                chosen.append((prio, value[0]))
        kept: list[dict[str, Any]] = []
        for prio, st in sorted(chosen, key=lambda c: (c[0], -c[1]["start"], -c[1]["end"]), reverse=True):
            clash = next((k for k in kept if k["start"] < st["end"] and st["start"] < k["end"]), None)
            if clash is not None:
                res.conflicts.append(f"{_describe(('e', st['start'], st['end']), text)} overlaps "
                                     f"{_describe(('e', clash['start'], clash['end']), text)}; kept the later change")
                continue
            kept.append(st)

        mine_s = {k: sentiment_state(v) for k, v in current.sentiments.items()}
        theirs_s = {k: _sent_state(v) for k, v in foreign.sentiments.items()}
        target_s: dict[str, dict[str, Any]] = {}
        for key in sorted(set(mine_s) | set(theirs_s)):
            value, _ = choose(("s", key), mine_s.get(key), theirs_s.get(key), mine_s.get(key) == theirs_s.get(key))
            if value is not None:
                target_s[key] = value
        live = live_companies(text, [Span(k["start"], k["end"], k["label"], company=k.get("company")) for k in kept],
                              project.schema.company_label)
        for key in [k for k in target_s if k not in live]:
            if key in mine_s or key in theirs_s:
                res.conflicts.append(f"sentiment of {key}: its company has no mention left after the merge; dropped")
            del target_s[key]
        mine_v = {k: event_state(v) for k, v in current.events.items()}
        theirs_v = {k: _event_state(v) for k, v in foreign.events.items()}
        target_v: dict[str, dict[str, Any]] = {}
        for key in sorted(set(mine_v) | set(theirs_v)):
            value, _ = choose(("v", key), mine_v.get(key), theirs_v.get(key), mine_v.get(key) == theirs_v.get(key))
            if value is not None:
                target_v[key] = value

        # ------------------------------------------------------------ changes against the file
        changes: list[dict[str, Any]] = []
        kept_by_pos = {(k["start"], k["end"]): k for k in kept}
        for s in current.entities:
            want = kept_by_pos.get((s.start, s.end))
            if want is None or _ent_value(want) != _ent_value(entity_state(s)):
                changes.append({"layer": ENTITY, "key": s.id, "before": entity_state(s), "after": None})
        have = {(s.start, s.end): entity_state(s) for s in current.entities}
        freed = {c["key"] for c in changes}
        for pos, st in sorted(kept_by_pos.items()):
            old = have.get(pos)
            if old is None or _ent_value(old) != _ent_value(st):
                key = st["id"] if isinstance(st.get("id"), int) and (
                    st["id"] in freed or not _id_used(conn, st["id"])) else None
                changes.append({"layer": ENTITY, "key": key, "before": None, "after": {**st, "id": key}})
        for key in sorted(set(mine_s) | set(target_s)):
            if mine_s.get(key) != target_s.get(key):
                changes.append({"layer": SENTIMENT, "key": key, "before": mine_s.get(key), "after": target_s.get(key)})
        for key in sorted(set(mine_v) | set(target_v)):
            if mine_v.get(key) != target_v.get(key):
                changes.append({"layer": EVENT, "key": key, "before": mine_v.get(key), "after": target_v.get(key)})
        status_change = _status(project, doc_id, annotator, foreign.status, choose)
        if status_change:
            changes.append(status_change)
        if changes:
            project.apply(doc_id, annotator, MERGE_ACTION, changes)
            res.changed = True
    return res


def _id_used(conn: sqlite3.Connection, entity_id: int) -> bool:
    return conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None


def _status(project: Project, doc_id: int, annotator: str, theirs: dict[str, Any] | None, choose: Any
            ) -> dict[str, Any] | None:
    st = project.status(doc_id, annotator)
    mine = None if st["updated_at"] is None else {k: st[k] for k in ("status", "comment", "seconds")}
    other = None if theirs is None else {"status": Status.parse(theirs["status"]).value,
                                         "comment": theirs.get("comment", ""),
                                         "seconds": float(theirs.get("seconds", 0.0))}
    strip = (lambda s: None if s is None else (s["status"], s["comment"]))  # noqa: E731
    value, _ = choose(("st",), mine, other, strip(mine) == strip(other))
    if value is None:
        return None if mine is None else {"layer": STATUS, "key": None, "before": mine, "after": None}
    seconds = max(float((mine or {}).get("seconds", 0.0)), float((other or {}).get("seconds", 0.0)))
    after = {**value, "seconds": seconds}
    if mine == after:
        return None
    return {"layer": STATUS, "key": None, "before": mine, "after": after}


def reserve_entity_ids(conn: sqlite3.Connection, n: int) -> list[int]:
    """Take ``n`` entity ids that AUTOINCREMENT will never hand out again."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'entities'").fetchone()
    top = max(row[0] if row else 0, conn.execute("SELECT coalesce(max(id), 0) FROM entities").fetchone()[0])
    if row:
        conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'entities'", (top + n,))
    else:
        conn.execute("INSERT INTO sqlite_sequence(name, seq) VALUES ('entities', ?)", (top + n,))
    return list(range(top + 1, top + n + 1))


def rows_for_bundle(project: Project, annotator: str) -> dict[int, list[dict[str, Any]]]:
    """``{doc_id: [row as a bundle carries it]}``: every history row of ``annotator`` with its global
    identity and its undo/redo links by uid, in the global order."""
    uid_of = dict(project.conn.execute("SELECT id, uid FROM history WHERE annotator = ?", (annotator,)))
    out: dict[int, list[dict[str, Any]]] = {}
    for id_, ts, doc_id, action, changes, undoes, redoes, uid, origin, clock in project.conn.execute(
            "SELECT id, ts, doc_id, action, changes, undoes, redoes, uid, origin, clock FROM history "
            f"WHERE annotator = ? AND doc_id IS NOT NULL ORDER BY {lineage.ORDER}", (annotator,)):
        out.setdefault(doc_id, []).append({
            "id": id_, "uid": uid, "origin": origin, "clock": clock, "ts": ts, "action": action,
            "changes": json.loads(changes), "undoes": undoes, "redoes": redoes,
            "undoes_uid": uid_of.get(undoes) if undoes is not None else None,
            "redoes_uid": uid_of.get(redoes) if redoes is not None else None})
    return out
