"""Lossless dump and restore: dump -> restore -> dump is byte-identical on every table there is."""

from __future__ import annotations

import gzip
import json
import sqlite3

import pytest

from annotator.cli import main
from annotator.core.errors import AnnotatorError
from annotator.services.annotate import AnnotationSession
from annotator.services.dump import dump, restore
from annotator.services.formats import import_files
from annotator.store.dump import DUMP_VERSION, dump_tables
from annotator.store.migrations import LATEST
from annotator.store.project import Project
from tests.formats_data import labelstudio_tasks, prodigy_lines, write_json, write_jsonl


def rich_project(tmp_path):
    p = Project.create(tmp_path / "rich.annotator")
    import_files(p, [write_jsonl(tmp_path / "p.jsonl", prodigy_lines())])
    import_files(p, [write_json(tmp_path / "ls.json", labelstudio_tasks())])  # a model's version with scores
    s = AnnotationSession(p, "news-alice")
    s.add_entity(1, 0, 5, "MISC")
    s.undo(1)
    s.redo(1)
    s.set_status(1, "flagged", comment="à revoir 🚩")
    p.add_time(2, "news-alice", 12.25)
    p.set_assignments([(1, "news-alice"), (2, "news-bob")])
    assert p.search("Stellantis") == [1]  # the full-text index: derived, not in the dump
    from annotator.store import models as models_store
    from annotator.store import tokens as token_store

    token_store.put_many(p, "fr_tiny-0.1.0", [(1, b"\x02\x00\x80\xff\x01"), (2, bytes(range(256)))])  # blobs
    models_store.record_start(p, 1, "news-alice", "model:ner-v2")  # the model registry's tables
    return p


def _rows(path):
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table, cols in dump_tables(conn).items():
            out[table] = sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
        return out
    finally:
        conn.close()


def test_dump_restore_dump_is_byte_identical(tmp_path):
    p = rich_project(tmp_path)
    first = tmp_path / "one.jsonl.gz"
    report = dump(p, first)
    p.close()
    tables = json.loads(gzip.open(first, "rt", encoding="utf-8").readline())["tables"]
    assert {"documents", "entities", "sentiments", "events", "doc_status", "assignments", "history", "annotators",
            "meta"} <= set(tables)
    assert not any(t.startswith("documents_fts") for t in tables)
    assert report.rows > 20
    q = restore(first, tmp_path / "back.annotator")
    second = tmp_path / "two.jsonl.gz"
    dump(q, second)
    assert second.read_bytes() == first.read_bytes()
    # the same rows in every table, and the restored project works (search rebuilt, undo continues)
    assert q.search("Stellantis") == [1]
    assert q.status(1, "news-alice")["comment"] == "à revoir 🚩"
    assert q.annotators("model") == ["model:ner-v2"]
    assert {s.confidence for s in q.annotations(1, "model:ner-v2").entities} == {0.8}
    assert [h.action for h in q.history(1, "news-alice")][-1] == "status:flagged"
    q.close()
    a, b = _rows(tmp_path / "rich.annotator"), _rows(tmp_path / "back.annotator")
    assert a == b


def test_new_entity_ids_continue_after_restore(tmp_path):
    p = rich_project(tmp_path)
    dump(p, tmp_path / "d.jsonl.gz")
    s = AnnotationSession(p, "news-alice")
    s.add_entity(2, 0, 2, "MISC")
    want = max(e.id for e in p.annotations(2, "news-alice").entities)
    p.close()
    q = restore(tmp_path / "d.jsonl.gz", tmp_path / "r.annotator")
    AnnotationSession(q, "news-alice").add_entity(2, 0, 2, "MISC")
    assert max(e.id for e in q.annotations(2, "news-alice").entities) == want


def _write_dump(path, header, rows=()):
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(header) + "\n")
        for r in rows:
            fh.write(json.dumps(r) + "\n")


@pytest.mark.parametrize("change,code,what", [
    ({"version": DUMP_VERSION + 1}, "E522", "a dump of a newer format"),
    ({"user_version": LATEST + 1}, "E522", "a dump of a newer project file"),
    ({"format": "other"}, "E521", "not an annotator dump"),
    ({"tables": {"documents": ["id"]}}, "E524", "tables do not match"),
])
def test_restore_refuses_and_leaves_nothing(tmp_path, change, code, what):
    p = Project.create(tmp_path / "p.annotator")
    dump(p, tmp_path / "d.jsonl.gz")
    p.close()
    header = json.loads(gzip.open(tmp_path / "d.jsonl.gz", "rt").readline())
    header.update(change)
    _write_dump(tmp_path / "bad.jsonl.gz", header)
    with pytest.raises(AnnotatorError) as err:
        restore(tmp_path / "bad.jsonl.gz", tmp_path / "new.annotator")
    assert err.value.code == code and what in str(err.value) and "bad.jsonl.gz:1:" in str(err.value)
    assert sorted(f.name for f in tmp_path.iterdir()) == ["bad.jsonl.gz", "d.jsonl.gz", "p.annotator"]


