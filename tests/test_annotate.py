"""The annotation service: every edit is saved at once, with history; undo/redo from the history."""

from __future__ import annotations

import pytest

from annotator.core.errors import AnnotationError
from annotator.core.model import MODEL, CompanySentiment, DocAnnotations, Document, EventLabel, Span
from annotator.services.annotate import MODEL_ANNOTATOR_KEY, AnnotationSession, find_occurrences
from annotator.store.project import Project
from tests.conftest import TRICKY_TEXT, file_bytes

TEXT = "Walmart s'associe à Google. Walmart vend en ligne; Google aussi. Walmart-Express n'est pas Walmart."


@pytest.fixture
def session(project):
    project.add_documents([Document(text=TEXT), Document(text=TRICKY_TEXT)])
    return AnnotationSession(project, "alice")


def reopen(path) -> Project:
    return Project.open(path)


def test_add_entity_is_on_disk_before_returning(session, project_path):
    span = session.add_entity(1, 0, 7, "ORG")
    with reopen(project_path) as other:
        ents = other.annotations(1, "alice").entities
    assert [(e.start, e.end, e.label, e.id) for e in ents] == [(0, 7, "ORG", span.id)]


def test_overlapping_entity_replaces_the_old_one(session):
    session.add_entity(1, 0, 7, "PER")
    session.add_entity(1, 0, 9, "ORG")
    assert [(e.start, e.end, e.label) for e in session.annotations(1).entities] == [(0, 9, "ORG")]
    session.undo(1)
    assert [(e.start, e.end, e.label) for e in session.annotations(1).entities] == [(0, 7, "PER")]


def test_relabel_delete_resize(session):
    span = session.add_entity(1, 0, 7, "PER")
    session.relabel(1, span.id, "ORG")
    session.resize_entity(1, span.id, 0, 9)
    ann = session.annotations(1)
    assert [(e.start, e.end, e.label) for e in ann.entities] == [(0, 9, "ORG")]
    session.delete_entity(1, span.id)
    assert session.annotations(1).entities == []
    assert [h.action for h in session.project.history(doc_id=1)] == [
        "add-entity", "relabel", "resize-entity", "delete-entity"]


def test_label_all_whole_words_only_and_one_undo(session):
    added = session.label_all(1, 0, 7, "ORG")
    spans = [(e.start, e.end) for e in session.annotations(1).entities]
    # "Walmart-Express" is a different word (hyphen-joined); the other three are labelled
    assert spans == find_occurrences(TEXT, "Walmart") == [(0, 7), (28, 35), (91, 98)]
    assert added == 3
    session.undo(1)
    assert session.annotations(1).entities == []


def test_find_occurrences_respects_word_boundaries():
    assert find_occurrences("Renault, Renaultsport et Renault.", "Renault") == [(0, 7), (25, 32)]
    assert find_occurrences("Air-France et Air France", "France") == [(18, 24)]
    assert find_occurrences("abc", " ") == []


def test_bad_label_or_offsets_change_nothing(session, project_path):
    before = file_bytes(project_path)
    with pytest.raises(AnnotationError, match="unknown entity label 'COMPANY'"):
        session.add_entity(1, 0, 7, "COMPANY")
    with pytest.raises(AnnotationError, match="outside the text"):
        session.add_entity(1, 0, 10_000, "ORG")
    with pytest.raises(AnnotationError, match="empty or reversed"):
        session.add_entity(1, 5, 5, "ORG")
    with pytest.raises(AnnotationError, match="unknown sentiment"):
        session.set_sentiment(1, "walmart", "great")
    with pytest.raises(AnnotationError, match="unknown event type"):
        session.set_event(1, "party", True)
    with pytest.raises(AnnotationError, match="needs a comment"):
        session.set_status(1, "flagged", "  ")
    assert file_bytes(project_path) == before


def test_companies_group_mentions_and_merge_split(session):
    session.label_all(1, 0, 7, "ORG")
    session.label_all(1, 20, 26, "ORG")
    companies = {c.key: len(c.mentions) for c in session.companies(1)}
    assert companies == {"walmart": 3, "google": 2}
    session.set_sentiment(1, "google", "positive")
    session.merge_companies(1, "walmart", "google")
    merged = session.companies(1)
    assert [(c.key, len(c.mentions)) for c in merged] == [("walmart", 5)]
    # google's mentions all moved and walmart had no sentiment yet: google's value moved with them
    assert merged[0].sentiment is not None and merged[0].sentiment.value == "positive"
    google_ids = [s.id for s in merged[0].mentions if TEXT[s.start:s.end] == "Google"]
    session.split_company(1, google_ids, "google")
    assert {c.key: len(c.mentions) for c in session.companies(1)} == {"walmart": 3, "google": 2}


def test_undo_redo_across_layers_and_restart(session, project_path):
    session.add_entity(1, 0, 7, "ORG")
    session.set_sentiment(1, "walmart", "negative")
    session.set_event(1, "partnership", True)
    session.project.close()

    with reopen(project_path) as p2:  # a restart: the stacks come from the history
        s2 = AnnotationSession(p2, "alice")
        assert s2.undo(1) == "set-event"
        assert s2.undo(1) == "set-sentiment"
        ann = s2.annotations(1)
        assert ann.events == {} and ann.sentiments == {} and len(ann.entities) == 1
        assert s2.redo(1) == "set-sentiment"
        assert s2.annotations(1).sentiments["walmart"].value == "negative"
        # a new action clears the redo stack
        s2.set_event(1, "earnings", True)
        assert not s2.can_redo(1)
        assert s2.undo(1) == "set-event"
        assert s2.undo(1) == "set-sentiment"
        assert s2.undo(1) == "add-entity"
        assert s2.undo(1) is None
        assert s2.annotations(1).is_empty()
        # undo/redo of a deleted entity restores the same id
        span = s2.add_entity(1, 0, 7, "ORG")
        s2.delete_entity(1, span.id)
        s2.undo(1)
        assert [e.id for e in s2.annotations(1).entities] == [span.id]


