"""Both ends of a sync on the desktop side: what to push, and applying what was pulled.

Push: the history rows this desktop has not pushed yet (with their global identity: uid, origin,
Lamport clock, see :mod:`annotator.store.lineage`) and the current state of every version they
(or a status or pre-annotation) touched, with entity ids turned into global ids
(:mod:`annotator.store.sync_ids`). Only versions this desktop's person owns are collected: the
server would refuse the others anyway.

Pull (:func:`apply_pulled`), one SQLite transaction, idempotent (a row whose global id the file
already holds is skipped):

* another person's version takes the server's state as it is (they own it), and their history
  rows are appended for audit;
* this person's own version, edited on another desktop, merges **item by item** through the one
  merge path bundles use (:func:`annotator.services.item_merge.merge_version`): the server's rows
  for that version and its state are the foreign side.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import GOLD, is_model_annotator
from annotator.services.item_merge import ForeignRow, ForeignVersion, merge_version
from annotator.store import lineage, sync_ids
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
    history: list[tuple[Any, ...]] = field(default_factory=list)
    history_upto: int = 0
    uids: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # rows each pushed version has seen


def collect(project: Project, desktop: str, owned: Owned, *, history_after: int, touched_after: str) -> Outgoing:
    """What this desktop has to push since history id ``history_after`` and time ``touched_after``."""
    out = Outgoing()
    with project.write() as conn:  # one snapshot; records the entity gids it hands out
        out.history_upto = conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
        rows = [r for r in conn.execute(
            "SELECT h.id, h.ts, h.annotator, h.doc_id, h.action, h.changes, u.uid, r.uid, h.uid, h.origin, h.clock "
            "FROM history h LEFT JOIN history u ON u.id = h.undoes LEFT JOIN history r ON r.id = h.redoes "
            "WHERE h.id > ? AND h.id <= ? AND h.doc_id IS NOT NULL ORDER BY h.id", (history_after, out.history_upto))
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
        states = {key: project.annotations(*key) for key in dirty}
        ent_ids = {s.id for ann in states.values() for s in ann.entities if s.id is not None}
        for _, changes in parsed:
            ent_ids |= {i for i in _entity_refs(changes) if isinstance(i, int)}
        gids = sync_ids.entity_gids(conn, desktop, ent_ids)
        for r, changes in parsed:
            out.history.append((r[8], r[9] or lineage.LEGACY, r[10] or 0, hashes[r[3]], r[2], r[1], r[4],
                                _map_entity_ids(changes, lambda i: gids.get(i, i)), r[6], r[7]))
        for (doc_id, name), ann in sorted(states.items()):
            st = project.status(doc_id, name)
            seen = [r[0] for r in conn.execute("SELECT uid FROM history WHERE doc_id = ? AND annotator = ?",
                                               (doc_id, name))]
            out.uids[(hashes[doc_id], name)] = seen
            n = len(seen)
            last = conn.execute("SELECT coalesce(max(ts), '') FROM history WHERE doc_id = ? AND annotator = ?",
                                (doc_id, name)).fetchone()[0]
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
    conflicts: list[str] = field(default_factory=list)  # items both desktops of one person changed


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


def _foreign(rows: list[tuple[Any, ...]], state: dict[str, Any] | None, locals_: dict[str, int]) -> ForeignVersion:
    """The server's rows and state of one version, as the item merge takes them (ids made local)."""
    state = state or {}
    return ForeignVersion(
        rows=[ForeignRow(uid=r[0], origin=r[1], clock=int(r[2]), ts=r[5], action=r[6],
                         changes=_map_entity_ids(r[7], lambda g: locals_.get(g, g)), undoes_uid=r[8], redoes_uid=r[9])
              for r in rows],
        entities=[_entity_state_from(e, locals_[e["gid"]]) for e in state.get("entities", [])],
        sentiments=state.get("sentiments", {}), events=state.get("events", {}), status=state.get("status"))


def apply_pulled(project: Project, changes: Changes, *, desktop: str, owned: Owned,
                 draft_rows: dict[str, tuple[Any, ...]] | None = None) -> Applied:
    """Apply pulled versions and history rows (in the caller's transaction or a new one).

    This person's own versions come from ``changes.drafts`` (another desktop's state and the rows
    it had, found by uid in ``draft_rows``), merged item by item; everyone else's from the
    versions and rows."""
    res = Applied()
    index = project.hash_index()
    conn = project.conn
    with project.write():
        known = lineage.ids_by_uid(conn, [h[0] for h in changes.history])
        rows: dict[tuple[int, str], list[Any]] = {}
        gids: set[str] = set()
        for h in changes.history:
            doc_id = index.get(h[3])
            if doc_id is None or h[0] in known:
                res.skipped += 1
                continue
            known[h[0]] = -1  # a row pulled twice in one batch is applied once
            rows.setdefault((doc_id, h[4]), []).append(h)
            gids |= {g for g in _entity_refs(h[7]) if isinstance(g, str)}
        versions: dict[tuple[int, str], Any] = {}
        for doc_hash, name, kind, state, _updated in changes.versions:
            doc_id = index.get(doc_hash)
            if doc_id is not None:
                versions[(doc_id, name)] = (kind, state)
                gids |= {e["gid"] for e in state.get("entities", [])}
        drafts = [(index[d[0]], d[1], d[2], d[3], d[4]) for d in changes.drafts if d[0] in index and owned(d[1])]
        draft_rows = draft_rows or {}
        for _doc_id, _name, _origin, state, uids in drafts:
            gids |= {e["gid"] for e in state.get("entities", [])}
            for u in uids:
                if u in draft_rows:
                    gids |= {g for g in _entity_refs(draft_rows[u][7]) if isinstance(g, str)}
        locals_ = sync_ids.entity_locals(conn, gids)
        for key in sorted(set(rows) | set(versions)):
            doc_id, name = key
            project.ensure_annotator(name, versions.get(key, (kind_of(name),))[0])
            new = rows.get(key, [])
            if owned(name):
                continue  # this person's own versions: merged from the desktops' states below
            if key in versions:
                res.versions += int(_replace_state(project, doc_id, name, versions[key][1], locals_))
            for h in sorted(new, key=lambda h: (int(h[2]), h[5], h[0])):
                links = lineage.ids_by_uid(conn, [u for u in (h[8], h[9]) if u])
                lineage.insert_row(conn, uid=h[0], origin=h[1], clock=int(h[2]), ts=h[5], annotator=name,
                                   doc_id=doc_id, action=h[6], changes=_map_entity_ids(h[7], lambda g: locals_.get(g, g)),
                                   undoes=links.get(h[8]) if h[8] else None, redoes=links.get(h[9]) if h[9] else None)
                res.history += 1
        for doc_id, name, _origin, state, uids in drafts:
            project.ensure_annotator(name, kind_of(name))
            rows_seen = [draft_rows[u] for u in uids if u in draft_rows]
            merged = merge_version(project, doc_id, name, _foreign(rows_seen, state, locals_))
            res.history += merged.added
            res.versions += int(merged.changed)
            res.conflicts += merged.conflicts
    return res
