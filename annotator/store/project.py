"""The project file: one SQLite database per project, opened through sqlite-utils.

Write discipline
----------------
* WAL, ``synchronous=NORMAL``, foreign keys on, ``busy_timeout`` set: several annotators (or
  processes) may write one file at once; a writer waits for the lock instead of failing.
* Every write is one ``BEGIN IMMEDIATE`` transaction (:meth:`Project.write`), so a write never
  fails half-way through on a lock upgrade and a failed operation leaves nothing behind.
* Every annotation edit goes through :meth:`Project.apply`: the new state and an append-only
  history row (before/after of each item) are written together. Undo, redo, audit, merge and
  review are built on that one path.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.core.errors import ProjectError
from annotator.core.model import (
    CompanySentiment,
    DocAnnotations,
    Document,
    EventLabel,
    Span,
    Status,
)
from annotator.core.schema import Schema
from annotator.store.migrations import APPLICATION_ID, LATEST, MIGRATIONS

BUSY_TIMEOUT_MS = 30_000
_SQLITE_HEADER = b"SQLite format 3\x00"

# Layers of a change, as stored in history rows.
ENTITY, SENTIMENT, EVENT, STATUS = "entity", "sentiment", "event", "status"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass(frozen=True, slots=True)
class HistoryRow:
    id: int
    ts: str
    annotator: str
    doc_id: int | None
    action: str
    changes: list[dict[str, Any]]
    undoes: int | None
    redoes: int | None


@dataclass(frozen=True, slots=True)
class DocRow:
    """A document as the queue lists it: no text."""

    id: int
    title: str
    source: str
    published: str
    status: str
    length: int


class Project:
    """An open project file. Not thread-safe: open one per thread (cheap)."""

    def __init__(self, path: str | os.PathLike[str], conn: sqlite3.Connection):
        self.path = Path(path)
        self.conn = conn
        self._schema: Schema | None = None
        self._depth = 0
        self._db: Any = None

    @property
    def db(self):  # -> sqlite_utils.Database
        """sqlite-utils over this connection, imported on first use: importing sqlite_utils costs
        ~0.2 s (it pulls in numpy), which the window's launch budget of 1 s cannot afford."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # ------------------------------------------------------------------ opening
    @classmethod
    def create(cls, path: str | os.PathLike[str], schema: Schema | None = None) -> "Project":
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise ProjectError(f"{path}: already exists; open it instead of creating it", code="E201")
        if schema is None:
            from annotator.resources import default_schema

            schema = default_schema()
        project = cls._connect(path)
        try:
            with project.write():
                project.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                project._migrate(0)
                project._set_meta("schema", json.dumps(schema.to_dict(), ensure_ascii=False))
                project._set_meta("created_with", __version__)
                project._set_meta("created_at", now())
        except BaseException:
            project.close()
            path.unlink(missing_ok=True)
            raise
        return project

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> "Project":
        path = Path(path)
        version = cls.check_file(path)
        project = cls._connect(path)
        if version < LATEST:
            try:
                with project.write():
                    project._migrate(version)
            except BaseException:
                project.close()
                raise
        project.schema  # validate now: a broken schema is reported on open, not later  # noqa: B018
        return project

    @staticmethod
    def check_file(path: Path) -> int:
        """Return the file's migration level, or raise without touching the file."""
        if not path.exists():
            raise ProjectError(f"{path}: no such project file", code="E202")
        if path.is_dir():
            raise ProjectError(f"{path}: is a folder, not a project file", code="E203")
        with open(path, "rb") as fh:
            header = fh.read(100)
        if len(header) < 100 or not header.startswith(_SQLITE_HEADER):
            raise ProjectError(f"{path}: not an annotator project (not an SQLite database)", code="E204")
        # The header on disk may lag behind the WAL: ask SQLite itself, on a read-only connection.
        # Without a WAL file the header is current: read it, so that no -wal/-shm is left beside a
        # file we refuse (a read-only connection to a WAL database creates them).
        if not Path(f"{path}-wal").exists():
            app_id = int.from_bytes(header[68:72], "big")
            user_version = int.from_bytes(header[60:64], "big")
        else:
            try:
                ro = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
                try:
                    app_id = ro.execute("PRAGMA application_id").fetchone()[0]
                    user_version = ro.execute("PRAGMA user_version").fetchone()[0]
                finally:
                    ro.close()
            except sqlite3.DatabaseError as exc:
                raise ProjectError(f"{path}: not an annotator project (unreadable database: {exc})",
                                   code="E204") from exc
        if app_id != APPLICATION_ID:
            raise ProjectError(
                f"{path}: not an annotator project (an SQLite database of another application)", code="E205"
            )
        if user_version > LATEST:
            raise ProjectError(
                f"{path}: written by a newer version of annotator (file format {user_version}, "
                f"this version reads up to {LATEST}); upgrade annotator to open it",
                code="E206",
            )
        return user_version

    @classmethod
    def _connect(cls, path: Path) -> "Project":
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        return cls(path, conn)

    def _migrate(self, current: int) -> None:
        for number in range(current, LATEST):
            MIGRATIONS[number](self.conn)
            self.conn.execute(f"PRAGMA user_version = {number + 1}")

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``); nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self._begin_immediate()
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        else:
            self._depth = 0
            self._retry_locked(lambda: self.conn.execute("COMMIT"))

    def _begin_immediate(self) -> None:
        self._retry_locked(lambda: self.conn.execute("BEGIN IMMEDIATE"))

    def _retry_locked(self, fn: Any) -> None:
        deadline = time.monotonic() + 2 * BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                fn()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise ProjectError(
                        f"{self.path}: the project stayed busy for {2 * BUSY_TIMEOUT_MS // 1000} s "
                        "(another annotator or process is writing); nothing was saved, try again",
                        code="E210",
                    ) from exc
                time.sleep(0.05)

    # ------------------------------------------------------------------ meta & schema
    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.write():
            self._set_meta(key, value)

    def get_json(self, key: str, default: Any = None) -> Any:
        raw = self.get_meta(key)
        return default if raw is None else json.loads(raw)

    def set_json(self, key: str, value: Any) -> None:
        self.set_meta(key, json.dumps(value, ensure_ascii=False))

    @property
    def schema(self) -> Schema:
        if self._schema is None:
            raw = self.get_meta("schema")
            if raw is None:
                raise ProjectError(f"{self.path}: the project has no label schema", code="E207")
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise ProjectError(f"{self.path}: the stored label schema is not JSON: {exc}", code="E208") from exc
            self._schema = Schema.from_dict(data, origin=f"{self.path} (label schema)")
        return self._schema

    def set_schema(self, schema: Schema) -> None:
        self.set_meta("schema", json.dumps(schema.to_dict(), ensure_ascii=False))
        self._schema = schema

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
            before = conn.total_changes
            conn.executemany(
                "INSERT OR IGNORE INTO documents(hash, text, title, source, url, published, meta, imported_at)"
                f" VALUES (?, ?, ?, ?, ?, ?, ?, '{stamp}')",
                rows,
            )
            return conn.total_changes - before

    def _doc_from_row(self, row: sqlite3.Row | tuple[Any, ...]) -> Document:
        id_, hash_, text, title, source, url, published, meta = row
        return Document(text=text, title=title, source=source, url=url, published=published,
                        meta=json.loads(meta), id=id_, hash=hash_)

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

    # ------------------------------------------------------------------ full-text search
    def ensure_fts(self) -> int:
        """Bring the FTS5 index up to date (documents are immutable: index new ids only)."""
        upto = int(self.get_meta("fts_indexed_upto", "0") or 0)
        top = self.conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]
        if top <= upto:
            return 0
        with self.write() as conn:
            conn.execute(
                "INSERT INTO documents_fts(rowid, title, text) SELECT id, title, text FROM documents WHERE id > ?",
                (upto,),
            )
            self._set_meta("fts_indexed_upto", str(top))
        return top - upto

    def search(self, query: str, *, after_id: int = 0, limit: int = 100) -> list[int]:
        """Ids of documents matching an FTS5 query, in id order (keyset paging by ``after_id``)."""
        self.ensure_fts()
        try:
            rows = self.conn.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?",
                (_fts_query(query), after_id, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise ProjectError(f"search: cannot understand {query!r}: {exc}", code="E221") from exc
        return [r[0] for r in rows]

    # ------------------------------------------------------------------ annotators
    def ensure_annotator(self, name: str, kind: str = "human") -> None:
        if not name or not name.strip():
            raise ProjectError("an annotator needs a name", code="E230")
        with self.write() as conn:
            conn.execute("INSERT OR IGNORE INTO annotators(name, kind, created_at) VALUES (?, ?, ?)",
                         (name, kind, now()))

    def annotators(self, kind: str | None = None) -> list[str]:
        if kind:
            rows = self.conn.execute("SELECT name FROM annotators WHERE kind = ? ORDER BY name", (kind,))
        else:
            rows = self.conn.execute("SELECT name FROM annotators ORDER BY name")
        return [r[0] for r in rows]

    def annotator_kind(self, name: str) -> str | None:
        row = self.conn.execute("SELECT kind FROM annotators WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------ reading annotations
    def annotations(self, doc_id: int, annotator: str, *,
                    layers: Sequence[str] = (ENTITY, SENTIMENT, EVENT)) -> DocAnnotations:
        """One annotator's version of a document; ``layers`` limits what is read (the others stay
        empty): a sentiment or event edit need not read 30,000 entities."""
        conn = self.conn
        ents = [
            Span(start=s, end=e, label=lab, source=src, confidence=conf, company=comp, id=i)
            for i, s, e, lab, src, conf, comp in conn.execute(
                'SELECT id, start, "end", label, source, confidence, company FROM entities '
                'WHERE doc_id = ? AND annotator = ? ORDER BY start, "end", id',
                (doc_id, annotator),
            )
        ] if ENTITY in layers else []
        sents = {
            comp: CompanySentiment(company=comp, name=name, value=val, source=src, confidence=conf,
                                   evidence=_spans(ev))
            for comp, name, val, src, conf, ev in conn.execute(
                "SELECT company, name, value, source, confidence, evidence FROM sentiments "
                "WHERE doc_id = ? AND annotator = ? ORDER BY company",
                (doc_id, annotator),
            )
        } if SENTIMENT in layers else {}
        events = {
            lab: EventLabel(label=lab, source=src, confidence=conf, evidence=_spans(ev))
            for lab, src, conf, ev in conn.execute(
                "SELECT label, source, confidence, evidence FROM events WHERE doc_id = ? AND annotator = ? "
                "ORDER BY label",
                (doc_id, annotator),
            )
        } if EVENT in layers else {}
        return DocAnnotations(entities=ents, sentiments=sents, events=events)

    def entities_where(self, doc_id: int, annotator: str, *, entity_id: int | None = None,
                       overlapping: tuple[int, int] | None = None) -> list[Span]:
        """One annotator's entities of one document with that id or overlapping ``(start, end)``:
        the few rows an edit needs, without reading a long article's thousands of entities."""
        sql = ('SELECT id, start, "end", label, source, confidence, company FROM entities '
               "WHERE doc_id = ? AND annotator = ?")
        params: list[Any] = [doc_id, annotator]
        if entity_id is not None:
            sql += " AND id = ?"
            params.append(entity_id)
        if overlapping is not None:
            sql += ' AND start < ? AND "end" > ?'
            params += [overlapping[1], overlapping[0]]
        return [Span(s, e, lab, src, conf, comp, i)
                for i, s, e, lab, src, conf, comp in self.conn.execute(sql + ' ORDER BY start, "end", id', params)]

    def last_history_id(self) -> int:
        """Id of the newest history row (0 when there is none)."""
        return self.conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]

    def annotated_doc_ids(self, annotator: str) -> list[int]:
        """Documents on which ``annotator`` has any annotation or a status."""
        rows = self.conn.execute(
            "SELECT doc_id FROM entities WHERE annotator = ?1 UNION SELECT doc_id FROM sentiments WHERE annotator = ?1 "
            "UNION SELECT doc_id FROM events WHERE annotator = ?1 UNION SELECT doc_id FROM doc_status "
            "WHERE annotator = ?1 ORDER BY 1",
            (annotator,),
        )
        return [r[0] for r in rows]

    def annotations_bulk(self, annotators: Sequence[str], doc_ids: Sequence[int] | None = None
                         ) -> dict[tuple[int, str], DocAnnotations]:
        """Versions of many documents by ``annotators`` in a few queries (agreement, review).

        Keys are ``(doc_id, annotator)`` for every pair with at least one annotation; ``doc_ids``
        restricts to those documents. Entities come in (start, end, id) order.
        """
        out: dict[tuple[int, str], DocAnnotations] = {}
        if not annotators:
            return out

        def get(key: tuple[int, str]) -> DocAnnotations:
            ann = out.get(key)
            if ann is None:
                ann = out[key] = DocAnnotations()
            return ann

        for where, params in self._bulk_filters(annotators, doc_ids):
            for d, a, i, s, e, lab, src, conf, comp in self.conn.execute(
                'SELECT doc_id, annotator, id, start, "end", label, source, confidence, company FROM entities '
                f'WHERE {where} ORDER BY doc_id, annotator, start, "end", id', params):
                get((d, a)).entities.append(Span(s, e, lab, src, conf, comp, i))
            for d, a, comp, name, val, src, conf, ev in self.conn.execute(
                "SELECT doc_id, annotator, company, name, value, source, confidence, evidence FROM sentiments "
                f"WHERE {where} ORDER BY doc_id, annotator, company", params):
                get((d, a)).sentiments[comp] = CompanySentiment(company=comp, name=name, value=val, source=src,
                                                                confidence=conf, evidence=_spans(ev))
            for d, a, lab, src, conf, ev in self.conn.execute(
                "SELECT doc_id, annotator, label, source, confidence, evidence FROM events "
                f"WHERE {where} ORDER BY doc_id, annotator, label", params):
                get((d, a)).events[lab] = EventLabel(label=lab, source=src, confidence=conf, evidence=_spans(ev))
        return out

    def annotation_keys_bulk(self, annotators: Sequence[str], doc_ids: Sequence[int] | None = None
                             ) -> tuple[list[tuple[int, str, int, int, str]], list[tuple[int, str, str, str]],
                                        list[tuple[int, str, str]]]:
        """Lean rows for comparing versions (agreement): ``(entities, sentiments, events)`` as
        ``(doc_id, annotator, start, end, label)``, ``(doc_id, annotator, company, value)`` and
        ``(doc_id, annotator, label)`` tuples, with no objects built and no JSON parsed."""
        ents: list[Any] = []
        sents: list[Any] = []
        events: list[Any] = []
        if not annotators:
            return ents, sents, events
        for where, params in self._bulk_filters(annotators, doc_ids):
            ents += self.conn.execute(
                f'SELECT doc_id, annotator, start, "end", label FROM entities WHERE {where}', params).fetchall()
            sents += self.conn.execute(
                f"SELECT doc_id, annotator, company, value FROM sentiments WHERE {where}", params).fetchall()
            events += self.conn.execute(
                f"SELECT doc_id, annotator, label FROM events WHERE {where}", params).fetchall()
        return ents, sents, events

    def statuses_bulk(self, annotators: Sequence[str], doc_ids: Sequence[int] | None = None
                      ) -> dict[tuple[int, str], str]:
        """``{(doc_id, annotator): status}`` for every stored status of ``annotators`` (no row = todo)."""
        out: dict[tuple[int, str], str] = {}
        for where, params in self._bulk_filters(annotators, doc_ids):
            for d, a, st in self.conn.execute(f"SELECT doc_id, annotator, status FROM doc_status WHERE {where}",
                                              params):
                out[(d, a)] = st
        return out

    @staticmethod
    def _bulk_filters(annotators: Sequence[str], doc_ids: Sequence[int] | None, batch: int = 500
                      ) -> Iterator[tuple[str, list[Any]]]:
        names = list(dict.fromkeys(annotators))
        by_name = f"annotator IN ({','.join('?' * len(names))})"
        if doc_ids is None:
            yield by_name, names
            return
        ids = sorted({int(i) for i in doc_ids})
        for k in range(0, len(ids), batch):
            chunk = ids[k : k + batch]
            yield f"{by_name} AND doc_id IN ({','.join('?' * len(chunk))})", names + chunk

    # ------------------------------------------------------------------ writing annotations
    def apply(self, doc_id: int, annotator: str, action: str, changes: list[dict[str, Any]], *,
              undoes: int | None = None, redoes: int | None = None, history: bool = True) -> int | None:
        """Write ``changes`` (each ``{layer, key, before, after}``) and their history row, atomically.

        ``after`` is the item's new state (None deletes it). Entity items are keyed by id; an
        added entity with no id gets one here, and the returned history records it.
        Returns the history row id.
        """
        with self.write() as conn:
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
            return self.apply(doc_id, annotator, action, changes, history=history)

    # ------------------------------------------------------------------ status & time
    def status(self, doc_id: int, annotator: str) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT status, comment, seconds, updated_at FROM doc_status WHERE doc_id = ? AND annotator = ?",
            (doc_id, annotator),
        ).fetchone()
        if row is None:
            return {"status": Status.TODO.value, "comment": "", "seconds": 0.0, "updated_at": None}
        return {"status": row[0], "comment": row[1], "seconds": row[2], "updated_at": row[3]}

    def set_status(self, doc_id: int, annotator: str, status: Status | str, comment: str = "", *,
                   add_seconds: float = 0.0, history: bool = True) -> int | None:
        status = Status.parse(status.value if isinstance(status, Status) else status)
        with self.write():
            before = self.status(doc_id, annotator)
            before_state = None if before["updated_at"] is None else {
                "status": before["status"], "comment": before["comment"], "seconds": before["seconds"]}
            after = {"status": status.value, "comment": comment, "seconds": before["seconds"] + add_seconds}
            return self.apply(doc_id, annotator, f"status:{status.value}",
                              [{"layer": STATUS, "key": None, "before": before_state, "after": after}],
                              history=history)

    def latest_versions(self, status: str = "done", kinds: Sequence[str] = ("human",)) -> dict[int, str]:
        """For each document: the annotator (of one of ``kinds``) with ``status`` updated last."""
        marks = ",".join("?" * len(kinds))
        rows = self.conn.execute(
            "SELECT s.doc_id, s.annotator FROM doc_status s JOIN annotators a ON a.name = s.annotator "
            f"WHERE s.status = ? AND a.kind IN ({marks}) ORDER BY s.doc_id, s.updated_at, s.annotator",
            (Status.parse(status).value, *kinds),
        )
        return {doc_id: name for doc_id, name in rows}  # later rows (newer) win

    def add_time(self, doc_id: int, annotator: str, seconds: float) -> None:
        """Add time spent (not an undoable action: no history row)."""
        with self.write() as conn:
            cur = conn.execute(
                "UPDATE doc_status SET seconds = seconds + ?, updated_at = ? WHERE doc_id = ? AND annotator = ?",
                (seconds, now(), doc_id, annotator),
            )
            if cur.rowcount == 0:
                conn.execute(
                    "INSERT INTO doc_status(doc_id, annotator, status, comment, seconds, updated_at) "
                    "VALUES (?, ?, 'in_progress', '', ?, ?)",
                    (doc_id, annotator, seconds, now()),
                )

    def status_counts(self, annotator: str) -> dict[str, int]:
        counts = {s.value: 0 for s in Status}
        for status, n in self.conn.execute(
            "SELECT status, count(*) FROM doc_status WHERE annotator = ? GROUP BY status", (annotator,)
        ):
            counts[status] = n
        counts[Status.TODO.value] += self.queue_size(annotator) - sum(counts.values())
        return counts

    def queue_size(self, annotator: str) -> int:
        if self.has_assignments():
            return self.conn.execute("SELECT count(*) FROM assignments WHERE annotator = ?", (annotator,)).fetchone()[0]
        return self.document_count()

    def has_assignments(self) -> bool:
        return self.conn.execute("SELECT 1 FROM assignments LIMIT 1").fetchone() is not None

    def queue_page(self, annotator: str, *, after_id: int = 0, before_id: int | None = None, limit: int = 200,
                   status: str | None = None, label: str | None = None, ids: Sequence[int] | None = None) -> list[DocRow]:
        """One page of an annotator's queue, by keyset (``id > after_id``), never OFFSET.

        ``status`` filters by the annotator's status; ``label`` keeps documents where this
        annotator (or else the model) has an entity or event with that label.
        """
        where = ["d.id > :after"]
        params: dict[str, Any] = {"ann": annotator, "after": after_id, "limit": limit}
        if before_id is not None:
            where.append("d.id < :before")
            params["before"] = before_id
        join = "JOIN assignments a ON a.doc_id = d.id AND a.annotator = :ann " if self.has_assignments() else ""
        if status:
            Status.parse(status)
            if status == Status.TODO.value:
                where.append("(s.status IS NULL OR s.status = 'todo')")
            else:
                where.append("s.status = :status")
                params["status"] = status
        if label:
            where.append(
                "(EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = d.id AND e.label = :label) OR "
                "EXISTS (SELECT 1 FROM events v WHERE v.doc_id = d.id AND v.label = :label))"
            )
            params["label"] = label
        if ids is not None:
            if not ids:
                return []
            where.append(f"d.id IN ({','.join(str(int(i)) for i in ids)})")
        sql = (
            "SELECT d.id, d.title, d.source, d.published, coalesce(s.status, 'todo'), length(d.text) "
            "FROM documents d " + join +
            "LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = :ann "
            "WHERE " + " AND ".join(where) + " ORDER BY d.id LIMIT :limit"
        )
        rows = self.conn.execute(sql, params).fetchall()
        return [DocRow(*r) for r in rows]

    def next_doc(self, annotator: str, after_id: int, *, unfinished: bool = True) -> int | None:
        """The next document after ``after_id`` (wrapping round); with ``unfinished`` only those
        this annotator has not marked done, skipped or flagged."""
        join = "JOIN assignments a ON a.doc_id = d.id AND a.annotator = :ann " if self.has_assignments() else ""
        cond = "AND (s.status IS NULL OR s.status IN ('todo', 'in_progress')) " if unfinished else ""
        sql = ("SELECT d.id FROM documents d " + join +
               "LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = :ann "
               "WHERE d.id > :after AND d.id != :current " + cond + "ORDER BY d.id LIMIT 1")
        for lo in (after_id, 0):
            row = self.conn.execute(sql, {"ann": annotator, "after": lo, "current": after_id}).fetchone()
            if row:
                return row[0]
        return None

    # ------------------------------------------------------------------ pre-annotation bookkeeping
    def mark_preannotated(self, doc_id: int, annotator: str, layers: Iterable[str]) -> None:
        with self.write() as conn:
            row = conn.execute("SELECT layers FROM preannotated WHERE doc_id = ? AND annotator = ?",
                               (doc_id, annotator)).fetchone()
            have = set(row[0].split(",")) if row and row[0] else set()
            conn.execute(
                "INSERT OR REPLACE INTO preannotated(doc_id, annotator, layers, created_at) VALUES (?,?,?,?)",
                (doc_id, annotator, ",".join(sorted(have | set(layers))), now()),
            )

    def preannotated_ids(self, annotator: str, layers: Iterable[str]) -> set[int]:
        need = set(layers)
        return {
            doc_id for doc_id, have in self.conn.execute(
                "SELECT doc_id, layers FROM preannotated WHERE annotator = ?", (annotator,))
            if need <= set(have.split(","))
        }

    # ------------------------------------------------------------------ history
    def history(self, doc_id: int | None = None, annotator: str | None = None, *,
                since_id: int = 0) -> list[HistoryRow]:
        where, params = ["id > ?"], [since_id]
        if doc_id is not None:
            where.append("doc_id = ?")
            params.append(doc_id)
        if annotator is not None:
            where.append("annotator = ?")
            params.append(annotator)
        rows = self.conn.execute(
            "SELECT id, ts, annotator, doc_id, action, changes, undoes, redoes FROM history WHERE "
            + " AND ".join(where) + " ORDER BY id",
            params,
        )
        return [HistoryRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7]) for r in rows]

    # ------------------------------------------------------------------ assignments
    def set_assignments(self, pairs: Iterable[tuple[int, str]], *, replace: bool = True) -> int:
        with self.write() as conn:
            if replace:
                conn.execute("DELETE FROM assignments")
            before = conn.total_changes
            conn.executemany("INSERT OR IGNORE INTO assignments(doc_id, annotator) VALUES (?, ?)", list(pairs))
            return conn.total_changes - before

    def assigned_annotators(self, doc_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT annotator FROM assignments WHERE doc_id = ? ORDER BY annotator", (doc_id,))]


# ---------------------------------------------------------------------- change helpers
def _spans(raw: str) -> tuple[tuple[int, int], ...]:
    if raw == "[]":
        return ()
    return tuple((int(a), int(b)) for a, b in json.loads(raw))


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


def _fts_query(query: str) -> str:
    """Quote each word so user input (hyphens, apostrophes, colons) never breaks FTS5 syntax."""
    words = [w for w in query.replace('"', " ").split() if w]
    return " ".join(f'"{w}"' for w in words) or '""'