def test_undo_is_per_annotator(project):
    project.add_documents([Document(text=TEXT)])
    alice, bob = AnnotationSession(project, "alice"), AnnotationSession(project, "bob")
    alice.add_entity(1, 0, 7, "ORG")
    bob.add_entity(1, 20, 26, "ORG")
    assert alice.undo(1) == "add-entity"
    assert alice.annotations(1).entities == []
    assert len(bob.annotations(1).entities) == 1


def test_human_starts_from_model_and_accept_confirms(project):
    project.add_documents([Document(text=TEXT)])
    model = "model:test-1.0"
    project.ensure_annotator(model, "model")
    pre = DocAnnotations(
        entities=[Span(0, 7, "ORG", MODEL, 0.8, "walmart"), Span(20, 26, "PER", MODEL, 0.6)],
        sentiments={"walmart": CompanySentiment("walmart", "positive", "Walmart", MODEL, 0.7, ((0, 27),))},
        events={"partnership": EventLabel("partnership", MODEL, 0.9, ((8, 17),))},
    )
    project.replace_annotations(1, model, pre, action="preannotate", history=False)
    project.set_meta(MODEL_ANNOTATOR_KEY, model)

    s = AnnotationSession(project, "alice")
    ann = s.open(1)
    assert [(e.start, e.end, e.label, e.source) for e in ann.entities] == [
        (0, 7, "ORG", MODEL), (20, 26, "PER", MODEL)]
    assert not s.can_undo(1)  # starting from the model is not an action to undo
    google = next(e for e in ann.entities if e.label == "PER")
    s.relabel(1, google.id, "ORG")
    s.accept(1)
    ann = s.annotations(1)
    assert {e.source for e in ann.entities} == {"manual"}
    assert ann.sentiments["walmart"].source == "manual" and ann.sentiments["walmart"].evidence == ((0, 27),)
    assert ann.events["partnership"].source == "manual"
    assert project.status(1, "alice")["status"] == "done"
    # the model's own version is untouched
    assert project.annotations(1, model).entities[1].label == "PER"
    # undoing the accept brings back the unconfirmed state and the previous status
    s.undo(1)
    assert project.status(1, "alice")["status"] == "todo"
    assert {e.source for e in s.annotations(1).entities} == {MODEL, "manual"}


def test_tricky_text_offsets_are_code_points(session):
    start = TRICKY_TEXT.index("Re\u0301nault")
    span = session.add_entity(2, start, start + len("Re\u0301nault"), "ORG")
    assert TRICKY_TEXT[span.start:span.end] == "Re\u0301nault"
    start = TRICKY_TEXT.index("Stellantis")
    span = session.add_entity(2, start, start + 10, "ORG")
    assert session.text(2)[span.start:span.end] == "Stellantis"


def test_edit_for_unknown_annotator_or_document_is_a_coded_error(project):
    from annotator.core.errors import ProjectError

    project.add_documents([Document(text=TEXT)])
    with pytest.raises(ProjectError, match=r"E231.*unknown annotator 'nobody'"):
        project.set_status(1, "nobody", "done")
    project.ensure_annotator("alice")
    with pytest.raises(ProjectError, match=r"E220.*no document 99"):
        project.set_status(99, "alice", "done")


def test_institutions_keep_their_entity_but_are_no_company_unless_given_a_sentiment(project):
    """The Companies panel lists companies, not the regulator that fined one (issue 10): an ORG
    mention the model gave no company (an institution) is not listed, before or after accept, and
    is listed again once someone gives it a sentiment."""
    text = "L'Autorité de la concurrence inflige une amende à Zorblax. Zorblax fera appel."
    project.add_documents([Document(text=text)])
    model = "model:test-1.0"
    project.ensure_annotator(model, "model")
    a = text.index("Autorité")
    z = [i for i in range(len(text)) if text.startswith("Zorblax", i)]
    pre = DocAnnotations(
        entities=[Span(a, a + len("Autorité de la concurrence"), "ORG", MODEL, 0.8)]
        + [Span(i, i + 7, "ORG", MODEL, 0.8, "zorblax") for i in z],
        sentiments={"zorblax": CompanySentiment("zorblax", "negative", "Zorblax", MODEL, 0.7, ())})
    project.replace_annotations(1, model, pre, action="preannotate", history=False)
    project.set_meta(MODEL_ANNOTATOR_KEY, model)
    s = AnnotationSession(project, "alice")
    s.open(1)
    assert [c.key for c in s.companies(1)] == ["zorblax"]
    s.accept(1)  # accepted mentions become manual: still no company
    assert [c.key for c in s.companies(1)] == ["zorblax"]
    assert sum(e.label == "ORG" for e in s.annotations(1).entities) == 3  # the entity stays
    s.set_sentiment(1, "autorite de la concurrence", "neutral")
    assert {c.key for c in s.companies(1)} == {"zorblax", "autorite de la concurrence"}
