"""Entity correction by keyboard and mouse in the real ArticleView; results read back from the
SQLite file through a second connection (what is on disk, not what the widget holds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.resources import default_schema
from annotator.core.model import MANUAL, MODEL, DocAnnotations, Document, Span
from annotator.services.annotate import AnnotationSession
from annotator.store.project import Project
from annotator.ui.article import SHORTCUTS, ArticleView, EntityEditor
from tests.conftest import TRICKY_TEXT

ME = "alice"
PRE = "model:fr_core_news_md-3.8.0"
GOOGLE = "Walmart s'associe à Google.\r\nGoogle Express et Google Home, pas Googleplex ni Google-Walmart.\r\n"

ALT, SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier


class Bench:
    """A project file, a session and the real view + editor on one document."""

    def __init__(self, qtbot, path: Path, text: str, model_entities: list[Span] = ()):
        self.path = path
        self.text = text
        self.project = Project.create(path)
        ids, _ = self.project.add_documents([Document(text=text, title="T")])
        self.doc_id = ids[0]
        if model_entities:
            self.project.ensure_annotator(PRE, "model")
            self.project.replace_annotations(self.doc_id, PRE, DocAnnotations(entities=list(model_entities)),
                                             action="preannotate", history=False)
            self.project.set_meta("model_annotator", PRE)
        self.session = AnnotationSession(self.project, ME)
        ann = self.session.open(self.doc_id)
        self.view = ArticleView()
        qtbot.addWidget(self.view)
        self.view.resize(800, 500)
        self.view.show()
        qtbot.waitExposed(self.view)
        self.view.set_document(self.project.document(self.doc_id), ann, self.project.schema)
        self.editor = EntityEditor(self.view)
        self.editor.set_session(self.session, self.doc_id)
        self.messages: list[str] = []
        self.editor.message.connect(self.messages.append)
        self.view.setFocus()
        self.qtbot = qtbot

    @property
    def viewport(self):
        return self.view.edit.viewport()

    def stored(self) -> list[tuple[str, str, str]]:
        """(text, label, source) of every stored entity, read through a new connection."""
        with Project.open(self.path) as p:
            ann = p.annotations(self.doc_id, ME)
        return [(self.text[s.start:s.end], s.label, s.source) for s in ann.sorted_entities()]

    def key(self, key, mods=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.view.edit, key, mods)

    def click(self, cp: int) -> None:
        self.qtbot.mouseClick(self.viewport, Qt.MouseButton.LeftButton, pos=self.view.point_of(cp))

    def close(self) -> None:
        self.project.close()


@pytest.fixture
def bench(qtbot, tmp_path):
    made: list[Bench] = []

    def make(text: str = TRICKY_TEXT, model_entities: list[Span] = ()) -> Bench:
        b = Bench(qtbot, tmp_path / f"p{len(made)}.annotator", text, model_entities)
        made.append(b)
        return b

    yield make
    for b in made:
        b.close()


def test_mouse_drag_then_label_key(bench, qtbot):
    b = bench()
    i = b.text.index("Re\u0301nault")  # combining accent inside, emoji and CRLF before
    changed = []
    b.editor.changed.connect(lambda: changed.append(b.stored()))
    qtbot.mousePress(b.viewport, Qt.MouseButton.LeftButton, pos=b.view.point_of(i + 1))
    qtbot.mouseMove(b.viewport, pos=b.view.point_of(i + 4))
    qtbot.mouseRelease(b.viewport, Qt.MouseButton.LeftButton, pos=b.view.point_of(i + 4))
    assert b.view.selected_span() == (i, i + 8)
    b.key(Qt.Key.Key_O)
    assert b.stored() == [("Re\u0301nault", "ORG", MANUAL)]
    assert changed == [[("Re\u0301nault", "ORG", MANUAL)]]  # already on disk when `changed` fired
    assert b.view.current_entity() is not None and b.messages[-1] == "Labelled ORG"


def test_shift_arrows_select_by_token_then_label(bench):
    b = bench()
    i = b.text.index("Carlos")
    b.click(i + 2)  # caret inside "Carlos"
    b.key(Qt.Key.Key_Right, SHIFT, times=2)
    assert b.view.selected_span() == (i, i + len("Carlos Tavares"))
    b.key(Qt.Key.Key_P)
    j = b.text.index("Stellantis")  # right after an emoji that follows CRLF lines
    b.click(j)
    b.key(Qt.Key.Key_Right, SHIFT)
    b.key(Qt.Key.Key_O)
    assert b.stored() == [("Stellantis", "ORG", MANUAL), ("Carlos Tavares", "PER", MANUAL)]


def test_label_key_on_caret_labels_the_word(bench):
    b = bench()
    i = b.text.index("Paris")
    b.click(i + 1)
    b.key(Qt.Key.Key_L)
    assert b.stored() == [("Paris", "LOC", MANUAL)]


def test_tab_relabel_confirm_and_delete(bench):
    text = TRICKY_TEXT
    pre = [Span(text.index("Nissan"), text.index("Nissan") + 6, "ORG", source=MODEL, confidence=0.8),
           Span(text.index("Stellantis"), text.index("Stellantis") + 10, "ORG", source=MODEL, confidence=0.9)]
    b = bench(text, pre)
    assert b.stored() == [("Nissan", "ORG", MODEL), ("Stellantis", "ORG", MODEL)]
    b.key(Qt.Key.Key_Tab)
    first = b.view.current_entity()
    assert first is not None
    b.key(Qt.Key.Key_O)  # same label on a pre-annotated entity: confirm it
    assert b.stored()[0] == ("Nissan", "ORG", MANUAL)
    b.key(Qt.Key.Key_Tab)
    b.key(Qt.Key.Key_M)  # relabel the second
    assert b.stored() == [("Nissan", "ORG", MANUAL), ("Stellantis", "MISC", MANUAL)]
    b.key(Qt.Key.Key_Backtab)
    assert b.view.current_entity() == first
    b.key(Qt.Key.Key_Delete)
    assert b.stored() == [("Stellantis", "MISC", MANUAL)]
    b.key(Qt.Key.Key_Delete)
    assert b.messages[-1].startswith("No entity selected")


def test_click_entity_then_backspace_deletes_it(bench):
    text = TRICKY_TEXT
    b = bench(text, [Span(text.index("Paris"), text.index("Paris") + 5, "LOC", source=MODEL)])
    b.click(text.index("Paris") + 2)
    assert b.view.current_entity() is not None
    b.key(Qt.Key.Key_Backspace)
    assert b.stored() == []


def test_grow_and_shrink_both_ends(bench):
    text = TRICKY_TEXT
    i = text.index("Carlos")
    b = bench(text, [Span(i, i + 6, "PER", source=MODEL)])
    b.click(i + 1)
    b.key(Qt.Key.Key_Right, ALT | SHIFT)  # end one token right: grow
    assert b.stored() == [("Carlos Tavares", "PER", MANUAL)]
    b.key(Qt.Key.Key_Left, ALT)  # start one token left: grow
    assert b.stored() == [("par Carlos Tavares", "PER", MANUAL)]
    b.key(Qt.Key.Key_Right, ALT)  # start one token right: shrink
    assert b.stored() == [("Carlos Tavares", "PER", MANUAL)]
    b.key(Qt.Key.Key_Left, ALT | SHIFT)  # end one token left: shrink
    assert b.stored() == [("Carlos", "PER", MANUAL)]
    b.key(Qt.Key.Key_Left, ALT | SHIFT)  # cannot shrink below one token
    assert b.stored() == [("Carlos", "PER", MANUAL)] and b.messages[-1] == "Already one word"
    # across the emoji and CRLF: grow "Stellantis" at the start takes the emoji token
    j = text.index("Stellantis")
    b.key(Qt.Key.Key_Escape)
    b.click(j + 1)
    b.key(Qt.Key.Key_Right, SHIFT)
    b.key(Qt.Key.Key_O)
    b.key(Qt.Key.Key_Left, ALT)
    assert ("🚗 Stellantis", "ORG", MANUAL) in b.stored()


def test_label_all_occurrences(bench):
    b = bench(GOOGLE)
    i = GOOGLE.index("Google")
    b.click(i + 1)
    b.key(Qt.Key.Key_O)
    b.key(Qt.Key.Key_Asterisk, Qt.KeyboardModifier.NoModifier)
    with Project.open(b.path) as p:
        starts = [s.start for s in p.annotations(b.doc_id, ME).sorted_entities()]
    # whole words only: not inside "Googleplex", not in the hyphen-joined "Google-Walmart"
    assert starts == [GOOGLE.index("Google"), GOOGLE.index("Google Express"), GOOGLE.index("Google Home")]
    assert b.stored() == [("Google", "ORG", MANUAL)] * 3
    assert "more occurrence" in b.messages[-1]
    # one action: one undo removes every added occurrence
    b.session.undo(b.doc_id)
    b.view.set_annotations(b.session.annotations(b.doc_id))
    assert b.stored() == [("Google", "ORG", MANUAL)]
    assert len(b.view.entities()) == 1


def test_undo_redo_through_session_update_the_view(bench):
    b = bench()
    i = b.text.index("Paris")
    b.click(i)
    b.key(Qt.Key.Key_L)
    b.key(Qt.Key.Key_M)  # relabel
    assert b.stored() == [("Paris", "MISC", MANUAL)]
    b.session.undo(b.doc_id)
    b.view.set_annotations(b.session.annotations(b.doc_id))
    assert [(s.label) for s in b.view.entities()] == ["LOC"] and b.stored() == [("Paris", "LOC", MANUAL)]
    b.session.redo(b.doc_id)
    b.view.set_annotations(b.session.annotations(b.doc_id))
    assert [(s.label) for s in b.view.entities()] == ["MISC"]


def test_errors_become_messages_and_change_nothing(bench):
    b = bench()
    b.click(b.text.index("Flash"))
    b.key(Qt.Key.Key_Escape)
    b.view.edit.moveCursor(QTextCursor.MoveOperation.End)
    b.key(Qt.Key.Key_O)  # caret after the last token: nothing to label
    assert b.stored() == []
    assert b.messages[-1] == "Select some text first"
    b.key(Qt.Key.Key_Asterisk)
    assert b.messages[-1].startswith("Select an entity first")


def test_shortcuts_cheat_sheet_lists_label_keys(bench):
    b = bench()
    rows = b.editor.shortcuts()
    assert rows[: len(SHORTCUTS)] == SHORTCUTS and EntityEditor.SHORTCUTS is SHORTCUTS
    assert ("o", "label as ORG (Organisation)") in rows
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in rows)


def test_view_without_session_ignores_edit_keys(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_document(Document(text="Walmart"), DocAnnotations(), default_schema())
    editor = EntityEditor(view)
    messages: list[str] = []
    editor.message.connect(messages.append)
    qtbot.keyClick(view.edit, Qt.Key.Key_O)
    assert messages == [] and view.entities() == []


def test_view_matches_the_file_after_edits_that_replace_neighbours(bench):
    """The editor redraws from the history row it wrote; the result must equal a full read."""
    text = TRICKY_TEXT
    i, j = text.index("Carlos"), text.index("Tavares")
    b = bench(text, [Span(i, i + 6, "PER", source=MODEL), Span(j, j + 7, "ORG", source=MODEL),
                     Span(text.index("Paris"), text.index("Paris") + 5, "LOC", source=MODEL)])

    def shown():
        return [(s.id, s.start, s.end, s.label, s.source) for s in b.view.entities()]

    def on_disk():
        with Project.open(b.path) as p:
            return [(s.id, s.start, s.end, s.label, s.source) for s in p.annotations(b.doc_id, ME).sorted_entities()]

    b.click(i + 1)
    b.key(Qt.Key.Key_Right, ALT | SHIFT)  # grow over "Tavares": the neighbour is replaced
    assert b.stored()[1:] == [("Carlos Tavares", "PER", MANUAL)]
    assert shown() == on_disk()
    b.key(Qt.Key.Key_Escape)
    k = text.index("Nissan")
    b.click(k + 1)
    b.key(Qt.Key.Key_Right, SHIFT, times=3)  # "Nissan SA à"
    b.key(Qt.Key.Key_O)
    b.key(Qt.Key.Key_Right, ALT | SHIFT)  # ... "Paris": replaces the LOC
    assert ("Nissan\u00a0SA à Paris", "ORG", MANUAL) in b.stored()
    assert shown() == on_disk()
    b.session.undo(b.doc_id)
    b.session.undo(b.doc_id)
    b.view.set_annotations(b.session.annotations(b.doc_id))
    assert shown() == on_disk()
    with Project.open(b.path) as p:
        assert p.entities_where(b.doc_id, ME, overlapping=(k, k + 1)) == []
        assert [s.label for s in p.entities_where(b.doc_id, ME, overlapping=(i, j + 1))] == ["PER"]
        eid = shown()[0][0]
        assert [s.id for s in p.entities_where(b.doc_id, ME, entity_id=eid)] == [eid]


def test_multi_key_label_shortcuts_from_the_schema(qtbot, tmp_path):
    from annotator.core.schema import Schema

    data = default_schema().to_dict()
    data["entities"][0]["key"] = "F2"  # PER on a function key
    path = tmp_path / "custom.annotator"
    with Project.create(path, Schema.from_dict(data)) as p:
        ids, _ = p.add_documents([Document(text="Selon Marc Lore, Walmart vise la croissance.")])
    project = Project.open(path)
    try:
        session = AnnotationSession(project, ME)
        view = ArticleView()
        qtbot.addWidget(view)
        view.show()
        view.set_document(project.document(ids[0]), session.open(ids[0]), project.schema)
        editor = EntityEditor(view)
        editor.set_session(session, ids[0])
        view.set_selection(6, 15)
        qtbot.keyClick(view.edit, Qt.Key.Key_F2)
        assert [(s.start, s.end, s.label) for s in session.annotations(ids[0]).entities] == [(6, 15, "PER")]
        assert ("F2", "label as PER (Person)") in editor.shortcuts()
    finally:
        project.close()
