"""Issue 13, item 6: untrusted text is text. Titles, sources, annotator names, flag comments and
company names with markup in them are shown literally by every kind of widget: labels, tooltips
(which guess rich text), message boxes and list/table items, in every window."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QWidget

from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.store.project import Project

HOSTILE = '<b>x</b><img src="file:///etc/passwd">'
TEXT = "Renault signe un accord avec Nissan à Paris."


def build(path):
    with Project.create(path) as p:
        p.add_documents([Document(text=TEXT, title=HOSTILE, source=HOSTILE, url="https://x/" + HOSTILE)])
        for who, label in ((HOSTILE, "ORG"), ("bob", "MISC")):
            s = AnnotationSession(p, who)
            s.add_entity(1, 0, 7, label)
            s.set_event(1, "partnership", True)
            if label == "ORG":
                s.set_sentiment(1, "renault", "positive", name=HOSTILE)
            s.accept(1)
        AnnotationSession(p, "carol").set_status(1, "flagged", HOSTILE)
    return path


def shown_texts(window: QWidget) -> list[tuple[str, str, object]]:
    """(what, text, widget) for every label, tooltip and item text the window can show."""
    out: list[tuple[str, str, object]] = []
    for w in [window, *window.findChildren(QWidget)]:
        if isinstance(w, QLabel):
            out.append(("label", w.text(), w))
        if w.toolTip():
            out.append(("tooltip", w.toolTip(), w))
        if isinstance(w, QMessageBox):
            out.append(("messagebox", w.text(), w))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                cols = model.columnCount(QModelIndex())
            except TypeError:  # a list model
                cols = 1
            for r in range(min(model.rowCount(QModelIndex()), 50)):
                for c in range(cols):
                    idx = model.index(r, c)
                    out.append(("item", str(model.data(idx, Qt.ItemDataRole.DisplayRole) or ""), w))
                    out.append(("tooltip", str(model.data(idx, Qt.ItemDataRole.ToolTipRole) or ""), w))
    return out


def assert_plain(window: QWidget) -> int:
    seen = 0
    for kind, text, w in shown_texts(window):
        if "<b>x</b>" not in text and "&lt;b&gt;" not in text:
            continue
        seen += 1
        if kind in ("label", "messagebox"):
            assert w.textFormat() == Qt.TextFormat.PlainText, (kind, text, w.objectName())
        elif kind == "tooltip":  # a tooltip is rich text when it looks like it: escaped, or no markup
            assert "<b>x</b>" not in text and "<img" not in text, (kind, text, w.objectName())
        # item texts are painted as plain text by the views
    return seen


def test_every_window_shows_hostile_data_as_text(qtbot, tmp_path):
    from annotator.ui.agreement_window import AgreementWindow
    from annotator.ui.main_window import MainWindow
    from annotator.ui.review import ReviewWindow
    from annotator.ui.settings import Settings

    path = build(tmp_path / "hostile.annotator")
    main = MainWindow(Project.open(path), HOSTILE, Settings())
    qtbot.addWidget(main)
    main.show()
    main.start()
    main.company_panel.select_company("renault")
    assert assert_plain(main) >= 3  # the title, the metadata, the annotator in the status bar
    main.switch_project(tmp_path / f"{HOSTILE.replace('/', '_')}.annotator")  # refused: a message box
    assert assert_plain(main) >= 4

    review = ReviewWindow(str(path), HOSTILE)
    qtbot.addWidget(review)
    review.show()
    assert review.items and assert_plain(review) >= 3  # document list, versions, column title, items

    agreement = AgreementWindow(path)
    qtbot.addWidget(agreement)
    agreement.show()
    assert_plain(agreement)
    for w in (agreement, review):
        w.close()
