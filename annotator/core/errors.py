"""Coded errors, in the manner of spaCy's ``E###`` messages.

Every error a user can meet carries a stable code, so it can be searched for, documented and
tested. Messages say *where* (file, line) and *what* is wrong; callers never half-apply an
operation that raised one.
"""

from __future__ import annotations


class AnnotatorError(Exception):
    """Base of every error the tool reports to a user."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None):
        if code is not None:
            self.code = code
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # "[E101] file.jsonl:3: ..."
        return f"[{self.code}] {self.message}"


class SchemaError(AnnotatorError):
    """The label schema is invalid (E1xx)."""

    code = "E100"


class ProjectError(AnnotatorError):
    """The project file cannot be opened or is not a project (E2xx)."""

    code = "E200"


class InputError(AnnotatorError):
    """An input file is malformed (E3xx). ``problems`` lists every ``file:line: what`` found."""

    code = "E300"

    def __init__(self, message: str, *, problems: list[str] | None = None, code: str | None = None):
        super().__init__(message, code=code)
        self.problems = list(problems or [])


class PipelineError(AnnotatorError):
    """A spaCy pipeline cannot be loaded or used (E4xx)."""

    code = "E400"


class ExportError(AnnotatorError):
    """Export cannot proceed (E5xx)."""

    code = "E500"


class AnnotationError(AnnotatorError):
    """An annotation action is invalid (E6xx): offsets out of range, unknown label..."""

    code = "E600"


class MergeError(AnnotatorError):
    """A bundle cannot be merged (E7xx)."""

    code = "E700"


class SyncError(AnnotatorError):
    """The team server cannot be reached, refuses, or a sync cannot proceed (E85x-E89x)."""

    code = "E850"


class Cancelled(Exception):
    """Raised inside long work when the user cancelled it; nothing is half-written."""


class StorageError(AnnotatorError):
    """The project file could not be read or written (E800–E849): read-only, disk full, permission,
    I/O error. Nothing was written; the message says what happened in words."""

    code = "E800"


class StaleWriteError(StorageError):
    """An edit was computed from a state that changed meanwhile (another window or process wrote
    the same item): refused, nothing written; re-read and show the stored state (E810)."""

    code = "E810"
