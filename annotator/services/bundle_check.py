"""Bundles are untrusted input: every record is checked before anything is written.

:func:`parse_line` reads one JSON line safely (no NaN/Infinity, no number of thousands of
digits, no nesting deep enough to exhaust the stack); :func:`check_doc` checks one ``doc``
record against the format alone (types, ranges, sizes, history links and identities);
:func:`check_against_project` checks what needs the project (labels of its schema, offsets
inside the matched document's text and on character boundaries, history rows that would clash
with rows the project holds). Each problem reads ``bundle:line: what``; the merge refuses the
whole set of bundles when there is any (all-or-nothing).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from annotator.core.model import SOURCES, Status

MAX_LINE = 64 * 1024 * 1024  # characters of one record
MAX_ITEMS = 200_000  # entities, sentiments, events, history rows or changes in one record
MAX_TEXT = 10_000  # characters of a title, comment, name, company key, action, time stamp
MAX_ID = 1 << 62
MAX_SECONDS = 1e9  # ~30 years spent on one document
MAX_DEPTH = 12  # a bundle record nests 6 levels deep
HASH = re.compile(r"[0-9a-f]{64}")
UID = re.compile(r"[0-9a-zA-Z_.:-]{1,64}")
LAYERS = ("entity", "sentiment", "event", "status")
STATUSES = tuple(s.value for s in Status)  # a tuple: membership of any JSON value (lists too)


class Bad(Exception):
    """One problem in one record (the message says what)."""


def _reject_constant(name: str) -> float:
    raise Bad(f"{name} is not a number a bundle may hold")


def parse_line(line: str) -> Any:
    """One JSON value; raises :class:`Bad` with a short reason instead of any parser error."""
    if len(line) > MAX_LINE:
        raise Bad(f"record of {len(line):,} characters (at most {MAX_LINE:,})")
    try:
        value = json.loads(line, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise Bad(f"not JSON ({exc.msg})") from None
    except RecursionError:
        raise Bad("not JSON a bundle may hold (nested too deep)") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise Bad(f"not JSON a bundle may hold ({exc})") from None
    if _depth(value) > MAX_DEPTH:
        raise Bad("nested too deep for a bundle record")
    return value


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


# ---------------------------------------------------------------------------------------- values
def _int(value: Any, what: str, lo: int = 0, hi: int = MAX_ID) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise Bad(f"{what} must be a whole number from {lo} to {hi}, got {_show(value)}")
    return value


def _num(value: Any, what: str, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not lo <= value <= hi:
        raise Bad(f"{what} must be a number from {lo:g} to {hi:g}, got {_show(value)}")
    return float(value)


def _str(value: Any, what: str, empty: bool = True, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()) or len(value) > limit:
        raise Bad(f"{what} must be {'a' if empty else 'a non-empty'} text of at most {limit:,} characters, "
                  f"got {_show(value)}")
    return value


def _opt(value: Any, check: Any, *args: Any) -> Any:
    return None if value is None else check(value, *args)


def _dict(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Bad(f"{what} must be an object, got {_show(value)}")
    return value


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise Bad(f"{what} must be a list of at most {MAX_ITEMS:,} items, got {_show(value)}")
    return value


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"


# ---------------------------------------------------------------------------------------- states
def check_entity(e: Any, what: str = "entity") -> dict[str, Any]:
    e = _dict(e, what)
    _opt(e.get("id"), _int, f"{what} id", 1)
    start = _int(e.get("start"), f"{what} start")
    end = _int(e.get("end"), f"{what} end")
    if start >= end:
        raise Bad(f"{what} {start}-{end} is empty or reversed")
    _str(e.get("label"), f"{what} label", empty=False, limit=200)
    _source_conf(e, what)
    _opt(e.get("company"), _str, f"{what} company", True, 500)
    return e


def _source_conf(st: dict[str, Any], what: str) -> None:
    if st.get("source", "manual") not in SOURCES:
        raise Bad(f"{what} source must be one of {', '.join(SOURCES)}, got {_show(st.get('source'))}")
    _opt(st.get("confidence"), _num, f"{what} confidence", 0.0, 1.0)


def _evidence(value: Any, what: str) -> list[tuple[int, int]]:
    out = []
    for pair in _list(value if value is not None else [], f"{what} evidence"):
        if not isinstance(pair, list) or len(pair) != 2:
            raise Bad(f"{what} evidence must be [start, end] pairs, got {_show(pair)}")
        a, b = _int(pair[0], f"{what} evidence start"), _int(pair[1], f"{what} evidence end")
        if a > b:
            raise Bad(f"{what} evidence {a}-{b} is reversed")
        out.append((a, b))
    return out


def check_sentiment(s: Any, what: str = "sentiment") -> dict[str, Any]:
    s = _dict(s, what)
    _str(s.get("value"), f"{what} value", empty=False, limit=200)
    _str(s.get("name", ""), f"{what} name", limit=500)
    _source_conf(s, what)
    _evidence(s.get("evidence"), what)
    return s


def check_event(e: Any, what: str = "event") -> dict[str, Any]:
    e = _dict(e, what)
    _source_conf(e, what)
    _evidence(e.get("evidence"), what)
    return e


def check_status(st: Any, what: str = "status") -> dict[str, Any]:
    st = _dict(st, what)
    if st.get("status") not in STATUSES:
        raise Bad(f"{what} must be one of {', '.join(STATUSES)}, got {_show(st.get('status'))}")
    _str(st.get("comment", ""), f"{what} comment")
    _num(st.get("seconds", 0), f"{what} seconds", 0.0, MAX_SECONDS)
    _opt(st.get("updated_at"), _str, f"{what} time", True, 64)
    return st


def check_change(ch: Any, where: str) -> dict[str, Any]:
    ch = _dict(ch, f"{where} change")
    layer = ch.get("layer")
    if layer not in LAYERS:
        raise Bad(f"{where}: unknown layer {_show(layer)}")
    missing = [k for k in ("key", "before", "after") if k not in ch]
    if missing:
        raise Bad(f"{where}: a {layer} change without {', '.join(missing)}")
    key = ch.get("key")
    for side in ("before", "after"):
        st = ch.get(side)
        if st is None:
            continue
        what = f"{where}: {layer} {side}"
        if layer == "entity":
            check_entity(st, what)
            if st.get("id") is not None and st["id"] != key:
                raise Bad(f"{what}: id {st['id']} is not the change's key {_show(key)}")
        elif layer == "sentiment":
            check_sentiment(st, what)
        elif layer == "event":
            check_event(st, what)
        else:
            check_status(st, what)
    if layer == "entity":
        _int(key, f"{where}: entity key", 1)
    elif layer in ("sentiment", "event"):
        _str(key, f"{where}: {layer} key", empty=False, limit=500)
    elif key is not None:
        raise Bad(f"{where}: a status change has no key, got {_show(key)}")
    return ch


# ---------------------------------------------------------------------------------------- records
def check_header(header: Any, version: int) -> str | None:
    """A problem with the header's fields (format and version are checked by the reader)."""
    try:
        _str(header.get("annotator"), "the annotator", empty=False, limit=200)
        if header.get("kind", "human") not in ("human", "gold", "model"):
            raise Bad(f"unknown annotator kind {_show(header.get('kind'))}")
        _opt(header.get("schema_hash"), _str, "the schema hash", True, 128)
        if isinstance(header.get("version"), bool) or header.get("version", 0) < 1:
            raise Bad(f"bundle format version must be 1 to {version}")
    except Bad as exc:
        return str(exc)
    return None


