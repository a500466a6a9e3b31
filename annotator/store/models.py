"""The project's model registry: the pipelines trained from it and the outside pipelines that
pre-annotated it (table ``models``, migration 2), and which model version each human version
started from (table ``started_from``).

A row is keyed by the model's annotator name (``model:fr_news_3fa2c1d0-2026.1201.1``), which is
what pre-annotation stores its suggestions under. ``weights`` is a fingerprint of the pipeline's
files (see :func:`annotator.services.models.weights_fingerprint`): two pipelines with the same
name and version but different weights are told apart by it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from annotator.store.project import Project, now

_COLS = ("annotator, name, version, origin, path, base, weights, data_hash, documents, trained_on, "
         "scores, details, created_at")


@dataclass(slots=True)
class ModelRow:
    annotator: str
    name: str
    version: str
    origin: str  # "trained" | "external"
    path: str
    base: str = ""
    weights: str = ""
    data_hash: str = ""
    documents: int = 0
    trained_on: dict[str, int] = field(default_factory=dict)  # annotator -> documents
    scores: dict[str, Any] = field(default_factory=dict)  # dev scores: spaCy's keys, per type too
    details: dict[str, Any] = field(default_factory=dict)  # settings, steps, seconds, curve...
    created_at: str = ""


def _row(r: tuple[Any, ...]) -> ModelRow:
    return ModelRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], json.loads(r[9]), json.loads(r[10]),
                    json.loads(r[11]), r[12])


def get(project: Project, annotator: str) -> ModelRow | None:
    r = project.conn.execute(f"SELECT {_COLS} FROM models WHERE annotator = ?", (annotator,)).fetchone()
    return _row(r) if r else None


def all_models(project: Project) -> list[ModelRow]:
    """Every registered model, oldest first."""
    return [_row(r) for r in project.conn.execute(f"SELECT {_COLS} FROM models ORDER BY created_at, annotator")]


def count(project: Project, origin: str | None = None) -> int:
    if origin:
        return project.conn.execute("SELECT count(*) FROM models WHERE origin = ?", (origin,)).fetchone()[0]
    return project.conn.execute("SELECT count(*) FROM models").fetchone()[0]


def add(project: Project, row: ModelRow) -> None:
    """Insert a row (in the caller's transaction, or its own). The annotator must be new."""
    with project.write() as conn:
        conn.execute(
            f"INSERT INTO models({_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (row.annotator, row.name, row.version, row.origin, row.path, row.base, row.weights, row.data_hash,
             row.documents, json.dumps(row.trained_on, ensure_ascii=False), json.dumps(row.scores),
             json.dumps(row.details, ensure_ascii=False), row.created_at or now()),
        )


def set_details(project: Project, annotator: str, details: dict[str, Any]) -> None:
    with project.write() as conn:
        conn.execute("UPDATE models SET details = ? WHERE annotator = ?",
                     (json.dumps(details, ensure_ascii=False), annotator))


# ---------------------------------------------------------------------- started from
def record_start(project: Project, doc_id: int, annotator: str, model: str) -> None:
    """``annotator``'s version of ``doc_id`` began as a copy of ``model``'s suggestions."""
    with project.write() as conn:
        conn.execute("INSERT OR REPLACE INTO started_from(doc_id, annotator, model, created_at) VALUES (?,?,?,?)",
                     (doc_id, annotator, model, now()))


def starts(project: Project) -> dict[tuple[int, str], str]:
    """``{(doc_id, human annotator): model annotator}`` for every recorded start."""
    return {(d, a): m for d, a, m in project.conn.execute("SELECT doc_id, annotator, model FROM started_from")}


def touched_ids(project: Project) -> set[int]:
    """Documents a human (or the reviewer) has touched: any annotation, status or history row."""
    rows = project.conn.execute(
        "SELECT doc_id FROM doc_status s JOIN annotators a ON a.name = s.annotator WHERE a.kind != 'model' "
        "UNION SELECT doc_id FROM entities e JOIN annotators a ON a.name = e.annotator WHERE a.kind != 'model' "
        "UNION SELECT doc_id FROM sentiments x JOIN annotators a ON a.name = x.annotator WHERE a.kind != 'model' "
        "UNION SELECT doc_id FROM events v JOIN annotators a ON a.name = v.annotator WHERE a.kind != 'model' "
        "UNION SELECT doc_id FROM history h JOIN annotators a ON a.name = h.annotator "
        "WHERE a.kind != 'model' AND h.doc_id IS NOT NULL")
    return {r[0] for r in rows}
