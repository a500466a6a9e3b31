"""How worker processes are started (training, the export's DocBins).

Never fork a process that has Qt loaded or more than one thread: a forked child inherits locks
held by other threads and Qt's state. There, ``forkserver`` (where there is one): a
single-threaded server process imports spaCy and its French tokenizer exceptions once (5-10 s on
this machine) and every worker is forked from it; else ``spawn``. A plain command-line process
(one thread, no Qt) may fork directly: its children start at once with the pipeline it has
already loaded.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading

# the same list for every user of the forkserver: the first to start it fixes what it preloads
_PRELOAD = ["annotator.nlp.train", "spacy", "spacy.lang.fr"]
_QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def spacy_context():
    """``forkserver`` preloading spaCy where there is one, else ``spawn``."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


def can_fork() -> bool:
    """Whether this process may be forked safely: Linux, one thread, no Qt loaded."""
    return (sys.platform.startswith("linux") and threading.active_count() == 1
            and not any(m in sys.modules for m in _QT_MODULES))


def worker_context():
    """``fork`` when :func:`can_fork`, else :func:`spacy_context`."""
    return multiprocessing.get_context("fork") if can_fork() else spacy_context()