def check_doc(rec: dict[str, Any]) -> str | None:
    """The first problem of one doc record by the format alone, or None."""
    try:
        _check_doc(rec)
    except Bad as exc:
        return str(exc)
    return None


def _check_doc(rec: dict[str, Any]) -> None:
    if not isinstance(rec.get("hash"), str) or not HASH.fullmatch(rec["hash"]):
        raise Bad("a doc record needs the document's content hash (64 hex digits)")
    _str(rec.get("title", ""), "the title")
    _opt(rec.get("updated"), _str, "the update time", True, 64)
    _opt(rec.get("status"), check_status)
    ents = _list(rec.get("entities"), "entities")
    ids: set[int] = set()
    spans = []
    for e in ents:
        check_entity(e)
        if e.get("id") is not None:
            if e["id"] in ids:
                raise Bad(f"entity id {e['id']} appears twice")
            ids.add(e["id"])
        spans.append((e["start"], e["end"]))
    spans.sort()
    for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
        if b0 < a1:
            raise Bad(f"entities {a0}-{a1} and {b0}-{b1} overlap (a version's entities never do)")
    sents = _dict(rec.get("sentiments"), "sentiments")
    if len(sents) > MAX_ITEMS:
        raise Bad("too many sentiments")
    for key, s in sents.items():
        _str(key, "a company key", empty=False, limit=500)
        check_sentiment(s, f"sentiment of {key!r}")
    events = _dict(rec.get("events"), "events")
    if len(events) > MAX_ITEMS:
        raise Bad("too many events")
    for key, e in events.items():
        _str(key, "an event type", empty=False, limit=500)
        check_event(e, f"event {key!r}")
    _check_history(_list(rec.get("history"), "history"))


