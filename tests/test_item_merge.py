"""Issue 8 item 4: one annotator on two desktops; merge item by item; undo the same everywhere."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.services.bundle import export_bundle, merge_bundles
from annotator.store.migrations import LATEST
from annotator.store.project import Project

TEXT = "Walmart et Google annoncent une alliance avec Renault à Paris."
#       0      7    11    17                             46     53  56 61


def state(path, who="alice"):
    conn = sqlite3.connect(str(path))
    try:
        return (conn.execute('SELECT start, "end", label FROM entities WHERE annotator = ? ORDER BY 1, 2',
                             (who,)).fetchall(),
                conn.execute("SELECT company, value FROM sentiments WHERE annotator = ? ORDER BY 1", (who,)).fetchall(),
                conn.execute("SELECT label FROM events WHERE annotator = ? ORDER BY 1", (who,)).fetchall(),
                conn.execute("SELECT status FROM doc_status WHERE annotator = ?", (who,)).fetchall())
    finally:
        conn.close()


@pytest.fixture
def desktops(tmp_path):
    """One project copied to two desktops after alice's first edits on both (shared history)."""
    a_path, b_path = tmp_path / "a.annotator", tmp_path / "b.annotator"
    with Project.create(a_path) as p:
        p.add_documents([Document(text=TEXT, title="alliance")])
        s = AnnotationSession(p, "alice")
        s.add_entity(1, 0, 7, "ORG")
        s.add_entity(1, 11, 17, "ORG")
    shutil.copy(a_path, b_path)
    return a_path, b_path


def both_ways(a_path, b_path, tmp_path):
    with Project.open(a_path) as a, Project.open(b_path) as b:
        ba = export_bundle(a, "alice", tmp_path / "from-a.annbundle").path
        bb = export_bundle(b, "alice", tmp_path / "from-b.annbundle").path
        ra = merge_bundles(a, [bb])
        rb = merge_bundles(b, [ba])
    return ra, rb


def test_history_rows_have_a_global_identity(project, project_path):
    project.add_documents([Document(text=TEXT)])
    s = AnnotationSession(project, "alice")
    s.add_entity(1, 0, 7, "ORG")
    s.add_entity(1, 11, 17, "ORG")
    conn = sqlite3.connect(str(project_path))
    rows = conn.execute("SELECT uid, origin, clock FROM history ORDER BY id").fetchall()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert len({r[0] for r in rows}) == 2 and all(len(r[0]) == 32 for r in rows)
    assert rows[0][1] == rows[1][1] and rows[0][1]  # this desktop
    assert [r[2] for r in rows] == [1, 2]
    with pytest.raises(sqlite3.DatabaseError):  # still append-only
        conn.execute("UPDATE history SET action = 'x'")
    conn.close()


def test_edits_of_different_items_on_two_desktops_are_both_kept(desktops, tmp_path):
    a_path, b_path = desktops
    with Project.open(a_path) as a:
        s = AnnotationSession(a, "alice")
        s.set_sentiment(1, "walmart", "positive")
        s.set_event(1, "partnership", True)
    with Project.open(b_path) as b:
        s = AnnotationSession(b, "alice")
        s.add_entity(1, 46, 53, "ORG")
        s.relabel(1, next(e.id for e in b.annotations(1, "alice").entities if e.start == 11), "MISC")
    ra, rb = both_ways(a_path, b_path, tmp_path)
    expected = ([(0, 7, "ORG"), (11, 17, "MISC"), (46, 53, "ORG")], [("walmart", "positive")], [("partnership",)],
                [])
    assert state(a_path) == state(b_path) == expected  # not newest-document-wins: both desktops' work
    assert not ra.bundles[0].conflicts and not rb.bundles[0].conflicts


def test_a_true_conflict_is_listed_and_settled_the_same_on_both_desktops(desktops, tmp_path):
    a_path, b_path = desktops
    for path, value in ((a_path, "positive"), (b_path, "negative")):
        with Project.open(path) as p:
            AnnotationSession(p, "alice").set_sentiment(1, "google", value)
    ra, rb = both_ways(a_path, b_path, tmp_path)
    assert state(a_path) == state(b_path)
    for r in (ra, rb):
        (conflict,) = r.bundles[0].conflicts
        assert "sentiment of google" in conflict
        assert "conflict: alliance: sentiment of google" in r.summary()


