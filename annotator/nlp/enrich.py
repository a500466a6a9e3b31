"""Enrichment of the model's entities: companies, sentiment per company, event types.

The preannotate service runs NER per paragraph and calls :meth:`Enricher.annotate` once per
document with the paragraph ``Doc`` objects (ner-only pipeline: no lemmas, no sentences) and the
model's entities already mapped to project labels. The enricher

1. drops model spans that are sentence fragments, not names; applies the company gazetteer (``resources/gazetteer/companies.jsonl``) to fix entities the
   statistical model mislabels, cuts short or misses, and groups ORG mentions into companies;
2. gives each company a sentiment from the sentences that mention it (``sentiment.py``);
3. detects the schema's event types with lemma patterns (``events.py``).

Everything is returned as one :class:`DocAnnotations` with source "model", confidences and evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.core.model import DocAnnotations, Span
from annotator.core.schema import Schema

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

GAZETTEER_FILE = "gazetteer.jsonl"
EVENTS_FILE = "events.jsonl"
LEXICON_FILE = "lexicon.tsv"
MODIFIERS_FILE = "modifiers.tsv"
SENTIMENT_MODEL_FILE = "company_sentiment.json"
LISTED_FILE = "listed_companies.jsonl"
"""Listed companies of 20 stock indices (scripts/make_listed_companies.py), applied after the gazetteer."""
SPAN_MODEL_FILE = "company_spans.json"
"""The learned second look at LOC / MISC / PER names (company_spans.py)."""
EVENT_VALENCE = {"layoffs": -1.5, "legal": -1.5, "bankruptcy": -2.0, "funding": 1.2}
"""What an event trigger adds to the sentiment of the company in its clause or sentence."""
RESOURCE_FILES = (GAZETTEER_FILE, EVENTS_FILE, LEXICON_FILE, MODIFIERS_FILE, SENTIMENT_MODEL_FILE, LISTED_FILE,
                  SPAN_MODEL_FILE)
"""File names a project may override (project meta key ``resource:<name>``)."""


class Enricher:
    """Companies, sentiments and events for one project's schema and resource files."""

    def __init__(self, schema: Schema, gazetteer, sentiment, events, span_model=None):
        self.schema = schema
        self.gazetteer = gazetteer
        self.sentiment = sentiment
        self.events = events
        self.span_model = span_model
        """The learned second look at LOC / MISC / PER names (company_spans.py); None: rules only."""
        self.recorded_names: list | None = None
        """When a list, each call appends ``(text, [(span, features)])`` for the names the model
        did not call organisations, before any company rule ran (the span model's training)."""

    @classmethod
    def from_project_resources(cls, schema: Schema, overrides: dict[str, str] | None = None, *,
                               sentence_classifier=None, use_model: bool = True,
                               use_span_model: bool = True) -> "Enricher":
        """Build from the packaged resource files, or the project's edited copies in ``overrides``.

        ``overrides`` maps a file name of :data:`RESOURCE_FILES` to its text. Invalid files raise
        :class:`~annotator.core.errors.InputError` (E9xx) listing every ``file:line: what``.
        ``sentence_classifier`` (see :func:`annotator.nlp.sentiment.textcat_classifier`) is a trained
        sentence sentiment model combined with the lexicon when the project has one.
        ``use_model=False`` leaves the learned company sentiment model out (the lexicon rule decides):
        its training collects features that way. ``use_span_model=False`` leaves out the learned second
        look at LOC / MISC / PER names (company_spans.py).
        """
        from annotator.nlp.companies import Gazetteer
        from annotator.nlp.events import EventDetector
        from annotator.nlp.sentiment import SentimentScorer

        overrides = dict(overrides or {})
        unknown = sorted(set(overrides) - set(RESOURCE_FILES))
        if unknown:
            from annotator.core.errors import InputError

            raise InputError(
                f"unknown resource file(s) {', '.join(unknown)} (expected one of {', '.join(RESOURCE_FILES)})",
                code="E900",
            )
        gazetteer = Gazetteer.from_text(*_text(GAZETTEER_FILE, overrides, "gazetteer", "companies.jsonl"),
                                        schema=schema)
        # the listed companies come after the project's gazetteer: its names and ids win
        listed = Gazetteer.from_text(*_text(LISTED_FILE, overrides, "gazetteer", LISTED_FILE), schema=schema)
        gazetteer = Gazetteer(gazetteer.entries + listed.entries)
        sentiment = SentimentScorer.from_text(
            *_text(LEXICON_FILE, overrides, "lexicon", "lexicon.tsv"),
            *_text(MODIFIERS_FILE, overrides, "lexicon", "modifiers.tsv"),
            schema=schema, classifier=sentence_classifier,
        )
        if use_model:
            from annotator.nlp.company_features import FEATURES
            from annotator.nlp.sentiment_model import CompanySentimentModel

            sentiment.model = CompanySentimentModel.from_json(
                *_text(SENTIMENT_MODEL_FILE, overrides, "lexicon", SENTIMENT_MODEL_FILE),
                known_features=FEATURES, values=schema.sentiment_names)
        events = EventDetector.from_text(*_text(EVENTS_FILE, overrides, "patterns", "events.jsonl"), schema=schema)
        span_model = load_span_model(*_text(SPAN_MODEL_FILE, overrides, "gazetteer", SPAN_MODEL_FILE)) \
            if use_span_model else None
        return cls(schema, gazetteer, sentiment, events, span_model)

    def annotate(self, text: str, parts: list[tuple[int, "Doc"]], entities: list[Span],
                 skip: "list[tuple[int, int]] | list[tuple[int, int, str]] | tuple" = ()) -> DocAnnotations:
        """Final entities, company sentiments and event types of one document (source "model").

        ``skip``: ranges of non-article lines (:mod:`annotator.core.boilerplate`): no entity, no
        sentiment evidence and no event trigger is taken from them (their paragraphs are normally
        not in ``parts`` at all)."""
        from annotator.nlp.companies import drop_implausible, group_companies, promote_by_cues
        from annotator.nlp.enrich_text import Analysis

        analysis = Analysis(text, parts)
        given = drop_implausible(text, entities)
        ents = self.gazetteer.apply(text, analysis, given)
        ids = {id(s) for s in given}
        # the gazetteer's own names (not companies): no statistical step relabels them
        listed = {text[s.start:s.end] for s in ents if id(s) not in ids and s.label != self.schema.company_label}
        if skip:
            from annotator.core.boilerplate import inside

            ents = [s for s in ents if not inside(skip, s.start, s.end)]
        if self.recorded_names is not None:
            from annotator.nlp.company_spans import name_features

            self.recorded_names.append((text, name_features(text, ents, self.schema.company_label, analysis.lang,
                                                            _vocab(parts))))
        from annotator.nlp.company_cues import add_cued_companies, add_listed_with_companies
        from annotator.nlp.company_shape import add_repeated_mentions, add_ticker_companies, relabel_by_shape
        from annotator.nlp.entity_form import fix_by_form

        ents = add_ticker_companies(text, ents, self.schema.company_label, skip)
        ents = relabel_by_shape(text, ents, self.schema.company_label)
        ents = add_cued_companies(text, ents, self.schema.company_label, skip)
        ents = add_listed_with_companies(text, ents, self.schema.company_label, skip)
        ents = fix_by_form(text, ents, self.schema.company_label, skip)
        ents = promote_by_cues(text, ents, self.schema.company_label)
        if self.span_model is not None:
            from annotator.nlp.company_spans import relabel

            ents = relabel(text, ents, self.schema.company_label, self.span_model, analysis.lang, _vocab(parts),
                           keep=listed)
        ents = add_repeated_mentions(text, ents, self.schema.company_label, skip)
        ents = group_companies(text, ents, self.schema.company_label, self.gazetteer)
        events = self.events.detect(text, analysis, ents)
        hints = [(a, b, EVENT_VALENCE[label]) for label, ev in events.items() if label in EVENT_VALENCE
                 for a, b in ev.evidence]
        sentiments = self.sentiment.score(text, analysis, ents, self.schema.company_label, hints=hints,
                                          triggers=self.events.last_triggers, doc_events=tuple(events))
        return DocAnnotations(entities=sorted(ents, key=lambda s: (s.start, s.end, s.label)),
                              sentiments=sentiments, events=events)


