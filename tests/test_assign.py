"""Assignment: balanced shares, overlap, queues restricted to one's share, started work kept."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest

from annotator.core.errors import ProjectError
from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.services.assign import (
    assign,
    assignment_counts,
    clear_assignments,
    plan_assignments,
    queue_ids,
)


@pytest.fixture
def docs_project(project):
    project.add_documents(Document(text=f"Article {i}: Renault et Nissan.", title=f"a{i}") for i in range(30))
    return project


def test_every_document_goes_to_per_doc_annotators_evenly(docs_project):
    report = assign(docs_project, ["alice", "bob", "carol"], per_doc=2)
    assert report.pairs == 60 and report.overlapped == 30
    assert report.per_annotator == {"alice": 20, "bob": 20, "carol": 20}
    per_doc = Counter(doc for doc, _ in docs_project.conn.execute("SELECT doc_id, annotator FROM assignments"))
    assert set(per_doc.values()) == {2}
    # every pair of annotators shares some documents (needed for agreement)
    shared = Counter()
    for doc_id in per_doc:
        shared.update(combinations(docs_project.assigned_annotators(doc_id), 2))
    assert len(shared) == 3 and min(shared.values()) >= 8


def test_queues_hold_only_ones_share(docs_project):
    assign(docs_project, ["alice", "bob"], per_doc=1)
    alice, bob = queue_ids(docs_project, "alice"), queue_ids(docs_project, "bob")
    assert len(alice) == 15 and len(bob) == 15
    assert not set(alice) & set(bob)
    assert sorted(alice + bob) == docs_project.document_ids()
    assert docs_project.queue_size("alice") == 15
    assert clear_assignments(docs_project) == 30
    assert len(queue_ids(docs_project, "alice")) == 30


def test_overlap_share(docs_project):
    report = assign(docs_project, ["alice", "bob", "carol"], overlap=0.2, seed=3)
    assert report.overlapped == 6  # 20% of 30 documents, each seen by two annotators
    assert report.pairs == 36
    assert max(report.per_annotator.values()) - min(report.per_annotator.values()) <= 1
    assert assignment_counts(docs_project) == report.per_annotator


def test_plan_is_deterministic_per_seed():
    a, _ = plan_assignments(range(1, 11), ["x", "y", "z"], overlap=0.5, seed=1)
    b, _ = plan_assignments(range(1, 11), ["x", "y", "z"], overlap=0.5, seed=1)
    assert a == b


def test_started_work_stays_assigned(docs_project):
    first = docs_project.document_ids()[0]
    AnnotationSession(docs_project, "carol").add_entity(first, 0, 7, "MISC")
    report = assign(docs_project, ["alice", "bob", "carol"], per_doc=1, seed=0)
    assert "carol" in docs_project.assigned_annotators(first)
    assert report.kept == 1


@pytest.mark.parametrize(("names", "kwargs", "code"), [
    (["alice", "alice"], {}, "E242"),
    (["gold"], {}, "E241"),
    (["model:fr_core_news_md-3.8.0"], {}, "E241"),
    ([" "], {}, "E240"),
    (["alice", "bob"], {"per_doc": 3}, "E244"),
    (["alice", "bob"], {"overlap": 1.5}, "E245"),
])
def test_bad_requests_change_nothing(docs_project, names, kwargs, code):
    assign(docs_project, ["alice"], per_doc=1)
    before = docs_project.conn.execute("SELECT count(*) FROM assignments").fetchone()[0]
    with pytest.raises(ProjectError) as err:
        assign(docs_project, names, **kwargs)
    assert err.value.code == code
    assert docs_project.conn.execute("SELECT count(*) FROM assignments").fetchone()[0] == before
