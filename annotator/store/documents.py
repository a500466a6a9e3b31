"""Documents (immutable once imported); their full-text index is :mod:`annotator.store.search`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from annotator.core.errors import ProjectError
from annotator.core.model import Document, content_hash
from annotator.store import faults
from annotator.store.records import now


class DocumentStore:
    """Mixin of :class:`~annotator.store.project.Project`: needs ``conn``, ``path``, ``write()``."""

    # ------------------------------------------------------------------ documents
    def add_documents(self, docs: Iterable[Document]) -> tuple[list[int], list[Document]]:
        """Insert documents in the current (or a new) transaction.

        Returns ``(new_ids, duplicates)``; a document whose content hash is already in the project
        (or earlier in ``docs``) is a duplicate and is not inserted.
        """
        added: list[int] = []
        duplicates: list[Document] = []
        stamp = now()
        sql = (
            "INSERT OR IGNORE INTO documents(hash, text, title, source, url, published, meta, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        )
        with self.write() as conn:
            cur = conn.cursor()
            for doc in docs:
                cur.execute(sql, (doc.hash, doc.text, doc.title, doc.source, doc.url, doc.published,
                                  json.dumps(doc.meta, ensure_ascii=False), stamp))
                if cur.rowcount == 1:
                    added.append(cur.lastrowid)  # type: ignore[arg-type]
                else:
                    duplicates.append(doc)
        return added, duplicates

    def add_documents_bulk(self, rows: Sequence[tuple[Any, ...]]) -> int:
        """Fast path for importers: rows of (hash, text, title, source, url, published, meta_json).

        Duplicates (by hash) are ignored; returns the number inserted. Runs in the caller's
        transaction if there is one.
        """
        stamp = now()
        with self.write() as conn:
            before = self.document_count()  # not total_changes: the full-text triggers' writes count there
            conn.executemany(
                "INSERT OR IGNORE INTO documents(hash, text, title, source, url, published, meta, imported_at)"
                f" VALUES (?, ?, ?, ?, ?, ?, ?, '{stamp}')",
                rows,
            )
            return self.document_count() - before

    def _doc_from_row(self, row: sqlite3.Row | tuple[Any, ...]) -> Document:
        id_, hash_, text, title, source, url, published, meta = row
        if not isinstance(text, str) or content_hash(text) != hash_:
            raise ProjectError(
                f"{self.path}: document {id_}: its text no longer matches its content hash (the file was "
                "damaged or changed outside annotator); refused, not shown or exported. Run `annotator check` "
                "and restore a backup", code=faults.CHANGED_TEXT)
        return Document(text=text, title=title, source=source, url=url, published=published,
                        meta=faults.stored_json(meta, f"{self.path}: document {id_}"), id=id_, hash=hash_)

    _DOC_COLS = "id, hash, text, title, source, url, published, meta"

    def document(self, doc_id: int) -> Document:
        row = self.conn.execute(f"SELECT {self._DOC_COLS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise ProjectError(f"{self.path}: no document {doc_id}", code="E220")
        return self._doc_from_row(row)

    def documents(self, ids: Sequence[int] | None = None, batch: int = 500) -> Iterator[Document]:
        """All documents (or those in ``ids``) in id order, read in keyset-paged batches."""
        if ids is not None:
            for i in range(0, len(ids), batch):
                chunk = list(ids[i : i + batch])
                marks = ",".join("?" * len(chunk))
                rows = self.conn.execute(
                    f"SELECT {self._DOC_COLS} FROM documents WHERE id IN ({marks}) ORDER BY id", chunk
                ).fetchall()
                yield from (self._doc_from_row(r) for r in rows)
            return
        last = 0
        while True:
            rows = self.conn.execute(
                f"SELECT {self._DOC_COLS} FROM documents WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            for r in rows:
                yield self._doc_from_row(r)
            last = rows[-1][0]

    def document_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def document_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def doc_id_by_id(self, doc_id: int) -> int | None:
        row = self.conn.execute("SELECT id FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def doc_id_by_hash(self, hash_: str) -> int | None:
        row = self.conn.execute("SELECT id FROM documents WHERE hash = ?", (hash_,)).fetchone()
        return row[0] if row else None

    def hash_index(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT hash, id FROM documents"))
