"""Progress and cancellation for long work (import, pre-annotation, export, training, merge).

Services take ``progress`` and ``cancel`` arguments and know nothing of threads or Qt; the
window runs them on a worker thread and forwards progress to a dialog whose Cancel button sets
the token. A cancelled operation raises :class:`~annotator.core.errors.Cancelled` *before* it
commits, so the project is left exactly as it was (or, for resumable work, with whole batches).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from annotator.core.errors import Cancelled

ProgressFn = Callable[[int, int, str], None]
"""``progress(done, total, message)``; ``total`` is 0 when unknown."""


def no_progress(done: int, total: int, message: str) -> None:
    """The default progress callback: report nothing."""


class CancelToken:
    """Set from any thread; checked by the worker between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
