"""How a desktop starts the app: ``annotator FILE.annotator`` (a double-clicked project file, the
``.desktop`` entry, Windows' "Open with") means ``annotator gui FILE``; a frozen app started with
no argument at all (its icon) opens the window. Every other command line is left as it is."""

from __future__ import annotations

import sys
from collections.abc import Sequence

PROJECT_SUFFIX = ".annotator"


def route(argv: Sequence[str], commands: Sequence[str]) -> list[str]:
    args = list(argv)
    if not args:
        return ["gui"] if getattr(sys, "frozen", False) else args
    first = args[0]
    if first.startswith("-") or first in commands:
        return args
    if first.lower().endswith(PROJECT_SUFFIX):
        return ["gui", *args]
    return args