def _check_history(rows: list[Any]) -> None:
    ids: set[int] = set()
    uids: set[str] = set()
    for n, h in enumerate(rows, start=1):
        where = f"history row {n}"
        h = _dict(h, where)
        hid = _int(h.get("id"), f"{where} id", 1)
        if hid in ids:
            raise Bad(f"{where}: id {hid} appears twice")
        _str(h.get("ts"), f"{where} time", empty=False, limit=64)
        _str(h.get("action"), f"{where} action", empty=False, limit=500)
        if "uid" in h:
            uid = h["uid"]
            if not isinstance(uid, str) or not UID.fullmatch(uid):
                raise Bad(f"{where}: uid must be 1-64 letters, digits or -_.:, got {_show(uid)}")
            if uid in uids:
                raise Bad(f"{where}: uid {uid} appears twice")
            uids.add(uid)
            _opt(h.get("origin"), _str, f"{where} origin", True, 64)
            _int(h.get("clock", 0), f"{where} clock")
        for link in ("undoes", "redoes"):
            ref = h.get(link)
            if ref is not None and (_int(ref, f"{where} {link}", 1) not in ids):
                raise Bad(f"{where}: {link} row {ref}, which is not an earlier row of this document")
            ref_uid = h.get(f"{link}_uid")
            if ref_uid is not None and (not isinstance(ref_uid, str) or ref_uid not in uids - {h.get("uid")}):
                raise Bad(f"{where}: {link} row {_show(ref_uid)}, which is not an earlier row of this document")
        if h.get("undoes") is not None and h.get("redoes") is not None:
            raise Bad(f"{where}: a row cannot both undo and redo")
        seen: dict[Any, tuple[bool, bool]] = {}
        for ch in _list(h.get("changes"), f"{where} changes"):
            check_change(ch, where)
            if ch["layer"] == "entity":  # an entity changes once per row, or is deleted then re-added
                prev = seen.get(ch["key"])
                now = (ch.get("before") is not None, ch.get("after") is not None)
                if prev is not None and not (prev[1] is False and now[0] is False):
                    raise Bad(f"{where}: entity {ch['key']} changes twice in one row")
                seen[ch["key"]] = now
        ids.add(hid)


# ---------------------------------------------------------------------------------------- project
def _boundary(text: str, pos: int) -> bool:
    """``pos`` falls between two characters a user sees apart: not before a combining mark, not
    between CR and LF."""
    if pos <= 0 or pos >= len(text):
        return True
    if unicodedata.combining(text[pos]) or unicodedata.category(text[pos]) in ("Mn", "Me"):
        return False
    return not (text[pos - 1] == "\r" and text[pos] == "\n")


def _spans_in(text: str, spans: Iterable[tuple[int, int]], what: str) -> None:
    for start, end in spans:
        if end > len(text):
            raise Bad(f"{what} {start}-{end} ends outside the document's text (length {len(text)})")
        if not (_boundary(text, start) and _boundary(text, end)):
            raise Bad(f"{what} {start}-{end} cuts a character in two (a combining mark or a CRLF)")


def _labels(rec: dict[str, Any], schema: Any) -> None:
    ents, sents, events = set(schema.entity_names), set(schema.sentiment_names), set(schema.event_names)

    def entity(st: dict[str, Any], what: str) -> None:
        if st["label"] not in ents:
            raise Bad(f"{what}: label {st['label']!r} is not in this project's schema")

    for e in rec["entities"]:
        entity(e, "entity")
    for key, s in rec["sentiments"].items():
        if s["value"] not in sents:
            raise Bad(f"sentiment of {key!r}: {s['value']!r} is not in this project's schema")
    for key in rec["events"]:
        if key not in events:
            raise Bad(f"event type {key!r} is not in this project's schema")
    for n, ch in _history_changes(rec):
        for st in _states(ch):
            if ch["layer"] == "entity":
                entity(st, f"history row {n}")
            elif ch["layer"] == "sentiment" and st["value"] not in sents:
                raise Bad(f"history row {n}: sentiment {st['value']!r} is not in this project's schema")
        if ch["layer"] == "event" and ch["key"] not in events:
            raise Bad(f"history row {n}: event type {ch['key']!r} is not in this project's schema")


def _history_changes(rec: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(row number, change)`` of every change in a record's history, rows counted from 1."""
    for n, h in enumerate(rec["history"], start=1):
        for ch in h["changes"]:
            yield n, ch


def _states(ch: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The states a change holds: its ``before`` and ``after``, where present."""
    for side in ("before", "after"):
        if ch.get(side) is not None:
            yield ch[side]


def check_against_project(rec: dict[str, Any], text: str | None, schema: Any) -> str | None:
    """The first problem of a (format-checked) doc record against the project: labels in its
    schema, and, when the document is in the project (``text``), every offset inside its text
    and on character boundaries. None when the record may be merged."""
    try:
        _labels(rec, schema)
        if text is None:
            return None
        _spans_in(text, ((e["start"], e["end"]) for e in rec["entities"]), "entity")
        for key, s in rec["sentiments"].items():
            _spans_in(text, (tuple(p) for p in s.get("evidence") or []), f"evidence of {key!r}")
        for key, e in rec["events"].items():
            _spans_in(text, (tuple(p) for p in e.get("evidence") or []), f"evidence of {key!r}")
        for n, ch in _history_changes(rec):
            for st in _states(ch):
                if ch["layer"] == "entity":
                    _spans_in(text, [(st["start"], st["end"])], f"history row {n}: entity")
                elif ch["layer"] in ("sentiment", "event"):
                    _spans_in(text, (tuple(p) for p in st.get("evidence") or []), f"history row {n}: evidence")
    except Bad as exc:
        return str(exc)
    return None