def test_restore_refuses_a_damaged_row_an_existing_target_and_a_non_dump(tmp_path):
    p = rich_project(tmp_path)
    dump(p, tmp_path / "d.jsonl.gz")
    p.close()
    lines = gzip.open(tmp_path / "d.jsonl.gz", "rt", encoding="utf-8").read().splitlines()
    lines[3] = lines[3][:-5]
    with gzip.open(tmp_path / "bad.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    with pytest.raises(AnnotatorError) as err:
        restore(tmp_path / "bad.jsonl.gz", tmp_path / "new.annotator")
    assert err.value.code == "E524" and "bad.jsonl.gz:4: a damaged dump" in str(err.value)
    assert not (tmp_path / "new.annotator").exists()
    with pytest.raises(AnnotatorError) as err:
        restore(tmp_path / "d.jsonl.gz", tmp_path / "rich.annotator")
    assert err.value.code == "E523"
    (tmp_path / "plain.gz").write_bytes(gzip.compress(b"hello\n"))
    with pytest.raises(AnnotatorError) as err:
        restore(tmp_path / "plain.gz", tmp_path / "new.annotator")
    assert err.value.code == "E521"
    (tmp_path / "plain.txt").write_text("not gzip")
    with pytest.raises(AnnotatorError) as err:
        restore(tmp_path / "plain.txt", tmp_path / "new.annotator")
    assert err.value.code == "E521"


def test_cli_dump_and_restore(tmp_path, capsys):
    rich_project(tmp_path).close()
    assert main(["dump", str(tmp_path / "rich.annotator"), str(tmp_path / "d.jsonl.gz")]) == 0
    assert main(["restore", str(tmp_path / "d.jsonl.gz"), str(tmp_path / "r.annotator")]) == 0
    out = capsys.readouterr().out
    assert "Dumped" in out and "Restored" in out and "2 documents" in out
    assert main(["restore", str(tmp_path / "d.jsonl.gz"), str(tmp_path / "r.annotator")]) == 2
    assert "[E523]" in capsys.readouterr().err


def test_export_jsonl_help_names_every_field_it_writes(tmp_path, capsys):
    from annotator.services.export import export

    p = rich_project(tmp_path)
    export(p, tmp_path / "out", fmt="jsonl")
    p.close()
    line = json.loads((tmp_path / "out" / "annotations.jsonl").read_text(encoding="utf-8").splitlines()[0])
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for key in line:
        assert key in text, key
    for layer in ("entities", "sentiments", "events"):
        for item in line[layer]:
            for key in item:
                assert key in text, f"{layer}.{key}"
    assert "leaves out" in text and "annotator dump writes everything" in text


def test_restore_names_the_line_of_a_row_that_breaks_a_constraint(tmp_path):
    """Rows are restored in batches (sqlite-utils insert_all); a bad row is still named by its line."""
    p = rich_project(tmp_path)
    dump(p, tmp_path / "d.jsonl.gz")
    p.close()
    lines = gzip.open(tmp_path / "d.jsonl.gz", "rt", encoding="utf-8").read().splitlines()
    docs = [i for i, line in enumerate(lines) if line.startswith('{"t":"documents"')]
    dup = json.loads(lines[docs[0]])
    dup["r"][0] = 999  # another id, the same content hash: UNIQUE(hash) refuses it
    lines.insert(docs[-1] + 1, json.dumps(dup, ensure_ascii=False, separators=(",", ":")))
    with gzip.open(tmp_path / "bad.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    with pytest.raises(AnnotatorError) as err:
        restore(tmp_path / "bad.jsonl.gz", tmp_path / "new.annotator")
    assert err.value.code == "E524" and f"bad.jsonl.gz:{docs[-1] + 2}: a row breaks the project's constraints" \
        in str(err.value) and "UNIQUE" in str(err.value)
    assert not (tmp_path / "new.annotator").exists()
