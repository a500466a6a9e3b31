"""Reading input files for the format importers: bytes decoded here, problems as ``file:line``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.services.formats.core import E_SHAPE, E_SYNTAX, Problem

_BOM = "\ufeff"


def read_text(path: Path, problems: list[Problem]) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(E_SYNTAX, f"{path.name}:1", f"cannot read the file ({exc.strerror or exc})"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(E_SYNTAX, f"{path.name}:{line}", f"not UTF-8 text (byte {exc.start})"))
        return None
    return text[1:] if text.startswith(_BOM) else text


def jsonl_records(path: Path, problems: list[Problem]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``("file:line", object)`` for each JSON object line; bad lines become problems.

    Lines are split on ``\\n`` only: a JSON string may hold a raw U+2028 or form feed, which
    ``str.splitlines`` would cut.
    """
    text = read_text(path, problems)
    if text is None:
        return
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(E_SYNTAX, where, f"not valid JSON ({exc.msg}, column {exc.colno})"))
            continue
        except ValueError as exc:  # e.g. a number of more than 4300 digits
            problems.append(Problem(E_SYNTAX, where, f"not valid JSON here ({str(exc)[:80]})"))
            continue
        if not isinstance(obj, dict):
            problems.append(Problem(E_SHAPE, where, f"expected a JSON object, got {type(obj).__name__}"))
            continue
        yield where, obj


def json_array_items(path: Path, problems: list[Problem]) -> Iterator[tuple[str, Any]]:
    """``("file:line", item)`` for each item of a JSON array (a lone object counts as one item); the
    line is where the item starts, found while decoding item by item."""
    text = read_text(path, problems)
    if text is None:
        return
    decoder = json.JSONDecoder()
    ws = " \t\r\n"
    i = 0
    n = len(text)
    line = 1

    def skip(pos: int) -> int:
        while pos < n and text[pos] in ws:
            pos += 1
        return pos

    def line_at(pos: int, since: int, count: int) -> int:
        return count + text.count("\n", since, pos)

    i = skip(0)
    if i < n and text[i] == "{":
        try:
            obj, _end = decoder.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            problems.append(Problem(E_SYNTAX, f"{path.name}:{exc.lineno}", f"not valid JSON ({exc.msg})"))
            return
        except ValueError as exc:
            problems.append(Problem(E_SYNTAX, f"{path.name}:1", f"not valid JSON here ({str(exc)[:80]})"))
            return
        yield f"{path.name}:{line_at(i, 0, 1)}", obj
        return
    if i >= n or text[i] != "[":
        problems.append(Problem(E_SHAPE, f"{path.name}:{line_at(i, 0, 1)}",
                                "expected a JSON array of tasks (a Label Studio JSON export)"))
        return
    last, line = 0, 1
    i = skip(i + 1)
    if i < n and text[i] == "]":
        return
    while i < n:
        line = line_at(i, last, line)
        last = i
        try:
            obj, end = decoder.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            problems.append(Problem(E_SYNTAX, f"{path.name}:{exc.lineno}", f"not valid JSON ({exc.msg})"))
            return
        except ValueError as exc:  # e.g. a number of more than 4300 digits
            problems.append(Problem(E_SYNTAX, f"{path.name}:{line}", f"not valid JSON here ({str(exc)[:80]})"))
            return
        yield f"{path.name}:{line}", obj
        i = skip(end)
        if i < n and text[i] == ",":
            i = skip(i + 1)
            continue
        if i < n and text[i] == "]":
            return
        problems.append(Problem(E_SYNTAX, f"{path.name}:{line_at(i, last, line)}",
                                "not valid JSON (expected ',' or ']' after an item)"))
        return
    problems.append(Problem(E_SYNTAX, f"{path.name}:{line_at(n, last, line)}", "not valid JSON (unterminated array)"))


def signed32(value: int) -> int:
    """A 32-bit signed integer, as Prodigy's hashes are."""
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value >= (1 << 31) else value
