"""Ordering the queue by the active model's uncertainty."""

from __future__ import annotations

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.model import CompanySentiment, DocAnnotations, Document, EventLabel, Span, Status
from annotator.services.queue import QueueFilter, QueueService
from annotator.services.uncertainty import item_uncertainty, ranked

M = "model:fr_x-1"


def test_uncertainty_orders_the_queue_and_the_flow(project):
    ids, _ = project.add_documents([Document(f"Texte numéro {i} de Renault.") for i in range(4)])
    a, b, c, d = ids
    project.ensure_annotator(M, "model")
    project.replace_annotations(b, M, DocAnnotations(events={"layoffs": EventLabel("layoffs", "model", 0.52)}),
                                action="p", history=False)  # 0.52: next to the threshold
    project.replace_annotations(c, M, DocAnnotations(
        sentiments={"renault": CompanySentiment("renault", "positive", "Renault", "model", 0.6)},
        events={"earnings": EventLabel("earnings", "model", 0.99)}), action="p", history=False)  # margin 0.2
    project.replace_annotations(d, M, DocAnnotations(entities=[Span(0, 5, "ORG", "model", 0.97)]),
                                action="p", history=False)
    service = QueueService(project, "alice")
    with pytest.raises(AnnotatorError) as err:
        service.set_order("uncertainty")  # no active model yet
    assert err.value.code == "E429" and service.order == "id"
    project.set_meta("model_annotator", M)
    assert item_uncertainty(0.5) == 1.0 and item_uncertainty(1.0) == 0.0 and round(item_uncertainty(0.6), 6) == 0.8
    assert [u.doc_id for u in ranked(project, ids)] == [b, c, d, a]  # a: no scored suggestion, last
    service.set_order("uncertainty")
    page = service.page(QueueFilter(), after_id=0, limit=3)
    assert [r.id for r in page.rows] == [b, c, d] and not page.exhausted
    rest = service.page(QueueFilter(), after_id=page.cursor, limit=3)
    assert [r.id for r in rest.rows] == [a] and rest.exhausted
    project.ensure_annotator("alice")
    project.set_status(c, "alice", Status.DONE)
    assert service.next_unfinished(b) == d  # c is done: the next most uncertain open document
    assert [r.id for r in service.page(QueueFilter(status="done")).rows] == [c]
    service.set_order("id")
    assert [r.id for r in service.page(QueueFilter()).rows] == ids
