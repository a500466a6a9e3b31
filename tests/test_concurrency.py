"""Several people on one project file at once: no write lost, never a raw "database is locked"."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core.errors import ProjectError
from annotator.core.model import Document
from annotator.store import connection as project_module
from annotator.store.project import Project

ACTIONS = 1000
DOCS = 10
WORDS = 200  # words per document: 90 entities per document and annotator fit side by side

PHASE = 50  # the writers meet every PHASE actions (a barrier): at least ACTIONS / PHASE switches

WORKER = r"""
import sys, time
from pathlib import Path
from annotator.store.project import Project
from annotator.services.annotate import AnnotationSession

path, who, go, actions, PHASE = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
project = Project.open(path)
session = AnnotationSession(project, who)
ids = project.document_ids()
offset = 0 if who == "p0" else 1  # p0 labels even words, p1 odd words: no overlaps
other = "p1" if who == "p0" else "p0"
Path(f"{go}.{who}").touch()  # opened: ready
while not go.exists():
    time.sleep(0.005)


def barrier(n):
    # lockstep every PHASE actions: wait (on the file itself, not on time) until the other writer
    # has written as many actions, so the two histories interleave on any machine load
    deadline = time.monotonic() + 300
    while project.conn.execute("SELECT count(*) FROM history WHERE annotator = ?", (other,)).fetchone()[0] < n:
        if time.monotonic() > deadline:
            sys.exit("the other writer never reached " + str(n))
        time.sleep(0.002)


done = 0
word = 0
while done < actions:
    for doc_id in ids:
        if done == actions:
            break
        if done and done % PHASE == 0:
            barrier(done)
        if done % 10 == 9:
            session.toggle_event(doc_id, "partnership")
        else:
            w = 2 * word + offset
            session.add_entity(doc_id, 5 * w, 5 * w + 4, "MISC")
        done += 1
    word += 1
project.close()
print("ok", done)
"""


def test_two_processes_lose_no_write(tmp_path: Path):
    path = tmp_path / "shared.annotator"
    with Project.create(path) as p:
        p.add_documents(Document(text="mot" + str(d) + " " + "word " * WORDS) for d in range(DOCS))
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(path), who, str(go), str(ACTIONS), str(PHASE)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("p0", "p1")]
    deadline = time.monotonic() + 120
    while not all(Path(f"{go}.{who}").exists() for who in ("p0", "p1")):  # both have opened the project
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs), "a writer did not start"
        time.sleep(0.01)
    t0 = time.monotonic()
    go.touch()
    outs = [proc.communicate(timeout=120) for proc in procs]
    elapsed = time.monotonic() - t0
    for proc, (out, err) in zip(procs, outs):
        assert proc.returncode == 0, err
        assert "locked" not in err and out.strip() == f"ok {ACTIONS}"
    with Project.open(path) as p:
        for who in ("p0", "p1"):
            assert p.conn.execute("SELECT count(*) FROM history WHERE annotator = ?", (who,)).fetchone()[0] == ACTIONS
            entities = p.conn.execute("SELECT count(*) FROM entities WHERE annotator = ?", (who,)).fetchone()[0]
            assert entities == ACTIONS - ACTIONS // 10
            # 100 toggles over 10 documents: 10 each, so every event is toggled off again
            assert p.conn.execute("SELECT count(*) FROM events WHERE annotator = ?", (who,)).fetchone()[0] == 0
        # both processes really wrote at the same time: their history rows interleave
        order = [r[0] for r in p.conn.execute("SELECT annotator FROM history ORDER BY id")]
        switches = sum(1 for a, b in zip(order, order[1:]) if a != b)
        assert switches >= ACTIONS // PHASE, f"the two writers did not overlap ({elapsed:.1f} s)"


def test_a_writer_held_too_long_gives_a_clear_error_and_saves_nothing(tmp_path: Path, monkeypatch):
    path = tmp_path / "busy.annotator"
    with Project.create(path) as p:
        p.add_documents([Document(text="Renault et Nissan.")])
    monkeypatch.setattr(project_module, "BUSY_TIMEOUT_MS", 100)
    project = Project.open(path)
    project.ensure_annotator("alice")
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # someone else is in the middle of a long write
    try:
        with pytest.raises(ProjectError) as err:
            project.set_status(1, "alice", "done")
        assert err.value.code == "E210" and "nothing was saved" in str(err.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert project.status(1, "alice")["updated_at"] is None
    project.set_status(1, "alice", "done")  # the lock is gone: the write goes through
    assert project.status(1, "alice")["status"] == "done"
    project.close()
