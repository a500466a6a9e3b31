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
        except (ValueError, RecursionError) as exc:  # an integer of more than 4,300 digits; deep nesting
            problems.append(f"{where}: not usable JSON ({exc or 'nested too deeply'})")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{where}: expected a JSON object like {example}")
            continue
        yield n, where, obj


def check_pattern(where: str, pattern: Any, allowed_keys: frozenset[str] | set[str], problems: list[str]) -> None:
    """A spaCy-style pattern: a non-empty phrase string, or a non-empty list of token objects whose
    keys are among ``allowed_keys``; adds ``where: what`` to ``problems`` otherwise."""
    if isinstance(pattern, str):
        if not pattern.strip():
            problems.append(f"{where}: empty pattern")
    elif isinstance(pattern, list) and pattern:
        for i, tok in enumerate(pattern):
            if not isinstance(tok, dict) or not tok or set(tok) - set(allowed_keys):
                problems.append(f"{where}: pattern token {i} must be an object with keys among "
                                f"{', '.join(sorted(allowed_keys))}")
                break
    else:
        problems.append(f"{where}: pattern must be a string or a non-empty list of token objects")
