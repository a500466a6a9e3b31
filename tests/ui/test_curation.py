"""The curation view (issue 8): columns as in the main view, scrolling together, the current item
outlined everywhere, differences marked, items in words with evidence, click to take, statuses
and flag comments, a ranked document list with agreement, blind review, decisions as history rows.

Driven with keys and the mouse; results read from the SQLite file through another connection."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from annotator.core.model import GOLD, Document
from annotator.services import review
from annotator.services.annotate import AnnotationSession
from annotator.store.project import Project
from annotator.ui.review import ReviewWindow
from annotator.ui.review.column import OUTLINE
from test_review_window import ALL, build  # noqa: E402  (tests/ui is on sys.path)

CTRL = Qt.KeyboardModifier.ControlModifier
HOSTILE = '<b>x</b><img src="file:///etc/passwd">'


def open_review(qtbot, path, **kw) -> ReviewWindow:
    win = ReviewWindow(str(path), "rita", **kw)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # the review keys are window shortcuts
    return win


@pytest.fixture
def team(tmp_path):
    path = tmp_path / "team.annotator"
    ids = build(path)
    return path, ids


def gold(path, doc_id):
    with Project.open(path) as p:
        return sorted((s.start, s.end, s.label) for s in p.annotations(doc_id, GOLD).entities)


def row_of(win, key: str) -> int:
    return [i.key for i in win.items].index(key)


def test_columns_tag_every_span_and_items_read_as_words(qtbot, team):
    path, (agree, some, all_) = team
    win = open_review(qtbot, path, auto_accept=False)
    assert win.doc_id == all_
    with Project.open(path) as p:
        for name in ("alice", "bob", "carol", GOLD):
            shown = [(s.start, s.end, s.label) for s in win.panes[name].article.entities()]
            assert shown == sorted((s.start, s.end, s.label) for s in p.annotations(all_, name).entities), name
    assert win.panes["bob"].article.tag_text("MISC", False)  # drawn with its label tag, as in the main view
    texts = [win.item_list.item(i).text() for i in range(win.item_list.count())]
    assert "≠ «Stellantis»: alice ORG · bob MISC · carol «Stell» ORG → gold ?" in texts
    assert "≠ «Turin»: alice — · bob LOC · carol — → gold ?" in texts
    assert "≠ «Stellantis» sentiment: alice positive · bob — · carol negative → gold ?" in texts
    assert not any("[" in t and ":" in t.split("[")[-1] for t in texts)  # no ORG[0:10]


def test_current_item_outlined_in_every_column_and_differences_marked(qtbot, team):
    path, (agree, some, all_) = team
    win = open_review(qtbot, path, auto_accept=False)
    win.item_list.setCurrentRow(row_of(win, "entity:0-10"))
    for name, pane in win.panes.items():
        assert pane.article.outline == (0, 10), name
        image = pane.article.edit.viewport().grab().toImage()
        outline = QColor(OUTLINE).rgb()
        assert any(image.pixel(x, y) == outline for x in range(0, min(image.width(), 300))
                   for y in range(0, min(image.height(), 40))), name  # painted, not just stored
    marks = {name: {(s, e): kind for s, e, kind in pane.article.marks} for name, pane in win.panes.items()}
    assert marks["alice"][(0, 10)] == "other label" and marks["bob"][(0, 10)] == "other label"
    assert marks["carol"][(0, 10)] == "other boundary"
    assert marks["alice"][(49, 54)] == "missing" and marks["carol"][(49, 54)] == "missing"
    assert marks[GOLD][(0, 10)] == "missing"  # still to decide in gold
    qtbot.keyClick(win.item_list, Qt.Key.Key_2)  # take bob's
    assert (0, 10) not in {(s, e) for s, e, _ in win.panes[GOLD].article.marks}


def test_columns_scroll_together(qtbot, tmp_path):
    text = "".join(f"Paragraphe {i}: Renault et Nissan signent un accord à Paris.\n" for i in range(300))
    path = tmp_path / "long.annotator"
    with Project.create(path) as p:
        p.add_documents([Document(text=text, title="long")])
        for who, label in (("alice", "ORG"), ("bob", "MISC")):
            s = AnnotationSession(p, who)
            for i in range(0, 300, 7):
                a = text.index(f"Paragraphe {i}:") + len(f"Paragraphe {i}: ")
                s.add_entity(1, a, a + 7, label)
            s.accept(1)
    win = open_review(qtbot, path, auto_accept=False)
    alice = win.panes["alice"].article
    bar = alice.edit.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = alice.top_cp()
    assert top > 1000
    for name, pane in win.panes.items():
        line = text.count("\n", 0, pane.article.top_cp())
        assert line == text.count("\n", 0, top), name  # the same paragraph at the top of every column
    win.item_list.setCurrentRow(len(win.items) - 1)  # choosing an item brings it into view everywhere
    last = win.items[-1]
    for pane in win.panes.values():
        a, b = pane.article._visible_q()
        assert a <= pane.article.text_map.to_qt(last.start) < b


def test_click_a_span_in_a_column_takes_it(qtbot, team):
    path, (agree, some, all_) = team
    win = open_review(qtbot, path, auto_accept=False)
    pane = win.panes["bob"]
    eid = next(s.id for s in pane.article.entities() if (s.start, s.end) == (49, 54))
    rect = pane.article.entity_rects(eid)[0]
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert gold(path, all_) == [(49, 54, "LOC")]
    with Project.open(path) as p:
        assert p.history(all_, GOLD)[-1].action == "review-take entity:49-54 from bob"
    eid = next(s.id for s in win.panes["carol"].article.entities() if s.start == 0)
    rect = win.panes["carol"].article.entity_rects(eid)[0]
    qtbot.mouseClick(win.panes["carol"].view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert gold(path, all_) == [(0, 5, "ORG"), (49, 54, "LOC")]
    qtbot.keyClick(win.item_list, Qt.Key.Key_Z, CTRL)  # a decision is a history row: undo works
    assert gold(path, all_) == [(49, 54, "LOC")]
    assert win.statusBar().currentMessage().startswith("Undone: ")


def test_sentiments_and_events_show_their_evidence(qtbot, team):
    path, (agree, some, all_) = team
    from annotator.store.project import event_state, sentiment_state

    with Project.open(path) as p:
        s = ALL.index("publie")
        ann = p.annotations(all_, "alice")
        p.apply(all_, "alice", "evidence", [
            {"layer": "sentiment", "key": "stellantis", "before": sentiment_state(ann.sentiments["stellantis"]),
             "after": {"value": "positive", "name": "Stellantis", "evidence": [[0, len(ALL)]]}},
            {"layer": "event", "key": "earnings", "before": event_state(ann.events["earnings"]),
             "after": {"evidence": [[s, s + 6]]}}])
    win = open_review(qtbot, path, auto_accept=False)
    win.item_list.setCurrentRow(row_of(win, "sentiment:stellantis"))
    assert f"alice: positive: evidence “{ALL}”" in win.detail.toPlainText()
    assert "bob: —" in win.detail.toPlainText() and "carol: negative (no evidence given)" in win.detail.toPlainText()
    assert win.panes["alice"].article._evidence_q  # highlighted in alice's column
    win.item_list.setCurrentRow(row_of(win, "event:earnings"))
    assert "alice: yes: trigger «publie» in “Stellantis publie" in win.detail.toPlainText()


def test_statuses_and_flag_comments_are_visible_and_unfinished_versions_greyed(qtbot, team):
    path, (agree, some, all_) = team
    with Project.open(path) as p:
        d = AnnotationSession(p, "dave")
        d.add_entity(all_, 0, 10, "PER")
        d.set_status(all_, "flagged", "the text is cut off")
    win = open_review(qtbot, path, auto_accept=False)
    assert "pane:dave" not in [win.pane_box.widget(i).objectName() for i in range(win.pane_box.count())]
    labels = {w.objectName(): w for w in win.versions_bar.findChildren(QLabel)}
    dave = labels["version:dave"]
    assert dave.text() == "dave: Flagged “the text is cut off” (not compared)" and not dave.isEnabled()
    assert labels["version:alice"].text() == "alice: Done" and labels["version:alice"].isEnabled()
    assert "dave" not in win.items[0].values  # a flagged version does not vote


def test_document_list_ranked_with_agreement_and_annotators_and_blind_review(qtbot, team):
    path, (agree, some, all_) = team
    win = open_review(qtbot, path, auto_accept=False)
    dl = win.queue_list
    rows = [[dl.item(r, c).text() for c in range(dl.columnCount())] for r in range(dl.rowCount())]
    assert [r[1] for r in rows] == [ALL[:12], "Renault rach", "Walmart et G"]  # most disagreement first
    agreements = [int(r[2].rstrip("%")) for r in rows]
    assert agreements == sorted(agreements) and agreements[-1] == 100
    assert all(r[3] == "alice, bob, carol" for r in rows)
    qtbot.keyClick(win.item_list, Qt.Key.Key_B, CTRL)  # blind review
    assert win.blind_box.isChecked()
    visible = [dl.item(r, c).text() for r in range(dl.rowCount()) for c in range(dl.columnCount())]
    visible += [dl.item(r, 0).toolTip() for r in range(dl.rowCount())]
    visible += [w.text() for w in win.findChildren(QLabel) if w.isVisible()]
    visible += [win.item_list.item(i).text() for i in range(win.item_list.count())]
    visible += [win.detail.toPlainText(), win.statusBar().currentMessage()]
    assert not [t for t in visible if any(n in t for n in ("alice", "bob", "carol"))]
    assert "#1 ORG · #2 MISC · #3 «Stell» ORG" in " ".join(visible)
    qtbot.keyClick(win.item_list, Qt.Key.Key_2)  # keys still take by column: #2 is bob
    assert gold(path, all_) == [(0, 10, "MISC")]


def test_the_window_and_review_auto_give_the_same_gold(qtbot, team, tmp_path):
    path, ids = team
    other = tmp_path / "copy.annotator"
    shutil.copy(path, other)
    with Project.open(other) as p:
        review.auto_review(p, reviewer="rita")
    win = open_review(qtbot, path)  # auto-accept on opening, then n through every document
    for _ in ids:
        qtbot.keyClick(win.item_list, Qt.Key.Key_N)
    win.close()
    with Project.open(path) as a, Project.open(other) as b:
        for d in ids:
            ga, gb = a.annotations(d, GOLD), b.annotations(d, GOLD)
            assert sorted((s.start, s.end, s.label) for s in ga.entities) == \
                   sorted((s.start, s.end, s.label) for s in gb.entities)
            assert {k: v.value for k, v in ga.sentiments.items()} == {k: v.value for k, v in gb.sentiments.items()}
            assert set(ga.events) == set(gb.events)
            assert a.status(d, GOLD)["status"] == b.status(d, GOLD)["status"]


def test_hostile_titles_and_names_are_plain_text(qtbot, tmp_path):
    path = tmp_path / "hostile.annotator"
    with Project.create(path) as p:
        p.add_documents([Document(text="Renault signe à Paris.", title=HOSTILE)])
        for who in (HOSTILE, "bob"):
            s = AnnotationSession(p, who)
            s.add_entity(1, 0, 7, "ORG" if who == "bob" else "MISC")
            s.accept(1)
    win = open_review(qtbot, path, auto_accept=False)
    tip = win.queue_list.item(0, 1).toolTip()
    assert "&lt;b&gt;x&lt;/b&gt;" in tip and "<img" not in tip  # escaped: shown literally
    for w in win.findChildren(QLabel):
        if HOSTILE in w.text():
            assert w.textFormat() == Qt.TextFormat.PlainText, w.objectName()
    assert win.queue_list.item(0, 1).text() == HOSTILE


def test_a_read_only_project_reviews_nothing(qtbot, team, monkeypatch):
    path, (agree, some, all_) = team
    real_open = Project.open
    monkeypatch.setattr(Project, "open", classmethod(lambda cls, p, **k: real_open(p, read_only=True)))
    win = open_review(qtbot, path)
    monkeypatch.undo()
    assert win.windowTitle().endswith("— read-only")
    qtbot.keyClick(win.item_list, Qt.Key.Key_1)
    qtbot.keyClick(win.item_list, Qt.Key.Key_A)
    assert "read-only" in win.statusBar().currentMessage()
    with Project.open(path) as p:
        assert p.annotations(all_, GOLD).is_empty() and p.annotations(agree, GOLD).is_empty()


def test_auto_accept_and_blind_are_remembered(qtbot, team):
    path, (agree, some, all_) = team
    win = open_review(qtbot, path)
    assert win.auto_box.isChecked() and not win.blind_box.isChecked()  # the defaults
    qtbot.mouseClick(win.auto_box, Qt.MouseButton.LeftButton)
    qtbot.keyClick(win.item_list, Qt.Key.Key_B, CTRL)
    win.close()
    again = open_review(qtbot, path)
    assert not again.auto_box.isChecked() and again.blind_box.isChecked()
    again.close()
    with Project.open(path) as p:  # with auto-accept off, opening decided nothing
        assert p.annotations(all_, GOLD).is_empty()
