"""What an action did, said in words for the status bar ("Undone: event “Acquisition” ticked"),
from the history row it wrote: never the internal action names ("set-event")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from annotator.core.schema import Schema

_LAYER_ORDER = ("entity", "sentiment", "event", "status")


def _quote(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return "“" + (text if len(text) <= width else text[: width - 1] + "…") + "”"


def describe_changes(changes: Sequence[dict[str, Any]], schema: Schema, text: str = "") -> str:
    """The changes of one history row in words, as the user made them (``before`` -> ``after``)."""
    parts: list[str] = []
    ents = [c for c in changes if c.get("layer") == "entity"]
    if ents:
        parts.append(_entities(ents, schema, text))
    for c in changes:
        layer, before, after = c.get("layer"), c.get("before"), c.get("after")
        if layer == "sentiment":
            name = (after or before or {}).get("name") or str(c.get("key"))
            if after is None:
                parts.append(f"sentiment of {_quote(name)} removed")
            else:
                lab = schema.sentiment(after.get("value", ""))
                parts.append(f"sentiment of {_quote(name)} set to {lab.display if lab else after.get('value')}")
        elif layer == "event":
            lab = schema.event(str(c.get("key")))
            title = _quote(lab.display if lab else str(c.get("key")))
            if after is None:
                parts.append(f"event {title} unticked")
            elif before is not None and before.get("source") != "manual" and after.get("source") == "manual":
                parts.append(f"event {title} confirmed")
            else:
                parts.append(f"event {title} ticked")
        elif layer == "status" and after is not None:
            parts.append(f"document marked {str(after.get('status', '')).replace('_', ' ')}")
    return "; ".join(p for p in parts if p) or "nothing"


def _entities(changes: Sequence[dict[str, Any]], schema: Schema, text: str) -> str:
    def words(state: dict[str, Any]) -> str:
        return _quote(text[state["start"]:state["end"]]) if text else f"{state['start']}–{state['end']}"

    added = [c["after"] for c in changes if c.get("before") is None and c.get("after") is not None]
    removed = [c["before"] for c in changes if c.get("after") is None and c.get("before") is not None]
    changed = [c for c in changes if c.get("before") is not None and c.get("after") is not None]
    if len(changed) == 1 and not added and not removed:
        b, a = changed[0]["before"], changed[0]["after"]
        if b["label"] != a["label"]:
            return f"{words(a)} relabelled {b['label']} → {a['label']}"
        if (b["start"], b["end"]) != (a["start"], a["end"]):
            return f"{words(b)} resized to {words(a)}"
        if b.get("company") != a.get("company"):
            return f"{words(a)} moved to another company"
        return f"{words(a)} confirmed as {a['label']}"
    if len(added) == 1 and not changed:
        return f"{words(added[0])} labelled {added[0]['label']}" + (
            f" (replacing {len(removed)})" if removed else "")
    if len(removed) == 1 and not added and not changed:
        return f"{words(removed[0])} ({removed[0]['label']}) deleted"
    bits = []
    if added:
        bits.append(f"{len(added)} entit{'y' if len(added) == 1 else 'ies'} labelled")
    if changed:
        bits.append(f"{len(changed)} changed")
    if removed:
        bits.append(f"{len(removed)} removed")
    return ", ".join(bits)


def undo_message(kind: str, rows: Sequence[Any], schema: Schema, text: str = "",
                 fallback: Callable[[], str] | None = None) -> str:
    """``kind`` is "Undone" or "Redone"; ``rows`` the history rows the undo/redo just wrote. An
    undo row holds the inverse changes: they are turned back to say what the user had done."""
    if not rows:
        return f"Nothing to {'undo' if kind == 'Undone' else 'redo'}"
    row = rows[-1]
    changes = row.changes
    if kind == "Undone":  # the row holds the inverse: describe the original action
        changes = [{**c, "before": c.get("after"), "after": c.get("before")} for c in reversed(changes)]
    return f"{kind}: {describe_changes(changes, schema, text)}"
