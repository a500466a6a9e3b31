"""The queue service (no Qt): keyset pages with filters and search, counts, flow, and label-all
across the project."""

from __future__ import annotations

import pytest

from annotator.core.errors import AnnotationError, Cancelled
from annotator.core.model import Document
from annotator.core.progress import CancelToken
from annotator.services.annotate import AnnotationSession
from annotator.services.queue import QueueFilter, QueueService, label_all_in_project
from annotator.store.project import Project

TEXTS = [
    "Walmart et Google s'allient.",
    "Le groupe Walmart recrute ; Walmart-Mexique aussi.",  # one whole-word hit, one hyphen-joined (no)
    "Rien à voir ici.",
    "walmart en minuscules ne compte pas.",
    "🚗 Walmart\r\nouvre à Paris.",
]


@pytest.fixture
def proj(tmp_path):
    with Project.create(tmp_path / "q.annotator") as p:
        p.add_documents(Document(text=t, title=f"doc {i}") for i, t in enumerate(TEXTS, 1))
        yield p


def test_pages_filters_search_and_counts(proj):
    q = QueueService(proj, "ann")
    page = q.page(after_id=0, limit=2)
    assert [r.id for r in page.rows] == [1, 2] and not page.exhausted
    page = q.page(after_id=page.cursor, limit=2)
    assert [r.id for r in page.rows] == [3, 4]
    AnnotationSession(proj, "ann").accept(2)
    assert [r.id for r in q.page(QueueFilter(status="done")).rows] == [2]
    assert [r.id for r in q.page(QueueFilter(status="todo")).rows] == [1, 3, 4, 5]
    assert [r.id for r in q.page(QueueFilter(query="walmart")).rows] == [1, 2, 4, 5]
    assert [r.id for r in q.page(QueueFilter(query="walmart", status="done")).rows] == [2]
    assert [r.id for r in q.page(QueueFilter(query="walmart"), limit=1).rows] == [1]
    p = q.progress()
    assert (p.done, p.total) == (1, 5) and p.counts["todo"] == 4
    assert q.first() == 1 and q.next_unfinished(1) == 3 and q.previous(3) == 2 and q.previous(1) is None


def test_label_all_in_project_whole_words_one_action_per_document(proj):
    calls = []
    changed, added = label_all_in_project(proj, "ann", "Walmart", "ORG",
                                          progress=lambda d, t, m: calls.append((d, t)))
    assert (changed, added) == (3, 3)
    for doc_id, expected in ((1, [(0, 7)]), (2, [(10, 17)]), (4, []), (5, [(2, 9)])):
        ents = proj.annotations(doc_id, "ann").entities
        assert [(s.start, s.end) for s in ents] == expected, doc_id
        assert all(s.label == "ORG" and s.source == "manual" for s in ents)
    assert proj.document(5).text[2:9] == "Walmart"
    rows = [h for h in proj.history(annotator="ann") if h.action == "label-all"]
    assert sorted(h.doc_id for h in rows) == [1, 2, 5]
    assert calls[-1] == (4, 4)  # 4 FTS candidates (case-folded), 3 really changed
    # once more: nothing left to do; undo works per document
    assert label_all_in_project(proj, "ann", "Walmart", "ORG") == (0, 0)
    AnnotationSession(proj, "ann").undo(2)
    assert proj.annotations(2, "ann").entities == []
    assert proj.annotations(1, "ann").entities != []


def test_label_all_in_project_starts_unopened_documents_from_the_model(proj):
    model = "model:test-1"
    proj.ensure_annotator(model, "model")
    from annotator.core.model import DocAnnotations, Span

    proj.replace_annotations(1, model, DocAnnotations(entities=[Span(11, 17, "ORG", source="model")]),
                             action="preannotate", history=False)
    proj.set_meta("model_annotator", model)
    label_all_in_project(proj, "ann", "Walmart", "ORG")
    ents = proj.annotations(1, "ann").entities
    assert [(s.start, s.end, s.source) for s in ents] == [(0, 7, "manual"), (11, 17, "model")]


def test_label_all_in_project_cancel_and_bad_input_change_nothing(proj):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        label_all_in_project(proj, "ann", "Walmart", "ORG", cancel=token)
    assert all(proj.annotations(i, "ann").is_empty() for i in range(1, 6))
    with pytest.raises(AnnotationError, match="E602"):
        label_all_in_project(proj, "ann", "Walmart", "COMPANY")
    with pytest.raises(AnnotationError, match="E607"):
        label_all_in_project(proj, "ann", "  ", "ORG")
    assert proj.history(annotator="ann") == []


def test_apply_entity_changes_matches_a_fresh_read(proj):
    from annotator.services.queue import apply_entity_changes, last_history_id

    s = AnnotationSession(proj, "ann")
    shown = proj.annotations(5, "ann").entities
    since = last_history_id(proj)
    a = s.add_entity(5, 2, 9, "ORG")                     # "Walmart" after the emoji
    b = s.add_entity(5, 18, 23, "LOC")                   # "Paris"
    s.relabel(5, a.id, "MISC")
    s.resize_entity(5, b.id, 16, 23)
    s.add_entity(5, 2, 23, "ORG")                        # replaces both (overlap)
    s.undo(5)
    s.delete_entity(5, b.id)
    rows = proj.history(5, "ann", since_id=since)
    assert len(rows) == 7
    assert apply_entity_changes(shown, rows) == proj.annotations(5, "ann").entities
    assert [x.label for x in proj.annotations(5, "ann").entities] == ["MISC"]
