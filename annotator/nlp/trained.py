"""Using a pipeline trained on our own export for the sentiment and event layers.

``annotator export`` trains ``spancat`` on ``doc.spans["sentiment"]`` (every mention of a company
labelled with its sentiment) and ``textcat_multilabel`` on the event types. When the project's
pipeline has those components, pre-annotation runs them beside ``ner`` and combines them with the
rules (:mod:`annotator.nlp.enrich`):

* **events**: the union. A type the trained model scores >= ``EVENT_THRESHOLD`` in any paragraph
  is present with that score as confidence (the rules' trigger evidence is kept when they agree).
  Only types the model *learned* count: when its ``meta.json`` has dev scores per type
  (``cats_f_per_type``), a type whose dev F is 0 is left to the rules (a model trained on too few
  articles otherwise adds false event types to every document).
* **sentiment**: *instead*, where the model has an opinion. The spans ``spancat`` predicts over a
  company's mentions vote, weighted by their scores; the winning value replaces the lexicon's,
  with the winner's share of the votes as confidence. A company the model says nothing about keeps
  the lexicon's value.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from annotator.core.model import MODEL, CompanySentiment, DocAnnotations, EventLabel
from annotator.core.schema import Schema

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

SPANS_KEY = "sentiment"
EVENT_THRESHOLD = 0.5
TRAINED_COMPONENTS = ("spancat", "textcat_multilabel")


def trained_components(names: list[str], layers: tuple[str, ...]) -> set[str]:
    """Which of a pipeline's components serve the requested layers."""
    keep = set()
    if "sentiments" in layers and "spancat" in names:
        keep.add("spancat")
    if "events" in layers and "textcat_multilabel" in names:
        keep.add("textcat_multilabel")
    return keep


def learned_events(meta: dict[str, Any]) -> frozenset[str] | None:
    """Event types with a dev F above 0 in a trained pipeline's meta; None when it has no such scores."""
    per_type = (meta.get("performance") or {}).get("cats_f_per_type")
    if not isinstance(per_type, dict):
        return None
    return frozenset(label for label, s in per_type.items()
                     if isinstance(s, dict) and isinstance(s.get("f"), (int, float)) and s["f"] > 0)


def combine(text: str, parts: list[tuple[int, "Doc"]], ann: DocAnnotations, schema: Schema,
            layers: tuple[str, ...], learned: frozenset[str] | None = None) -> DocAnnotations:
    """``ann`` with the trained components' predictions folded in (see the module docstring).
    ``learned``: the event types the model learned (:func:`learned_events`); None trusts them all."""
    events = dict(ann.events)
    if "events" in layers:
        best: dict[str, float] = {}
        for _, doc in parts:
            for label, score in doc.cats.items():
                if learned is not None and label not in learned:
                    continue
                if schema.event(label) is not None and score > best.get(label, 0.0):
                    best[label] = float(score)
        for label, score in best.items():
            if score < EVENT_THRESHOLD:
                continue
            rule = events.get(label)
            conf = round(max(score, rule.confidence or 0.0) if rule else score, 3)
            events[label] = EventLabel(label, source=MODEL, confidence=conf,
                                       evidence=rule.evidence if rule else ())
    sentiments = dict(ann.sentiments)
    if "sentiments" in layers:
        votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        mentions = [(s.start, s.end, s.company) for s in ann.entities
                    if s.label == schema.company_label and s.company]
        for offset, doc in parts:
            group = doc.spans.get(SPANS_KEY) if SPANS_KEY in doc.spans else None
            if group is None or len(group) == 0:
                continue
            scores = _scores(group)
            for i, span in enumerate(group):
                if schema.sentiment(span.label_) is None:
                    continue
                start, end = offset + span.start_char, offset + span.end_char
                for m_start, m_end, company in mentions:
                    if m_start < end and start < m_end:
                        votes[company][span.label_] += scores[i]
        names = {s.company: text[s.start:s.end] for s in reversed(ann.entities) if s.company}
        for company, by_value in votes.items():
            total = sum(by_value.values())
            value, weight = max(by_value.items(), key=lambda kv: (kv[1], kv[0]))
            if total <= 0:
                continue
            old = sentiments.get(company)
            sentiments[company] = CompanySentiment(
                company=company, value=value, name=old.name if old else names.get(company, company),
                source=MODEL, confidence=round(weight / total, 3), evidence=old.evidence if old else ())
    return DocAnnotations(entities=ann.entities, sentiments=sentiments, events=events)


def _scores(group: Any) -> list[float]:
    """Per-span scores of a SpanGroup (spancat stores them in ``attrs["scores"]``), else 1.0."""
    raw = group.attrs.get("scores") if hasattr(group, "attrs") else None
    try:
        values = [float(x) for x in raw] if raw is not None else []
    except (TypeError, ValueError):
        values = []
    return values if len(values) == len(group) else [1.0] * len(group)
