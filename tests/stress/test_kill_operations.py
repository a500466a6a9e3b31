"""SIGKILL during import, merge, pre-annotation, ``new`` and export: never half a result."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core.model import Document
from annotator.store.project import Project
from stress.harness import article, edit_forever, fork_child, kill, make_project
from stress.tally import stress_n


def _kill_after(fn, args, delay: float) -> int:
    """Fork ``fn(*args, fd)``, kill it after ``delay`` seconds (any delay must do: the assertions
    hold wherever the kill lands); returns the exit status."""
    pid, fd = fork_child(fn, *args)
    time.sleep(delay)
    status = kill(pid)
    os.close(fd)
    return status


def _import(path: Path, src: Path, fd: int) -> None:
    from annotator.services.importer import import_paths

    with Project.open(path) as p:
        import_paths(p, [src])
    os.write(fd, b"done\n")


def _count(path: Path, sql: str) -> int:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_kill_during_import_is_all_or_nothing(tmp_path, tally):
    trials = max(3, stress_n() // 200)
    rng = random.Random(5)
    path = make_project(tmp_path / "imp.annotator", n_docs=3)
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"text": article(rng, 200) + f" #{i}", "title": f"t{i}"}, ensure_ascii=False) + "\n")
    partial = 0
    seen = set()
    for t in range(trials):
        before = _count(path, "SELECT count(*) FROM documents")
        _kill_after(_import, (path, src), rng.uniform(0.0, 1.5))
        after = _count(path, "SELECT count(*) FROM documents")
        seen.add(after - before)
        if after - before not in (0, 3000):
            partial += 1
            tally.notes.append(f"import killed: {after - before} of 3000 documents written")
        if after != before:  # imported whole: start again from a fresh file
            path = make_project(tmp_path / f"imp{t}.annotator", n_docs=3)
        with Project.open(path) as p:
            partial += len([f for f in p.check() if f.level == "error"])
    tally.add("SIGKILL during import", trials=trials, partial=partial)
    assert partial == 0, tally.notes[-5:]


def _merge(path: Path, bundle: Path, fd: int) -> None:
    from annotator.services.bundle import merge_bundles

    with Project.open(path) as p:
        merge_bundles(p, [bundle])
    os.write(fd, b"done\n")


def test_kill_during_merge_is_all_or_nothing(tmp_path, tally):
    from annotator.services.bundle import export_bundle

    trials = max(3, stress_n() // 200)
    rng = random.Random(6)
    source = make_project(tmp_path / "src.annotator", n_docs=40)
    r, w = os.pipe()
    edit_forever(source, "bob", 1, w, limit=400)
    os.close(w)
    os.close(r)
    bundle = tmp_path / "bob.jsonl"
    with Project.open(source) as p:
        export_bundle(p, "bob", bundle)

    def blank_target(target: Path) -> None:
        target.write_bytes(source.read_bytes())  # same documents (same hashes), no bob in it
        with Project.open(target) as p:
            p.conn.execute("PRAGMA foreign_keys = OFF")
            with p.write():
                for table in ("entities", "sentiments", "events", "doc_status"):
                    p.conn.execute(f"DELETE FROM {table} WHERE annotator = 'bob'")
                p.conn.execute("DROP TRIGGER history_no_delete")
                p.conn.execute("DELETE FROM history")
                p.conn.execute("DELETE FROM annotators WHERE name = 'bob'")

    reference = tmp_path / "reference.annotator"
    blank_target(reference)
    with Project.open(reference) as p:  # what a whole merge writes
        from annotator.services.bundle import merge_bundles

        merge_bundles(p, [bundle])
    want = _count(reference, "SELECT count(*) FROM history WHERE annotator = 'bob'")
    partial = 0
    for t in range(trials):
        target = tmp_path / f"target{t}.annotator"
        blank_target(target)
        _kill_after(_merge, (target, bundle), rng.uniform(0.0, 1.0))
        got = _count(target, "SELECT count(*) FROM history WHERE annotator = 'bob'")
        ents = _count(target, "SELECT count(*) FROM entities WHERE annotator = 'bob'")
        if got not in (0, want) or (got == 0 and ents):
            partial += 1
            tally.notes.append(f"merge killed: {got} of {want} history rows, {ents} entities")
    tally.add("SIGKILL during merge", trials=trials, partial=partial)
    assert partial == 0, tally.notes[-5:]


def _new(path: Path, fd: int) -> None:
    Project.create(path).close()
    os.write(fd, b"done\n")


def test_kill_during_new_never_leaves_a_file_new_refuses(tmp_path, tally):
    trials = max(10, stress_n() // 50)
    rng = random.Random(8)
    partial = raw = 0
    for t in range(trials):
        path = tmp_path / f"new{t}.annotator"
        _kill_after(_new, (path,), rng.uniform(0.0, 0.08))
        try:
            if path.exists():
                Project.open(path).close()  # whole, or not there at all
                path.unlink()
            Project.create(path).close()  # and new then works, and clears what the killed one left
        except Exception as exc:  # noqa: BLE001 - counted: the figure must be 0
            partial += 1
            tally.notes.append(f"new killed: {exc}")
        left = [n for n in os.listdir(tmp_path) if n.startswith(f".{path.name}.new-")]
        if left:
            partial += 1
            tally.notes.append(f"new killed: {left} left behind after the next new")
    tally.add("SIGKILL during new", trials=trials, partial=partial, raw=raw)
    assert partial == 0, tally.notes[-5:]


def _export(path: Path, out: Path, fd: int) -> None:
    from annotator.services.export import export

    with Project.open(path) as p:
        export(p, out, annotator="bob", fmt="jsonl")
    os.write(fd, b"done\n")


def test_kill_during_export_leaves_no_partial_file(tmp_path, tally):
    trials = max(3, stress_n() // 200)
    rng = random.Random(9)
    path = make_project(tmp_path / "exp.annotator", n_docs=300)
    r, w = os.pipe()
    edit_forever(path, "bob", 2, w, limit=600)
    os.close(w)
    os.close(r)
    with Project.open(path) as p:
        for doc_id in p.document_ids():
            p.set_status(doc_id, "bob", "done")
    partial = 0
    for t in range(trials):
        out = tmp_path / f"out{t}"
        _kill_after(_export, (path, out), rng.uniform(0.0, 1.0))
        final = out / "annotations.jsonl"
        if final.exists():
            lines = final.read_text(encoding="utf-8").splitlines()
            try:
                ok = len(lines) == 300 and all(json.loads(x) for x in lines)
            except ValueError:
                ok = False
            if not ok:
                partial += 1
                tally.notes.append(f"export killed: annotations.jsonl has {len(lines)} lines")
    tally.add("SIGKILL during export", trials=trials, partial=partial)
    assert partial == 0, tally.notes[-5:]


@pytest.mark.skipif(stress_n() < 1000, reason="loads the spaCy pipeline in each trial: make stress only")
def test_kill_during_preannotation_keeps_whole_batches(tmp_path, tally):
    trials = max(3, stress_n() // 1000)
    rng = random.Random(10)
    path = make_project(tmp_path / "pre.annotator", n_docs=200)
    partial = 0
    for t in range(trials):
        proc = subprocess.Popen([sys.executable, "-m", "annotator", "preannotate", str(path)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(2.0, 12.0))
        proc.kill()
        proc.wait()
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        marked = {r[0] for r in con.execute("SELECT doc_id FROM preannotated")}
        with_ents = {r[0] for r in con.execute(
            "SELECT DISTINCT doc_id FROM entities e JOIN annotators a ON a.name = e.annotator WHERE a.kind = 'model'")}
        con.close()
        if with_ents - marked:  # annotations written without their bookkeeping: half a batch
            partial += 1
            tally.notes.append(f"preannotate killed: {len(with_ents - marked)} documents half done")
    tally.add("SIGKILL during pre-annotation", trials=trials, partial=partial)
    assert partial == 0, tally.notes[-5:]
