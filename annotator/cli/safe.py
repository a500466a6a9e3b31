"""Data printed to a terminal is text: control characters and terminal escape sequences in titles,
names or labels (from imported articles or merged bundles) are removed, so they cannot move the
cursor, retitle the terminal, hide lines or ring the bell."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-byte escapes, then lone controls:
# C0 except newline and tab, DEL, C1; and the bidirectional overrides that reorder a line.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """``text`` without escape sequences and control characters (newlines and tabs kept)."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


class CleanWriter:
    """A text stream that writes ``clean(text)`` to the stream it wraps (everything else delegates)."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(clean(text))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextmanager
def clean_stdout() -> Iterator[None]:
    """Within: what commands print on stdout is cleaned (data from files is never a terminal command)."""
    saved = sys.stdout
    sys.stdout = CleanWriter(saved)
    try:
        yield
    finally:
        sys.stdout = saved
