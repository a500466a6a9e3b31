"""Bundles and merging: idempotent, never overwriting another annotator, newer work wins, undo survives."""

from __future__ import annotations

import gzip
import json

import pytest

from annotator.core.errors import MergeError
from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.services.bundle import export_bundle, merge_bundles, read_bundle
from annotator.store.project import Project

TEXTS = [
    "Walmart et Google annoncent une alliance à Paris.",
    "Renault rachète une usine de Nissan au Japon.",
    "Stellantis publie ses résultats 👍 trimestriels.",
]

TABLES = {
    "entities": 'SELECT doc_id, annotator, start, "end", label, source, company FROM entities ORDER BY 1,2,3,4,5',
    "sentiments": "SELECT doc_id, annotator, company, value FROM sentiments ORDER BY 1,2,3",
    "events": "SELECT doc_id, annotator, label FROM events ORDER BY 1,2,3",
    "status": "SELECT doc_id, annotator, status, seconds, updated_at FROM doc_status ORDER BY 1,2",
    "history": "SELECT id, ts, annotator, doc_id, action, changes, undoes, redoes FROM history ORDER BY id",
    "annotators": "SELECT name, kind FROM annotators ORDER BY name",
}


def dump(p: Project) -> dict[str, list]:
    return {name: p.conn.execute(sql).fetchall() for name, sql in TABLES.items()}


def version(p: Project, text: str, who: str):
    doc_id = p.doc_id_by_hash(Document(text=text).hash)
    ann = p.annotations(doc_id, who)
    return ([(s.start, s.end, s.label, s.company) for s in ann.sorted_entities()],
            {k: v.value for k, v in ann.sentiments.items()}, sorted(ann.events), p.status(doc_id, who)["status"])


@pytest.fixture
def desktop(tmp_path):
    """Alice's own copy of the project, with her work on two documents."""
    p = Project.create(tmp_path / "alice.annotator")
    p.add_documents(Document(text=t) for t in TEXTS)
    p.add_documents([Document(text="Un article que le projet principal n'a pas.", title="orphan")])
    s = AnnotationSession(p, "alice")
    d1, d2, _, d4 = p.document_ids()
    s.add_entity(d1, 0, 7, "ORG")
    s.add_entity(d1, 11, 17, "ORG")
    s.add_entity(d1, 43, 48, "LOC")
    s.set_sentiment(d1, "walmart", "positive")
    s.set_event(d1, "partnership", True)
    s.accept(d1)
    s.add_entity(d2, 0, 7, "ORG")
    s.add_entity(d2, 0, 7, "PER")  # replaces the ORG span
    s.undo(d2)
    s.add_entity(d4, 3, 10, "MISC")
    yield p
    p.close()


@pytest.fixture
def main(tmp_path):
    """The lead's project: same articles in another order (other ids), with Bob's work."""
    p = Project.create(tmp_path / "main.annotator")
    p.add_documents(Document(text=t) for t in reversed(TEXTS))
    s = AnnotationSession(p, "bob")
    for doc_id in p.document_ids():
        s.add_entity(doc_id, 0, 5, "MISC")
    s.add_entity(p.document_ids()[-1], 0, 7, "ORG")  # Walmart (replaces the MISC span): a company
    s.set_sentiment(p.document_ids()[-1], "walmart", "negative")
    yield p
    p.close()


def test_merge_adds_alice_without_touching_bob_and_is_idempotent(desktop, main, tmp_path):
    bob_before = [version(main, t, "bob") for t in TEXTS]
    bundle = export_bundle(desktop, "alice", tmp_path / "alice.annbundle")
    assert bundle.documents == 3 and bundle.bytes < 5000
    report = merge_bundles(main, [bundle.path])
    (b,) = report.bundles
    assert b.new_annotator and b.documents == 2 and b.updated == 2
    assert b.unmatched == [f"{Document(text=desktop.document(4).text).hash[:12]} orphan"]
    assert b.history_added == len(desktop.history(annotator="alice")) - 1  # the orphan's row is not matched
    for t in TEXTS:
        assert version(main, t, "alice") == version(desktop, t, "alice")
    assert [version(main, t, "bob") for t in TEXTS] == bob_before
    snapshot = dump(main)
    again = merge_bundles(main, [bundle.path])
    assert not again.changed and again.bundles[0].history_skipped == b.history_added
    assert dump(main) == snapshot


