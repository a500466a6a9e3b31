"""Agreement on synthetic projects with three annotators and known disagreements."""

from __future__ import annotations

import pytest

from annotator.core.model import Document
from annotator.services.agreement import disagreement_scores, document_disagreement
from annotator.services.annotate import AnnotationSession

TEXTS = [
    "Renault et Nissan signent un accord à Paris.",
    "Stellantis annonce des résultats en hausse, dit Carlos Tavares.",
    "Carrefour ferme deux magasins à Lyon.",
    "Danone rachète une start-up de Lille.",
]


def mark(session: AnnotationSession, doc_id: int, text: str, ents=(), sents=None, events=(), done=True):
    """Give one annotator's version: entities by (word, label), sentiments by company key, events."""
    for word, label in ents:
        start = text.index(word)
        session.add_entity(doc_id, start, start + len(word), label)
    for key, value in (sents or {}).items():
        session.set_sentiment(doc_id, key, value)
    for label in events:
        session.set_event(doc_id, label, True)
    if done:
        session.accept(doc_id)


@pytest.fixture
def trio(project):
    ids, _ = project.add_documents(Document(text=t, title=f"doc {i}") for i, t in enumerate(TEXTS, 1))
    return project, ids, {n: AnnotationSession(project, n) for n in ("alice", "bob", "carol")}


def test_document_disagreement_zero_when_all_agree_one_when_nothing_shared(trio):
    project, ids, s = trio
    d1, d2 = ids[0], ids[1]
    for name in ("alice", "bob", "carol"):
        mark(s[name], d1, TEXTS[0], ents=[("Renault", "ORG"), ("Paris", "LOC")], sents={"renault": "positive"},
             events=["partnership"])
    assert document_disagreement(project, d1) == 0.0
    mark(s["alice"], d2, TEXTS[1], ents=[("Stellantis", "ORG")])
    mark(s["bob"], d2, TEXTS[1], ents=[("Carlos Tavares", "PER")])
    mark(s["carol"], d2, TEXTS[1], events=["earnings"])
    assert document_disagreement(project, d2) == 1.0
    # only two annotators asked, only one of them touched d3: nothing to compare
    assert document_disagreement(project, ids[2], ["alice", "bob"]) == 0.0


def test_disagreement_scores_in_bulk_match_per_document(trio):
    project, ids, s = trio
    d1, d2, d3 = ids[:3]
    mark(s["alice"], d1, TEXTS[0], ents=[("Renault", "ORG"), ("Nissan", "ORG")])
    mark(s["bob"], d1, TEXTS[0], ents=[("Renault", "ORG")])
    mark(s["carol"], d1, TEXTS[0], ents=[("Renault", "ORG"), ("Nissan", "ORG")])
    mark(s["alice"], d2, TEXTS[1], events=["earnings"])
    mark(s["alice"], d3, TEXTS[2], ents=[("Lyon", "LOC")], done=False)
    mark(s["bob"], d3, TEXTS[2], ents=[("Lyon", "LOC")], done=False)
    scores = disagreement_scores(project)
    # d1: alice=carol (1.0); alice~bob and carol~bob: Dice 2*1/3 -> mean (1 + 2/3 + 2/3)/3
    assert scores[d1] == pytest.approx(1 - (1 + 2 / 3 + 2 / 3) / 3)
    assert scores[d2] == 0.0  # one annotator only
    assert scores[d3] == 0.0  # in progress still counts for the review queue; they agree
    assert ids[3] not in scores
    for d in (d1, d2, d3):
        assert document_disagreement(project, d) == pytest.approx(scores[d])
    assert disagreement_scores(project, ["alice", "bob"])[d1] == pytest.approx(1 - 2 / 3)
