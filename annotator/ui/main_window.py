"""The main window: queue, article, side panels, status bar, menus and the document flow.

Every change goes through :class:`~annotator.services.annotate.AnnotationSession`, which writes
the project file (state + history row, one transaction) *before* returning; only then does the
window refresh what it shows. A failed write leaves the screen showing the stored state.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.model import MODEL_PREFIX, Document, Status
from annotator.core.model import DocAnnotations
from annotator.services.annotate import MODEL_ANNOTATOR_KEY, companies
from annotator.services.importer import SUPPORTED as IMPORTABLE
from annotator.services.opening import LazySession
from annotator.services.queue import QueueService, last_history_id
from annotator.store.project import ENTITY, EVENT, SENTIMENT, Project
from annotator.ui.disk_state import DiskState
from annotator.ui.dialogs import CheatSheet, FlagDialog, SettingsDialog, TextDialog
from annotator.ui.live import ChangeWatcher, PresenceGuard
from annotator.ui.lockwait import limit_lock_wait
from annotator.ui.model_menu import install_model_menu
from annotator.ui.sync_control import install_sync_control
from annotator.ui.plain import message_box, warn
from annotator.ui.window_edits import ALL_LAYERS, WRITE_ERRORS, EditsMixin
from annotator.ui.article import ArticleView, EntityEditor
from annotator.ui.article.boilerplate import BoilerplateShade
from annotator.ui.panels import CompanyPanel, EntityPanel, EventPanel, GuidelinesPanel, event_keys
from annotator.ui.queue import QueueWidget
from annotator.ui.settings import Settings
from annotator.ui.tasks import Task
from annotator.ui.theme import STATUS_TITLES, apply_theme, is_dark

IMPORT_FILTER = "Articles (" + " ".join(f"*{ext}" for ext in IMPORTABLE) + ");;All files (*)"
# Actions that write: disabled on a project opened read-only.
WRITING_ACTIONS = ("import", "preannotate", "merge_bundles", "undo", "redo", "redo_y", "label_all_project",
                   "merge", "split", "accept", "skip", "flag")

# Window-level keys (the article view's entity keys are in EntityEditor.SHORTCUTS).
KEYS = {
    "accept": "Ctrl+Return",
    "skip": "Ctrl+Shift+S",
    "flag": "Ctrl+Shift+F",
    "back": "Ctrl+PgUp",
    "next_unfinished": "Ctrl+PgDown",
    "undo": "Ctrl+Z",
    "redo": "Ctrl+Shift+Z",
    "search": "Ctrl+F",
    "label_all_project": "Ctrl+Shift+L",
    "merge": "Ctrl+M",
    "split": "Ctrl+Shift+M",
    "cheatsheet": "F1",
    "open": "Ctrl+O",
    "new": "Ctrl+N",
    "import": "Ctrl+I",
    "preannotate": "Ctrl+Shift+P",
    "settings": "Ctrl+,",
    "quit": "Ctrl+Q",
}


class MainWindow(EditsMixin, QMainWindow):
    documentOpened = Signal(int)
    changed = Signal()  # after every write and refresh

    def __init__(self, project: Project, annotator: str, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self.project = project
        self.annotator = annotator
        self.settings = settings or Settings()
        self.schema = project.schema
        limit_lock_wait(project)  # the UI thread waits ~100 ms at most for another process's lock
        self.session = LazySession(project, annotator)  # writes nothing before the first edit
        self.queue_service = QueueService(project, annotator)
        self.doc_id: int | None = None
        self.doc: Document | None = None
        self.ann = DocAnnotations()  # what is shown: always re-read from the project after a write
        self._history_id = 0  # history rows up to this id are reflected in self.ann
        self._opened_at = time.monotonic()
        self._back: list[int] = []
        self._tasks: list[Task] = []
        self._windows: list[QWidget] = []
        self._closed = False
        self.setObjectName("mainWindow")
        self.read_only = self.session.read_only
        self.setWindowTitle(f"annotator — {project.path.name} — {annotator}"
                            + (" — read-only" if self.read_only else ""))
        self.resize(1280, 860)

        # --- centre: header + article view
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.view = ArticleView(central)  # shows title, metadata and text
        self.view.setObjectName("articleView")
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.editor = EntityEditor(self.view, self)
        self.editor.may_edit = self._editor_may_edit
        self.editor.failed.connect(self._editor_failed)
        self.boilerplate = BoilerplateShade(self)  # greys non-article lines; Ctrl+Shift+B toggles one

        # --- docks
        labels = [(lab.name, lab.display) for lab in (*self.schema.entities, *self.schema.events)]
        self.queue = QueueWidget(self.queue_service, labels, self)
        self.entity_panel = EntityPanel(self)
        self.company_panel = CompanyPanel(self.schema, self)
        self.event_panel = EventPanel(self.schema, self)
        self.guidelines = GuidelinesPanel(self.schema, self)
        self.docks: dict[str, QDockWidget] = {}
        self._dock("Documents", self.queue, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("Entities", self.entity_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self._dock("Companies", self.company_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self._dock("Events", self.event_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self._dock("Guidelines", self.guidelines, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.docks["Events"], self.docks["Guidelines"])
        self.docks["Events"].raise_()
        self.resizeDocks([self.docks["Documents"]], [400], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["Entities"]], [360], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["Entities"], self.docks["Companies"], self.docks["Events"]],
                         [220, 320, 300], Qt.Orientation.Vertical)

        # --- status bar
        self.doc_status_label = QLabel(self)
        self.doc_status_label.setObjectName("docStatusLabel")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.annotator_label = QLabel(f"Annotator: {annotator}", self)
        self.annotator_label.setObjectName("annotatorLabel")
        self.saved_label = QLabel("Saved", self)
        self.saved_label.setObjectName("savedLabel")
        self.model_label = QLabel(self)
        self.model_label.setObjectName("modelLabel")
        for w in (self.doc_status_label, self.progress_label, self.annotator_label, self.saved_label,
                  self.model_label):
            w.setTextFormat(Qt.TextFormat.PlainText)
            self.statusBar().addPermanentWidget(w)

        self._actions: dict[str, QAction] = {}
        self._build_menus()
        self._connect()
        self.apply_appearance()
        self.update_status()
        if self.read_only:
            for name in WRITING_ACTIONS:
                if name in self._actions:
                    self._actions[name].setEnabled(False)
            self.saved_label.setText("Read-only")
        self.disk = DiskState(self)  # edits are synced to disk off the UI thread; the label says when
        self.session.checkpoint_on_accept = self.disk.sync is None  # accept's checkpoint too, off the UI thread
        # other windows and processes: a second window of this annotator is announced; what any
        # other connection commits is re-read (PRAGMA data_version, polled)
        self.presence = PresenceGuard(project.path, annotator, self)
        self.watcher = ChangeWatcher(lambda: self.project.conn, self)
        self.watcher.changed.connect(self._external_change)

    # ================================================================== construction
    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock{title}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        self.docks[title] = dock

    def _action(self, name: str, text: str, slot: Callable[[], Any], key: str | None = None, menu=None) -> QAction:
        act = QAction(text, self)
        act.setObjectName(f"action_{name}")
        key = key if key is not None else KEYS.get(name)
        if key:
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        if menu is not None:
            menu.addAction(act)
        self._actions[name] = act
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu("&File")
        self._action("new", "&New project…", self.new_project, menu=m)
        self._action("open", "&Open project…", self.open_project_dialog, menu=m)
        self.recent_menu = m.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        self._action("import", "&Import…", self.import_files, menu=m)
        self._action("preannotate", "&Pre-annotate…", self.preannotate, menu=m)
        self._action("export_bundle", "&Export my work as a bundle…", self.export_bundle, key="", menu=m)
        self._action("merge_bundles", "&Merge bundles…", self.merge_bundles, key="", menu=m)
        m.addSeparator()
        self._action("settings", "&Settings…", self.show_settings, menu=m)
        m.addSeparator()
        self._action("quit", "&Quit", self.close, menu=m)

        m = mb.addMenu("&Edit")
        self._action("undo", "&Undo", self.undo, menu=m)
        self._action("redo", "&Redo", self.redo, menu=m)
        self._action("redo_y", "Redo (Ctrl+Y)", self.redo, key="Ctrl+Y")
        m.addSeparator()
        self._action("label_all_project", "Label all occurrences in the &project…", self.label_all_in_project, menu=m)
        self._action("merge", "&Merge selected companies", self.company_panel.request_merge, menu=m)
        self._action("split", "&Split off selected mentions", self.company_panel.request_split, menu=m)
        m.addSeparator()
        sm = m.addMenu("Company &sentiment")
        for lab in self.schema.sentiments:
            self._action(f"sentiment_{lab.name}", lab.display,
                         lambda name=lab.name: self.company_panel.set_sentiment_key(name), key=lab.key, menu=sm)
        em = m.addMenu("&Events")
        for lab in self.schema.events:
            key = self.event_panel.keys.get(lab.name, "")
            self._action(f"event_{lab.name}", lab.display, lambda name=lab.name: self.toggle_event(name),
                         key=key, menu=em)

        m = mb.addMenu("&Document")
        self._action("accept", "&Accept and open the next", self.accept_document, menu=m)
        self._action("skip", "&Skip", self.skip_document, menu=m)
        self._action("flag", "&Flag with a comment…", self.flag_document, menu=m)
        m.addSeparator()
        self._action("back", "&Back", self.go_back, menu=m)
        self._action("next_unfinished", "&Next unfinished", self.next_unfinished, menu=m)
        self._action("search", "&Find documents…", self.focus_search, menu=m)

        m = mb.addMenu("&Review")
        self._action("review", "Review &disagreements…", self.open_review, key="", menu=m)
        self._action("agreement", "&Agreement…", self.open_agreement, key="", menu=m)

        m = mb.addMenu("&View")
        for title, dock in self.docks.items():
            m.addAction(dock.toggleViewAction())

        self.model_menu = install_model_menu(self)  # Model: train, models, report, uncertainty (issue 9)
        self.sync_control = install_sync_control(self)  # Team: keep synced, status indicator (issue 14)
        m = mb.addMenu("&Help")
        self._action("cheatsheet", "&Keyboard shortcuts", self.show_cheatsheet, menu=m)
        self._action("guidelines", "&Guidelines", self.show_guidelines, key="", menu=m)

    def _connect(self) -> None:
        self.queue.documentChosen.connect(self.open_document)
        self.entity_panel.entityChosen.connect(self._entity_chosen)
        self.company_panel.mentionChosen.connect(self._entity_chosen)
        self.company_panel.companyChosen.connect(self._company_chosen)
        self.company_panel.sentimentRequested.connect(self.set_sentiment)
        self.company_panel.mergeRequested.connect(self.merge_companies)
        self.company_panel.splitRequested.connect(self.split_company)
        self.event_panel.eventToggled.connect(self.set_event)
        self.event_panel.evidenceRequested.connect(self._show_evidence)
        self.view.entityActivated.connect(self._entity_activated)
        self.editor.changed.connect(self._after_editor_change)
        self.editor.message.connect(lambda msg: self.statusBar().showMessage(msg, 5000))

    # ================================================================== documents
    def start(self) -> None:
        """Open the first unfinished document (called once the window is shown)."""
        if self._closed:
            return
        first = self.queue_service.first()
        if first is not None:
            self.open_document(first)
        else:
            self.statusBar().showMessage("The project has no documents yet: File ▸ Import…", 10000)
        if self.presence.already_open:
            warn(self, "Already open", f"This project is already open for {self.annotator} in another window. "
                 "Edits made in one window appear in the other within a second, but editing the same "
                 "document in both at once can undo each other's work: close one of them.", name="alreadyOpen")

    def open_document(self, doc_id: int, *, remember: bool = True) -> None:
        if doc_id == self.doc_id:
            return
        try:
            doc = self.project.document(doc_id)
            self._leave_document()
            ann = self.session.open(doc_id)  # may write the model's pre-annotation as the start
        except WRITE_ERRORS as exc:
            self._failed(exc)
            return
        if remember and self.doc_id is not None:
            self._back.append(self.doc_id)
            del self._back[:-200]
        self.doc_id, self.doc = doc_id, doc
        self._opened_at = time.monotonic()
        self.ann = ann
        self._history_id = last_history_id(self.project)
        self.view.set_document(doc, ann, self.schema)
        self.editor.set_session(self.session, doc_id)
        self._refresh_panels()
        self.queue.show_current(doc_id)
        self.documentOpened.emit(doc_id)

    def reload_document(self, layers: tuple[str, ...] = ALL_LAYERS) -> None:
        """Re-read ``layers`` of the open document from the project and redraw what shows them
        (a sentiment or event edit does not re-read or redraw 30,000 entities)."""
        if self.doc_id is None:
            return
        self._history_id = last_history_id(self.project)
        if self.session.needs_start(self.doc_id):  # still a preview: re-read what it shows (the model's)
            fresh = self.session.open(self.doc_id)
        else:
            fresh = self.project.annotations(self.doc_id, self.annotator, layers=layers)
        self.ann = DocAnnotations(
            entities=fresh.entities if ENTITY in layers else self.ann.entities,
            sentiments=fresh.sentiments if SENTIMENT in layers else self.ann.sentiments,
            events=fresh.events if EVENT in layers else self.ann.events,
        )
        if ENTITY in layers:
            self.view.set_annotations(self.ann)
        self._refresh_panels(layers)

    def _refresh_panels(self, layers: tuple[str, ...] = ALL_LAYERS) -> None:
        text = self.doc.text if self.doc else ""
        ann = self.ann
        self._show_doc_status()
        if ENTITY in layers:
            self.entity_panel.set_entities(text, ann, self.schema)
            self.company_panel.set_companies(text, companies(text, ann, self.schema.company_label))
        elif SENTIMENT in layers and not self.company_panel.update_sentiments(ann.sentiments):
            self.company_panel.set_companies(text, companies(text, ann, self.schema.company_label))
        if EVENT in layers:
            self.event_panel.set_events(text, ann)

    def _show_doc_status(self) -> None:
        if self.doc_id is None:
            self.doc_status_label.setText("")
            return
        st = self.project.status(self.doc_id, self.annotator)
        status = STATUS_TITLES.get(st["status"], st["status"])
        if st.get("comment"):
            status += f": {st['comment']}"
        self.doc_status_label.setText(f"This document: {status}")

    def _status(self) -> str:
        return self.project.status(self.doc_id, self.annotator)["status"] if self.doc_id is not None else ""

    def _status_changed(self, before: str, doc_id: int | None = None) -> None:
        """Keep the queue row and the counts right without recounting a million rows."""
        doc_id = doc_id if doc_id is not None else self.doc_id
        if doc_id is None:
            return
        after = self.project.status(doc_id, self.annotator)["status"]
        if after != before:
            self.queue_service.adjust_counts(before, after)
            self.queue.refresh(doc_id)
            self.update_status()

    # ================================================================== flow
    def accept_document(self) -> None:
        if self.doc_id is None:
            return
        doc_id = self.doc_id
        if self._write(lambda: self.session.accept(doc_id, add_seconds=self._elapsed()), reload=False,
                       message="Accepted"):
            self._go_next(doc_id)

    def skip_document(self) -> None:
        if self.doc_id is None:
            return
        doc_id = self.doc_id
        if self._write(lambda: self.session.set_status(doc_id, Status.SKIPPED, add_seconds=self._elapsed()),
                       reload=False, message="Skipped"):
            self._go_next(doc_id)

    def flag_document(self) -> None:
        if self.doc_id is None or self.doc is None:
            return
        dialog = FlagDialog(self.doc.title or f"document {self.doc_id}", self)
        doc_id = self.doc_id

        def done(result: int) -> None:
            dialog.deleteLater()
            if result and dialog.value() and self.doc_id == doc_id:
                if self._write(lambda: self.session.set_status(doc_id, Status.FLAGGED, dialog.value(),
                                                               add_seconds=self._elapsed()), reload=False,
                               message="Flagged"):
                    self._go_next(doc_id)

        dialog.finished.connect(done)
        dialog.open()

    def _go_next(self, after: int) -> None:
        nxt = self.queue_service.next_unfinished(after)
        if nxt is None:
            self.reload_document()
            self.statusBar().showMessage("Every document is finished.", 10000)
            return
        self.open_document(nxt)

    def next_unfinished(self) -> None:
        nxt = self.queue_service.next_unfinished(self.doc_id or 0)
        if nxt is None:
            self.statusBar().showMessage("No unfinished document left.", 6000)
        else:
            self.open_document(nxt)

    def go_back(self) -> None:
        target = None
        while self._back and target is None:
            cand = self._back.pop()
            if cand != self.doc_id:
                target = cand
        if target is None and self.doc_id is not None:
            target = self.queue_service.previous(self.doc_id)
        if target is not None:
            self.open_document(target, remember=False)

    def focus_search(self) -> None:
        self.docks["Documents"].show()
        self.queue.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.queue.search.selectAll()

    # ================================================================== view / panels
    def _entity_chosen(self, entity_id: int) -> None:
        self.view.select_entity(entity_id)
        self._entity_activated(entity_id)

    def _entity_activated(self, entity_id: int) -> None:
        self.entity_panel.select(entity_id)
        self.company_panel.select_mention(entity_id)
        self._show_company_evidence()

    def _company_chosen(self, key: str) -> None:
        self._show_company_evidence()

    def _show_company_evidence(self) -> None:
        """The article's evidence highlight is the current company's (none: cleared)."""
        self.view.set_evidence(self.company_panel.evidence_spans())

    def _show_evidence(self, spans: list) -> None:
        if spans:
            self.view.set_evidence([tuple(x) for x in spans])
            self.view.jump_to(*spans[0])

    # ================================================================== status bar
    def update_status(self) -> None:
        p = self.queue_service.progress()
        self.progress_label.setText(f"{p.done:,} of {p.total:,} done")
        model = self.project.get_meta(MODEL_ANNOTATOR_KEY)
        if any(t.title.startswith("Pre-annotat") for t in self._tasks):
            self.model_label.setText("Model: pre-annotating…")
        elif model:
            self.model_label.setText(f"Model: {model.removeprefix(MODEL_PREFIX)}")
        else:
            self.model_label.setText("Model: not run (File ▸ Pre-annotate…)")

    # ================================================================== appearance & help
    def apply_appearance(self) -> None:
        app = QApplication.instance()
        dark = apply_theme(app, self.settings.theme) if app is not None else is_dark(self.settings.theme)
        self.view.set_dark(dark)
        self.view.set_font_size(self.settings.font_size)

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings.font_size, self.settings.theme, self.settings.annotator or self.annotator,
                                self)

        def done(result: int) -> None:
            if result:
                size, theme, name = dialog.values()
                self.settings.font_size = size
                self.settings.theme = theme
                if name:
                    self.settings.annotator = name
                self.apply_appearance()
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        rows: list[tuple[str, str, str]] = []
        rows += [("Entities", k, what) for k, what in self.editor.shortcuts()]
        rows += [("Companies", lab.key, f"sentiment of the selected company: {lab.display}")
                 for lab in self.schema.sentiments]
        rows += [("Companies", KEYS["merge"], "merge the two selected companies"),
                 ("Companies", KEYS["split"], "split the selected mentions off as another company")]
        keys = event_keys(self.schema)
        rows += [("Events", keys[lab.name], f"tick / untick {lab.display}") for lab in self.schema.events
                 if lab.name in keys]
        names = {"accept": "accept (mark done) and open the next", "skip": "skip", "flag": "flag with a comment",
                 "back": "back to the previous document", "next_unfinished": "next unfinished document",
                 "undo": "undo (all layers, kept across restarts)", "redo": "redo", "search": "search documents",
                 "label_all_project": "label all occurrences in the project", "cheatsheet": "this cheat-sheet",
                 "open": "open a project", "new": "new project", "import": "import articles",
                 "preannotate": "pre-annotate with the model", "settings": "settings", "quit": "quit"}
        rows += [("Window", KEYS[k], what) for k, what in names.items()]
        return rows

    def show_cheatsheet(self) -> None:
        dialog = CheatSheet(self.shortcut_rows(), self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def show_guidelines(self) -> None:
        self.docks["Guidelines"].show()
        self.docks["Guidelines"].raise_()

    # ================================================================== projects
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent():
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.switch_project(Path(p)))
        if not self.settings.recent():
            self.recent_menu.addAction("(none)").setEnabled(False)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open project", str(self.project.path.parent),
                                              "Annotator projects (*.annotator);;All files (*)")
        if path:
            self.switch_project(Path(path))

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New project", str(self.project.path.parent / "new.annotator"),
                                              "Annotator projects (*.annotator)")
        if not path:
            return
        try:
            Project.create(Path(path)).close()
        except AnnotatorError as exc:
            warn(self, "New project", str(exc))
            return
        self.switch_project(Path(path))

    def switch_project(self, path: Path) -> "MainWindow | None":
        try:
            project = Project.open(path)
        except AnnotatorError as exc:
            warn(self, "Open project", str(exc))
            return None
        self.settings.add_recent(path)
        win = MainWindow(project, self.annotator, self.settings)
        win.show()
        QTimer.singleShot(0, win.start)
        self.close()
        return win

    # ================================================================== long work
    def run_task(self, title: str, work, on_done: Callable[[str, object], None], *,
                 kept_on_cancel: bool = False) -> Task:
        """``kept_on_cancel``: the work keeps what it finished when cancelled, and ``on_done`` says what."""
        task = Task(self, title, self.project.path, work)
        self._tasks.append(task)

        def finished(outcome: str, payload: object) -> None:
            self._tasks.remove(task)
            task.deleteLater()
            if outcome == "failed":
                TextDialog(title, f"{title} failed; nothing was changed.\n\n{payload}", self).open()
            elif outcome == "cancelled" and not kept_on_cancel:
                self.statusBar().showMessage(f"{title}: cancelled; the project is unchanged.", 8000)
            on_done(outcome, payload)
            self.queue_service.invalidate()
            self.queue.apply_filter()
            self.reload_document()
            self.update_status()

        task.finished.connect(finished)
        task.start()
        self.update_status()
        return task

    def import_files(self, paths: list[str] | None = None) -> Task | None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, "Import articles", str(self.project.path.parent),
                                                    IMPORT_FILTER)
        if not paths:
            return None

        def work(project, progress, cancel):
            from annotator.services.importer import import_paths

            return import_paths(project, [Path(p) for p in paths], progress=progress, cancel=cancel)

        def done(outcome: str, report: object) -> None:
            if outcome == "ok":
                msg = (f"Imported {report.added} new documents from {report.files} files "
                       f"({report.duplicates} duplicates).")
                if report.skipped:
                    TextDialog("Import", msg + "\n\nSkipped:\n" + "\n".join(report.skipped[:500]), self).open()
                self.statusBar().showMessage(msg, 10000)
                if self.doc_id is None:
                    self.start()

        return self.run_task("Importing", work, done)

    def export_bundle(self, path: str | None = None) -> Task | None:
        """Write this annotator's work to a bundle file for the lead to merge (issue 5)."""
        if path is None:
            suggested = self.project.path.with_name(f"{self.project.path.stem}-{self.annotator}.bundle")
            path, _ = QFileDialog.getSaveFileName(self, "Export my work as a bundle", str(suggested),
                                                  "Bundles (*.bundle);;All files (*)")
        if not path:
            return None
        annotator = self.annotator

        def work(project, progress, cancel):
            from annotator.services.bundle import export_bundle

            return export_bundle(project, annotator, path, progress=progress, cancel=cancel)

        def done(outcome: str, report: object) -> None:
            if outcome == "ok":
                self.statusBar().showMessage(report.summary(), 10000)

        return self.run_task("Exporting a bundle", work, done)

    def merge_bundles(self, paths: list[str] | None = None) -> Task | None:
        """Merge bundles from other desktops into this project: all or nothing, idempotent."""
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, "Merge bundles", str(self.project.path.parent),
                                                    "Bundles (*.bundle);;All files (*)")
        if not paths:
            return None

        def work(project, progress, cancel):
            from annotator.services.bundle import merge_bundles

            return merge_bundles(project, list(paths), progress=progress, cancel=cancel)

        def done(outcome: str, report: object) -> None:
            if outcome == "ok":
                TextDialog("Merge bundles", report.summary(), self).open()

        return self.run_task("Merging bundles", work, done)

    def preannotate(self) -> Task:
        from annotator.services.kept import mark, preannotated_since

        started = mark()

        def work(project, progress, cancel):
            from annotator.services.preannotate import preannotate  # spaCy loads here, on the worker thread

            progress(0, 0, "loading the model…")
            return preannotate(project, progress=progress, cancel=cancel)

        def done(outcome: str, report: object) -> None:
            if outcome == "ok":
                self.statusBar().showMessage(
                    f"Pre-annotated {report.processed} documents with {report.annotator} "
                    f"({report.skipped} already done).", 10000)
                if self.doc_id is not None:  # the open document may now start from the model
                    doc_id, self.doc_id = self.doc_id, None
                    self.open_document(doc_id, remember=False)
            elif outcome == "cancelled":  # whole batches are kept: say how many documents
                n = preannotated_since(self.project, started)
                self.statusBar().showMessage(
                    "Pre-annotating: cancelled; nothing was pre-annotated, the project is unchanged." if not n else
                    f"Pre-annotating: cancelled; the {n} document{'s' if n != 1 else ''} pre-annotated before "
                    "the cancel are kept (run it again to do the rest).", 15000)

        return self.run_task("Pre-annotating", work, done, kept_on_cancel=True)

    def label_all_in_project(self) -> Task | None:
        if self.doc_id is None or self.doc is None or not self._begin_edit():
            return None
        needle, label = None, None
        current = self.view.current_entity()
        if isinstance(current, int):
            current = next((s for s in self.session.annotations(self.doc_id).entities if s.id == current), None)
        if current is not None:
            needle, label = self.doc.text[current.start:current.end], current.label
        if not needle or not label:
            self.statusBar().showMessage("Select an entity first: its text and label are used.", 6000)
            return None
        box = QMessageBox(QMessageBox.Icon.Question, "Label all occurrences",
                          f"Label every whole-word occurrence of “{needle}” as {label} in all documents?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("labelAllConfirm")
        annotator = self.annotator

        def work(project, progress, cancel):
            from annotator.services.queue import label_all_in_project

            return label_all_in_project(project, annotator, needle, label, progress=progress, cancel=cancel)

        def done(outcome: str, result: object) -> None:
            if outcome == "ok":
                changed, added = result
                self.disk.committed()
                self.statusBar().showMessage(f"Labelled {added} occurrence{'s' if added != 1 else ''} of “{needle}” "
                                             f"in {changed} document{'s' if changed != 1 else ''}.",
                                             10000)

        def answered(result: int) -> None:
            box.deleteLater()
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.run_task("Labelling all occurrences", work, done)

        box.finished.connect(answered)
        box.open()
        return None

    def open_review(self) -> None:
        try:
            from annotator.ui.review_window import ReviewWindow
        except ImportError:
            self._notice("Review", "The review window is not available in this build.")
            return
        win = ReviewWindow(self.project.path, self.annotator)
        self._windows.append(win)
        win.show()

    def open_agreement(self) -> None:
        try:
            from annotator.ui.agreement_window import AgreementWindow
        except ImportError:
            self._notice("Agreement", "The agreement window is not available in this build.")
            return
        win = AgreementWindow(self.project.path)
        self._windows.append(win)
        win.show()

    def _notice(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()
        return box

    # ================================================================== closing
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1280, 860)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._closed:
            super().closeEvent(event)
            return
        for task in list(self._tasks):
            task.cancel()
            task.worker.wait(10_000)
        self.watcher.stop()
        self.presence.release()
        self._leave_document()
        self.settings.save_geometry(self.saveGeometry(), self.saveState())
        for win in self._windows:
            win.close()
        super().closeEvent(event)
        self._closed = True
        self.disk.stop()
        self.project.close()
