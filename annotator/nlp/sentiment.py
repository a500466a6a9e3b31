"""Sentiment per company from the sentences that mention it.

Lexicons (see ``resources/lexicon/README.md``):

* ``vader_en.txt`` — the VADER lexicon (C.J. Hutto, MIT licence, from the ``vaderSentiment`` 3.3.2
  package), English, valences -4..+4;
* ``vader_fr.txt`` — VADER-FR's manually translated French lexicon (7 Lieues Technologies, MIT
  licence, from the ``vaderSentiment-fr`` 1.3.4 package);
* ``lexicon.tsv`` — our business-news terms (``word<TAB>valence<TAB>lang``), editable per project;
  it takes precedence over the VADER entries;
* ``modifiers.tsv`` — negations, intensifiers and diminishers (``word<TAB>kind<TAB>value<TAB>lang``).

Each sentence is scored VADER-style: the valences of its words, scaled by an intensifier or
diminisher just before them, flipped (x -0.74) after a negation ("not", "ne ... pas", "sans"),
then normalised to -1..1 (``x / sqrt(x² + 15)``). A company's value comes from the sentences that
mention it: positive or negative when they lean clearly one way, mixed when both sides weigh,
neutral otherwise; those sentences are its evidence.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress, islice
from operator import itemgetter, or_
from typing import TYPE_CHECKING

from annotator.core.errors import InputError
from annotator.core.model import MODEL, CompanySentiment, Span
from annotator.core.schema import Schema

if TYPE_CHECKING:  # pragma: no cover
    from annotator.nlp.enrich_text import Analysis, Token
    from annotator.nlp.sentiment_model import CompanySentimentModel

_count = itemgetter(1)
NEGATION_SCALAR = -0.74
ALPHA = 15.0
POLAR = 0.2  # |compound| of a sentence (or clause) that counts as leaning one way
MARGIN = 0.4
"""Neutral unless the evidence is clear: a company is positive or negative only when its leaning
sentences add up to at least this much more on one side than on the other (compounds -1..1)."""
MARGIN_SINGLE = 0.8
"""The same for a company whose value rests on a single sentence (named once, in passing: most such
companies are neutral in the gold). ``POLAR``, ``MARGIN`` and ``MARGIN_SINGLE`` were chosen by
10-fold cross-validation over the articles of the real-news development set (each fold's choice made
on the other nine; the most frequent choice kept), not by fitting the whole set: docs/quality.md."""
VALUE_PRECISION = {"neutral": 0.82, "negative": 0.78, "positive": 0.71, "mixed": 0.35}
"""Share of right answers per predicted value on the real-news development set (65 articles, 218
companies), out of fold: each article's companies decided with the thresholds chosen on the other
folds (docs/quality.md). "mixed" is called about three times there: its figure is rough."""
MODEL_CONFIDENCE_CAP = 0.9
"""The highest confidence the learned model's value is given (its calls at 0.9 and above were right
about 85 % of the time out of fold on the development articles)."""
QUOTED = 0.5  # weight of quoted words: the company's (or anyone's) own words are not the article's stance
LANGS = ("fr", "en", "*")
KINDS = ("negation", "intensifier", "diminisher")

SentenceClassifier = Callable[[list[str]], list[dict[str, float]]]
"""Optional trained model: sentences -> {"positive": p, "negative": p, "neutral": p} each.
Its ``positive - negative`` is averaged with the lexicon score of each sentence."""


def textcat_classifier(nlp) -> SentenceClassifier:
    """A :data:`SentenceClassifier` from a trained spaCy pipeline with a ``textcat`` (or
    ``textcat_multilabel``) whose labels include ``positive`` and ``negative`` (e.g. one trained on the
    project's evidence sentences). Raises PipelineError (E907) if it has no such component."""
    from annotator.core.errors import PipelineError

    names = [n for n in nlp.pipe_names if n.startswith("textcat")]
    labels = set(nlp.get_pipe(names[0]).labels) if names else set()
    if not {"positive", "negative"} <= labels:
        raise PipelineError("the sentiment model needs a textcat component with the labels 'positive' and "
                            f"'negative' (found: {', '.join(sorted(labels)) or 'no textcat'})", code="E907")

    def classify(sentences: list[str]) -> list[dict[str, float]]:
        return [dict(doc.cats) for doc in nlp.pipe(sentences)]

    return classify


@dataclass(frozen=True, slots=True)
class SentenceScore:
    start: int
    end: int
    compound: float


def parse_vader(text: str, origin: str) -> dict[str, float]:
    """VADER lexicon lines: ``token<TAB>mean<TAB>...`` (English) or ``token->mean`` (VADER-FR)."""
    out: dict[str, float] = {}
    for line in text.splitlines():
        if "->" in line and "\t" not in line:
            word, _, value = line.rpartition("->")
        else:
            word, _, rest = line.partition("\t")
            value = rest.split("\t", 1)[0]
        word = word.strip().lower()
        try:
            out[word] = float(value)
        except ValueError:
            continue  # blank or header lines
    return out


def parse_lexicon(text: str, origin: str) -> dict[str, dict[str, float]]:
    """``word<TAB>valence<TAB>lang`` -> {lang: {word: valence}}; raise E902 listing bad lines."""
    problems: list[str] = []
    out: dict[str, dict[str, float]] = {lang: {} for lang in LANGS}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        where = f"{origin}:{n}"
        if len(cols) not in (2, 3):
            problems.append(f"{where}: expected 'word<TAB>valence<TAB>lang', got {len(cols)} column(s)")
            continue
        word, value = cols[0].strip().lower(), cols[1].strip()
        lang = cols[2].strip() if len(cols) == 3 else "*"
        try:
            v = float(value)
        except ValueError:
            problems.append(f"{where}: valence {value!r} is not a number")
            continue
        if not -4.0 <= v <= 4.0:
            problems.append(f"{where}: valence {v} is outside -4..4")
        elif not word:
            problems.append(f"{where}: empty word")
        elif lang not in LANGS:
            problems.append(f"{where}: language {lang!r} is not one of {', '.join(LANGS)}")
        else:
            out[lang][word] = v
    if problems:
        raise InputError(f"{origin}: invalid sentiment lexicon ({len(problems)} problem(s))", problems=problems,
                         code="E902")
    return out


def parse_modifiers(text: str, origin: str) -> dict[str, dict[str, tuple[str, float]]]:
    """``word<TAB>kind<TAB>value<TAB>lang`` -> {lang: {word: (kind, value)}}; raise E903."""
    problems: list[str] = []
    out: dict[str, dict[str, tuple[str, float]]] = {lang: {} for lang in LANGS}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        where = f"{origin}:{n}"
        if len(cols) != 4:
            problems.append(f"{where}: expected 'word<TAB>kind<TAB>value<TAB>lang', got {len(cols)} column(s)")
            continue
        word, kind, value, lang = cols
        try:
            v = float(value)
        except ValueError:
            problems.append(f"{where}: value {value!r} is not a number")
            continue
        if kind not in KINDS:
            problems.append(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        elif lang not in LANGS:
            problems.append(f"{where}: language {lang!r} is not one of {', '.join(LANGS)}")
        elif not word:
            problems.append(f"{where}: empty word")
        else:
            out[lang][word.lower()] = (kind, v)
    if problems:
        raise InputError(f"{origin}: invalid modifiers file ({len(problems)} problem(s))", problems=problems,
                         code="E903")
    return out


class SentimentScorer:
    def __init__(self, lexicons: dict[str, dict[str, float]], phrases: dict[str, dict[tuple[str, ...], float]],
                 modifiers: dict[str, dict[str, tuple[str, float]]], schema: Schema,
                 classifier: SentenceClassifier | None = None, model: "CompanySentimentModel | None" = None):
        self.model = model  # the learned per-company model (sentiment_model.py); None: the lexicon rule alone
        self.record_features = False  # keep the features even without a model (to train one)
        self.last_features: dict[str, dict[str, float]] = {}  # of the last score() call, per company key
        self.last_units: dict[str, list[float]] = {}  # with record_features: the compounds of each company's units
        self.lexicons = lexicons  # lang -> word -> valence (domain entries over VADER)
        self.phrases = phrases  # lang -> word tuple -> valence (multi-word domain entries)
        self.modifiers = modifiers  # lang -> word -> (kind, value)
        self.values = set(schema.sentiment_names)
        self.classifier = classifier
        self._first = {lang: {k[0] for k in ph} for lang, ph in phrases.items()}
        self._hot_sets: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    @classmethod
    def from_text(cls, lexicon_text: str, lexicon_origin: str, modifiers_text: str, modifiers_origin: str,
                  *, schema: Schema, classifier: SentenceClassifier | None = None) -> "SentimentScorer":
        from annotator.resources import read_text

        domain = parse_lexicon(lexicon_text, lexicon_origin)
        mods = parse_modifiers(modifiers_text, modifiers_origin)
        vader = {"en": parse_vader(read_text("lexicon", "vader_en.txt"), "vader_en.txt"),
                 "fr": parse_vader(read_text("lexicon", "vader_fr.txt"), "vader_fr.txt")}
        lexicons: dict[str, dict[str, float]] = {}
        phrases: dict[str, dict[tuple[str, ...], float]] = {}
        modifiers: dict[str, dict[str, tuple[str, float]]] = {}
        for lang in ("fr", "en"):
            words = dict(vader[lang])
            for w in list(words):
                if w in mods[lang] or w in mods["*"]:
                    del words[w]  # "pas", "not", "very" are modifiers, not sentiment words
            ph: dict[tuple[str, ...], float] = {}
            for src in (domain["*"], domain[lang]):
                for w, v in src.items():
                    parts = tuple(w.replace("'", "' ").replace("’", "' ").split())
                    if len(parts) == 1:
                        words[parts[0]] = v
                    else:
                        ph[parts] = v
            lexicons[lang] = words
            phrases[lang] = ph
            modifiers[lang] = {**mods["*"], **mods[lang]}
        return cls(lexicons, phrases, modifiers, schema, classifier)

    # --- sentences ---------------------------------------------------------------------------
    def sentence_valence(self, tokens: list["Token"], lang: str, quoted: "set[int] | frozenset" = frozenset()) -> float:
        """Sum of the (modified) valences of one sentence's tokens (unnormalised); the valence of a
        token whose index is in ``quoted`` (inside quotation marks) counts ``QUOTED``."""
        return self._valence([t.lower for t in tokens], [t.lemma for t in tokens], 0, len(tokens), lang, quoted)

    def _candidates(self, lowers: list[str], lemmas: list[str], a: int, b: int, lang: str) -> list[int]:
        """The indices ``a..b`` of the tokens some lexicon, modifier or phrase of ``lang`` names (C-level
        set tests): the only ones :meth:`_valence` must visit, the others add nothing."""
        hot_lower, hot_lemma = self._hot(lang if lang in self.lexicons else "fr")
        if a == 0 and b >= len(lowers) == len(lemmas):  # the whole columns (one call per article): no slices
            return list(compress(range(len(lowers)), map(or_, map(hot_lower.__contains__, lowers),
                                                         map(hot_lemma.__contains__, lemmas))))
        return list(compress(range(a, b), map(or_, map(hot_lower.__contains__, islice(lowers, a, b)),
                                              map(hot_lemma.__contains__, islice(lemmas, a, b)))))

    def _valence(self, lowers: list[str], lemmas: list[str], a: int, b: int, lang: str,
                 quoted: "set[int] | frozenset", candidates: "list[int] | None" = None) -> float:
        """:meth:`sentence_valence` of the tokens ``a..b`` of the columns ``lowers`` and ``lemmas``
        (``quoted`` holds indices into the columns), visiting only the tokens of :meth:`_candidates`
        (``candidates``: those of the whole columns, computed once for many spans)."""
        if lang not in self.lexicons:
            lang = "fr"
        phrases = self.phrases.get(lang, {})
        mods = self.modifiers.get(lang, {})
        lex = self.lexicons[lang]
        first = self._first[lang] if phrases else frozenset()
        if candidates is None:
            visit = self._candidates(lowers, lemmas, a, b, lang)
        else:
            visit = candidates[bisect_left(candidates, a):bisect_left(candidates, b)]
        total = 0.0
        after = a  # the first token not inside a phrase already counted
        for i in visit:
            if i < after:
                continue
            low = lowers[i]
            lemma = lemmas[i]
            v = None
            width = 1
            if phrases and (low in first or lemma in first):
                for length in (4, 3, 2):
                    if i + length <= b:
                        key = tuple(lowers[i:i + length])
                        key_l = tuple(lemmas[i:i + length])
                        v = phrases.get(key, phrases.get(key_l))
                        if v is not None:
                            width = length
                            break
            if v is None:
                if low in mods:
                    continue
                v = lex.get(low)
                if v is None and lemma != low:
                    v = lex.get(lemma)
            if v:
                v = self._modify(v, lowers, i, i + width, mods, a, b)
                total += v * QUOTED if i in quoted else v
            after = i + width
        return total

    def _hot(self, lang: str) -> tuple[frozenset[str], frozenset[str]]:
        """(lower forms, lemmas) that :meth:`_valence` must look at in ``lang``: the lexicon's words, the
        phrases' first words, and (lower forms only) the modifiers; cached per language."""
        hot = self._hot_sets.get(lang)
        if hot is None:
            first = self._first[lang] if self.phrases.get(lang) else frozenset()
            words = frozenset(self.lexicons[lang]) | first
            hot = self._hot_sets[lang] = (words | frozenset(self.modifiers.get(lang, {})), words)
        return hot

    @staticmethod
    def _modify(v: float, lowers: list[str], i: int, j: int, mods: dict[str, tuple[str, float]],
                a: int = 0, b: int | None = None) -> float:
        """``v`` scaled by the modifiers before tokens ``i..j`` (at most 3 back, not before ``a``) and
        negated by a "ne ... pas" around them (not past ``b``)."""
        b = len(lowers) if b is None else b
        negated = False
        for k in range(max(a, i - 3), i):
            kind, value = mods.get(lowers[k], ("", 0.0))
            if kind == "negation":
                negated = True
            elif kind in ("intensifier", "diminisher") and k >= i - 2:
                v = v * (1.0 + value)
        # French "ne ... pas": "n'a pas augmenté" puts "pas" before the word, "ne progresse pas" after it
        for k in range(j, min(b, j + 2)):
            if lowers[k] in ("pas", "plus", "jamais", "guère", "point"):
                if any(lowers[m] in ("ne", "n'", "n’") for m in range(max(a, i - 3), i)):
                    negated = True
        return v * NEGATION_SCALAR if negated else v

    def sentence_scores(self, analysis: "Analysis", spans: list[tuple[int, int]],
                        hints: "list[tuple[int, int, float]] | None" = None) -> list[SentenceScore]:
        """Compound score (-1..1) of each span; ``hints`` are ``(start, end, valence)`` added to the
        span holding them (the event triggers of :meth:`score`)."""
        starts, _, lowers, lemmas = analysis.columns()
        lang = analysis.lang
        text = analysis.text
        candidates = self._candidates(lowers, lemmas, 0, len(lowers), lang) if spans else []
        out = []
        quotes = _QUOTE_MARK.search(text) is not None  # most articles quote no one: no region to look for
        for s, e in spans:
            a = bisect_left(starts, s)
            b = bisect_left(starts, e)
            regions = quoted_regions(text, s, e) if quotes else ()
            quoted = {k for k in range(a, b) if any(qs <= starts[k] < qe for qs, qe in regions)} \
                if regions else frozenset()
            raw = self._valence(lowers, lemmas, a, b, lang, quoted, candidates)
            if hints:
                raw += sum(v for hs, he, v in hints if s <= hs and he <= e)
            out.append(SentenceScore(s, e, raw / math.sqrt(raw * raw + ALPHA) if raw else 0.0))
        if self.classifier is not None and out:
            probs = self.classifier([text[s.start:s.end] for s in out])
            out = [SentenceScore(s.start, s.end, 0.5 * s.compound + 0.5 * (p.get("positive", 0.0) - p.get("negative", 0.0)))
                   for s, p in zip(out, probs)]
        return out

    # --- companies ---------------------------------------------------------------------------
    def score(self, text: str, analysis: "Analysis", entities: list[Span], company_label: str,
              hints: "list[tuple[int, int, float]] | None" = None, triggers: "dict | None" = None,
              doc_events: "tuple[str, ...] | list[str]" = ()) -> dict[str, CompanySentiment]:
        """One :class:`CompanySentiment` per company key of the ``company_label`` entities.

        ``hints``: ``(start, end, valence)`` of event triggers (a job-cut or a fine counts against the
        company of its sentence, a fund raising for it), added to the clause or sentence holding them.
        ``triggers`` (event type -> :class:`~annotator.nlp.event_rules.Trigger`) and ``doc_events``
        (the document's event types) feed the learned model, when there is one: it decides from the
        lexicon scores, where the company stands and the events in its sentences
        (:mod:`annotator.nlp.company_features`); the lexicon rule alone decides otherwise."""
        mentions: dict[str, list[Span]] = {}
        for s in entities:
            if s.label == company_label and s.company:
                mentions.setdefault(s.company, []).append(s)
        if not mentions:
            return {}
        from annotator.nlp.clauses import boundaries, clause_around, coordinated

        owner: dict[tuple[int, int], set[str]] = {}  # sentence -> companies it names
        sentence_of: dict[int, tuple[int, int]] = {}  # id(mention) -> its sentence
        for key, spans in mentions.items():
            for sp in spans:
                sent = sentence_of[id(sp)] = analysis.sentence_at(sp.start) or (sp.start, sp.end)
                owner.setdefault(sent, set()).add(key)
        wanted: dict[tuple[int, int], None] = {}
        marks_of: dict[tuple[int, int], list[tuple[int, int]]] = {}  # sentence -> its clause boundaries
        per_company: dict[str, list[tuple[int, int]]] = {}
        listed = coordinated(text, [(s.start, s.end) for spans in mentions.values() for s in spans]) \
            if any(len(v) > 1 for v in owner.values()) else {}
        for key, spans in mentions.items():
            sents: list[tuple[int, int]] = []
            for sp in spans:
                sent = sentence_of[id(sp)]
                # a sentence that names other companies too: only the clause of this mention counts
                # (a list of companies shares its clause: "Atos, Valeo et Nexans ont accusé...")
                if len(owner.get(sent, ())) > 1:
                    a, b = listed.get((sp.start, sp.end), (sp.start, sp.end))
                    marks = marks_of.get(sent)
                    if marks is None:
                        marks = marks_of[sent] = boundaries(text, sent)
                    sent = clause_around(text, sent, a, b, marks=marks)
                if sent not in sents:
                    sents.append(sent)
            per_company[key] = sents
            for sent in sents:
                wanted[sent] = None
        model = self.model if self.model is not None and self.model.applies_to(analysis.lang) else None
        featured = model is not None or self.record_features
        tone: list[tuple[int, int]] = []
        if featured:
            from annotator.nlp.company_features import company_features, tone_sentences
            from annotator.nlp.salience import headline_and_lead

            headline, lead_end = headline_and_lead(text, [off for off, _ in analysis.parts])
            tone = tone_sentences(analysis.sentences, headline, lead_end)
            for sent in tone:
                wanted[sent] = None
        scores = {(x.start, x.end): x.compound for x in self.sentence_scores(analysis, list(wanted), hints)}
        decided = {key: self.decide([(sent, scores[sent]) for sent in sents]) for key, sents in per_company.items()}
        self.last_features = {}
        if self.record_features:
            self.last_units = {k: [scores[u] for u in us] for k, us in per_company.items()}
        if featured:
            self.last_features = company_features(
                text, analysis.lang, {k: [(s.start, s.end) for s in v] for k, v in mentions.items()}, per_company,
                scores, triggers or {}, tuple(doc_events), headline, lead_end, {k: d[0] for k, d in decided.items()},
                tone=[scores[t] for t in tone])
        out: dict[str, CompanySentiment] = {}
        for key, sents in per_company.items():
            names: dict[str, int] = {}
            for s in mentions[key]:
                surface = text[s.start:s.end]
                names[surface] = names.get(surface, 0) + 1
            name = max(names.items(), key=_count)[0]  # the most frequent, the first of equals (Counter.most_common)
            value, conf, evidence = decided[key]
            if model is not None:
                learned, conf = model.predict(self.last_features[key], analysis.lang)
                # a probability of 0.99 from a model trained on a few hundred companies is not one:
                # its most confident calls were right about 85 % of the time out of fold (docs/quality.md)
                conf = min(conf, MODEL_CONFIDENCE_CAP)
                if learned != value:
                    value = learned
                    lean = {"positive": lambda c: c > 0, "negative": lambda c: c < 0}.get(value)
                    evidence = [s for s in sents if lean is None or lean(scores[s])] or list(sents)
            else:
                # calibrated: half the margin-based figure, half how often this value was right on the
                # real-news development set (docs/quality.md), so the window can show doubtful ones apart
                conf = 0.5 * conf + 0.5 * VALUE_PRECISION.get(value, 0.5)
            if value not in self.values:
                value = "neutral" if "neutral" in self.values else sorted(self.values)[0]
            out[key] = CompanySentiment(company=key, value=value, name=name, source=MODEL,
                                        confidence=round(conf, 3), evidence=tuple(evidence))
        return out

    @staticmethod
    def decide(scored: list[tuple[tuple[int, int], float]], polar: float = POLAR, margin: float = MARGIN,
               margin_single: float = MARGIN_SINGLE) -> tuple[str, float, list[tuple[int, int]]]:
        """(value, confidence, evidence sentences) from the scores of the sentences of one company.

        Neutral unless the evidence is clear: positive (negative) when the sentences leaning that way
        outweigh the others by ``MARGIN`` (``MARGIN_SINGLE`` for a company named in one sentence only),
        mixed when both sides weigh that much and the weaker at least half the stronger."""
        margin = margin_single if len(scored) <= 1 else margin
        pos = [(s, c) for s, c in scored if c >= polar]
        neg = [(s, c) for s, c in scored if c <= -polar]
        p = sum(c for _, c in pos)
        n = -sum(c for _, c in neg)
        if pos and neg and min(p, n) >= 0.5 * max(p, n) and max(p, n) >= margin:
            conf = 0.45 + 0.3 * min(p, n) / max(p, n) * min(1.0, (p + n) / 2)
            return "mixed", conf, [s for s, _ in sorted(pos + neg)]
        if p > n and p - n >= margin:
            return "positive", min(0.95, 0.5 + 0.45 * math.tanh(p - n)), [s for s, _ in pos]
        if n > p and n - p >= margin:
            return "negative", min(0.95, 0.5 + 0.45 * math.tanh(n - p)), [s for s, _ in neg]
        lean = abs(p - n) / margin  # 0 (nothing either way) .. 1 (almost a call)
        return "neutral", max(0.4, 0.8 - 0.4 * lean), [s for s, _ in scored]


_OPEN = "“«„‘"
_CLOSE = "”»’"
_QUOTE_MARK = re.compile("[" + _OPEN + _CLOSE + '"' + "]")


def quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the parts of ``text[start:end]`` inside quotation marks: “...”, «...», "...".

    A sentence that closes a quotation opened before it (a quotation over several sentences) is
    quoted up to the closing mark; a quotation left open runs to the end of the span."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    first = True
    end = min(end, len(text))
    for m in _QUOTE_MARK.finditer(text, start, end):  # only the quotation marks, not every character
        k, ch = m.start(), m.group()
        if ch in _OPEN or (ch == '"' and opened is None):
            if opened is None:
                opened = k
        elif ch in _CLOSE or ch == '"':
            if ch == "’" and k > start and text[k - 1].isalpha() and k + 1 < end and text[k + 1].isalpha():
                continue  # an apostrophe (l’action), not a closing mark
            if opened is not None:
                out.append((opened, k + 1))
                opened = None
            elif first:
                out.append((start, k + 1))  # the end of a quotation opened in an earlier sentence
        else:
            continue
        first = False
    if opened is not None:
        out.append((opened, end))
    return out
