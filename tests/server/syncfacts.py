"""What a desktop holds and what the server holds, in comparable form (no local ids)."""

from __future__ import annotations

import json
from typing import Any

from annotator.store.project import Project


def desktop_tables(project: Project, annotators: set[str] | None = None) -> dict[tuple[str, str], Any]:
    """``{(doc_hash, annotator): (entities, sentiments, events, status, history uids)}``."""
    conn = project.conn
    hashes = dict(conn.execute("SELECT id, hash FROM documents"))
    out: dict[tuple[str, str], Any] = {}
    keys = conn.execute(
        "SELECT doc_id, annotator FROM entities UNION SELECT doc_id, annotator FROM sentiments UNION "
        "SELECT doc_id, annotator FROM events UNION SELECT doc_id, annotator FROM doc_status UNION "
        "SELECT doc_id, annotator FROM history WHERE doc_id IS NOT NULL").fetchall()
    for doc_id, name in keys:
        if annotators is not None and name not in annotators:
            continue
        ann = project.annotations(doc_id, name)
        st = project.status(doc_id, name)
        uids = sorted(r[0] for r in conn.execute(
            "SELECT uid FROM history WHERE doc_id = ? AND annotator = ?", (doc_id, name)))
        out[(hashes[doc_id], name)] = (
            sorted((s.start, s.end, s.label, s.source, s.company) for s in ann.entities),
            sorted((k, v.value) for k, v in ann.sentiments.items()),
            sorted(ann.events),
            None if st["updated_at"] is None else (st["status"], st["comment"]),
            uids,
        )
    return out


def server_tables(conn, project: str, doc_hashes: set[str] | None = None,
                  annotators: set[str] | None = None) -> dict[tuple[str, str], Any]:
    out: dict[tuple[str, str], Any] = {}
    uids: dict[tuple[str, str], list[str]] = {}
    for uid, h, name in conn.execute("SELECT uid, doc_hash, annotator FROM annotator.history WHERE project = %s",
                                     (project,)):
        uids.setdefault((h, name), []).append(uid)
    for h, name, state in conn.execute("SELECT doc_hash, annotator, state FROM annotator.versions WHERE project = %s",
                                       (project,)):
        st = state.get("status")
        out[(h, name)] = (
            sorted((e["start"], e["end"], e["label"], e["source"], e["company"]) for e in state["entities"]),
            sorted((k, v["value"]) for k, v in state["sentiments"].items()),
            sorted(state["events"]),
            None if st is None else (st["status"], st["comment"]),
            sorted(uids.get((h, name), [])),
        )
    for key, u in uids.items():
        if key not in out:
            out[key] = ([], [], [], None, sorted(u))
    return {k: v for k, v in out.items()
            if (doc_hashes is None or k[0] in doc_hashes) and (annotators is None or k[1] in annotators)}


def dump(x: Any) -> str:
    return json.dumps({f"{k[0][:8]}/{k[1]}": v for k, v in sorted(x.items())}, indent=1, default=str)
