"""Review items said in words, and where versions differ.

``«Google Assistant»: alice ORG · bob MISC · carol MISC → gold ?`` rather than
``ORG[23:39]``; with blind review the names become ``#1``, ``#2``… Pure functions (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.core.schema import Schema
from annotator.services import review

MISSING, OTHER_LABEL, OTHER_BOUNDS = "missing", "other label", "other boundary"


def shown_names(names: Sequence[str], blind: bool) -> dict[str, str]:
    """How each annotator is called on screen: their name, or ``#n`` in blind review."""
    return {n: (f"#{i}" if blind else n) for i, n in enumerate(names, start=1)}


def one_line(text: str, width: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def value_words(item: review.ReviewItem, value: Any, text: str, schema: Schema) -> str:
    """One version's value of an item: "ORG", "«Google» ORG", "positive", "yes", "—"."""
    if value is None:
        return "—"
    if item.kind == review.ENTITY_ITEM:
        parts = []
        for start, end, label in value:
            if (start, end) == (item.start, item.end):
                parts.append(label)
            else:
                parts.append(f"«{one_line(text[start:end], 30)}» {label}")
        return " + ".join(parts)
    if item.kind == review.SENTIMENT_ITEM:
        lab = schema.sentiment(str(value))
        return lab.display.lower() if lab else str(value)
    return "yes" if value else "—"


def item_title(item: review.ReviewItem, schema: Schema) -> str:
    if item.kind == review.ENTITY_ITEM:
        return f"«{one_line(item.title)}»"
    if item.kind == review.SENTIMENT_ITEM:
        return f"«{one_line(item.title)}» sentiment"
    lab = schema.event(item.title)
    return f"event «{lab.display if lab else item.title}»"


def item_words(item: review.ReviewItem, text: str, schema: Schema, names: dict[str, str]) -> str:
    """The whole item on one line, with the gold decision (or "?")."""
    versions = " · ".join(f"{names.get(n, n)} {value_words(item, v, text, schema)}" for n, v in item.values.items())
    gold = value_words(item, item.gold, text, schema) if item.decided else "?"
    mark = "✓" if item.decided else ("=" if item.agreed else "≠")
    return f"{mark} {item_title(item, schema)}: {versions} → gold {gold}"


def differences(item: review.ReviewItem) -> dict[str, str]:
    """For an entity item the versions disagree on: how each annotator's version differs from the
    others' (``missing`` / ``other label`` / ``other boundary``); agreeing versions are left out."""
    if item.kind != review.ENTITY_ITEM or item.agreed:
        return {}
    out: dict[str, str] = {}
    values = item.values
    for name, mine in values.items():
        others = [v for n, v in values.items() if n != name]
        if all(v == mine for v in others):
            continue
        if mine is None:
            out[name] = MISSING
            continue
        mine_bounds = sorted((s, e) for s, e, _ in mine)
        if any(v is not None and sorted((s, e) for s, e, _ in v) == mine_bounds and v != mine for v in others):
            out[name] = OTHER_LABEL
        elif any(v is not None and sorted((s, e) for s, e, _ in v) != mine_bounds for v in others):
            out[name] = OTHER_BOUNDS
        else:  # only "—" elsewhere: this version has something the others lack
            out[name] = OTHER_BOUNDS if any(v is not None for v in others) else "only here"
    return out


def evidence_words(item: review.ReviewItem, text: str, names: dict[str, str], schema: Schema) -> str:
    """The evidence each version gives: sentences for a sentiment, triggers for an event, the
    sentence around an entity region."""
    lines = [item_title(item, schema)]
    if item.kind == review.ENTITY_ITEM:
        a, b = sentence_around(text, item.start or 0, item.end or 0)
        lines.append("In: " + one_line(text[a:b], 400))
        return "\n".join(lines)
    for name, raw in item.raw.items():
        who = names.get(name, name)
        if raw is None:
            lines.append(f"{who}: —")
            continue
        value = value_words(item, item.values.get(name), text, schema)
        ev = [tuple(x) for x in (getattr(raw, "evidence", ()) or ())]
        if not ev:
            lines.append(f"{who}: {value} (no evidence given)")
            continue
        what = "trigger" if item.kind == review.EVENT_ITEM else "evidence"
        for a, b in ev[:4]:
            if item.kind == review.EVENT_ITEM:
                sa, sb = sentence_around(text, a, b)
                lines.append(f"{who}: {value}: {what} «{one_line(text[a:b], 40)}» in “{one_line(text[sa:sb], 300)}”")
            else:
                lines.append(f"{who}: {value}: {what} “{one_line(text[a:b], 300)}”")
            value = "  "
    return "\n".join(lines)


def evidence_spans(item: review.ReviewItem, name: str) -> list[tuple[int, int]]:
    raw = item.raw.get(name) if item.kind != review.ENTITY_ITEM else None
    return [tuple(x) for x in (getattr(raw, "evidence", ()) or ())] if raw is not None else []


def sentence_around(text: str, start: int, end: int, limit: int = 300) -> tuple[int, int]:
    lo = max(text.rfind(". ", max(0, start - limit), start), text.rfind("\n", max(0, start - limit), start))
    lo = lo + 1 if lo >= 0 else max(0, start - limit)
    ends = [i for i in (text.find(". ", end, end + limit), text.find("\n", end, end + limit)) if i >= 0]
    hi = min(ends) + 1 if ends else min(len(text), end + limit)
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi
