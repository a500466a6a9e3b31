"""A company sentiment lives and dies with its company's mentions (plain data, no I/O).

A company of one annotator's version of one document is a key (``Span.company`` or the
normalised name of the mention, :func:`~annotator.core.text.company_key`) shared by at least one
mention labelled with the schema's company label. A sentiment whose key no mention carries is an
*orphan*: it is removed by every edit that takes the last mention away, and every reader that
compares or exports versions (agreement, review, export) ignores orphans left by older files.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.model import DocAnnotations, Span
from annotator.core.text import company_key


def mention_key(text: str, span: Span) -> str:
    return span.company or company_key(text[span.start : span.end])


def live_companies(text: str, entities: Iterable[Span], company_label: str) -> set[str]:
    """Keys of the companies that have at least one mention among ``entities``."""
    out = set()
    for s in entities:
        if s.label == company_label:
            key = mention_key(text, s)
            if key:
                out.add(key)
    return out


def orphan_keys(text: str, ann: DocAnnotations, company_label: str) -> set[str]:
    """Sentiment keys of ``ann`` with no mention left."""
    if not ann.sentiments:
        return set()
    return set(ann.sentiments) - live_companies(text, ann.entities, company_label)


def without_orphans(text: str, ann: DocAnnotations, company_label: str) -> DocAnnotations:
    """``ann`` without orphan sentiments (the same object when it has none)."""
    dead = orphan_keys(text, ann, company_label)
    if not dead:
        return ann
    return DocAnnotations(entities=ann.entities,
                          sentiments={k: v for k, v in ann.sentiments.items() if k not in dead},
                          events=ann.events)


def entities_after(entities: Iterable[Span], changes: Iterable[dict[str, Any]]) -> list[Span]:
    """The entities once the entity ``changes`` ({layer, key, before, after}) are applied."""
    by_id: dict[Any, Span] = {s.id: s for s in entities}
    fresh = 0
    for ch in changes:
        if ch.get("layer") != "entity":
            continue
        if ch.get("key") is not None:
            by_id.pop(ch["key"], None)
        after = ch.get("after")
        if after is not None:
            key = ch.get("key")
            if key is None:
                fresh += 1
                key = ("new", fresh)
            by_id[key] = Span(after["start"], after["end"], after["label"], after.get("source", "manual"),
                              after.get("confidence"), after.get("company"), None)
    return list(by_id.values())
