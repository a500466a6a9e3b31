"""Token boundaries of documents, per tokenizer (table ``doc_tokens``): written by pre-annotation
(or :func:`put_many`), read by the export to build Docs without re-tokenising. The blob's
encoding belongs to :mod:`annotator.nlp.tokens`; the store only keeps it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from annotator.store.project import Project


def put_many(project: Project, tokenizer: str, rows: Iterable[tuple[int, bytes]]) -> None:
    """Keep ``(doc_id, encoded tokens)`` for ``tokenizer`` (replacing what was there): sqlite-utils'
    ``insert_all(replace=True)``, i.e. ``INSERT OR REPLACE`` in multi-row batches."""
    with project.write():
        project.db["doc_tokens"].insert_all(
            ({"doc_id": d, "tokenizer": tokenizer, "data": data} for d, data in rows), replace=True, batch_size=200)


def get_many(project: Project, tokenizer: str, doc_ids: Sequence[int], batch: int = 500) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    ids = list(doc_ids)
    for k in range(0, len(ids), batch):
        chunk = ids[k : k + batch]
        marks = ",".join("?" * len(chunk))
        out.update(project.conn.execute(
            f"SELECT doc_id, data FROM doc_tokens WHERE tokenizer = ? AND doc_id IN ({marks})", [tokenizer, *chunk]))
    return out


def missing(project: Project, tokenizer: str) -> list[int]:
    """Documents with no tokens kept for ``tokenizer``."""
    return [r[0] for r in project.conn.execute(
        "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM doc_tokens t WHERE t.doc_id = d.id "
        "AND t.tokenizer = ?) ORDER BY id", (tokenizer,))]


def count(project: Project, tokenizer: str) -> int:
    return project.conn.execute("SELECT count(*) FROM doc_tokens WHERE tokenizer = ?", (tokenizer,)).fetchone()[0]
