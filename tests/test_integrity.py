"""Integrity you can check (issue 13, item 3): ``annotator check``, documents verified against their
content hash on open and export, ``annotator backup`` with the online backup API, an automatic
backup before a migration, and migrations from every earlier file format."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import ProjectError, StorageError
from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.store.migrations import APPLICATION_ID, LATEST, MIGRATIONS
from annotator.store.project import Project

TEXT = "Renault et Nissan signent un accord industriel à Paris avec Stellantis ZQXJ."


def build(path: Path) -> Path:
    with Project.create(path) as p:
        p.add_documents([Document(text=TEXT, title="a"), Document(text="Un autre article sur Danone.", title="b")])
        s = AnnotationSession(p, "alice")
        e = s.add_entity(1, 0, 7, "ORG")
        s.relabel(1, e.id, "LOC")
        s.undo(1)
        s.add_entity(1, 11, 17, "ORG")
        p.set_status(1, "alice", "done")
        p.checkpoint("TRUNCATE")
    return path


def change_text_on_disk(path: Path) -> None:
    """What a flipped bit does: the text changes, its hash does not."""
    data = path.read_bytes()
    assert b"ZQXJ" in data
    path.write_bytes(data.replace(b"ZQXJ", b"ZQXK"))


def test_check_says_ok_on_a_sound_project(run, tmp_path):
    path = build(tmp_path / "p.annotator")
    code, out, err = run("check", path)
    assert code == 0, out + err
    assert "ok" in out and "2 documents" in out
    assert sorted(x.name for x in tmp_path.iterdir()) == ["p.annotator"]


def test_a_changed_text_is_found_refused_on_open_and_never_exported(run, tmp_path):
    path = build(tmp_path / "p.annotator")
    change_text_on_disk(path)
    code, out, err = run("check", path)
    assert code == 1
    assert "document 1: its text does not match its content hash" in out and "hint:" in out
    with Project.open(path) as p:
        with pytest.raises(ProjectError) as err_:
            p.document(1)
        assert err_.value.code == "E273"
        assert p.document(2).text.startswith("Un autre")
    code, out, err = run("export", path, tmp_path / "out", "--format", "jsonl")
    assert code == 2 and "[E273]" in err
    exported = tmp_path / "out" / "annotations.jsonl"
    assert not exported.exists() or "ZQXK" not in exported.read_text(encoding="utf-8")


def test_check_replays_the_history_against_the_tables(run, tmp_path):
    path = build(tmp_path / "p.annotator")
    con = sqlite3.connect(path)
    con.execute("UPDATE entities SET label = 'PER' WHERE annotator = 'alice'")  # behind annotator's back
    con.commit()
    con.close()
    code, out, err = run("check", path)
    assert code == 0  # a warning: the stored state is still a valid one
    assert "warning: document 1, alice: the history does not explain the stored annotations" in out
    assert "1 different" in out or "different" in out


def test_check_on_damaged_pages_reports_with_a_hint(run, tmp_path):
    path = build(tmp_path / "p.annotator")
    data = bytearray(path.read_bytes())
    page = 4096
    for pos in range(2 * page + 40, min(len(data), 3 * page), 7):  # scribble over the third page
        data[pos] ^= 0x5A
    path.write_bytes(bytes(data))
    code, out, err = run("check", path)
    assert "Traceback" not in err
    assert (code == 1 and "hint:" in out) or (code == 2 and err.startswith("annotator: error: [E")), out + err


def test_backup_is_one_consistent_snapshot_while_another_connection_writes(run, tmp_path):
    path = build(tmp_path / "p.annotator")
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("INSERT INTO annotators(name, kind, created_at) VALUES ('bob', 'human', 'x')")  # committed
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO annotators(name, kind, created_at) VALUES ('carol', 'human', 'x')")  # not yet
    try:
        code, out, err = run("backup", path, tmp_path / "copy.annotator")
        assert code == 0, err
    finally:
        writer.execute("COMMIT")
        writer.close()
    with Project.open(tmp_path / "copy.annotator") as copy:
        assert copy.annotators() == ["alice", "bob"]  # what was committed at that moment, nothing half-done
        assert copy.document(1).text == TEXT and copy.check() == []
    code, out, err = run("backup", path, tmp_path / "copy.annotator")
    assert code == 2 and "[E820]" in err and "already exists" in err
    assert not [n for n in (x.name for x in tmp_path.iterdir()) if ".part-" in n]


def build_version(path: Path, version: int) -> None:
    """A project file as annotator wrote it at file format ``version``, with data in it."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("BEGIN")
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for number in range(version):
        MIGRATIONS[number](con)
        con.execute(f"PRAGMA user_version = {number + 1}")
    from annotator.resources import default_schema
    import json

    con.execute("INSERT INTO meta VALUES ('schema', ?)", (json.dumps(default_schema().to_dict()),))
    from annotator.core.model import content_hash

    con.execute("INSERT INTO documents(id, hash, text, imported_at) VALUES (1, ?, ?, 'x')", (content_hash(TEXT), TEXT))
    con.execute("INSERT INTO annotators VALUES ('alice', 'human', 'x')")
    con.execute("INSERT INTO entities(doc_id, annotator, start, \"end\", label) VALUES (1, 'alice', 0, 7, 'ORG')")
    con.execute("INSERT INTO doc_status VALUES (1, 'alice', 'done', '', 12.5, 'x')")
    con.execute("COMMIT")
    con.close()


@pytest.mark.parametrize("version", range(1, LATEST))
def test_a_file_of_every_earlier_format_is_backed_up_then_migrated(tmp_path, version):
    path = tmp_path / "old.annotator"
    build_version(path, version)
    with Project.open(path) as p:
        assert p.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert p.document(1).text == TEXT
        assert [(s.start, s.end, s.label) for s in p.annotations(1, "alice").entities] == [(0, 7, "ORG")]
        assert p.status(1, "alice")["seconds"] == 12.5
        assert p.queue_page("alice", label="ORG")[0].id == 1
        assert p.search("zqxj") == [1] and p.search_hits("stellantis")[0].id == 1  # indexed by migration 9
        assert p.migration_backup is not None and p.migration_backup.exists()
        backup = p.migration_backup
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA user_version").fetchone()[0] == version  # the file as it was
    con.close()
    with Project.open(path) as p:  # opened again: nothing more to migrate, no second backup
        assert p.migration_backup is None


def test_an_older_read_only_project_is_not_migrated_but_says_why(tmp_path):
    path = tmp_path / "old.annotator"
    build_version(path, LATEST - 1)
    path.chmod(0o444)
    with pytest.raises(StorageError) as err:
        Project.open(path)
    assert err.value.code == "E805" and "read-only" in str(err.value)
    assert sorted(x.name for x in tmp_path.iterdir()) == ["old.annotator"]
