"""Review service: queue by disagreement, per-item differences, take/reject/edit, auto-accept, gold export."""

from __future__ import annotations

import pytest

from annotator.core.errors import AnnotationError
from annotator.core.model import GOLD, Document
from annotator.services import review
from annotator.services.annotate import AnnotationSession

AGREE = "Walmart et Google annoncent une alliance à Paris."
SOME = "Renault rachète une usine de Nissan au Japon."
ALL = "Stellantis publie ses résultats 👍 trimestriels à Turin."


def build(project):
    """Three annotators with known disagreements on three documents."""
    project.add_documents(Document(text=t, title=t[:12]) for t in (AGREE, SOME, ALL))
    agree, some, all_ = project.document_ids()
    for who in ("alice", "bob", "carol"):
        s = AnnotationSession(project, who)
        s.add_entity(agree, 0, 7, "ORG")
        s.add_entity(agree, 11, 17, "ORG")
        s.set_sentiment(agree, "walmart", "positive")
        s.set_event(agree, "partnership", True)
        s.accept(agree)
        s.add_entity(some, 0, 7, "ORG")  # all agree on Renault
        s.add_entity(some, 29, 35, "PER" if who == "bob" else "ORG")  # bob: PER for Nissan
        s.set_sentiment(some, "renault", "negative" if who == "carol" else "positive")
        s.set_event(some, "acquisition", True)
    a, b, c = (AnnotationSession(project, w) for w in ("alice", "bob", "carol"))
    a.add_entity(all_, 0, 10, "ORG")
    a.set_sentiment(all_, "stellantis", "positive")
    a.set_event(all_, "earnings", True)
    b.add_entity(all_, 0, 10, "MISC")
    b.add_entity(all_, 49, 54, "LOC")
    b.set_event(all_, "expansion", True)
    stell = c.add_entity(all_, 0, 5, "ORG")
    c.set_company(all_, [stell.id], "stellantis")  # "Stell" is a mention of Stellantis
    c.set_sentiment(all_, "stellantis", "negative")
    for s in (a, b, c):  # only versions marked done vote
        s.accept(some)
        s.accept(all_)
    return agree, some, all_


@pytest.fixture
def docs(project):
    return build(project)


def by_key(items):
    return {i.key: i for i in items}


def test_queue_is_ordered_by_disagreement(project, docs):
    agree, some, all_ = docs
    queue = review.review_queue(project)
    assert [e.doc_id for e in queue] == [all_, some, agree]
    assert queue[0].disagreement > queue[1].disagreement > queue[2].disagreement == 0.0
    assert queue[0].annotators == ("alice", "bob", "carol")
    review.finish(project, all_, "rita")
    assert [e.doc_id for e in review.review_queue(project)][-1] == all_  # reviewed documents go last


def test_items_mark_every_difference(project, docs):
    _, some, all_ = docs
    items = by_key(review.diff_items(project, some))
    assert set(items) == {"entity:0-7", "entity:29-35", "sentiment:renault", "event:acquisition"}
    assert items["entity:0-7"].agreed and items["event:acquisition"].agreed
    nissan = items["entity:29-35"]
    assert not nissan.agreed and nissan.title == "Nissan"
    assert nissan.values == {"alice": ((29, 35, "ORG"),), "bob": ((29, 35, "PER"),), "carol": ((29, 35, "ORG"),)}
    assert items["sentiment:renault"].values == {"alice": "positive", "bob": "positive", "carol": "negative"}
    items = by_key(review.diff_items(project, all_))
    # overlapping spans of different lengths form one region
    region = items["entity:0-10"]
    assert region.values == {"alice": ((0, 10, "ORG"),), "bob": ((0, 10, "MISC"),), "carol": ((0, 5, "ORG"),)}
    assert items["entity:49-54"].values["bob"] == ((49, 54, "LOC"),) and items["entity:49-54"].values["alice"] is None
    assert items["event:earnings"].values == {"alice": True, "bob": None, "carol": None}
    assert not any(i.agreed or i.decided for i in items.values())


