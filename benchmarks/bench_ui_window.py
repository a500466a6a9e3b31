"""The window: launch to first document shown, queue of a 1,000,000-document project, one
window action (write + redraw). Absolute figures against the goals of the window issue.

* ``launch``: a fresh Python process starts the app on a prepared project (sample article with a
  model pre-annotation) and reports when the window is shown and the first document rendered;
  measured from just before the process is spawned (interpreter start included). The child also
  reports whether spaCy was imported (it must not be).
* ``queue 1M``: the queue widget over a project of 1,000,000 tiny documents (built once with
  ``Project.add_documents_bulk`` in a cache folder under the system temp dir, reused if present;
  ~1 min to build) constructed, counted and painted.
* ``action``: ticking an event with its key on the open window: written to the project file,
  then the panels redrawn.
* ``window: open`` / ``label key``: the whole window (view + panels) on synthetic 2 KB / 200 KB /
  2 MB articles with 30 / 3,000 / 30,000 entities (2 MB skipped with --quick).

Run: ``QT_QPA_PLATFORM=offscreen python -m benchmarks --only ui_window [--quick]``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from benchmarks.common import Result

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "samples" / "walmart-google-alliance.fr.txt"
CACHE = Path(tempfile.gettempdir()) / "annotator-bench"


def _sample_text() -> str:
    if SAMPLE.exists():
        return SAMPLE.read_text(encoding="utf-8")
    return ("Walmart s'associe à Google pour vendre en ligne. Amazon, Costco et Google Express sont cités. "
            * 20)


def prepared_project(folder: Path) -> Path:
    """A few articles; the first with a model pre-annotation (ORG/PER/LOC words, a sentiment, an event)."""
    from annotator.core.model import CompanySentiment, DocAnnotations, Document, EventLabel, Span
    from annotator.core.text import company_key
    from annotator.store.project import Project

    path = folder / "launch.annotator"
    if path.exists():
        return path
    text = _sample_text()
    with Project.create(path) as p:
        ids, _ = p.add_documents([Document(text=text, title="Walmart et Google", source="sample")]
                                 + [Document(text=f"{text[:400]} ({i})", title=f"Article {i}") for i in range(50)])
        model = "model:fr_core_news_md-3.8.0"
        p.ensure_annotator(model, "model")
        ents, taken = [], []
        for word, label in (("Walmart", "ORG"), ("Google", "ORG"), ("Amazon", "ORG"), ("Costco", "ORG"),
                            ("Marc Lore", "PER"), ("Alphabet", "ORG"), ("Whole Foods", "ORG"), ("Lego", "MISC")):
            i = text.find(word)
            while i >= 0 and len(ents) < 30:
                sp = Span(i, i + len(word), label, source="model", confidence=0.8,
                          company=company_key(word) if label == "ORG" else None)
                if not any(sp.overlaps(t) for t in taken):
                    ents.append(sp)
                    taken.append(sp)
                i = text.find(word, i + 1)
        ann = DocAnnotations(entities=ents,
                             sentiments={"walmart": CompanySentiment("walmart", "positive", "Walmart", "model", 0.6)},
                             events={"partnership": EventLabel("partnership", "model", 0.7)})
        p.replace_annotations(ids[0], model, ann, action="preannotate", history=False)
        p.set_meta("model_annotator", model)
    return path


def big_project(n: int) -> Path:
    """``n`` tiny documents (10% done, 1% flagged by ``bench``), built once and cached."""
    from annotator.core.model import content_hash
    from annotator.store.project import Project

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"queue-{n}.annotator"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    with Project.create(tmp) as p:
        p.ensure_annotator("bench")
        batch = 50_000
        for lo in range(0, n, batch):
            rows = []
            for i in range(lo, min(n, lo + batch)):
                text = f"Article {i}: Walmart et Google, dépêche numéro {i}."
                rows.append((content_hash(text), text, f"Dépêche {i}", "AFP", "", "2024-01-01", "{}"))
            p.add_documents_bulk(rows)
        with p.write() as conn:
            conn.execute(
                "INSERT INTO doc_status(doc_id, annotator, status, comment, seconds, updated_at) "
                "SELECT id, 'bench', CASE WHEN id % 100 = 0 THEN 'flagged' ELSE 'done' END, '', 0, '' "
                "FROM documents WHERE id % 10 = 0")
        p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.rename(path)
    return path


def synthetic_article(n_chars: int, n_ents: int, seed: int = 0) -> tuple[str, list]:
    """French-like filler with company, place and person names; ``n_ents`` model entities."""
    import random

    from annotator.core.model import Span

    rnd = random.Random(seed)
    names = [("Walmart", "ORG"), ("Google", "ORG"), ("Amazon", "ORG"), ("Renault", "ORG"), ("Nissan", "ORG"),
             ("Paris", "LOC"), ("Lyon", "LOC"), ("Marc Lore", "PER")]
    filler = "Le marché de la distribution évolue rapidement cette année. "
    parts, ents, pos = [], [], 0
    while pos < n_chars:
        word, label = rnd.choice(names)
        piece = f"{filler}{word} annonce des résultats. "
        start = pos + len(filler)
        if len(ents) < n_ents:
            ents.append(Span(start, start + len(word), label, source="model", confidence=0.9))
        parts.append(piece)
        pos += len(piece)
        if len(parts) % 5 == 0:
            parts.append("\n")
            pos += 1
    return "".join(parts), ents


def long_articles(work: Path, app, quick: bool) -> list[Result]:
    """The whole window (article view + panels + status) on long articles: open, and one label key."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from annotator.core.model import DocAnnotations, Document
    from annotator.store.project import Project
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    specs = [(2_000, 30, 20), (200_000, 3_000, 100)] + ([] if quick else [(2_000_000, 30_000, 500)])
    path = work / "long.annotator"
    ids = []
    with Project.create(path) as p:
        p.ensure_annotator("bench")
        for n, k, _goal in specs:
            text, ents = synthetic_article(n, k)
            (doc_id,), _ = p.add_documents([Document(text=text, title=f"{n:,} characters")])
            p.replace_annotations(doc_id, "bench", DocAnnotations(entities=ents), action="bench", history=False)
            ids.append(doc_id)
    win = MainWindow(Project.open(path), "bench", Settings())
    win.resize(1400, 900)
    win.show()
    win.activateWindow()
    QTest.qWaitForWindowActive(win)
    app.processEvents()
    out = []
    for doc_id, (n, k, goal) in zip(ids, specs):
        opens = []
        for _ in range(3):
            win.doc_id = None  # force a real reopen
            t0 = time.perf_counter()
            win.open_document(doc_id)
            app.processEvents()
            opens.append(time.perf_counter() - t0)
        out.append(Result(f"window: open {n // 1000:,} KB article, {k:,} entities", min(opens) * 1000, "ms",
                          f"<= {goal}", "article view + entity/company/event panels + status, painted"))
        if n > 200_000:
            continue
        ents = win.ann.entities
        acts = []
        for j in range(9):
            win.view.select_entity(ents[10 + j].id)
            win.view.edit.setFocus()
            t0 = time.perf_counter()
            QTest.keyClick(win.view.edit, Qt.Key.Key_M)  # relabel (an ORG leaves its company)
            app.processEvents()
            acts.append(time.perf_counter() - t0)
        acts.sort()
        stored = Project.open(path)
        ok = [s.label for s in stored.annotations(doc_id, "bench").entities[10:19]] == ["MISC"] * 9
        stored.close()
        out.append(Result(f"window: label key on the {n // 1000:,} KB article (median)", acts[len(acts) // 2] * 1000,
                          "ms", "<= 16", f"write + view + panels redrawn; stored: {ok}"))
    win.close()
    app.processEvents()
    return out


LAUNCH = textwrap.dedent("""
    import os, sys, time
    from PySide6.QtCore import QSettings
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {settings!r})
    from annotator.ui.app import application, open_window
    app = application()
    win = open_window({project!r}, "bench")
    win.show()
    win.start()
    app.processEvents()
    win.repaint()
    app.processEvents()
    shown = time.time()
    print("READY", shown, win.doc_id, "spacy" in sys.modules)
    sys.stdout.flush()
    win.close()
""")


def launch_seconds(project: Path, settings: Path, repeat: int) -> tuple[float, bool]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    code = LAUNCH.format(settings=str(settings), project=str(project))
    times, spacy = [], False
    for _ in range(repeat):
        t0 = time.time()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                             timeout=120)
        line = next((x for x in out.stdout.splitlines() if x.startswith("READY")), None)
        if line is None:
            raise RuntimeError(f"the window did not start:\n{out.stderr[-2000:]}")
        _, shown, doc_id, has_spacy = line.split()
        if doc_id == "None":
            raise RuntimeError("the window opened no document")
        times.append(float(shown) - t0)
        spacy = spacy or has_spacy == "True"
    return min(times), spacy


