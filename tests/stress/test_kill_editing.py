"""SIGKILL during scripted editing (services and the real window), and three processes at once."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from stress.harness import Lines, edit_forever, fork_child, kill, make_project, verify
from stress.tally import stress_n


def _trial(path: Path, rng: random.Random, annotators: list[str], max_acks: int) -> tuple[int, int, int, int, list]:
    children = [fork_child(edit_forever, path, name, rng.randrange(1 << 30)) for name in annotators]
    acked: list[int] = []
    raw = 0
    notes = []
    targets = [rng.randint(1, max_acks) for _ in children]
    for (pid, fd), k in zip(children, targets):
        lines = Lines(fd)
        for _ in range(k):
            line = lines.next()
            if line is None:
                break
            if line.startswith("ack "):
                acked.append(int(line[4:]))
            elif line.startswith("raw "):
                raw += 1
                notes.append(line[:400])
                break
        kill(pid)  # the others keep writing meanwhile: killed at their own points
        os.close(fd)
    lost, partial, more = verify(path, acked)
    return len(acked), lost, raw, partial, notes + more


def test_sigkill_during_editing(tmp_path, tally):
    trials = max(3, stress_n() // 10)
    rng = random.Random(1013)
    path = make_project(tmp_path / "edit.annotator")
    checked = lost = raw = partial = 0
    for t in range(trials):
        if t and t % 100 == 0:  # a fresh file now and then, so the history does not grow without end
            path = make_project(tmp_path / f"edit{t}.annotator", seed=t)
        n, lo, r, pa, notes = _trial(path, rng, ["alice"], max_acks=25)
        checked += n
        lost += lo
        raw += r
        partial += pa
        tally.notes += notes
    tally.add("SIGKILL during editing (services)", trials=trials, checked=checked, lost=lost, raw=raw, partial=partial)
    assert (lost, raw, partial) == (0, 0, 0), tally.notes[:5]


def test_three_processes_at_once_then_killed(tmp_path, tally):
    """Two annotators and a second process of one of them (stale edits get refused, never lost)."""
    trials = max(2, stress_n() // 100)
    rng = random.Random(3)
    checked = lost = raw = partial = 0
    for t in range(trials):
        path = make_project(tmp_path / f"three{t}.annotator", seed=t)
        n, lo, r, pa, notes = _trial(path, rng, ["alice", "bob", "alice"], max_acks=40)
        checked += n
        lost += lo
        raw += r
        partial += pa
        tally.notes += notes
    tally.add("three processes at once, then SIGKILL", trials=trials, checked=checked, lost=lost, raw=raw,
              partial=partial)
    assert (lost, raw, partial) == (0, 0, 0), tally.notes[:5]


WINDOW_CHILD = textwrap.dedent("""
    import os, random, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[3])
    from annotator.store.project import Project
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    win = MainWindow(Project.open(path), "alice", Settings())
    win.show()
    win.activateWindow()
    win.start()
    app.processEvents()
    probe = Project.open(path)
    last = probe.last_history_id()
    keys = [(Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_P, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_O, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_L, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
            (Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier),
            (Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier), (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier),
            (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)]
    target = win.focusWidget() or win
    while True:
        key, mods = rng.choice(keys)
        QTest.keyClick(win.focusWidget() or win, key, mods)
        app.processEvents()
        now = probe.last_history_id()  # what is committed, read through another connection
        if now != last:
            print(f"ack {now}", flush=True)
            last = now
""")


def test_sigkill_while_editing_in_the_real_window(tmp_path, tally):
    trials = max(1, stress_n() // 200)
    rng = random.Random(7)
    checked = lost = raw = partial = 0
    settings = tmp_path / "settings"
    settings.mkdir()
    for t in range(trials):
        path = tmp_path / f"win{t}.annotator"
        if not path.exists():
            make_project(path, seed=t)
            from annotator.core.model import DocAnnotations, Span
            from annotator.store.project import Project

            with Project.open(path) as p:  # a model pre-annotation to confirm, relabel, delete
                p.ensure_annotator("model:test", "model")
                text = p.document(1).text
                spans, pos = [], 0
                for w in text.split(" ")[:60:3]:
                    i = text.find(w, pos)
                    spans.append(Span(i, i + len(w), "ORG", source="model", confidence=0.5))
                    pos = i + len(w) + 1
                p.replace_annotations(1, "model:test", DocAnnotations(entities=spans), action="preannotate",
                                      history=False)
                p.set_meta("model_annotator", "model:test")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        errfile = open(tmp_path / f"win{t}.stderr", "w+b")
        proc = subprocess.Popen([sys.executable, "-c", WINDOW_CHILD, str(path), str(rng.randrange(1 << 30)),
                                 str(settings)], stdout=subprocess.PIPE, stderr=errfile, env=env)
        acked: list[int] = []
        k = rng.randint(1, 30)
        lines = Lines(proc.stdout.fileno())
        while len(acked) < k:
            line = lines.next()
            if line is None:
                break
            if line.startswith("ack "):
                acked.append(int(line[4:]))
        proc.kill()
        proc.wait()
        proc.stdout.close()
        errfile.seek(0)
        err = errfile.read().decode("utf-8", "replace")
        errfile.close()
        if "Traceback" in err:
            raw += 1
            tally.notes.append(err[-600:])
        lo, pa, notes = verify(path, acked)
        checked += len(acked)
        lost += lo
        partial += pa
        tally.notes += notes
    tally.add("SIGKILL during editing (real window)", trials=trials, checked=checked, lost=lost, raw=raw,
              partial=partial)
    assert (lost, raw, partial) == (0, 0, 0), tally.notes[:5]