def _vocab(parts: list[tuple[int, "Doc"]]):
    """The pipeline's vocabulary (its word vectors), from the paragraph Docs; None without any."""
    return parts[0][1].vocab if parts else None


def load_span_model(text: str, origin: str = SPAN_MODEL_FILE):
    """The span model of a ``company_spans.json`` text; a damaged file raises InputError E530."""
    from annotator.core.errors import InputError
    from annotator.nlp.company_spans import CLASSES, known_feature
    from annotator.nlp.sentiment_model import CompanySentimentModel

    model = CompanySentimentModel.from_json(text, origin, kind="company span model", code="E530")
    unknown = sorted(f for f in model.features if not known_feature(f))
    problems = []
    if unknown:
        problems.append(f"unknown feature(s) {', '.join(unknown[:5])}")
    if set(model.classes) != set(CLASSES):
        problems.append(f"classes must be {' and '.join(CLASSES)}")
    threshold = model.meta.get("threshold", 0.5)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0.0 < threshold < 1.0:
        problems.append("meta.threshold must be a number between 0 and 1")
    if problems:
        raise InputError(f"{origin}: invalid company span model: {'; '.join(problems)}", code="E530")
    return model


def _text(name: str, overrides: dict[str, str], *packaged: str) -> tuple[str, str]:
    """(text, origin) of a resource file: the project's copy or the packaged default."""
    if name in overrides:
        return overrides[name], f"project:{name}"
    from annotator.resources import read_text

    return read_text(*packaged), "resources/" + "/".join(packaged)
