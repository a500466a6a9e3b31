"""The review window: queue order, real keys for every decision, the gold result, positions in Qt."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.core.model import GOLD, Document
from annotator.services.annotate import AnnotationSession
from annotator.store.project import Project
from annotator.ui.review_window import PositionMap, ReviewWindow

AGREE = "Walmart et Google annoncent une alliance à Paris."
SOME = "Renault rachète une usine de Nissan au Japon."
ALL = "Stellantis publie ses résultats 👍 trimestriels à Turin."
TRICKY = "Flash 👍🏽 info\r\nLe groupe Re\u0301nault et Nissan\u00a0SA.\r\n\r\n🚗 Stellantis à Paris.\rFin"


def build(path):
    """Three annotators: full agreement (AGREE), two differences (SOME), nothing in common (ALL)."""
    with Project.create(path) as p:
        p.add_documents(Document(text=t, title=t[:12]) for t in (AGREE, SOME, ALL))
        agree, some, all_ = p.document_ids()
        for who in ("alice", "bob", "carol"):
            s = AnnotationSession(p, who)
            s.add_entity(agree, 0, 7, "ORG")
            s.set_sentiment(agree, "walmart", "positive")
            s.set_event(agree, "partnership", True)
            s.add_entity(some, 0, 7, "ORG")
            s.add_entity(some, 29, 35, "PER" if who == "bob" else "ORG")
            s.set_sentiment(some, "renault", "negative" if who == "carol" else "positive")
            s.set_event(some, "acquisition", True)
        a, b, c = (AnnotationSession(p, w) for w in ("alice", "bob", "carol"))
        a.add_entity(all_, 0, 10, "ORG")
        a.set_sentiment(all_, "stellantis", "positive")
        a.set_event(all_, "earnings", True)
        b.add_entity(all_, 0, 10, "MISC")
        b.add_entity(all_, 49, 54, "LOC")
        b.set_event(all_, "expansion", True)
        stell = c.add_entity(all_, 0, 5, "ORG")
        c.set_company(all_, [stell.id], "stellantis")  # "Stell" is a mention of Stellantis
        c.set_sentiment(all_, "stellantis", "negative")
        for s in (a, b, c):  # only versions marked done vote
            for d in (agree, some, all_):
                s.accept(d)
    return agree, some, all_


@pytest.fixture
def review_window(qtbot, tmp_path):
    path = tmp_path / "team.annotator"
    ids = build(path)
    win = ReviewWindow(str(path), "rita")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # the review keys are window shortcuts
    yield win, path, ids
    win.close()


def key(qtbot, win, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(win.item_list, k, modifier)


def current_key(win):
    item = win.current_item()
    return item.key if item else None


def test_scripted_review_with_keys_writes_the_gold_version(qtbot, review_window):
    win, path, (agree, some, all_) = review_window
    assert win.objectName() == "reviewWindow"
    assert [e.doc_id for e in win.queue] == [all_, some, agree]
    assert win.doc_id == all_
    assert [win.pane_box.widget(i).objectName() for i in range(4)] == ["pane:alice", "pane:bob", "pane:carol",
                                                                       "pane:gold"]
    assert current_key(win) == "entity:0-10"
    key(qtbot, win, Qt.Key.Key_3)  # carol's ORG on "Stell"
    assert current_key(win) == "entity:49-54"
    key(qtbot, win, Qt.Key.Key_R)  # nobody else saw a place there: reject bob's
    assert current_key(win) == "sentiment:stellantis"
    key(qtbot, win, Qt.Key.Key_1)
    assert current_key(win) == "event:earnings"
    key(qtbot, win, Qt.Key.Key_1)
    assert current_key(win) == "event:expansion"
    key(qtbot, win, Qt.Key.Key_R)
    assert not [i for i in win.items if not i.decided]
    key(qtbot, win, Qt.Key.Key_N)  # all decided: marked reviewed, on to the next document
    assert win.doc_id == some
    # auto-accept (on by default) took the agreed Renault span and the acquisition event
    assert {i.key for i in win.items if i.decided} == {"entity:0-7", "event:acquisition"}
    assert current_key(win) == "entity:29-35"
    key(qtbot, win, Qt.Key.Key_Return)  # skip to the next undecided item
    assert current_key(win) == "sentiment:renault"
    key(qtbot, win, Qt.Key.Key_3)  # carol: negative
    assert current_key(win) == "entity:29-35"  # wraps round to what is left
    key(qtbot, win, Qt.Key.Key_1)  # alice: ORG ...
    key(qtbot, win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # ... no: undo
    assert not next(i for i in win.items if i.key == "entity:29-35").decided
    win.item_list.setCurrentRow([i.key for i in win.items].index("entity:29-35"))
    key(qtbot, win, Qt.Key.Key_2)  # bob: PER
    key(qtbot, win, Qt.Key.Key_N)
    assert win.doc_id == agree
    assert all(i.decided for i in win.items)  # fully agreed: accepted on opening
    key(qtbot, win, Qt.Key.Key_N)
    win.close()

    with Project.open(path) as p:
        for doc_id in (agree, some, all_):
            assert p.status(doc_id, GOLD)["status"] == "done"
            assert p.status(doc_id, GOLD)["comment"] == "reviewed by rita"
        g = p.annotations(all_, GOLD)
        assert [(s.start, s.end, s.label) for s in g.entities] == [(0, 5, "ORG")]
        assert {k: v.value for k, v in g.sentiments.items()} == {"stellantis": "positive"}
        assert set(g.events) == {"earnings"}
        g = p.annotations(some, GOLD)
        assert [(s.start, s.end, s.label) for s in g.sorted_entities()] == [(0, 7, "ORG"), (29, 35, "PER")]
        assert g.sentiments["renault"].value == "negative" and set(g.events) == {"acquisition"}
        g = p.annotations(agree, GOLD)
        assert [(s.start, s.end, s.label) for s in g.entities] == [(0, 7, "ORG")]
        assert g.sentiments["walmart"].value == "positive" and set(g.events) == {"partnership"}
        # the annotators' versions are untouched
        assert p.annotations(some, "bob").sentiments["renault"].value == "positive"


def test_edit_and_auto_accept_off(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "team.annotator"
    agree, some, all_ = build(path)
    win = ReviewWindow(str(path), "rita", auto_accept=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # the review keys are window shortcuts
    win.queue_list.setCurrentRow(2)
    assert win.doc_id == agree and not any(i.decided for i in win.items)
    assert all(i.agreed for i in win.items)
    monkeypatch.setattr(win, "ask_edit_value", lambda item: [(0, 7, "MISC")])
    key(qtbot, win, Qt.Key.Key_E)
    assert win.items[0].gold == ((0, 7, "MISC"),)
    key(qtbot, win, Qt.Key.Key_A)  # accept the rest: the event; Walmart is no company in gold (MISC),
    assert [i.kind for i in win.items if not i.decided] == ["sentiment"]  # so its sentiment cannot go in
    win.close()
    with Project.open(path) as p:
        assert [s.label for s in p.annotations(agree, GOLD).entities] == ["MISC"]


def test_position_map_matches_qt(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    pmap = PositionMap(TRICKY)
    view = QPlainTextEdit()
    qtbot.addWidget(view)
    view.setPlainText(pmap.display)
    doc = view.document()
    assert doc.characterCount() - 1 == pmap.to_qt(len(TRICKY))
    cursor = QTextCursor(doc)
    for word in ("Flash", "info", "Re\u0301nault", "Nissan\u00a0SA", "Stellantis", "Paris", "Fin", "👍🏽 info\r\nLe"):
        start = TRICKY.index(word)
        end = start + len(word)
        cursor.setPosition(pmap.to_qt(start))
        cursor.setPosition(pmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        shown = cursor.selectedText().replace("\u2029", "\n")
        assert shown == word.replace("\r\n", "\n"), word
        assert pmap.from_qt(pmap.to_qt(start)) == start


def test_a_200kb_article_opens_fast(qtbot, tmp_path):
    unit = "Stellantis 👍 et Renault signent à Paris.\r\n"
    text = unit * (200_000 // len(unit))
    path = tmp_path / "big.annotator"
    with Project.create(path) as p:
        p.add_documents([Document(text=text, title="big")])
        for who, label in (("alice", "ORG"), ("bob", "MISC")):
            spans = [(i * len(unit), i * len(unit) + 10, label if i % 3 else "ORG") for i in range(len(text) // len(unit))]
            p.ensure_annotator(who)
            p.apply(1, who, "bulk", [{"layer": "entity", "key": None, "before": None,
                                      "after": {"start": s, "end": e, "label": lab}} for s, e, lab in spans])
            p.set_status(1, who, "done")  # only versions marked done vote
    t0 = time.perf_counter()
    win = ReviewWindow(str(path), "rita", auto_accept=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # the review keys are window shortcuts
    elapsed = time.perf_counter() - t0
    assert len(win.items) == len(text) // len(unit)
    t1 = time.perf_counter()
    key(qtbot, win, Qt.Key.Key_1)
    decide = time.perf_counter() - t1
    print(f"200 KB article, {len(win.items)} items: open {elapsed * 1000:.0f} ms, one decision {decide * 1000:.0f} ms")
    assert elapsed < 10 and decide < 5
    win.close()


def test_edit_with_boundaries_selected_in_the_gold_pane(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "team.annotator"
    agree, some, all_ = build(path)
    win = ReviewWindow(str(path), "rita", auto_accept=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert win.doc_id == all_ and current_key(win) == "entity:0-10"
    pane = win.panes[GOLD]
    start = ALL.index("ses")  # select "ses résultats 👍" (after the emoji: UTF-16 positions differ)
    end = ALL.index("👍") + 1
    cursor = pane.view.textCursor()
    cursor.setPosition(pane.map.to_qt(start - 1))  # with the space before: trimmed
    cursor.setPosition(pane.map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    monkeypatch.setattr("annotator.ui.review.window.QInputDialog.getItem", lambda *a, **k: ("MISC", True))
    key(qtbot, win, Qt.Key.Key_E)
    win.close()
    with Project.open(path) as p:
        assert [(s.start, s.end, s.label) for s in p.annotations(all_, GOLD).entities] == [(start, end, "MISC")]
