"""What syncing every edit to disk off the UI thread costs the window's label key (issue 13, item 4).

The window on a 200 KB article with 3,000 entities; the label key (``M``: relabel) pressed on one
entity after another, at the pace of a fast annotator (a random pause of 0–300 ms between presses,
so the sync thread's checkpoint or ``fsync`` often runs while a key is handled). Blocks of presses
alternate, in one window, between its background sync on (``annotator.ui.disk_state``: "Saving…"
until the commit is synced, then "Saved") and off (the label says "Saved" at the commit, as before). Also measured: from the key press to the indicator's "Saved" (the commit on disk).

Run: ``QT_QPA_PLATFORM=offscreen python -m benchmarks --only save_sync [--quick]``.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result


def _p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * 0.95))]


def run(quick: bool) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.core.model import DocAnnotations, Document
    from annotator.store.project import Project
    from annotator.store import disk_sync
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings
    from benchmarks.bench_durability import _fs_type
    from benchmarks.bench_ui_window import synthetic_article

    presses = 40 if quick else 150
    block = 10
    work = Path(tempfile.mkdtemp(prefix="bench-save-sync-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    app = QApplication.instance() or QApplication([])
    path = work / "sync.annotator"
    text, ents = synthetic_article(200_000, 3_000)
    with Project.create(path) as p:
        p.ensure_annotator("bench")
        (doc_id,), _ = p.add_documents([Document(text=text, title="200 KB")])
        p.replace_annotations(doc_id, "bench", DocAnnotations(entities=ents), action="bench", history=False)
    rng = random.Random(0)
    keys: dict[bool, list[float]] = {True: [], False: []}
    to_disk: list[float] = []
    win = MainWindow(Project.open(path), "bench", Settings())
    try:
        win.resize(1400, 900)
        win.show()
        win.activateWindow()
        QTest.qWaitForWindowActive(win)
        win.start()
        win.open_document(doc_id)
        app.processEvents()
        sync = win.disk.sync
        assert sync is not None
        k = 0
        for b in range(2 * presses // block):
            on = b % 2 == 0
            win.disk.sync = sync if on else None  # None: "Saved" at the commit, nothing synced
            for _ in range(block):
                span = win.ann.entities[10 + k % 2_000]
                k += 1
                win.view.select_entity(span.id)
                win.view.edit.setFocus()
                t0 = time.perf_counter()
                QTest.keyClick(win.view.edit, Qt.Key.Key_M)
                app.processEvents()
                keys[on].append(time.perf_counter() - t0)
                if on and rng.random() < 0.2:  # now and then, wait for "Saved": the key-to-disk time
                    give_up = time.perf_counter() + 60
                    while not win.saved_label.text().startswith("Saved"):
                        if time.perf_counter() > give_up:
                            raise RuntimeError(f"no 'Saved' within 60 s: {win.saved_label.text()}")
                        app.processEvents()
                        time.sleep(0.001)
                    to_disk.append(time.perf_counter() - t0)
                else:
                    pause = time.perf_counter() + rng.uniform(0, 0.3)
                    while time.perf_counter() < pause:
                        app.processEvents()
                        time.sleep(0.002)
            if on:  # the sync of this block's last keys ends before the next block is timed without it
                give_up = time.perf_counter() + 60
                while sync.pending:
                    if time.perf_counter() > give_up:
                        raise RuntimeError("the background sync did not finish within 60 s")
                    app.processEvents()
                    time.sleep(0.002)
        win.disk.sync = sync
    finally:
        win.close()
        app.processEvents()
    ms = {on: [x * 1000 for x in v] for on, v in keys.items()}
    fs = _fs_type(work)
    load = os.getloadavg()[0]
    detail = (f"{len(ms[True])} presses each, interleaved blocks of {block}, 0–300 ms apart; 200 KB article, "
              f"3,000 entities; {fs}; load average {load:.1f}")
    return [
        Result("label key at 200 KB with background sync (median)", statistics.median(ms[True]), "ms", "<= 16",
               f"p95 {_p95(ms[True]):.1f} ms; {detail}"),
        Result("label key at 200 KB without background sync (median)", statistics.median(ms[False]), "ms", "<= 16",
               f"p95 {_p95(ms[False]):.1f} ms; same run"),
        Result("key press to 'Saved' (on disk), median", statistics.median(to_disk) * 1000, "ms", "<= 1000",
               f"p95 {_p95([x * 1000 for x in to_disk]):.0f} ms over {len(to_disk)} presses "
               f"(includes the {disk_sync.DELAY_S * 1000:.0f} ms that lets a burst of keys share one sync)"),
    ]