def test_later_bundle_adds_only_new_work_and_undo_still_works(desktop, main, tmp_path):
    merge_bundles(main, [export_bundle(desktop, "alice", tmp_path / "b1.annbundle").path])
    d2 = desktop.doc_id_by_hash(Document(text=TEXTS[1]).hash)
    s = AnnotationSession(desktop, "alice")
    s.add_entity(d2, 33, 39, "ORG")
    s.set_status(d2, "flagged", "usine ou site ?")
    report = merge_bundles(main, [export_bundle(desktop, "alice", tmp_path / "b2.annbundle").path])
    (b,) = report.bundles
    assert b.history_added == 2 and b.updated == 1 and b.unchanged == 1
    # each row once (rows of one millisecond are told apart by their repeat count), the orphan's left out
    # (plus the project's own "merge" rows: the state changes each merge made, no user action)
    assert len([r for r in main.history(annotator="alice") if r.action != "merge"]) == len(
        desktop.history(annotator="alice")) - 1
    for t in TEXTS:
        assert version(main, t, "alice") == version(desktop, t, "alice")
    # the merged history drives undo in the main project exactly as on the desktop
    m2 = main.doc_id_by_hash(Document(text=TEXTS[1]).hash)
    ms = AnnotationSession(main, "alice")
    for _ in range(3):
        assert ms.undo(m2) == s.undo(d2)
        assert version(main, TEXTS[1], "alice") == version(desktop, TEXTS[1], "alice")
    assert ms.redo(m2) == s.redo(d2)
    assert version(main, TEXTS[1], "alice") == version(desktop, TEXTS[1], "alice")


def test_newer_work_in_the_project_is_kept(desktop, main, tmp_path):
    path = export_bundle(desktop, "alice", tmp_path / "b.annbundle").path
    merge_bundles(main, [path])
    m1 = main.doc_id_by_hash(Document(text=TEXTS[0]).hash)
    AnnotationSession(main, "alice").add_entity(m1, 20, 26, "MISC")  # alice goes on in the main project
    mine = version(main, TEXTS[0], "alice")
    report = merge_bundles(main, [path])
    assert report.bundles[0].kept_newer == 1
    assert version(main, TEXTS[0], "alice") == mine


def test_merge_under_another_name(desktop, main, tmp_path):
    path = export_bundle(desktop, "alice", tmp_path / "b.annbundle").path
    report = merge_bundles(main, [path], as_annotator="alice2")
    assert report.bundles[0].annotator == "alice2"
    assert "alice" not in main.annotators() and version(main, TEXTS[0], "alice2") == version(desktop, TEXTS[0], "alice")


def _rewrite(path, edit):
    lines = gzip.open(path, "rt", encoding="utf-8").read().splitlines()
    lines = edit(lines)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


@pytest.mark.parametrize(("edit", "code"), [
    (lambda lines: lines[:-1], "E705"),  # cut short: no end line
    (lambda lines: [lines[0], "{not json", *lines[1:]], "E704"),
    (lambda lines: [json.dumps({"format": "annotator-bundle", "version": 99, "annotator": "x"}), *lines[1:]], "E703"),
    (lambda lines: [lines[0], lines[1].replace('"ORG"', '"COMPANY"'), *lines[2:]], "E706"),
    (lambda lines: [lines[0].replace('"human"', '"gold"'), *lines[1:]], "E706"),
])
def test_bad_bundles_change_nothing(desktop, main, tmp_path, edit, code):
    path = export_bundle(desktop, "alice", tmp_path / "b.annbundle").path
    _rewrite(path, edit)
    snapshot = dump(main)
    with pytest.raises(MergeError) as err:
        merge_bundles(main, [path])
    assert err.value.code == code
    assert dump(main) == snapshot


def test_truncated_gzip_and_foreign_files(desktop, main, tmp_path):
    path = export_bundle(desktop, "alice", tmp_path / "b.annbundle").path
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(MergeError) as err:
        read_bundle(path)
    assert err.value.code == "E705"
    other = tmp_path / "notes.txt"
    other.write_text("hello\n")
    with pytest.raises(MergeError) as err:
        read_bundle(other)
    assert err.value.code == "E702"
    with pytest.raises(MergeError) as err:
        read_bundle(tmp_path / "missing.annbundle")
    assert err.value.code == "E701"


def test_cancelled_merge_and_export_leave_nothing(desktop, main, tmp_path):
    from annotator.core.errors import Cancelled
    from annotator.core.progress import CancelToken

    path = export_bundle(desktop, "alice", tmp_path / "b.annbundle").path
    token = CancelToken()
    seen = []

    def progress(done, total, message):
        seen.append(done)
        if done == 1:
            token.cancel()  # cancelled after the first document was merged: it must be rolled back too

    snapshot = dump(main)
    with pytest.raises(Cancelled):
        merge_bundles(main, [path], progress=progress, cancel=token)
    assert seen == [1] and dump(main) == snapshot
    with pytest.raises(Cancelled):
        export_bundle(desktop, "alice", tmp_path / "c.annbundle", cancel=token)
    assert not list(tmp_path.glob("c.annbundle*"))