def test_undo_after_merging_both_ways_is_the_same_on_every_desktop(desktops, tmp_path):
    a_path, b_path = desktops
    with Project.open(a_path) as a:
        s = AnnotationSession(a, "alice")
        s.set_event(1, "partnership", True)
        s.add_entity(1, 56, 61, "LOC")
    with Project.open(b_path) as b:
        s = AnnotationSession(b, "alice")
        s.add_entity(1, 46, 53, "ORG")
        s.set_event(1, "acquisition", True)
    both_ways(a_path, b_path, tmp_path)
    assert state(a_path) == state(b_path)
    with Project.open(a_path) as a, Project.open(b_path) as b:
        sa, sb = AnnotationSession(a, "alice"), AnnotationSession(b, "alice")
        for _ in range(7):  # every action of both desktops, then nothing
            assert sa.undo(1) == sb.undo(1)
            assert state(a_path) == state(b_path)
        for _ in range(3):
            assert sa.redo(1) == sb.redo(1)
            assert state(a_path) == state(b_path)


def test_merge_order_does_not_matter_and_merging_again_changes_nothing(desktops, tmp_path):
    a_path, b_path = desktops
    with Project.open(a_path) as a:
        s = AnnotationSession(a, "alice")
        s.set_event(1, "partnership", True)
        s.set_sentiment(1, "google", "positive")
    with Project.open(b_path) as b:
        s = AnnotationSession(b, "alice")
        s.add_entity(1, 46, 53, "ORG")
        s.set_sentiment(1, "google", "neutral")
        s.accept(1)
    with Project.open(a_path) as a, Project.open(b_path) as b:
        ba = export_bundle(a, "alice", tmp_path / "a.annbundle").path
        bb = export_bundle(b, "alice", tmp_path / "b.annbundle").path
    mains = []
    for n, order in enumerate(([ba], [bb]), start=1):
        path = tmp_path / f"main{n}.annotator"
        with Project.create(path) as m:
            m.add_documents([Document(text=TEXT, title="alliance")])
            for bundle in (order[0], bb if order[0] == ba else ba):
                merge_bundles(m, [bundle])
            snapshot = state(path)
            again = merge_bundles(m, [ba])
            assert not again.changed and state(path) == snapshot
        mains.append(path)
    assert state(mains[0]) == state(mains[1])
    with Project.open(mains[0]) as m1, Project.open(mains[1]) as m2:
        s1, s2 = AnnotationSession(m1, "alice"), AnnotationSession(m2, "alice")
        for _ in range(4):
            assert s1.undo(1) == s2.undo(1)
            assert state(mains[0]) == state(mains[1])


def test_a_file_of_the_first_format_gets_identities_and_keeps_its_undo(tmp_path):
    import json

    from annotator.resources import default_schema
    from annotator.store.migrations import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "old.annotator"
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO meta VALUES ('schema', ?)", (json.dumps(default_schema().to_dict()),))
    conn.execute("INSERT INTO documents(hash, text, imported_at) VALUES (?, ?, 'x')",
                 (Document(text=TEXT).hash, TEXT))
    conn.execute("INSERT INTO annotators VALUES ('alice', 'human', 'x')")
    for n, (s, e) in enumerate(((0, 7), (11, 17)), start=1):
        change = [{"layer": "entity", "key": n, "before": None,
                   "after": {"id": n, "start": s, "end": e, "label": "ORG", "source": "manual", "confidence": None,
                             "company": None}}]
        conn.execute('INSERT INTO entities(id, doc_id, annotator, start, "end", label) VALUES (?, 1, ?, ?, ?, ?)',
                     (n, "alice", s, e, "ORG"))
        conn.execute("INSERT INTO history(ts, annotator, doc_id, action, changes) VALUES (?, 'alice', 1, "
                     "'add-entity', ?)", (f"2026-01-01T00:00:0{n}.000+00:00", json.dumps(change)))
    conn.execute("COMMIT")
    conn.close()
    with Project.open(path) as p:
        rows = p.conn.execute("SELECT uid, origin, clock FROM history ORDER BY id").fetchall()
        assert all(r[1] == "legacy" and r[2] == 0 and len(r[0]) == 32 for r in rows)
        s = AnnotationSession(p, "alice")
        s.set_event(1, "partnership", True)  # a new row: clock after the legacy ones
        assert s.undo(1) == "set-event" and s.undo(1) == "add-entity"
        assert [(e.start, e.end) for e in p.annotations(1, "alice").entities] == [(0, 7)]
