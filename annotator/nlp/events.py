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


SUBSET_MATCHERS = 256
"""How many Matchers of pattern subsets :meth:`EventDetector._token_matcher` keeps at most."""


class EventDetector:
    company_label = "ORG"  # set from the schema by from_text

    def __init__(self, patterns: list[EventPattern], origin: str = "events.jsonl"):
        self.patterns = patterns
        self.rules = None  # event_rules.RULES unless set (the tuning script tries others)
        self.last_triggers: dict = {}  # the triggers of the last detect() call, by event type
        self.origin = origin
        self._matchers: dict[tuple[int, str], object] = {}
        self._ends: dict[str, tuple] = {}
        self._by_id: dict[str, tuple] = {}  # lang -> (its needs list, attr -> required id -> positions in it)
        self._subsets: dict[tuple[int, tuple[int, ...]], object] = {}

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

    def _pattern_ends(self, lang: str) -> tuple[list[tuple[int, list[tuple[str, frozenset[int]]]]], tuple[int, ...],
                                                dict[str, set[int]]]:
        """The token patterns of ``lang``: ``([(index, requirements)], always, every required id by
        attribute)``. A pattern with requirements can only match a paragraph holding, for each
        ``(attr, ids)`` (what its first and last tokens require, see :func:`_required`), a token whose
        ``LEMMA`` or ``LOWER`` is one of ``ids``; the patterns in ``always`` require nothing we check."""
        if lang not in self._ends:
            needs: list[tuple[int, list[tuple[str, frozenset[int]]]]] = []
            always: list[int] = []
            for i, p in enumerate(self.patterns):
                if isinstance(p.pattern, str) or p.lang not in (lang, "*"):
                    continue
                reqs = [r for r in (_required(p.pattern[0]), _required(p.pattern[-1])) if r is not None]
                if reqs:
                    needs.append((i, reqs))
                else:
                    always.append(i)
            wanted: dict[str, set[int]] = {"lemma": set(), "lower": set()}  # every id some pattern requires
            for _, reqs in needs:
                for attr, values in reqs:
                    wanted[attr] |= values
            self._ends[lang] = (needs, tuple(always), wanted)
        return self._ends[lang]

    def _needs_by_id(self, lang: str, needs: list) -> dict[str, dict[int, list[int]]]:
        """For ``needs`` (of :meth:`_pattern_ends`): attribute -> required string id -> the positions in
        ``needs`` of the patterns requiring it (a paragraph's ids find their candidates directly
        instead of every token pattern being tried on every paragraph)."""
        cached = self._by_id.get(lang)
        if cached is None or cached[0] is not needs:
            table: dict[str, dict[int, list[int]]] = {"lemma": {}, "lower": {}}
            for pos, (_, reqs) in enumerate(needs):
                for attr, values in reqs:
                    for v in values:
                        table[attr].setdefault(v, []).append(pos)
            cached = self._by_id[lang] = (needs, table)
        return cached[1]

    def _token_matcher(self, vocab, lang: str, chosen: tuple[int, ...]):
        """A Matcher of only the token patterns ``chosen`` (indices into ``patterns``), kept per set:
        the Matcher's time grows with its patterns, and a paragraph can match few of them. The match
        ids are those of the full matcher, and the matches of a pattern do not depend on the others."""
        key = (id(vocab), chosen)
        matcher = self._subsets.get(key)
        if matcher is None:
            from spacy.matcher import Matcher

            self._matcher(vocab, lang)  # the full one validates every pattern first
            matcher = Matcher(vocab)
            for i in chosen:
                matcher.add(str(i), [self.patterns[i].pattern])
            if len(self._subsets) >= SUBSET_MATCHERS:  # a few sets recur (9 over 2,089 paragraphs); never grow unbounded
                self._subsets.clear()
            self._subsets[key] = matcher
        return matcher

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
        needs, always, wanted = self._pattern_ends(analysis.lang)
        by_id = self._needs_by_id(analysis.lang, needs)
        within = _Within(inside)
        for k, (off, doc) in enumerate(analysis.parts):
            phrases, tokens = self._matcher(doc.vocab, analysis.lang)
            found_here = phrases(doc)
            idx, length, lemmas, lowers = analysis.part_arrays(k)
            if tokens is not None:
                # run only the token patterns that can match here: what their first and last tokens
                # require (their LEMMA or LOWER, as string ids) is in the paragraph
                here = {"lemma": wanted["lemma"].intersection(lemmas)}
                if wanted["lower"]:
                    here["lower"] = wanted["lower"].intersection(lowers)
                chosen = always
                if here["lemma"] or here.get("lower"):
                    # the patterns one of whose required ids is here, then those whose every end is
                    candidates: set[int] = set()
                    for attr, ids in here.items():
                        table = by_id[attr]
                        for i in ids:
                            candidates.update(table.get(i, ()))
                    chosen = tuple(sorted(always + tuple(
                        needs[pos][0] for pos in candidates
                        if all(not values.isdisjoint(here[attr]) for attr, values in needs[pos][1]))))
                if chosen:
                    found_here += self._token_matcher(doc.vocab, analysis.lang, chosen)(doc)
            if not found_here:
                continue
            for match_id, s, e in found_here:
                p = self.patterns[int(doc.vocab.strings[match_id])]
                where = (off + idx[s], off + idx[e - 1] + length[e - 1])  # the span's start_char, end_char
                if within(where):
                    continue
                found = triggers.setdefault(p.label, {})
                found[where] = max(found.get(where, 0.0), p.weight)
        _drop_absorbed(triggers, analysis)
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



