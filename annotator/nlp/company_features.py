"""What the article says about one company, as numbers: the input of the learned sentiment model.

Real business news rarely says "good" or "bad" about a company: the good news is often the event
itself ("X remporte un contrat", "X rachète Y"), told in the headline about the article's main
company. So besides the lexicon scores of the sentences (or clauses) that mention the company, a
company is described by where it stands (headline, lead, how often it is named against the other
companies) and by the event triggers in its own sentences, split by the role the company likely has:
named before the trigger (the doer: "X rachète Y") or after it (the one it happens to: "rachat de Y
par X" is the exception the model weighs).

Plain functions over the per-company sentence scores, the mentions and the event triggers of
``events.py``; no model run here. :mod:`annotator.nlp.sentiment_model` turns these into a value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from annotator.nlp.sentiment import POLAR  # a sentence (or clause) leaning one way, as the lexicon rule counts it

if TYPE_CHECKING:  # pragma: no cover
    from annotator.nlp.event_rules import Trigger

EVENT_GROUP = {
    "acquisition": "good", "partnership": "good", "funding": "good", "expansion": "good",
    "product_launch": "good", "earnings": "earn", "layoffs": "bad", "legal": "bad", "bankruptcy": "bad",
    "leadership_change": "other", "competition": "other",
}
"""Event types grouped by what they usually mean for the company doing them (too few articles to
learn one weight per type and role)."""

FEATURES = (
    "bias_fr",
    "pos", "neg", "pos_all", "neg_all", "max", "min", "n_pos", "n_neg",
    "single", "log_mentions", "share", "main", "headline", "lead", "first_pos", "headline_score",
    "ev_good_doer", "ev_good_other", "ev_earn", "ev_bad_doer", "ev_bad_other", "ev_other",
    "doc_good_main", "doc_bad_main", "doc_earn_main",
    "rule_pos", "rule_neg",
    "tone_pos", "tone_neg", "doc_good", "doc_bad", "companies",
    "pct_up", "pct_down",
)
TONE_SENTENCES = 4
"""The article's tone: its first sentences (headline and lead), whoever they name. Articles listing
many companies ("the ten profit warnings of the week") give each the article's slant."""


_NUMBER_PCT = r"\d+(?:[.,]\d+)?\s?(?:%|pour\s?cent\b|per\s?cent\b|percent\b|pct\b|pc\b)"
_ABOUT = r"(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
PCT_UP = re.compile(r"(?<![\w.,+\-−])\+\s?" + _NUMBER_PCT + r"|\b(?:up|higher)\s+" + _ABOUT + _NUMBER_PCT, re.IGNORECASE)
PCT_DOWN = re.compile(r"(?<![\w.,+\-−])[-−]\s?" + _NUMBER_PCT + r"|\b(?:down|lower)\s+" + _ABOUT + _NUMBER_PCT,
                      re.IGNORECASE)
"""A signed change in per cent ("+8,33 %", "-2.1%", "up 5 per cent", "closed higher by 7.1%", "down 47pc"): how market
news tells a share's or a figure's move without a word the lexicon weighs. ``pct_up`` / ``pct_down``
say whether one stands in the company's own sentences (or clauses)."""


def tone_sentences(sentences: Sequence[tuple[int, int]], headline: tuple[int, int], lead_end: int) -> list[tuple[int, int]]:
    """The first :data:`TONE_SENTENCES` sentences starting in the headline or the lead."""
    start = headline[0] if headline != (0, 0) else 0
    return [s for s in sentences if start <= s[0] < lead_end][:TONE_SENTENCES]


