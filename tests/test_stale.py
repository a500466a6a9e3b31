"""Stale writes are refused (issue 13, item 5): each edit carries the state it read; two windows of
one annotator (two connections) cannot resurrect an item the other deleted, nor duplicate one."""

from __future__ import annotations

import pytest

from annotator.core.errors import StaleWriteError
from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.store.project import ENTITY, Project, entity_state

TEXT = "Renault et Nissan signent un accord à Paris avec Stellantis."


@pytest.fixture
def two_windows(tmp_path):
    path = tmp_path / "p.annotator"
    with Project.create(path) as p:
        p.add_documents([Document(text=TEXT)])
    a, b = Project.open(path), Project.open(path)
    yield AnnotationSession(a, "alice"), AnnotationSession(b, "alice")
    a.close()
    b.close()


def entities(session: AnnotationSession) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in session.annotations(1).sorted_entities()]


def test_an_entity_deleted_in_one_window_does_not_come_back_from_the_other(two_windows):
    a, b = two_windows
    span = a.add_entity(1, 0, 7, "ORG")
    read_by_a = a.project.entities_where(1, "alice", entity_id=span.id)[0]  # window A shows it
    b.delete_entity(1, span.id)                                              # window B deletes it
    new = read_by_a.with_(label="LOC")
    with pytest.raises(StaleWriteError) as err:                             # A relabels what it showed
        a.project.apply(1, "alice", "relabel", [{"layer": ENTITY, "key": span.id,
                                                 "before": entity_state(read_by_a), "after": entity_state(new)}])
    assert err.value.code == "E810" and "nothing was written" in str(err.value)
    assert entities(a) == entities(b) == []


def test_the_same_span_labelled_in_two_windows_is_not_duplicated(two_windows, monkeypatch):
    a, b = two_windows
    real = a.project.entities_where
    stale = real(1, "alice", overlapping=(11, 17))  # A read the (empty) overlap before B wrote
    b.add_entity(1, 11, 17, "ORG")
    monkeypatch.setattr(a.project, "entities_where", lambda *args, **kw: stale if kw.get("overlapping") else real(*args, **kw))
    with pytest.raises(StaleWriteError):
        a.add_entity(1, 11, 17, "ORG")
    assert entities(b) == [(11, 17, "ORG")]


def test_a_fresh_edit_after_a_refusal_goes_through(two_windows):
    a, b = two_windows
    span = a.add_entity(1, 0, 7, "ORG")
    b.relabel(1, span.id, "LOC")
    a.relabel(1, span.id, "PER")  # the service reads afresh: not stale
    assert entities(b) == [(0, 7, "PER")]