ABSORBED = (("legal", "bankruptcy", 1.0), ("funding", "acquisition", 0.8), ("funding", "earnings", 0.8),
            ("expansion", "acquisition", 0.8))
"""``(type, by, below)``: a trigger of ``type`` weighing less than ``below`` in a sentence that holds a
trigger of ``by`` is part of that news, not news of its own. The court of an insolvency is no lawsuit
("le tribunal de commerce a prononcé la liquidation"); a deal's price and its financing are no
fundraising ("an all-cash deal valued at $10 billion", "financed with debt"); money spent or borrowed
told in the results is no investment programme ("pénalisé par les investissements promotionnels");
a deal's purpose is no expansion of its own ("will acquire X to expand its range"). (Money raised
"pour s'étendre" does count as expansion: the development set's annotators report both.)
A fundraising's own words ("levée de fonds", "tour de table", weights of 0.8 and more) always count."""


def _drop_absorbed(triggers: dict[str, dict[tuple[int, int], float]], analysis: "Analysis") -> None:
    """Remove from ``triggers``, in place, the triggers :data:`ABSORBED` by another type's in their sentence."""
    for label, by, below in ABSORBED:
        weak, strong = triggers.get(label), triggers.get(by)
        if not weak or not strong:
            continue
        sentences = {analysis.sentence_at(where[0]) for where in strong} - {None}
        for where in [w for w, weight in weak.items() if weight < below and analysis.sentence_at(w[0]) in sentences]:
            del weak[where]
        if not weak:
            del triggers[label]


def _required(token: dict) -> tuple[str, frozenset[int]] | None:
    """``("lemma" or "lower", ids)``: a token matching ``token`` (a token of a pattern) has its ``LEMMA``
    or ``LOWER`` among ``ids`` (string ids, as spaCy's Matcher compares them); None when ``token``
    requires nothing we check (optional, repeated from zero, negated, other keys)."""
    from spacy.strings import get_string_id

    if token.get("OP") not in (None, "+"):
        return None
    for key, attr in (("LEMMA", "lemma"), ("LOWER", "lower")):
        value = token.get(key)
        if isinstance(value, str):
            values = [value]
        elif isinstance(value, dict) and isinstance(value.get("IN"), list) and len(value) == 1:
            values = value["IN"]
        else:
            continue
        if not values or not all(isinstance(v, str) and v for v in values):
            return None
        return attr, frozenset(get_string_id(v) for v in values)
    return None


class _Within:
    """Whether a range lies inside one of ``spans`` (bisect over the starts and the longest end so far)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []  # the furthest end of the spans up to each
        for _, e in spans:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def __call__(self, where: tuple[int, int]) -> bool:
        i = bisect.bisect_right(self.starts, where[0])
        return i > 0 and self.reach[i - 1] >= where[1]
