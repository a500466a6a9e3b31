"""Event types from rule patterns on lemmas (``resources/patterns/events.jsonl``, editable per project).

One JSON object a line::

    {"label": "acquisition", "lang": "fr", "pattern": "rachat", "weight": 0.8}
    {"label": "earnings", "lang": "fr", "pattern": "résultats trimestriels"}
    {"label": "partnership", "lang": "en", "pattern": [{"LEMMA": "team"}, {"LOWER": "up"}]}

A string pattern is cut into words like spaCy's tokenizer cuts articles (at spaces, after an elided
``s'``/``d'``/``l'``) and each word is matched on its lookup lemma (a spaCy ``PhraseMatcher`` with ``attr="LEMMA"``), so "rachète"
also finds "rachetait" and "racheté"; a list is a spaCy ``Matcher`` token pattern used as it is. Patterns apply to articles of their
``lang`` ("fr", "en" or "*"). An event type's confidence is ``1 - prod(1 - weight)`` over its
distinct triggers (weight 0.6 by default) times where each stands; :mod:`annotator.nlp.event_rules`
decides which types are reported (threshold, evidence), with the trigger spans as evidence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.core.errors import InputError
from annotator.core.model import MODEL, EventLabel
from annotator.core.schema import Schema
from annotator.core.jsonl import check_pattern, json_objects

if TYPE_CHECKING:  # pragma: no cover
    from annotator.core.model import Span
    from annotator.nlp.enrich_text import Analysis

DEFAULT_WEIGHT = 0.6
MAX_EVIDENCE = 12
_ALLOWED_KEYS = {"LEMMA", "LOWER", "ORTH", "TEXT", "OP", "IS_DIGIT", "LIKE_NUM", "IS_PUNCT", "IS_TITLE"}


@dataclass(frozen=True, slots=True)
class EventPattern:
    label: str
    lang: str
    pattern: str | list
    weight: float
    line: int


# Words of a string pattern, cut like spaCy's French and English tokenizers cut them: at spaces and
# after an elided article or pronoun ("s'associer" -> "s'", "associer"; "d'emplois" -> "d'", "emplois").
_PATTERN_WORD = re.compile(r"[^\s'’]+['’](?=\w)|[^\s]+")


def pattern_words(pattern: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _PATTERN_WORD.findall(pattern)]


class EventDetector:
    company_label = "ORG"  # set from the schema by from_text

    def __init__(self, patterns: list[EventPattern], origin: str = "events.jsonl"):
        self.patterns = patterns
        self.rules = None  # event_rules.RULES unless set (the tuning script tries others)
        self.last_triggers: dict = {}  # the triggers of the last detect() call, by event type
        self.origin = origin
        self._matchers: dict[tuple[int, str], object] = {}
        self._ends: dict[str, list[tuple[set[str], set[str]]] | None] = {}

    @classmethod
    def from_text(cls, text: str, origin: str = "events.jsonl", *, schema: Schema) -> "EventDetector":
        """Parse and validate a patterns file; raise InputError (E904) listing every bad line."""
        problems: list[str] = []
        patterns: list[EventPattern] = []
        labels = set(schema.event_names)
        example = '{"label": "acquisition", "lang": "fr", "pattern": "rachat"}'
        for n, where, obj in json_objects(text, origin, problems, example=example):
            before = len(problems)
            extra = sorted(set(obj) - {"label", "lang", "pattern", "weight", "id"})
            if extra:
                problems.append(f"{where}: unknown field(s) {', '.join(extra)}")
            label = obj.get("label")
            if label not in labels:
                problems.append(f"{where}: label {label!r} is not an event type of the schema "
                                f"({', '.join(sorted(labels))})")
            lang = obj.get("lang", "*")
            if lang not in ("fr", "en", "*"):
                problems.append(f"{where}: lang {lang!r} must be \"fr\", \"en\" or \"*\"")
            pattern = obj.get("pattern")
            check_pattern(where, pattern, _ALLOWED_KEYS, problems)
            weight = obj.get("weight", DEFAULT_WEIGHT)
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= 1:
                problems.append(f"{where}: weight must be a number in (0, 1]")
            if len(problems) == before:
                patterns.append(EventPattern(label, lang, pattern, float(weight), n))
        if not problems and patterns:
            # let spaCy's own validator check token patterns now, not at the first article
            from spacy.vocab import Vocab

            det = cls(patterns, origin)
            for lang in ("fr", "en"):
                try:
                    det._matcher(Vocab(), lang)
                except InputError as exc:
                    problems.extend(exc.problems)
                    break
        if problems:
            raise InputError(f"{origin}: invalid event patterns ({len(problems)} problem(s))", problems=problems,
                             code="E904")
        detector = cls(patterns, origin)
        detector.company_label = schema.company_label
        return detector

    def _matcher(self, vocab, lang: str):
        """(PhraseMatcher on LEMMA for string patterns, Matcher for token patterns or None)."""
        key = (id(vocab), lang)
        matchers = self._matchers.get(key)
        if matchers is None:
            from spacy.matcher import Matcher, PhraseMatcher
            from spacy.tokens import Doc

            from annotator.nlp.enrich_text import lemma_table

            table = lemma_table(lang)
            phrases = PhraseMatcher(vocab, attr="LEMMA")
            tokens = None
            for i, p in enumerate(self.patterns):
                if p.lang not in (lang, "*"):
                    continue
                if isinstance(p.pattern, str):
                    words = pattern_words(p.pattern)
                    phrases.add(str(i), [Doc(vocab, words=words, lemmas=[table.get(w) or w for w in words])])
                    continue
                if tokens is None:
                    tokens = Matcher(vocab, validate=True)
                try:
                    tokens.add(str(i), [p.pattern])
                except Exception as exc:  # spaCy raises ValueError / MatchPatternError
                    raise InputError(f"{self.origin}:{p.line}: invalid pattern",
                                     problems=[f"{self.origin}:{p.line}: {str(exc).splitlines()[0]}"],
                                     code="E904") from exc
            matchers = (phrases, tokens)
            self._matchers[key] = matchers
        return matchers

    def _pattern_ends(self, lang: str) -> list[tuple[set[str], set[str]]] | None:
        """Per token pattern of ``lang``, the lemmas that can start it and those that can end it (to
        skip the Matcher on paragraphs where no pattern can match), or None when some pattern does
        not start and end with a LEMMA."""
        if lang not in self._ends:
            needs: list[tuple[set[str], set[str]]] | None = []
            for p in self.patterns:
                if isinstance(p.pattern, str) or p.lang not in (lang, "*"):
                    continue
                head, tail = _lemmas(p.pattern[0]), _lemmas(p.pattern[-1])
                if head is None or tail is None:
                    needs = None
                    break
                needs.append((head, tail))
            self._ends[lang] = needs
        return self._ends[lang]

    def detect(self, text: str, analysis: "Analysis", entities: "list[Span] | None" = None) -> dict[str, EventLabel]:
        """Document-level event types with confidences and trigger spans.

        Words inside an entity (of at most 5 words: longer ones are the model's mistakes) are names, not
        triggers ("concurrence" in "Autorité de la concurrence").
        """
        inside = [(s.start, s.end) for s in entities or () if len(text[s.start:s.end].split()) <= 5]
        self.last_triggers = {}
        if not self.patterns:
            return {}
        analysis.tokens  # sets the lookup lemmas on the Docs' tokens
        triggers: dict[str, dict[tuple[int, int], float]] = {}
        from annotator.nlp.enrich_text import doc_length

        needs = self._pattern_ends(analysis.lang)
        all_tokens, starts = analysis.tokens, analysis.token_starts
        for off, doc in analysis.parts:
            phrases, tokens = self._matcher(doc.vocab, analysis.lang)
            found_here = phrases(doc)
            if tokens is not None and needs is not None:
                # run the token patterns only where one can match: its first and last lemmas both here
                i, j = bisect.bisect_left(starts, off), bisect.bisect_left(starts, off + doc_length(doc))
                here = {t.lemma for t in all_tokens[i:j]}
                if not any(not a.isdisjoint(here) and not b.isdisjoint(here) for a, b in needs):
                    tokens = None
            if tokens is not None:
                found_here += tokens(doc)
            for match_id, s, e in found_here:
                p = self.patterns[int(doc.vocab.strings[match_id])]
                span = doc[s:e]
                where = (off + span.start_char, off + span.end_char)
                if inside and _within(where, inside):
                    continue
                found = triggers.setdefault(p.label, {})
                found[where] = max(found.get(where, 0.0), p.weight)
        _drop_insolvency_court(triggers, analysis)
        from annotator.nlp.salience import Salience

        orgs = None if entities is None else [(s.start, s.end) for s in entities if s.label == self.company_label]
        salience = Salience(text, analysis.parts, orgs, analysis.sentence_at)
        from annotator.nlp.event_rules import Trigger, decide, rules_for

        rules = self.rules or rules_for(analysis.lang)
        kept_by_label: dict[str, list[tuple[tuple[int, int], float]]] = {}
        found_by_label: dict[str, list[Trigger]] = {}
        for label, found in triggers.items():
            # overlapping triggers ("rachat" inside "rachat de") count once, with the higher weight
            spans = sorted(found.items(), key=lambda kv: (kv[0][0], -(kv[0][1] - kv[0][0])))
            kept: list[tuple[tuple[int, int], float]] = []
            for where, w in spans:
                if kept and where[0] < kept[-1][0][1]:
                    if w > kept[-1][1]:
                        kept[-1] = (kept[-1][0], w)
                    continue
                kept.append((where, w))
            kept_by_label[label] = kept
            # a trigger counts by where it stands and what it is about (event_rules.py)
            found_by_label[label] = [Trigger(text[where[0]:where[1]].lower(), w, where, *salience.features(*where))
                                     for where, w in kept]
        self.last_triggers = found_by_label
        return {label: EventLabel(label=label, source=MODEL, confidence=round(conf, 3),
                                  evidence=tuple(w for w, _ in kept_by_label[label][:MAX_EVIDENCE]))
                for label, conf in decide(found_by_label, rules).items()}



INSOLVENCY, COURT_CASE = "bankruptcy", "legal"


def _drop_insolvency_court(triggers: dict[str, dict[tuple[int, int], float]], analysis: "Analysis") -> None:
    """The court of an insolvency is no lawsuit: a ``legal`` trigger ("tribunal", "jugement") in a
    sentence that also holds a ``bankruptcy`` trigger ("le tribunal de commerce a prononcé la
    liquidation") counts for the insolvency only, and is removed from ``triggers`` in place."""
    courts, insolvency = triggers.get(COURT_CASE), triggers.get(INSOLVENCY)
    if not courts or not insolvency:
        return
    sentences = {analysis.sentence_at(where[0]) for where in insolvency} - {None}
    for where in [w for w in courts if analysis.sentence_at(w[0]) in sentences]:
        del courts[where]
    if not courts:
        del triggers[COURT_CASE]


def _lemmas(token: dict) -> set[str] | None:
    """The lemmas a required token of a pattern must have, or None ("any token", optional, other keys)."""
    if token.get("OP") not in (None, "+"):  # optional, repeated from zero, or negated: nothing required
        return None
    lemma = token.get("LEMMA")
    if isinstance(lemma, str):
        return {lemma}
    if isinstance(lemma, dict) and isinstance(lemma.get("IN"), list) and len(lemma) == 1:
        return {str(x) for x in lemma["IN"]}
    return None


def _within(where: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= where[0] and where[1] <= e for s, e in spans)