def run(quick: bool) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.services.queue import QueueService
    from annotator.store.project import Project

    results: list[Result] = []
    work = Path(tempfile.mkdtemp(prefix="bench-ui-window-"))
    settings = work / "settings"
    settings.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    app = QApplication.instance() or QApplication([])

    # --- launch to first document shown (fresh process each time)
    project = prepared_project(work)
    with Project.open(project) as p:
        n_ents = len(p.annotations(1, p.get_meta("model_annotator")).entities)
        n_chars = len(p.document(1).text)
    secs, spacy = launch_seconds(project, settings, 2 if quick else 5)
    results.append(Result("launch to first document shown", secs * 1000, "ms", "<= 1000",
                          f"fresh process, {n_chars:,}-char article with {n_ents} entities; "
                          f"spaCy imported: {spacy}"))

    # --- queue of a big project painted
    n = 100_000 if quick else 1_000_000
    t0 = time.perf_counter()
    big = big_project(n)
    built = time.perf_counter() - t0
    from annotator.ui.queue import QueueWidget

    times = []
    for _ in range(3 if quick else 5):
        with Project.open(big) as p:
            t0 = time.perf_counter()
            w = QueueWidget(QueueService(p, "bench"), [("ORG", "Organisation")])
            w.resize(420, 800)
            w.show()
            w.repaint()
            app.processEvents()
            times.append(time.perf_counter() - t0)
            rows = w.model.rowCount()
            counts = w.counts.text()
            w.close()
            w.deleteLater()
            app.processEvents()
    results.append(Result(f"queue of {n:,} documents painted", min(times) * 1000, "ms", "<= 200",
                          f"first page {rows} rows, counts '{counts.splitlines()[0]}'"
                          + (f"; project built in {built:.0f} s" if built > 1 else "; cached project")))

    # --- launch on the big project
    secs, _ = launch_seconds(big, settings, 2 if quick else 3)
    results.append(Result(f"launch on {n:,} documents to first document shown", secs * 1000, "ms", "<= 1000",
                          "fresh process"))

    # --- one window action: tick an event with its key (write + redraw)
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    win = MainWindow(Project.open(project), "bench-action", Settings())
    win.show()
    win.activateWindow()
    QTest.qWaitForWindowActive(win)
    win.start()
    app.processEvents()
    act = []
    for i in range(20):
        t0 = time.perf_counter()
        QTest.keyClick(win.entity_panel, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        app.processEvents()
        act.append(time.perf_counter() - t0)
    ann = win.session.annotations(win.doc_id)
    ok = (len(act) % 2 == 0) == ("acquisition" not in ann.events)
    act.sort()
    results.append(Result("event key: write + redraw (median)", act[len(act) // 2] * 1000, "ms", "<= 16",
                          f"sample article, {len(ann.entities)} entities; stored state consistent: {ok}"))
    win.close()
    app.processEvents()

    results += long_articles(work, app, quick)
    (work / "result.json").write_text(json.dumps([r.__dict__ for r in results]), encoding="utf-8")
    return results


if __name__ == "__main__":
    for r in run(quick="--quick" in sys.argv):
        print(f"{r.name}: {r.value:.1f} {r.unit} (goal {r.goal}) {r.detail}")
