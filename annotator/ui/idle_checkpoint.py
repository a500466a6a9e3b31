"""When the window has been idle for a moment after a save, fold the write-ahead log into the
project's main file (``Project.checkpoint``, which syncs it): within seconds of the last edit the
main file alone holds the work, on disk. A PASSIVE checkpoint never waits for a lock."""

from __future__ import annotations

from PySide6.QtCore import QTimer

IDLE_MS = 2000


def poke(window) -> None:
    """A save just happened: (re)start the idle countdown of ``window`` (a MainWindow)."""
    timer = getattr(window, "_idle_checkpoint_timer", None)
    if timer is None:
        timer = QTimer(window)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: _checkpoint(window))
        window._idle_checkpoint_timer = timer
    timer.start(IDLE_MS)


def _checkpoint(window) -> None:
    if getattr(window, "_closed", False) or getattr(window, "read_only", False):
        return
    window.project.checkpoint(quiet=True)  # a fault leaves the work safe in the WAL; retried next time
