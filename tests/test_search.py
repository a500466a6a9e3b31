"""Full-text search (issue 13, item 7): an FTS5 index made with sqlite-utils' ``enable_fts`` and kept
current by triggers (migration 9), ``Project.search_hits`` and ``annotator search``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import ProjectError
from annotator.core.model import Document
from annotator.services.dump import dump, restore
from annotator.services.importer import import_paths
from annotator.store.migrations import LATEST
from annotator.store.project import Project
from testdata import file_bytes

DOCS = [
    Document(text="Le groupe Rénault a conclu un accord de cession avec Nissan à Paris.", title="Accord Renault",
             source="AFP", published="2024-05-01"),
    Document(text="Stellantis ferme une usine à Poissy; Renault n'est pas concerné.", title="Usine fermée",
             source="Le Monde"),
    Document(text="Danone publie ses résultats trimestriels.", title="Résultats Danone"),
]


@pytest.fixture
def proj(tmp_path):
    p = Project.create(tmp_path / "s.annotator")
    p.add_documents(DOCS)
    yield p
    p.close()


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_the_index_is_made_by_sqlite_utils_with_triggers(proj):
    names = {r[0] for r in proj.conn.execute("SELECT name FROM sqlite_master")}
    assert {"documents_fts", "documents_ai", "documents_ad", "documents_au"} <= names
    assert proj.db["documents"].detect_fts() == "documents_fts"
    assert proj.get_meta("fts_indexed_upto") is None  # the lazy index of migration 1 is gone


def test_search_folds_case_and_accents_and_ranks(proj):
    assert proj.search("renault") == [1, 2]  # "Rénault" in 1, "Renault" in 2
    hits = proj.search_hits("renault")
    assert [h.id for h in hits][0] == 1 and {h.id for h in hits} == {1, 2}  # 1 has it in its title too
    assert "[Rénault]" in hits[0].snippet and hits[0].title == "Accord Renault" and hits[0].source == "AFP"
    assert [h.id for h in proj.search_hits('"accord de cession"')] == [1]
    assert [h.id for h in proj.search_hits("renault NOT nissan")] == [2]
    assert [h.id for h in proj.search_hits("title:résultats")] == [3]
    assert [h.id for h in proj.search_hits("stell*")] == [2]
    assert proj.search_count("renault OR danone") == 3
    assert proj.search_hits("renault", limit=1, offset=1)[0].id == 2


@pytest.mark.parametrize("query", ["renault AND (", '"unterminated', "foo:bar", "*", "NOT", " "])
def test_a_query_fts5_cannot_parse_is_a_coded_error_and_changes_nothing(proj, query):
    proj.close()
    before = file_bytes(proj.path)
    with Project.open(proj.path) as p:
        with pytest.raises(ProjectError) as err:
            p.search_hits(query)
        assert err.value.code == "E761"
        assert ("empty query" if not query.strip() else "cannot understand the query") in str(err.value)
        assert p.search(query) == []  # the queue's literal search never fails on syntax
    assert file_bytes(proj.path) == before


def test_the_queue_search_takes_words_literally(proj):
    assert proj.search("renault AND (") == []  # no document has the word "and" or "(" ... and no error
    assert proj.search("n'est") == [2]
    assert proj.search('"') == [] and proj.search("") == []


def test_imports_from_another_process_are_searchable_at_once(proj, tmp_path):
    with Project.open(proj.path) as other:  # e.g. `annotator import` while the window is open
        import_paths(other, [write_jsonl(tmp_path / "more.jsonl", [{"text": "Carrefour rachète une enseigne.",
                                                                     "title": "Rachat"}])])
    assert proj.search("carrefour") == [4]  # nothing to rebuild: the trigger indexed it
    assert proj.search_hits("rachat")[0].id == 4


def test_restore_rebuilds_the_index_and_the_dump_leaves_it_out(proj, tmp_path):
    first = tmp_path / "one.jsonl.gz"
    dump(proj, first)
    restored = restore(first, tmp_path / "back.annotator")
    try:
        assert restored.search("renault") == [1, 2] and restored.search_hits("danone")[0].id == 3
        second = tmp_path / "two.jsonl.gz"
        dump(restored, second)
    finally:
        restored.close()
    assert second.read_bytes() == first.read_bytes()
    import gzip

    tables = json.loads(gzip.open(first, "rt", encoding="utf-8").readline())["tables"]
    assert not [t for t in tables if t.startswith("documents_fts")]


def test_a_read_only_project_can_be_searched(proj):
    proj.close()
    proj.path.chmod(0o444)
    with Project.open(proj.path) as p:
        assert p.read_only and p.search("usine") == [2] and p.search_hits("usine")[0].id == 2


def test_migration_9_indexes_the_documents_of_an_older_file(tmp_path):
    """A file of format 8 whose lazy index (migration 1) covered only the first document."""
    from annotator.store import migrations

    path = tmp_path / "old.annotator"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("BEGIN")
    con.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    for number in range(8):
        migrations.MIGRATIONS[number](con)
    con.execute("PRAGMA user_version = 8")
    from annotator.resources import default_schema

    con.execute("INSERT INTO meta VALUES ('schema', ?)", (json.dumps(default_schema().to_dict()),))
    for i, d in enumerate(DOCS, 1):
        con.execute("INSERT INTO documents(id, hash, text, title, imported_at) VALUES (?, ?, ?, ?, 'x')",
                    (i, d.hash, d.text, d.title))
    con.execute("INSERT INTO documents_fts(rowid, title, text) SELECT id, title, text FROM documents WHERE id = 1")
    con.execute("INSERT INTO meta VALUES ('fts_indexed_upto', '1')")
    con.execute("COMMIT")
    con.close()
    with Project.open(path) as p:
        assert p.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert p.search("renault") == [1, 2] and p.search("danone") == [3]
        assert p.get_meta("fts_indexed_upto") is None
        assert p.check() == []


def test_the_search_command_prints_plain_text(run, tmp_path):
    path = tmp_path / "c.annotator"
    with Project.create(path) as p:
        p.add_documents(DOCS + [Document(text="Renault\x1b]0;owned\x07 signe\r\nun accord.",
                                         title="Titre \x1b[31mrouge\x1b[0m\navec saut")])
    code, out, err = run("search", path, "renault")
    assert code == 0 and not err
    assert out.startswith("3 documents match renault:")
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    assert "Titre rouge avec saut" in out  # one line per title, control characters stripped
    assert "[Rénault]" in out and "(AFP, 2024-05-01)" in out
    code, out, _ = run("search", path, "title:accord", "--ids")
    assert (code, out) == (0, "1\n")
    code, out, _ = run("search", path, "zzzz")
    assert code == 1 and out == "No document matches zzzz.\n"
    code, out, err = run("search", path, "renault AND (")
    assert code == 2 and err.startswith("annotator: error: [E761] search: cannot understand") and not out
    assert "Traceback" not in err
    code, _, err = run("search", path, "renault", "--limit", "0")
    assert code == 2 and "[E762]" in err
    code, out, _ = run("search", path, "renault", "--limit", "1")
    assert out.startswith("3 documents match renault (the best 1 shown):")
