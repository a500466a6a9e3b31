"""Smoke mode (``annotator smoke``): the whole app once, end to end, as an installed bundle runs it.

1. create a project from the packaged sample articles (import only);
2. open and show the real window (the app's own start path: icon, settings, first document),
   and note whether spaCy was imported before its first paint (it must not be);
3. load the spaCy pipeline in the background, as a normal start does, and wait until it is ready;
4. pre-annotate one article through the window's own task (worker thread, progress);
5. write an edit (relabel the first model entity, or label a word) and accept the article;
6. export a DocBin (train.spacy + dev.spacy) and read it back;
7. check spaCy's package metadata, entry points and registries (:mod:`annotator.nlp.selfcheck`).

Each step prints a line with its time since launch (creating the project is part of that time;
the report's ``launch_to_window_s`` and ``launch_to_preannotation_ready_s`` leave it out: they are
what opening an existing project costs) (``ANNOTATOR_LAUNCH_T0``: seconds since the
epoch, set by whoever starts the process; else the time this module was imported). ``--report``
writes the same as JSON. Exit 0 when every step passed, 1 otherwise (the failing step is named).
Run it offscreen: ``QT_QPA_PLATFORM=offscreen annotator smoke``.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from annotator import __version__

_T0 = float(os.environ.get("ANNOTATOR_LAUNCH_T0") or time.time())
SMOKE_ANNOTATOR = "smoke"
WAIT_S = 600  # generous: spaCy loads in seconds; a bundle missing something fails, it does not hang


class SmokeFailed(Exception):
    pass


class FirstPaint(QObject):
    """Notes the time of the first Paint event of ``window`` (or any of its children)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.at: float | None = None
        self.spacy_loaded: bool | None = None

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if self.at is None and event.type() == QEvent.Type.Paint and isinstance(obj, QObject):
            w = obj
            while w is not None and w is not self.window:
                w = w.parent() if hasattr(w, "parent") else None
            if w is self.window:
                self.at = time.time()
                self.spacy_loaded = "spacy" in sys.modules
        return False


