"""Reading JSON-lines text (resource files, gold sets) with ``file:line: what`` problems."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


def json_objects(text: str, origin: str, problems: list[str], *, example: str,
                 comments: bool = True) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """Yield ``(line number, "origin:line", object)`` for each JSON object line of ``text``.

    Blank lines (and, with ``comments``, lines starting with ``#`` or ``//``) are passed over; a
    line that is not JSON, or not an object, adds ``origin:line: what`` to ``problems`` (so a
    caller can report every bad line at once) and is not yielded.
    """
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or (comments and line.startswith(("#", "//"))):
            continue
        where = f"{origin}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{where}: expected a JSON object like {example}")
            continue
        yield n, where, obj
