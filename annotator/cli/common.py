"""Helpers shared by the commands: opening projects, a terminal progress bar, the annotator name."""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path

from annotator.cli.safe import clean
from annotator.store.project import Project


def open_project(path: str) -> Project:
    return Project.open(Path(path))


def quiet_broken_pipe() -> int:
    """``annotator stats P | head``: the reader went away; stop quietly (no traceback at exit)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    return 141  # 128 + SIGPIPE, as a shell reports it


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 document``, ``2 documents``: the word for ``n`` (without the number)."""
    return word if n == 1 else (many or word + "s")


def default_annotator() -> str:
    return os.environ.get("ANNOTATOR_NAME") or getpass.getuser() or "annotator"


class ProgressBar:
    """``progress(done, total, message)`` drawn on stderr (only on a terminal, at most 10×/s)."""

    def __init__(self, label: str, stream=None):
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self._last = 0.0

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.tty:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done != total:
            return
        self._last = now
        if total:
            width = 30
            filled = int(width * done / total)
            bar = "█" * filled + "·" * (width - filled)
            line = f"\r{self.label} {bar} {done}/{total} {clean(message)[:40]}"
        else:
            line = f"\r{self.label} {done} {clean(message)[:40]}"
        self.stream.write(line.ljust(90))
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
