"""Both ends of a sync on the desktop side: what to push, and applying what was pulled.

Push: the history rows this desktop has not pushed yet and the current state of every version
they (or a status or pre-annotation) touched, with entity and row ids turned into global ids
(:mod:`annotator.store.sync_ids`). Only versions this desktop's person owns are collected: the
server would refuse the others anyway.

Pull (:func:`apply_pulled`), one SQLite transaction, idempotent (a row whose global id the file
already holds is skipped):

* another person's version takes the server's state as it is (they own it), and their history
  rows are appended for audit;
* this person's own version, edited on another desktop, merges **item by item**: each entity,
  company sentiment, event type and status takes the value of the newest history row that
  touched it, by (time, global id) on every desktop, so all desktops reach the same state
  whatever the order they sync in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import GOLD, is_model_annotator
from annotator.store import sync_ids
from annotator.store.project import ENTITY, EVENT, SENTIMENT, STATUS, Project, event_state, sentiment_state
from annotator.store.server.remote import Changes

Owned = Callable[[str], bool]


def kind_of(name: str) -> str:
    return "gold" if name == GOLD else "model" if is_model_annotator(name) else "human"


# ------------------------------------------------------------------------------------ ids in changes
def _map_entity_ids(changes: list[dict[str, Any]], fn: Callable[[Any], Any]) -> list[dict[str, Any]]:
    out = []
    for ch in changes:
        if ch.get("layer") != ENTITY:
            out.append(ch)
            continue
        ch = dict(ch)
        if ch.get("key") is not None:
            ch["key"] = fn(ch["key"])
        for side in ("before", "after"):
            state = ch.get(side)
            if isinstance(state, dict) and state.get("id") is not None:
                ch[side] = {**state, "id": fn(state["id"])}
        out.append(ch)
    return out


def _entity_refs(changes: Iterable[dict[str, Any]]) -> set[Any]:
    refs: set[Any] = set()
    for ch in changes:
        if ch.get("layer") == ENTITY:
            refs.update(v for v in (ch.get("key"), (ch.get("before") or {}).get("id"),
                                    (ch.get("after") or {}).get("id")) if v is not None)
    return refs


# ------------------------------------------------------------------------------------ push
@dataclass
class Outgoing:
    versions: list[tuple[str, str, str, Any, str]] = field(default_factory=list)
    history: list[tuple[str, str, str, str, str, Any, str | None, str | None]] = field(default_factory=list)
    history_upto: int = 0


def collect(project: Project, desktop: str, owned: Owned, *, history_after: int, touched_after: str) -> Outgoing:
    """What this desktop has to push since history id ``history_after`` and time ``touched_after``."""
    out = Outgoing()
    with project.write() as conn:  # one snapshot; records the global ids it hands out
        out.history_upto = conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
        rows = [r for r in conn.execute(
            "SELECT id, ts, annotator, doc_id, action, changes, undoes, redoes FROM history "
            "WHERE id > ? AND id <= ? AND doc_id IS NOT NULL ORDER BY id", (history_after, out.history_upto))
            if owned(r[2])]
        dirty = {(r[3], r[2]) for r in rows}
        for doc_id, name in conn.execute(
                "SELECT doc_id, annotator FROM doc_status WHERE updated_at > ? UNION "
                "SELECT doc_id, annotator FROM preannotated WHERE created_at > ?", (touched_after, touched_after)):
            if owned(name):
                dirty.add((doc_id, name))
        if touched_after == "":  # first push: every version owned here
            for doc_id, name in conn.execute(
                    "SELECT doc_id, annotator FROM entities UNION SELECT doc_id, annotator FROM sentiments "
                    "UNION SELECT doc_id, annotator FROM events UNION SELECT doc_id, annotator FROM doc_status"):
                if owned(name):
                    dirty.add((doc_id, name))
        if not rows and not dirty:
            return out
        hashes = dict(conn.execute("SELECT id, hash FROM documents"))
        parsed = [(r, json.loads(r[5])) for r in rows]
        uids = sync_ids.history_uids(conn, desktop, [r[0] for r in rows] +
                                     [x for r in rows for x in (r[6], r[7]) if x is not None])
        states = {key: project.annotations(*key) for key in dirty}
        ent_ids = {s.id for ann in states.values() for s in ann.entities if s.id is not None}
        for _, changes in parsed:
            ent_ids |= {i for i in _entity_refs(changes) if isinstance(i, int)}
        gids = sync_ids.entity_gids(conn, desktop, ent_ids)
        for r, changes in parsed:
            out.history.append((uids[r[0]], hashes[r[3]], r[2], r[1], r[4],
                                _map_entity_ids(changes, lambda i: gids.get(i, i)),
                                uids.get(r[6]) if r[6] is not None else None,
                                uids.get(r[7]) if r[7] is not None else None))
        for (doc_id, name), ann in sorted(states.items()):
            st = project.status(doc_id, name)
            n, last = conn.execute("SELECT count(*), coalesce(max(ts), '') FROM history WHERE doc_id = ? AND annotator = ?",
                                   (doc_id, name)).fetchone()
            updated = f"{max(last, st['updated_at'] or '')}#{n:08d}"
            state = {
                "entities": [{"gid": gids[s.id], "start": s.start, "end": s.end, "label": s.label, "source": s.source,
                              "confidence": s.confidence, "company": s.company} for s in ann.sorted_entities()],
                "sentiments": {k: sentiment_state(v) for k, v in ann.sentiments.items()},
                "events": {k: event_state(v) for k, v in ann.events.items()},
                "status": None if st["updated_at"] is None else
                {"status": st["status"], "comment": st["comment"], "seconds": st["seconds"]},
            }
            out.versions.append((hashes[doc_id], name, kind_of(name), state, updated))
    return out


# ------------------------------------------------------------------------------------ pull
@dataclass
class Applied:
    history: int = 0  # rows appended
    versions: int = 0  # versions whose state changed here
    skipped: int = 0  # rows already here, or on documents this desktop does not hold


def _entity_state_from(e: dict[str, Any], local: int) -> dict[str, Any]:
    return {"id": local, "start": e["start"], "end": e["end"], "label": e["label"], "source": e.get("source", "manual"),
            "confidence": e.get("confidence"), "company": e.get("company")}


def _replace_state(project: Project, doc_id: int, name: str, state: dict[str, Any], locals_: dict[str, int]) -> bool:
    current = project.annotations(doc_id, name)
    have = {s.id: {"id": s.id, "start": s.start, "end": s.end, "label": s.label, "source": s.source,
                   "confidence": s.confidence, "company": s.company} for s in current.entities}
    want = {locals_[e["gid"]]: _entity_state_from(e, locals_[e["gid"]]) for e in state.get("entities", [])}
    changes: list[dict[str, Any]] = []
    for eid, st in have.items():
        if want.get(eid) != st:
            changes.append({"layer": ENTITY, "key": eid, "before": st, "after": None})
    for eid, st in want.items():
        if have.get(eid) != st:
            changes.append({"layer": ENTITY, "key": eid, "before": None, "after": st})
    cur_s = {k: sentiment_state(v) for k, v in current.sentiments.items()}
    new_s = state.get("sentiments", {})
    for key in sorted(set(cur_s) | set(new_s)):
        if cur_s.get(key) != new_s.get(key):
            changes.append({"layer": SENTIMENT, "key": key, "before": cur_s.get(key), "after": new_s.get(key)})
    cur_e = {k: event_state(v) for k, v in current.events.items()}
    new_e = state.get("events", {})
    for key in sorted(set(cur_e) | set(new_e)):
        if cur_e.get(key) != new_e.get(key):
            changes.append({"layer": EVENT, "key": key, "before": cur_e.get(key), "after": new_e.get(key)})
    st = project.status(doc_id, name)
    cur_st = None if st["updated_at"] is None else {"status": st["status"], "comment": st["comment"],
                                                     "seconds": st["seconds"]}
    if state.get("status") != cur_st:
        changes.append({"layer": STATUS, "key": None, "before": cur_st, "after": state.get("status")})
    if changes:
        project.apply(doc_id, name, "sync", changes, history=False, verify=False)
    return bool(changes)


def _item(ch: dict[str, Any]) -> tuple[str, Any]:
    return (ch["layer"], ch.get("key"))


def _replay(project: Project, doc_id: int, name: str, desktop: str,
            rows: list[tuple[str, str, str, list[dict[str, Any]]]]) -> bool:
    """Item by item: each item takes the ``after`` of the newest row (time, global id) touching it."""
    conn = project.conn
    local = conn.execute("SELECT h.id, h.ts, h.changes, s.uid FROM history h LEFT JOIN sync_history_ids s "
                         "ON s.local = h.id WHERE h.doc_id = ? AND h.annotator = ?", (doc_id, name)).fetchall()
    latest: dict[tuple[str, Any], tuple[str, str]] = {}
    for hid, ts, changes, uid in local:
        order = (ts, uid or f"{desktop}:{hid}")
        for ch in json.loads(changes):
            item = _item(ch)
            if latest.get(item, ("", "")) < order:
                latest[item] = order
    out: list[dict[str, Any]] = []
    for uid, ts, _action, changes in sorted(rows, key=lambda r: (r[1], r[0])):
        for ch in changes:
            item = _item(ch)
            if latest.get(item, ("", "")) < (ts, uid):
                latest[item] = (ts, uid)
                out.append({"layer": ch["layer"], "key": ch.get("key"), "before": None, "after": ch.get("after")})
    if not out:
        return False
    project.apply(doc_id, name, "sync", out, history=False, verify=False)
    return True


def apply_pulled(project: Project, changes: Changes, *, desktop: str, owned: Owned) -> Applied:
    """Apply pulled versions and history rows (in the caller's transaction or a new one)."""
    res = Applied()
    index = project.hash_index()
    conn = project.conn
    with project.write():
        known = sync_ids.known_history(conn, [h[0] for h in changes.history])
        rows: dict[tuple[int, str], list[Any]] = {}
        gids: set[str] = set()
        for uid, doc_hash, name, ts, action, chs, undoes, redoes in changes.history:
            doc_id = index.get(doc_hash)
            if doc_id is None or uid in known:
                res.skipped += 1
                continue
            known[uid] = -1  # a row pulled twice in one batch is applied once
            rows.setdefault((doc_id, name), []).append((uid, ts, action, chs, undoes, redoes))
            gids |= {g for g in _entity_refs(chs) if isinstance(g, str)}
        versions: dict[tuple[int, str], Any] = {}
        for doc_hash, name, kind, state, _updated in changes.versions:
            doc_id = index.get(doc_hash)
            if doc_id is None:
                continue
            versions[(doc_id, name)] = (kind, state)
            gids |= {e["gid"] for e in state.get("entities", [])}
        locals_ = sync_ids.entity_locals(conn, gids)
        for key in sorted(set(rows) | set(versions)):
            doc_id, name = key
            project.ensure_annotator(name, versions.get(key, (kind_of(name),))[0])
            new = [(uid, ts, action, _map_entity_ids(chs, lambda g: locals_.get(g, g)), undoes, redoes)
                   for uid, ts, action, chs, undoes, redoes in rows.get(key, [])]
            empty = (project.annotations(doc_id, name).is_empty() and project.status(doc_id, name)["updated_at"] is None
                     and conn.execute("SELECT 1 FROM history WHERE doc_id = ? AND annotator = ? LIMIT 1",
                                      (doc_id, name)).fetchone() is None)
            if owned(name) and not empty:
                changed = _replay(project, doc_id, name, desktop, [r[:4] for r in new])
            elif key in versions:
                changed = _replace_state(project, doc_id, name, versions[key][1], locals_)
            else:
                changed = _replay(project, doc_id, name, desktop, [r[:4] for r in new])
            res.versions += int(changed)
            for uid, ts, action, chs, undoes, redoes in new:
                u = known.get(undoes) if undoes else None
                r = known.get(redoes) if redoes else None
                cur = conn.execute(
                    "INSERT INTO history(ts, annotator, doc_id, action, changes, undoes, redoes) VALUES (?,?,?,?,?,?,?)",
                    (ts, name, doc_id, action, json.dumps(chs, ensure_ascii=False),
                     u if u and u > 0 else None, r if r and r > 0 else None))
                sync_ids.record_history(conn, cur.lastrowid, uid)  # type: ignore[arg-type]
                known[uid] = cur.lastrowid  # type: ignore[assignment]
                res.history += 1
    return res
