"""The agreement window: figures of a synthetic three-annotator project, plots, exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.store.project import Project
from tests.test_agreement import TEXTS, mark


def build(path: Path) -> Path:
    with Project.create(path) as project:
        ids, _ = project.add_documents(Document(text=t, title=f"doc {i}") for i, t in enumerate(TEXTS, 1))
        s = {n: AnnotationSession(project, n) for n in ("alice", "bob", "carol")}
        d1, d2, d3, _ = ids
        t1, t2, t3, _ = TEXTS
        mark(s["alice"], d1, t1, [("Renault", "ORG"), ("Nissan", "ORG"), ("Paris", "LOC")],
             {"renault": "positive", "nissan": "positive"}, ["partnership"])
        mark(s["bob"], d1, t1, [("Renault", "ORG"), ("Nissan", "ORG"), ("Paris", "LOC")],
             {"renault": "positive", "nissan": "neutral"}, ["partnership"])
        mark(s["carol"], d1, t1, [("Renault", "ORG"), ("Nissan signent", "ORG", "nissan"), ("Paris", "LOC")],
             {"renault": "positive", "nissan": "mixed"}, ["partnership"])
        mark(s["alice"], d2, t2, [("Stellantis", "ORG"), ("Carlos Tavares", "PER")], {"stellantis": "positive"},
             ["earnings"])
        mark(s["bob"], d2, t2, [("Stellantis", "ORG"), ("Tavares", "PER")], {"stellantis": "positive"},
             ["earnings"])
        mark(s["carol"], d2, t2, [("Stellantis", "ORG"), ("Carlos Tavares", "PER")], {"stellantis": "positive"})
        mark(s["alice"], d3, t3, [("Carrefour", "ORG"), ("Lyon", "LOC")], {"carrefour": "negative"}, ["layoffs"])
        mark(s["bob"], d3, t3, [("Carrefour", "ORG")], {"carrefour": "negative"}, ["layoffs"])
        mark(s["carol"], d3, t3, [("Carrefour", "ORG"), ("Lyon", "LOC")], {}, ["layoffs", "expansion"])
    return path


@pytest.fixture
def agreement_project(tmp_path) -> Path:
    return build(tmp_path / "agreement.annotator")


def open_window(qtbot, path, **kwargs):
    from annotator.ui.agreement_window import AgreementWindow

    win = AgreementWindow(str(path), **kwargs)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=10_000)
    return win


def cell(table, row: int, header: str) -> str:
    col = next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == header)
    return table.item(row, col).text()


def test_window_shows_the_figures_computed_off_the_ui_thread(qtbot, agreement_project):
    win = open_window(qtbot, agreement_project)
    assert win.objectName() == "agreementWindow" and win.error is None
    assert win.report is not None and win.report.annotators == ["alice", "bob", "carol"]
    assert "0.545" in win.summary.text() and "0.773" in win.summary.text()
    ents = win.entity_table
    assert ents.rowCount() == 4  # three pairs and the mean
    assert ents.item(0, 0).text() == "alice ~ bob"
    assert cell(ents, 0, "all: exact") == f"{10 / 13:.3f}" and cell(ents, 0, "PER: overlap") == "1.000"
    assert cell(ents, 0, "MISC: exact") == "n/a"
    sen = win.sentiment_table
    assert sen.item(0, 0).text() == "alice ~ bob" and sen.item(0, 1).text() == f"{5 / 9:.3f}"
    ev = win.event_table
    row = next(r for r in range(ev.rowCount()) if ev.item(r, 0).text() == "earnings")
    assert cell(ev, row, "Fleiss' κ") == f"{10 / 28:.3f}"
    assert win.doc_table.rowCount() == 3
    # the plots carry the same figures
    assert win.entity_chart.rows[0] == ("all labels", [pytest.approx((10 / 13 + 6 / 7 + 8 / 13) / 3),
                                                       pytest.approx((12 / 13 + 1 + 12 / 13) / 3)])
    assert ("α nominal", [pytest.approx(6 / 11)]) in win.sentiment_chart.rows
    win.tabs.setCurrentIndex(1)
    image = win.grab()
    assert not image.isNull() and image.width() > 500


def test_export_buttons_write_the_service_formats(qtbot, agreement_project, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    win = open_window(qtbot, agreement_project)
    out = win.export("json", tmp_path / "a.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["sentiment"]["alpha_ordinal"] == pytest.approx(17 / 22)
    target = tmp_path / "chosen.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    win.export_buttons["html"].click()
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "c.csv"), "")))
    win.export_buttons["csv"].click()
    assert (tmp_path / "c.csv").read_text(encoding="utf-8").startswith("section,measure")
    assert win.export("json", tmp_path / "no" / "such" / "dir.json") is None  # error shown, no crash
    assert "E590" in win.statusBar().currentMessage()


def test_recompute_with_other_choices_and_errors_shown(qtbot, agreement_project):
    win = open_window(qtbot, agreement_project)
    win.annotators_edit.setText("alice, bob")
    qtbot.mouseClick(win.compute_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.is_busy() and win.report.annotators == ["alice", "bob"], timeout=10_000)
    assert win.entity_table.rowCount() == 2
    win.model_check.setChecked(True)
    win.compute()
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=10_000)
    assert win.report is None and "E261" in win.summary.text()
    assert not win.export_buttons["json"].isEnabled() and win.entity_table.rowCount() == 0


def test_closing_while_computing_waits_for_the_worker(qtbot, agreement_project):
    from annotator.ui.agreement_window import AgreementWindow

    win = AgreementWindow(str(agreement_project))
    qtbot.addWidget(win)
    assert win.is_busy()  # computing started on construction, off the UI thread
    win.close()
    assert win._worker is None or win._worker.isFinished()