def company_features(
    text: str,
    lang: str,
    mentions: Mapping[str, Sequence[tuple[int, int]]],
    units: Mapping[str, Sequence[tuple[int, int]]],
    scores: Mapping[tuple[int, int], float],
    triggers: "Mapping[str, Sequence[Trigger]]",
    doc_events: Sequence[str],
    headline: tuple[int, int],
    lead_end: int,
    rule_values: Mapping[str, str],
    tone: Sequence[float] = (),
) -> dict[str, dict[str, float]]:
    """One feature dict (names in :data:`FEATURES`) per company key.

    ``mentions``: company key -> its mention ``(start, end)``; ``units``: company key -> the sentences
    or clauses its value is decided from; ``scores``: unit -> compound (-1..1); ``triggers``: event
    type -> triggers found (with position and background flags); ``doc_events``: the event types
    reported for the document; ``rule_values``: the lexicon rule's value per company; ``tone``: the
    compounds of the article's first sentences (:func:`tone_sentences`)."""
    counts = {k: len(v) for k, v in mentions.items()}
    total = sum(counts.values()) or 1
    top = max(counts.values(), default=0)
    n = max(1, len(text))
    doc_groups = {EVENT_GROUP.get(e) for e in doc_events}
    # each trigger once: (start, end, weight, feature if its company did it, feature otherwise)
    flat = []
    for label, ts in triggers.items():
        group = EVENT_GROUP.get(label, "other")
        if group in ("good", "bad"):
            doer_name, other_name = f"ev_{group}_doer", f"ev_{group}_other"
        else:
            doer_name = other_name = f"ev_{group}"
        for t in ts:
            a, b = t.where
            flat.append((a, b, t.weight * (0.35 if t.background else 1.0), doer_name, other_name))
    tone_pos = sum(c for c in tone if c >= POLAR)
    tone_neg = -sum(c for c in tone if c <= -POLAR)
    out: dict[str, dict[str, float]] = {}
    bias_fr = 1.0 if lang == "fr" else 0.0
    doc_good = 1.0 if "good" in doc_groups else 0.0
    doc_bad = 1.0 if "bad" in doc_groups else 0.0
    doc_earn = 1.0 if "earn" in doc_groups else 0.0
    companies = math.log1p(len(mentions))
    h0, h1 = headline
    moves: dict[tuple[int, int], tuple[float, float]] = {}  # unit -> (signed rise in it, fall in it)
    has_pct = "%" in text or "cent" in text or "pc" in text
    for key, spans in mentions.items():
        us = units.get(key, ())
        cs = [scores.get(u, 0.0) for u in us]
        pos = [c for c in cs if c >= POLAR]
        neg = [c for c in cs if c <= -POLAR]
        main = 1.0 if len(spans) == top else 0.0
        in_headline = 1.0 if any(h0 <= s < h1 for s, _ in spans) else 0.0
        rule = rule_values.get(key, "neutral")
        # one dict in the order of FEATURES (the model sums in that order)
        f = {
            "bias_fr": bias_fr,
            "pos": sum(pos), "neg": -sum(neg),
            "pos_all": sum([c for c in cs if c > 0]), "neg_all": -sum([c for c in cs if c < 0]),
            "max": max(cs, default=0.0), "min": min(cs, default=0.0),
            "n_pos": float(len(pos)), "n_neg": float(len(neg)),
            "single": 1.0 if len(us) <= 1 else 0.0,
            "log_mentions": math.log1p(len(spans)),
            "share": len(spans) / total,
            "main": main,
            "headline": in_headline,
            "lead": 1.0 if any(s < lead_end for s, _ in spans) else 0.0,
            "first_pos": min(s for s, _ in spans) / n,
            "headline_score": sum(scores.get(u, 0.0) for u in us if u[0] <= h0 < u[1] or h0 <= u[0] < h1)
            if in_headline else 0.0,
            "ev_good_doer": 0.0, "ev_good_other": 0.0, "ev_earn": 0.0, "ev_bad_doer": 0.0, "ev_bad_other": 0.0,
            "ev_other": 0.0,
            "doc_good_main": doc_good if main else 0.0,
            "doc_bad_main": doc_bad if main else 0.0,
            "doc_earn_main": doc_earn if main else 0.0,
            "rule_pos": 1.0 if rule in ("positive", "mixed") else 0.0,
            "rule_neg": 1.0 if rule in ("negative", "mixed") else 0.0,
            "tone_pos": tone_pos, "tone_neg": tone_neg,
            "doc_good": doc_good, "doc_bad": doc_bad,
            "companies": companies,
            "pct_up": 0.0, "pct_down": 0.0,
        }
        if has_pct:
            for u in us:
                move = moves.get(u)
                if move is None:
                    a, b = u
                    # every move holds "%", "cent" or "pc": most units hold none (no regex run there)
                    if text.find("%", a, b) < 0 and text.find("cent", a, b) < 0 and text.find("pc", a, b) < 0:
                        move = moves[u] = (0.0, 0.0)
                    else:
                        move = moves[u] = (1.0 if PCT_UP.search(text, a, b) else 0.0,
                                           1.0 if PCT_DOWN.search(text, a, b) else 0.0)
                f["pct_up"] = max(f["pct_up"], move[0])
                f["pct_down"] = max(f["pct_down"], move[1])
        for a, b, w, doer_name, other_name in flat:
            for u0, u1 in us:  # the first of the company's units holding the trigger
                if u0 <= a and b <= u1:
                    break
            else:
                continue
            if doer_name is other_name:
                f[doer_name] += w
            else:  # named before the trigger in that unit: the doer
                f[doer_name if any(u0 <= s and e <= a for s, e in spans) else other_name] += w
        out[key] = f
    return out
