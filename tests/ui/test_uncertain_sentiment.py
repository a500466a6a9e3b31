"""Uncertain model sentiments look different in the company panel (issue 10): a "?" after the value,
a hollow dot and a tooltip; the annotator's key settles them. Checked through the real window and the
SQLite file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.confidence import UNCERTAIN_BELOW, is_uncertain
from annotator.core.model import CompanySentiment, DocAnnotations, Document, Span
from annotator.store.project import Project

from test_window import click_company

TEXT = "Alpha publie des résultats records.\nBeta change de directeur."
MODEL = "model:fr_core_news_md-3.8.0"


def _project(path: Path) -> Path:
    with Project.create(path) as p:
        ids, _ = p.add_documents([Document(text=TEXT, title="Alpha et Beta", source="test")])
        p.ensure_annotator(MODEL, "model")
        a, b = TEXT.index("Alpha"), TEXT.index("Beta")
        ann = DocAnnotations(
            entities=[Span(a, a + 5, "ORG", source="model", confidence=0.9, company="alpha"),
                      Span(b, b + 4, "ORG", source="model", confidence=0.9, company="beta")],
            sentiments={"alpha": CompanySentiment("alpha", "positive", "Alpha", source="model", confidence=0.86,
                                                  evidence=((0, TEXT.index("\n")),)),
                        "beta": CompanySentiment("beta", "negative", "Beta", source="model", confidence=0.55,
                                                 evidence=((b, len(TEXT)),))},
        )
        p.replace_annotations(ids[0], MODEL, ann, action="preannotate", history=False)
        p.set_meta("model_annotator", MODEL)
    return path


def _row(win, key):
    tree = win.company_panel.tree
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == key)


def test_is_uncertain_below_the_threshold_only():
    assert is_uncertain(UNCERTAIN_BELOW - 0.01) and not is_uncertain(UNCERTAIN_BELOW) and not is_uncertain(None)


def test_uncertain_model_sentiment_is_shown_apart_and_a_key_settles_it(qtbot, open_window, tmp_path):
    path = _project(tmp_path / "u.annotator")
    win = open_window(path)
    sure, doubt = _row(win, "alpha"), _row(win, "beta")
    assert sure.text(1) == "Positive (model 0.86)" and "uncertain" not in sure.toolTip(1)
    assert doubt.text(1) == "Negative? (model 0.55)" and "uncertain" in doubt.toolTip(1)
    assert doubt.font(1).italic() and sure.font(1).italic()  # both still model suggestions
    assert doubt.icon(1).cacheKey() != sure.icon(1).cacheKey()  # hollow dot, not the filled one
    # the annotator confirms the doubtful one with its key: stored as theirs, shown plainly
    click_company(qtbot, win, "beta")
    qtbot.keyClick(win.company_panel.tree, Qt.Key.Key_2)
    with Project.open(path) as p:
        got = p.annotations(1, "alice").sentiments["beta"]
    assert got.value == "negative" and got.source == "manual"
    doubt = _row(win, "beta")
    assert doubt.text(1) == "Negative" and not doubt.font(1).italic() and doubt.toolTip(1) == ""