def test_scripted_review_gives_the_expected_gold(project, docs):
    _, some, all_ = docs
    assert review.auto_accept_agreed(project, some) == 2  # Renault span and the acquisition event
    items = by_key(review.diff_items(project, some))
    assert items["entity:0-7"].decided and items["entity:0-7"].gold == ((0, 7, "ORG"),)
    review.take(project, items["entity:29-35"], "bob")
    review.take(project, items["sentiment:renault"], "carol")
    assert review.open_items(review.diff_items(project, some)) == []
    gold = project.annotations(some, GOLD)
    assert [(s.start, s.end, s.label, s.source) for s in gold.sorted_entities()] == [
        (0, 7, "ORG", "manual"), (29, 35, "PER", "manual")]
    assert {k: v.value for k, v in gold.sentiments.items()} == {"renault": "negative"}
    assert set(gold.events) == {"acquisition"}
    # annotators' own versions are untouched
    assert project.annotations(some, "bob").sentiments["renault"].value == "positive"

    items = by_key(review.diff_items(project, all_))
    review.take(project, items["entity:0-10"], "carol")
    review.reject(project, items["entity:49-54"])
    review.edit(project, items["sentiment:stellantis"], "mixed")
    review.edit(project, items["event:expansion"], False)
    review.take(project, items["event:earnings"], "alice")
    items = by_key(review.diff_items(project, all_))
    assert items["entity:49-54"].decided and items["entity:49-54"].gold is None
    assert items["entity:0-10"].gold == ((0, 5, "ORG"),)
    assert review.open_items(items.values()) == []
    gold = project.annotations(all_, GOLD)
    assert [(s.start, s.end, s.label) for s in gold.entities] == [(0, 5, "ORG")]
    assert gold.sentiments["stellantis"].value == "mixed" and set(gold.events) == {"earnings"}
    # every decision is an undoable gold action
    session = AnnotationSession(project, GOLD)
    assert session.undo(all_) == "review-take event:earnings from alice"
    assert session.undo(all_) == "review-reject event:expansion"
    assert not by_key(review.diff_items(project, all_))["event:expansion"].decided
    session.undo(all_)
    session.undo(all_)  # the reject of 49-54
    assert not by_key(review.diff_items(project, all_))["entity:49-54"].decided


def test_bad_decisions_are_refused(project, docs):
    _, some, _ = docs
    items = by_key(review.diff_items(project, some))
    with pytest.raises(AnnotationError) as err:
        review.take(project, items["entity:29-35"], "zoe")
    assert err.value.code == "E681"
    with pytest.raises(AnnotationError):
        review.edit(project, items["entity:29-35"], [(29, 35, "COMPANY")])
    with pytest.raises(AnnotationError):
        review.edit(project, items["sentiment:renault"], "great")
    assert project.annotations(some, GOLD).is_empty()


def test_auto_review_accepts_agreed_items_and_reports_what_is_left(project, docs):
    agree, some, all_ = docs
    report = review.auto_review(project)
    assert report.documents == 3 and report.finished == 1
    assert report.accepted == 4 + 2
    assert review.is_reviewed(project, agree) and not review.is_reviewed(project, some)
    assert {i.key for i in report.left[some]} == {"entity:29-35", "sentiment:renault"}
    assert len(report.left[all_]) == 5
    again = review.auto_review(project)
    assert again.accepted == 0 and again.finished == 0


def test_gold_export(project, docs, tmp_path):
    export = pytest.importorskip("annotator.services.export", reason="the export service is not there yet")
    agree, _, _ = docs
    review.auto_review(project)
    report = export.export(project, tmp_path / "out", gold=True, fmt="jsonl")
    assert report.documents == 2  # the fully agreed document, and the partly reviewed one
    text = "".join(p.read_text(encoding="utf-8") for p in report.files if p.suffix == ".jsonl")
    assert "Walmart" in text and "partnership" in text
