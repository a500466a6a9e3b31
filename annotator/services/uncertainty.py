"""How unsure the active model is about each document, to ask humans about those first.

An item's **uncertainty** is ``1 - |score - 0.5| / 0.5``: 1.0 for a score on the 0.5 threshold,
0.0 for a score of 0 or 1. The score of each kind of item is what the model's version stores:

* **event type**: the ``textcat_multilabel`` score of a trained model (the highest over the
  paragraphs; the type is kept from 0.5 up), or the rules' confidence;
* **company sentiment**: the winning value's share of the ``spancat`` votes over the company's
  mentions (0.5 = two values tied: the smallest margin), or the lexicon's confidence;
* **entity**: spaCy's greedy ``ner`` gives no score per mention; the stored confidence is the
  model's measured precision for the label (dev ``ents_per_type`` p), so an entity of a label the
  model often gets wrong counts as uncertain. A per-mention score would need a beam ner.

A document's uncertainty is its most uncertain item's (ties: the mean over its items); a document
the model has no scored item for comes last. Only the active model's own version is read: no
model runs, nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.errors import PipelineError
from annotator.core.model import DocAnnotations
from annotator.store.project import Project

THRESHOLD = 0.5
MODEL_ANNOTATOR_KEY = "model_annotator"


def item_uncertainty(score: float | None) -> float | None:
    if score is None:
        return None
    return max(0.0, 1.0 - abs(float(score) - THRESHOLD) / THRESHOLD)


@dataclass(frozen=True, slots=True)
class Uncertain:
    doc_id: int
    score: float  # the most uncertain item's uncertainty
    mean: float
    reason: str  # which item, e.g. "event layoffs 0.52"


def document_uncertainty(doc_id: int, ann: DocAnnotations) -> Uncertain:
    items: list[tuple[float, str]] = []
    for s in ann.entities:
        u = item_uncertainty(s.confidence)
        if u is not None:
            items.append((u, f"entity {s.label} {s.start}-{s.end} ({s.confidence:.2f})"))
    for key, c in ann.sentiments.items():
        u = item_uncertainty(c.confidence)
        if u is not None:
            items.append((u, f"sentiment {c.name or key}: {c.value} ({c.confidence:.2f})"))
    for label, e in ann.events.items():
        u = item_uncertainty(e.confidence)
        if u is not None:
            items.append((u, f"event {label} ({e.confidence:.2f})"))
    if not items:
        return Uncertain(doc_id, -1.0, -1.0, "no scored suggestion")
    top = max(items)
    return Uncertain(doc_id, round(top[0], 6), round(sum(u for u, _ in items) / len(items), 6), top[1])


def ranked(project: Project, doc_ids: list[int], model: str | None = None) -> list[Uncertain]:
    """``doc_ids`` from the most to the least uncertain (then by id) for ``model`` (default: active)."""
    model = model or project.get_meta(MODEL_ANNOTATOR_KEY)
    if not model:
        raise PipelineError("no active model: pre-annotate or train first, then order by its uncertainty",
                            code="E429")
    out: list[Uncertain] = []
    for k in range(0, len(doc_ids), 500):
        chunk = doc_ids[k : k + 500]
        bulk = project.annotations_bulk([model], chunk)
        out += [document_uncertainty(i, bulk.get((i, model)) or DocAnnotations()) for i in chunk]
    out.sort(key=lambda u: (-u.score, -u.mean, u.doc_id))
    return out
