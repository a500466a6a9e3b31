"""Plain records and constants shared by the store's modules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

# Layers of a change, as stored in history rows.
ENTITY, SENTIMENT, EVENT, STATUS = "entity", "sentiment", "event", "status"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass(frozen=True, slots=True)
class HistoryRow:
    id: int
    ts: str
    annotator: str
    doc_id: int | None
    action: str
    changes: list[dict[str, Any]]
    undoes: int | None
    redoes: int | None


@dataclass(frozen=True, slots=True)
class DocRow:
    """A document as the queue lists it: no text."""

    id: int
    title: str
    source: str
    published: str
    status: str
    length: int
