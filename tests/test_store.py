"""The store's guarantees: what it refuses to open (untouched), its connection settings, the
append-only history, and migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import annotator.store.connection as project_module
from annotator.core.errors import AnnotatorError, ProjectError
from annotator.core.model import Document
from annotator.store.migrations import APPLICATION_ID, LATEST, MIGRATIONS
from annotator.store.project import BUSY_TIMEOUT_MS, Project
from testdata import file_bytes


def refused(path: Path, code: str, fragment: str) -> None:
    before = file_bytes(path)
    siblings = sorted(path.parent.iterdir())
    with pytest.raises(ProjectError) as info:
        Project.open(path)
    assert info.value.code == code
    assert str(path) in str(info.value) and fragment in str(info.value)
    assert file_bytes(path) == before
    assert sorted(path.parent.iterdir()) == siblings  # no -wal / -shm / journal left beside it


def test_a_newer_file_is_refused_untouched(project_path):
    Project.create(project_path).close()
    conn = sqlite3.connect(project_path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    refused(project_path, "E206", f"written by a newer version of annotator (file format {LATEST + 1}")


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.annotator"
    path.write_text("Ceci n'est pas un projet.\n" * 10, encoding="utf-8")
    refused(path, "E204", "not an annotator project (not an SQLite database)")


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.annotator"
    path.write_bytes(b"")
    refused(path, "E204", "not an SQLite database")


def test_another_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE documents(id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO documents(text) VALUES ('x')")
    conn.commit()
    conn.close()
    refused(path, "E205", "an SQLite database of another application")


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(ProjectError) as info:
        Project.open(tmp_path / "nope.annotator")
    assert info.value.code == "E202"
    with pytest.raises(ProjectError) as info:
        Project.open(tmp_path)
    assert info.value.code == "E203"
    assert not (tmp_path / "nope.annotator").exists()


def test_create_refuses_an_existing_file(tmp_path):
    path = tmp_path / "x.annotator"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        Project.create(path)
    assert info.value.code == "E201"
    assert path.read_text(encoding="utf-8") == "keep me"


def test_connection_settings(project):
    conn = project.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS >= 5000
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST == len(MIGRATIONS)


def test_foreign_keys_are_enforced(project):
    project.ensure_annotator("alice")
    with pytest.raises(sqlite3.IntegrityError):
        with project.write() as conn:
            conn.execute("INSERT INTO doc_status(doc_id, annotator, status, updated_at) "
                         "VALUES (999, 'alice', 'done', 'now')")
    assert project.conn.execute("SELECT count(*) FROM doc_status").fetchone()[0] == 0


def test_history_is_append_only(project):
    (doc_id,), _ = project.add_documents([Document(text="Renault et Nissan.")])
    project.ensure_annotator("alice")
    project.set_status(doc_id, "alice", "done")
    (row,) = project.history()
    for sql in ("UPDATE history SET action = 'forged'", "DELETE FROM history",
                f"UPDATE history SET changes = '[]' WHERE id = {row.id}"):
        with pytest.raises(sqlite3.DatabaseError, match="history is append-only"):
            with project.write() as conn:
                conn.execute(sql)
    # also from another, plain connection (the triggers live in the file, not in our code)
    other = sqlite3.connect(project.path)
    with pytest.raises(sqlite3.DatabaseError, match="history is append-only"):
        other.execute("DELETE FROM history")
    other.close()
    assert project.history() == [row]


def test_a_failed_write_leaves_nothing(project):
    with pytest.raises(RuntimeError):
        with project.write():
            project.add_documents([Document(text="un")])
            raise RuntimeError("boom")
    assert project.document_count() == 0


def test_migrations_bring_an_older_file_to_latest(project_path, monkeypatch):
    with Project.create(project_path) as p:
        p.add_documents([Document(text="Gardé tel quel.")])

    def add_notes(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE notes(doc_id INTEGER REFERENCES documents(id), body TEXT)")

    monkeypatch.setattr(project_module, "MIGRATIONS", [*MIGRATIONS, add_notes])
    monkeypatch.setattr(project_module, "LATEST", LATEST + 1)
    assert Project.check_file(project_path) == LATEST
    with Project.open(project_path) as p:
        assert p.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST + 1
        assert p.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
        assert next(p.documents()).text == "Gardé tel quel."
    assert Project.check_file(project_path) == LATEST + 1


def test_a_failing_migration_changes_nothing(project_path, monkeypatch):
    Project.create(project_path).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half(x)")
        conn.execute("THIS IS NOT SQL")

    monkeypatch.setattr(project_module, "MIGRATIONS", [*MIGRATIONS, broken])
    monkeypatch.setattr(project_module, "LATEST", LATEST + 1)
    with pytest.raises(AnnotatorError) as err:  # coded, with SQLite's words, never a traceback
        Project.open(project_path)
    assert "syntax error" in str(err.value)
    monkeypatch.undo()
    with Project.open(project_path) as p:
        assert p.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert p.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
