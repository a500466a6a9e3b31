"""Starting the window: QApplication, annotator name (asked once), project, main window.

Nothing here imports spaCy: the window is usable before any model loads; once it is painted, the
pipeline loads on a worker thread (:mod:`annotator.ui.preload`) so pre-annotation starts at once.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from annotator import __version__
from annotator.core.errors import AnnotatorError
from annotator.services.opening import is_read_only, known_annotators
from annotator.store.project import Project
from annotator.ui.dialogs import AnnotatorNameDialog
from annotator.ui.icon import app_icon
from annotator.ui.main_window import MainWindow
from annotator.ui.plain import Button, Icon, message_box
from annotator.ui.preload import start_preload
from annotator.ui.settings import Settings

_preloads: list = []  # keeps the background loads referenced until the process ends


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("annotator")  # Wayland/X11: match annotator.desktop (icon, file types)
    app.setWindowIcon(app_icon())
    return app


def ask_annotator(settings: Settings, given: str | None = None, default: str = "") -> str | None:
    """The annotator name: given on the command line, else remembered, else asked (and remembered)."""
    if given and given.strip():
        return given.strip()
    if settings.annotator:
        return settings.annotator
    dialog = AnnotatorNameDialog(default)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    settings.annotator = dialog.value()
    return dialog.value()


def confirm_annotator(project: Project, name: str, parent: QWidget | None = None) -> bool:
    """A name the project does not know yet (a newcomer, or a typo): ask before using it. Nothing
    is written here; the name is stored with that person's first edit."""
    if project.annotator_kind(name) is not None or is_read_only(project):
        return True
    known = known_annotators(project)
    if not known:
        return True  # the project's first annotator: nothing to confuse the name with
    box = message_box(parent, Icon.Question, "New annotator?",
                      f"“{name}” has not annotated this project yet.\n\nAnnotators so far: {', '.join(known)}."
                      f"\n\nStart as the new annotator “{name}”? (Nothing is saved under this name until "
                      "your first edit.)", Button.Yes | Button.No, name="newAnnotatorConfirm")
    box.setDefaultButton(Button.No)
    return box.exec() == Button.Yes


def open_window(project_path: Path, annotator: str, settings: Settings | None = None) -> MainWindow:
    settings = settings or Settings()
    project = Project.open(project_path)
    settings.add_recent(project_path)
    window = MainWindow(project, annotator, settings)
    window.setWindowIcon(app_icon())
    geometry = settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    return window


def default_project(settings: Settings) -> Path:
    """No project named (the desktop menu entry): the most recent one still there, else the demo
    project of the packaged samples in the user's data folder (imported, not pre-annotated)."""
    for recent in settings.recent():
        if Path(recent).is_file():
            return Path(recent)
    from PySide6.QtCore import QStandardPaths

    from annotator.services.demo import build_demo

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "demo.annotator"
    build_demo(path, preannotate=False)
    return path


def main(project_path: str | Path | None, annotator: str | None = None, *, default_name: str = "",
         preload: bool = True) -> int:
    app = application()
    settings = Settings()
    name = ask_annotator(settings, annotator, default_name)
    if not name:
        return 1
    try:
        path = Path(project_path) if project_path else default_project(settings)
        window = open_window(path, name, settings)
    except AnnotatorError as exc:
        message_box(None, Icon.Critical, "annotator", str(exc)).exec()
        print(f"annotator: error: {exc}", file=sys.stderr)
        return 2
    if not confirm_annotator(window.project, name, window):
        window.close()
        print(f"annotator: {name!r} is not an annotator of this project; nothing was changed "
              "(pass --annotator NAME, or answer Yes to start as a new annotator)", file=sys.stderr)
        return 1
    window.show()
    QTimer.singleShot(0, window.start)
    if preload:  # after the first paint: spaCy never delays the window
        QTimer.singleShot(0, lambda: _preloads.append(start_preload(window)))
    return app.exec()
