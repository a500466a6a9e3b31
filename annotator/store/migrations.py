"""Versioned migrations of the project file, as code.

``PRAGMA user_version`` holds the number of migrations applied; ``PRAGMA application_id`` marks a
file as an annotator project. Each migration runs inside the caller's transaction. Never edit a
released migration: append a new one. The first was written as SQL before the store used
sqlite-utils; later ones use sqlite-utils. Opening a file of an older format first takes a backup
beside it (``NAME.vN-TIMESTAMP.bak``), then migrates.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x414E4E4F  # "ANNO"


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute SQL statements one by one (``executescript`` would COMMIT the caller's transaction)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            conn.execute(buf)
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buf.strip()[:80]}")


def _m1_initial(conn: sqlite3.Connection) -> None:
    run_script(conn,
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            meta TEXT NOT NULL DEFAULT '{}',
            imported_at TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TABLE annotators (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('human', 'model', 'gold')),
            created_at TEXT NOT NULL
        );
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL REFERENCES annotators(name),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'manual',
            confidence REAL,
            company TEXT,
            CHECK (start >= 0 AND "end" > start)
        );
        CREATE INDEX entities_doc ON entities(doc_id, annotator);
        CREATE TABLE sentiments (
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL REFERENCES annotators(name),
            company TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            value TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'manual',
            confidence REAL,
            evidence TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (doc_id, annotator, company)
        );
        CREATE TABLE events (
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL REFERENCES annotators(name),
            label TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'manual',
            confidence REAL,
            evidence TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (doc_id, annotator, label)
        );
        CREATE TABLE doc_status (
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL REFERENCES annotators(name),
            status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'done', 'skipped', 'flagged')),
            comment TEXT NOT NULL DEFAULT '',
            seconds REAL NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (doc_id, annotator)
        );
        CREATE INDEX doc_status_annotator ON doc_status(annotator, status, doc_id);
        CREATE TABLE preannotated (
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL REFERENCES annotators(name),
            layers TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (doc_id, annotator)
        );
        CREATE TABLE assignments (
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL,
            PRIMARY KEY (annotator, doc_id)
        );
        CREATE INDEX assignments_doc ON assignments(doc_id);
        CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            ts TEXT NOT NULL,
            annotator TEXT NOT NULL,
            doc_id INTEGER REFERENCES documents(id),
            action TEXT NOT NULL,
            changes TEXT NOT NULL,
            undoes INTEGER REFERENCES history(id),
            redoes INTEGER REFERENCES history(id)
        );
        CREATE INDEX history_doc ON history(doc_id, annotator, id);
        -- The history is append-only: the file refuses to rewrite or forget it.
        CREATE TRIGGER history_no_update BEFORE UPDATE ON history
            BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        CREATE TRIGGER history_no_delete BEFORE DELETE ON history
            BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        """
    )


def database(conn: sqlite3.Connection):  # -> sqlite_utils.Database
    """sqlite-utils over the migrating connection. Its write methods join the caller's transaction
    (as savepoints), so a failing migration still changes nothing. Imported here, not at module
    level: the window's launch cannot afford sqlite-utils' import time."""
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def _m2_entity_labels(conn: sqlite3.Connection) -> None:
    """The queue's label filter looks for one label in each listed document: index it."""
    database(conn)["entities"].create_index(["doc_id", "label"], index_name="entities_doc_label", if_not_exists=True)


def _m3_history_identity(conn: sqlite3.Connection) -> None:
    """Every history row gets a global identity: ``uid`` (unique in every file), ``origin`` (the
    desktop, i.e. the project file, that wrote it) and a Lamport ``clock`` (one more than any clock
    the file has seen). Undo follows (clock, ts, uid), the same on every desktop; merged rows keep
    theirs. New rows get them from a trigger, so no writer has to know (see annotator.store.lineage)."""
    from annotator.store.lineage import backfill_identity

    history = database(conn)["history"]
    history.add_column("uid", str)
    history.add_column("origin", str)
    history.add_column("clock", int)
    conn.execute("DROP TRIGGER history_no_update")
    backfill_identity(conn)
    history.create_index(["uid"], index_name="history_uid", unique=True)
    history.create_index(["clock"], index_name="history_clock")
    run_script(conn,
        """
        -- append-only once a row has its identity (given right after the insert, below)
        CREATE TRIGGER history_no_update BEFORE UPDATE ON history WHEN OLD.uid IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        CREATE TRIGGER history_identity AFTER INSERT ON history WHEN NEW.uid IS NULL
            BEGIN
                UPDATE history SET
                    uid = lower(hex(randomblob(16))),
                    origin = (SELECT value FROM meta WHERE key = 'desktop_id'),
                    clock = (SELECT coalesce(max(clock), 0) + 1 FROM history)
                WHERE id = NEW.id;
            END;
        """
    )