class Smoke:
    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.steps: list[dict] = []
        self.facts: dict = {"version": __version__, "frozen": bool(getattr(sys, "frozen", False)),
                            "python": sys.version.split()[0], "platform": sys.platform}

    def step(self, name: str, what: str, **data) -> None:
        t = time.time() - _T0
        self.steps.append({"step": name, "t": round(t, 3), "what": what, **data})
        print(f"smoke: t+{t:6.2f}s {name}: {what}", flush=True)

    def wait(self, done, what: str) -> None:
        """Run the event loop until ``done()`` is true (checked on every event batch)."""
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(20)
        deadline = time.monotonic() + WAIT_S
        timer.timeout.connect(lambda: loop.quit() if done() or time.monotonic() > deadline else None)
        timer.start()
        if not done():
            loop.exec()
        timer.stop()
        if not done():
            raise SmokeFailed(f"{what}: not done after {WAIT_S} s")

    def run(self) -> None:
        from annotator.services.demo import build_demo
        from annotator.ui.app import application, open_window
        from annotator.ui.preload import Preload
        from annotator.ui.settings import Settings

        self.step("start", f"annotator {__version__} ({'frozen bundle' if self.facts['frozen'] else 'Python'} "
                           f"{self.facts['python']}, {sys.platform}, Qt platform "
                           f"{os.environ.get('QT_QPA_PLATFORM', 'default')})")
        app = application()
        path = self.workdir / "smoke.annotator"
        t = time.perf_counter()
        demo = build_demo(path, preannotate=False)
        self.facts["project"] = str(path)
        self.facts["project_s"] = round(time.perf_counter() - t, 3)
        self.step("project", f"created {path.name} from {demo.imported.files} sample files: "
                             f"{demo.imported.added} documents ({time.perf_counter() - t:.2f} s)",
                  documents=demo.imported.added)

        settings = Settings(QSettings(str(self.workdir / "settings.ini"), QSettings.Format.IniFormat))
        window = open_window(path, SMOKE_ANNOTATOR, settings)
        paint = FirstPaint(window)
        app.installEventFilter(paint)
        window.show()
        window.start()
        self.wait(lambda: paint.at is not None, "first paint of the window")
        app.removeEventFilter(paint)
        self.facts["window_s"] = round(paint.at - _T0, 3)
        # what a user opening an existing project waits for: the same, less creating the project
        self.facts["launch_to_window_s"] = round(self.facts["window_s"] - self.facts["project_s"], 3)
        self.facts["spacy_before_paint"] = paint.spacy_loaded
        if window.windowIcon().isNull():
            raise SmokeFailed("the window has no icon")
        self.step("window", f"shown and painted at t+{paint.at - _T0:.2f}s; spaCy imported before the "
                            f"first paint: {'YES' if paint.spacy_loaded else 'no'}; icon sizes "
                            f"{sorted(s.width() for s in window.windowIcon().availableSizes())}")
        if paint.spacy_loaded:
            raise SmokeFailed("spaCy was imported before the window's first paint")

        preload = Preload(path, app)
        preload.start()
        self.wait(lambda: preload.done, "loading the spaCy pipeline in the background")
        if preload.error:
            raise SmokeFailed(f"the pipeline did not load: {preload.error}")
        self.facts["preannotation_ready_s"] = round(time.time() - _T0, 3)
        self.facts["launch_to_preannotation_ready_s"] = round(
            self.facts["preannotation_ready_s"] - self.facts["project_s"], 3)
        self.step("pipeline", f"{preload.report.pipeline} ({', '.join(preload.report.components)}) loaded "
                              f"in the background in {preload.report.seconds:.2f} s: pre-annotation ready")

        doc_id = window.doc_id
        if doc_id is None:
            raise SmokeFailed("the window opened no document")
        outcome: dict = {}

        def work(project, progress, cancel):
            from annotator.services.preannotate import preannotate

            return preannotate(project, doc_ids=[doc_id], progress=progress, cancel=cancel)

        t = time.perf_counter()
        window.run_task("Pre-annotating one article", work, lambda o, r: outcome.update(outcome=o, report=r))
        self.wait(lambda: "outcome" in outcome, "pre-annotating one article")
        if outcome["outcome"] != "ok":
            raise SmokeFailed(f"pre-annotation {outcome['outcome']}: {outcome['report']}")
        report = outcome["report"]
        self.step("preannotate", f"document {doc_id} by {report.annotator}: {report.entities} entities "
                                 f"({time.perf_counter() - t:.2f} s)", entities=report.entities)
        if report.processed != 1:
            raise SmokeFailed(f"pre-annotated {report.processed} documents, expected 1")

        window.doc_id = None  # reopen: the annotator starts from the model's version
        window.open_document(doc_id, remember=False)
        self.edit(window, doc_id)

        from annotator.services.export import export
        from annotator.services.warmup import check_installation

        out = self.workdir / "export"
        t = time.perf_counter()
        exported = export(window.project, out)
        counts = docbin_counts(out)
        self.step("export", f"{', '.join(f'{n} ({c} docs)' for n, c in counts.items())} in {out.name}/ "
                            f"({time.perf_counter() - t:.2f} s)", docs=counts)
        if sum(counts.values()) < 1 or not exported.files:
            raise SmokeFailed("the export wrote no document")

        for fact in check_installation():
            self.step("spacy", fact)
        window.close()
        app.processEvents()

    def edit(self, window, doc_id: int) -> None:
        """Relabel the first model entity (or label the first word) and accept: two history rows."""
        session = window.session
        if not window._begin_edit():  # the window's own first-edit path: the name is stored now
            raise SmokeFailed(f"the window refused to edit: {window.statusBar().currentMessage()}")
        ann = session.annotations(doc_id)
        labels = window.schema.entity_names
        if ann.entities:
            first = ann.entities[0]
            label = next((x for x in labels if x != first.label), first.label)
            wrote = window._write(lambda: session.relabel(doc_id, first.id, label))
            what = f"relabelled {window.doc.text[first.start:first.end]!r} {first.label} -> {label}"
        else:
            text = window.doc.text
            end = next((i for i, ch in enumerate(text) if ch.isspace()), len(text))
            wrote = window._write(lambda: session.add_entity(doc_id, 0, end, labels[0]))
            what = f"labelled {text[:end]!r} {labels[0]}"
        if not wrote:
            raise SmokeFailed(f"the edit was not saved: {window.saved_label.text()}")
        window.accept_document()  # Ctrl+Return: mark done, open the next
        status = window.project.status(doc_id, SMOKE_ANNOTATOR)["status"]
        self.step("edit", f"{what}; accepted (status {status})")
        self.facts["edited_document"] = doc_id


def docbin_counts(out: Path) -> dict[str, int]:
    from spacy.tokens import DocBin

    return {f.name: len(DocBin().from_disk(f)) for f in sorted(out.glob("*.spacy"))}


def main(workdir: str | None = None, report: str | None = None) -> int:
    own = workdir is None
    folder = Path(tempfile.mkdtemp(prefix="annotator-smoke-")) if own else Path(workdir)
    folder.mkdir(parents=True, exist_ok=True)
    smoke = Smoke(folder)
    ok = False
    try:
        smoke.run()
        ok = True
    except Exception as exc:  # noqa: BLE001 - every failure is reported with its step
        smoke.step("FAILED", f"{type(exc).__name__}: {exc}")
        traceback.print_exc()
    smoke.facts["ok"] = ok
    smoke.facts["total_s"] = round(time.time() - _T0, 3)
    if report:
        Path(report).write_text(json.dumps({**smoke.facts, "steps": smoke.steps}, indent=2), encoding="utf-8")
    print(f"smoke: {'ok' if ok else 'FAILED'} in {smoke.facts['total_s']:.2f} s"
          + (f"; project left in {folder}" if not own or not ok else ""), flush=True)
    if own and ok:
        shutil.rmtree(folder, ignore_errors=True)
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    return 0 if ok else 1
