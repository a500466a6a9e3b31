"""Durability: what ``synchronous=FULL`` costs per edit, against the window's 16 ms action budget.

In WAL mode ``synchronous=NORMAL`` syncs only at checkpoints: an acknowledged edit survives a killed
process but may be lost with the last few seconds on power loss. ``FULL`` syncs the WAL at every
commit, so an acknowledged edit is on disk. Measured here: one label action (``add_entity`` on a
200 KB article with 3,000 entities, then its undo: two commits) with each setting, in a temporary
folder on the system temp dir's disk (its file system is named in the detail), and a
``checkpoint(TRUNCATE)`` (what the window does when idle, on accept and on close).

Run: ``python -m benchmarks --only durability [--quick]``.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result


def _fs_type(folder: Path) -> str:
    try:
        out = subprocess.run(["df", "-T", str(folder)], capture_output=True, text=True, timeout=10).stdout
        return out.splitlines()[1].split()[1]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "unknown"


def _article(n_chars: int, n_ents: int) -> tuple[str, list[tuple[int, int]]]:
    rng = random.Random(0)
    words = "Renault Nissan Paris accord usine hausse marché Bourse société groupe".split()
    text, spans = [], []
    pos = 0
    while pos < n_chars:
        w = rng.choice(words)
        text.append(w)
        pos += len(w) + 1
    s = " ".join(text)
    starts = sorted(rng.sample(range(0, len(s) - 20), n_ents * 3))
    last = -1
    for st in starts:
        st = s.find(" ", st) + 1
        en = s.find(" ", st)
        if st > last and en > st and len(spans) < n_ents:
            spans.append((st, en))
            last = en
    return s, spans


def per_edit_ms(folder: Path, mode: str, edits: int) -> tuple[float, float, float]:
    from annotator.core.model import Document, Span
    from annotator.services.annotate import AnnotationSession
    from annotator.store import connection
    from annotator.store.project import Project

    saved = connection.SYNCHRONOUS
    connection.SYNCHRONOUS = mode
    try:
        path = folder / f"{mode}.annotator"
        text, spans = _article(200_000, 3_000)
        with Project.create(path) as p:
            p.add_documents([Document(text=text)])
            p.ensure_annotator("alice")
            p.replace_annotations(1, "alice", _ann(spans), action="seed", history=False)
        with Project.open(path) as p:
            assert p.conn.execute("PRAGMA synchronous").fetchone()[0] == {"NORMAL": 1, "FULL": 2}[mode]
            s = AnnotationSession(p, "alice")
            free = [i for i in range(len(spans) - 1) if spans[i + 1][0] - spans[i][1] > 12]
            times = []
            for k in range(edits):
                gap = spans[free[k % len(free)]][1] + 1
                start = text.find(" ", gap) + 1
                end = text.find(" ", start)
                t0 = time.perf_counter()
                s.add_entity(1, start, end, "ORG")
                s.undo(1)
                times.append((time.perf_counter() - t0) / 2)
            t0 = time.perf_counter()
            p.checkpoint("TRUNCATE")
            ckpt = time.perf_counter() - t0
        return statistics.median(times) * 1000, sorted(times)[int(len(times) * 0.95)] * 1000, ckpt * 1000
    finally:
        connection.SYNCHRONOUS = saved


def _ann(spans):
    from annotator.core.model import DocAnnotations, Span

    return DocAnnotations(entities=[Span(a, b, "ORG", source="model") for a, b in spans])


def stale_check_ms(folder: Path, actions: int) -> tuple[float, float]:
    """Median store time of one action (add, relabel, delete) with and without the stale-write check
    (each change's ``before`` compared with the stored row), interleaved in one run."""
    from annotator.core.model import Document
    from annotator.services.annotate import AnnotationSession
    from annotator.store import changes
    from annotator.store.project import Project

    path = folder / "stale.annotator"
    text, spans = _article(200_000, 3_000)
    with Project.create(path) as p:
        p.add_documents([Document(text=text)])
        p.ensure_annotator("alice")
        p.replace_annotations(1, "alice", _ann(spans), action="seed", history=False)
    real = changes.stale_changes
    res: dict[bool, list[float]] = {True: [], False: []}
    free = [i for i in range(len(spans) - 1) if spans[i + 1][0] - spans[i][1] > 12]
    with Project.open(path) as p:
        s = AnnotationSession(p, "alice")
        try:
            for k in range(actions):
                on = k % 2 == 0
                changes.stale_changes = real if on else (lambda *a: [])
                start = text.find(" ", spans[free[k % len(free)]][1] + 1) + 1
                end = text.find(" ", start)
                t0 = time.perf_counter()
                e = s.add_entity(1, start, end, "ORG")
                s.relabel(1, e.id, "LOC")
                s.delete_entity(1, e.id)
                res[on].append((time.perf_counter() - t0) / 3 * 1000)
        finally:
            changes.stale_changes = real
    return statistics.median(res[True]), statistics.median(res[False])


def run(quick: bool) -> list[Result]:
    edits = 40 if quick else 200
    with tempfile.TemporaryDirectory(prefix="bench-durability-") as tmp:
        folder = Path(tmp)
        fs = _fs_type(folder)
        normal = per_edit_ms(folder, "NORMAL", edits)
        full = per_edit_ms(folder, "FULL", edits)
        with_check, without = stale_check_ms(folder, 2 * edits)
    detail = f"{edits} label actions + undos on a 200 KB article with 3,000 entities, {fs}"
    return [
        Result("stale-write check per action (median, added)", with_check - without, "ms", "<= 1",
               f"add/relabel/delete at 200 KB, 3,000 entities: {with_check:.2f} ms with the check, "
               f"{without:.2f} ms without (interleaved)"),
        Result("edit with synchronous=NORMAL (median)", normal[0], "ms", "<= 16", f"{detail}; p95 {normal[1]:.1f} ms"),
        Result("edit with synchronous=FULL (median)", full[0], "ms", "<= 16", f"{detail}; p95 {full[1]:.1f} ms"),
        Result("checkpoint(TRUNCATE) after the edits", full[2], "ms", "<= 100",
               f"WAL copied into the main file and emptied ({fs}); NORMAL run: {normal[2]:.1f} ms"),
    ]