def _m4_model_registry(conn: sqlite3.Connection) -> None:
    """The model registry (issue 9): every pipeline trained from the project and every outside
    pipeline that pre-annotated it, with a fingerprint of its weights; and which model version each
    human version started from (see annotator.store.models)."""
    db = database(conn)
    text = ("annotator", "name", "version", "origin", "path", "base", "weights", "data_hash", "trained_on", "scores",
            "details", "created_at")
    db["models"].create(
        {**{c: str for c in text}, "documents": int}, pk="annotator", not_null={*text, "documents"},
        defaults={"base": "", "data_hash": "", "documents": 0, "trained_on": "{}", "scores": "{}", "details": "{}"},
        column_order=["annotator", "name", "version", "origin", "path", "base", "weights", "data_hash", "documents",
                      "trained_on", "scores", "details", "created_at"])
    db["started_from"].create(
        {"doc_id": int, "annotator": str, "model": str, "created_at": str}, pk=("doc_id", "annotator"),
        not_null={"doc_id", "annotator", "model", "created_at"}, foreign_keys=[("doc_id", "documents", "id")])


def _m5_doc_tokens(conn: sqlite3.Connection) -> None:
    """Token boundaries per document and tokenizer (annotator.store.tokens): the export builds its
    Docs from them instead of re-tokenising every text."""
    database(conn)["doc_tokens"].create(
        {"doc_id": int, "tokenizer": str, "data": bytes}, pk=("doc_id", "tokenizer"), not_null={"data"},
        foreign_keys=[("doc_id", "documents", "id")],
    )


def _m6_sync_entity_ids(conn: sqlite3.Connection) -> None:
    """Global ids of entities, for syncing through a team server (annotator.store.sync_ids):
    this file's entity id <-> "<desktop>:<entity id where it was made>"."""
    db = database(conn)
    db["sync_entity_ids"].create({"local": int, "gid": str}, pk="local", not_null={"gid"})
    db["sync_entity_ids"].create_index(["gid"], index_name="sync_entity_ids_gid", unique=True)


def _m7_doc_language(conn: sqlite3.Connection) -> None:
    """The language of each document ("fr", "en"), detected at import (annotator.store.languages)."""
    run_script(conn,
        """
        CREATE TABLE doc_language (
            doc_id INTEGER PRIMARY KEY REFERENCES documents(id),
            lang TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'detected' CHECK (source IN ('detected', 'set'))
        );
        """
    )


def _m8_boilerplate(conn: sqlite3.Connection) -> None:
    """Non-article lines (annotator.store.boilerplate): how many documents of a source share each
    short line (template detection), and the lines set by hand as article or not."""
    run_script(conn,
        """
        CREATE TABLE line_counts (
            source TEXT NOT NULL,
            hash TEXT NOT NULL,
            docs INTEGER NOT NULL,
            PRIMARY KEY (source, hash)
        );
        CREATE TABLE line_counted (
            doc_id INTEGER PRIMARY KEY REFERENCES documents(id)
        );
        CREATE TABLE line_status (
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            boilerplate INTEGER NOT NULL CHECK (boilerplate IN (0, 1)),
            PRIMARY KEY (doc_id, start, "end")
        );
        """
    )


def _m9_documents_fts(conn: sqlite3.Connection) -> None:
    """Full-text search over documents kept up to date by triggers (annotator.store.search).

    The first migration's ``documents_fts`` was filled lazily, before each search, up to the meta key
    ``fts_indexed_upto``; a restore, a merge or another process's import left it behind until then.
    Rebuilt here with sqlite-utils' ``enable_fts``: the same columns and tokenizer (accents folded),
    filled from every document, and insert/update/delete triggers on ``documents``."""
    db = database(conn)
    db["documents_fts"].drop(ignore=True)  # a virtual table: its shadow tables go with it
    conn.execute("DELETE FROM meta WHERE key = 'fts_indexed_upto'")
    db["documents"].enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


# Append new migrations at the end, written with sqlite-utils (``create``, ``transform``,
# ``add_column``, ``create_index``, ``enable_fts``) over :func:`database`.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _m1_initial,
    _m2_entity_labels,
    _m3_history_identity,
    _m4_model_registry,
    _m5_doc_tokens,
    _m6_sync_entity_ids,
    _m7_doc_language,
    _m8_boilerplate,
    _m9_documents_fts,
]

LATEST = len(MIGRATIONS)
