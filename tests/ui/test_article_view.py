"""ArticleView: exact, inert rendering of one article with its entities (offscreen, real widgets)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel

from annotator.core.model import MODEL, DocAnnotations, Document, Span
from annotator.resources import default_schema
from annotator.ui.article import ArticleView
from tests.conftest import TRICKY_TEXT

SCHEMA = default_schema()
ORG = QColor("#e8710a")


def make_view(qtbot, doc: Document, entities: list[Span]) -> ArticleView:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_document(doc, DocAnnotations(entities=list(entities)), SCHEMA)
    return view


def span_of(text: str, word: str, label: str, *, nth: int = 0, eid: int | None = None, source: str = "manual") -> Span:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return Span(i, i + len(word), label, source=source, id=eid)


def fmt_at(view: ArticleView, cp: int) -> QTextCharFormat:
    """Char format of the character at code point ``cp`` (Qt reports the format before a position)."""
    cur = QTextCursor(view.edit.document())
    cur.setPosition(view.text_map.to_qt(cp) + 1)
    return cur.charFormat()


def has_colour(img: QImage, colour: QColor) -> bool:
    target = colour.rgb()
    return any(img.pixel(x, y) == target for y in range(0, img.height(), 1) for x in range(0, img.width(), 2))


def test_names_for_tests_and_screen_readers(qtbot):
    view = make_view(qtbot, Document(text="x"), [])
    assert view.objectName() == "articleView" and view.accessibleName() == "articleView"
    assert view.edit.isReadOnly()
    assert view.focusProxy() is view.edit


def test_markup_in_article_and_metadata_is_shown_literally_and_inert(qtbot):
    text = 'Avant <script>alert(1)</script> <img src="http://x/y.png"> <a href="http://evil">lien</a> &amp; fin'
    doc = Document(text=text, title="<b>Titre</b> <img src=x>", source="<i>AFP</i>", url="<a href='u'>u</a>",
                   published="2024-01-01")
    view = make_view(qtbot, doc, [])
    labels = {w.objectName(): w for w in view.findChildren(QLabel)}
    assert labels["articleTitle"].text() == "<b>Titre</b> <img src=x>"
    assert labels["articleTitle"].textFormat() == Qt.TextFormat.PlainText
    assert labels["articleMeta"].textFormat() == Qt.TextFormat.PlainText
    assert "<i>AFP</i>" in labels["articleMeta"].text() and "<a href='u'>u</a>" in labels["articleMeta"].text()
    qdoc = view.edit.document()
    assert qdoc.toPlainText() == text  # every character is there, markup included
    block = qdoc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment().charFormat()
            assert not f.isAnchor() and not f.isImageFormat()
            it += 1
        block = block.next()


def test_entities_get_label_formats_and_model_ones_look_different(qtbot):
    text = TRICKY_TEXT
    ents = [span_of(text, "Re\u0301nault", "ORG", eid=1), span_of(text, "Stellantis", "ORG", eid=2, source=MODEL),
            span_of(text, "Carlos Tavares", "PER", eid=3)]
    view = make_view(qtbot, Document(text=text), ents)
    confirmed, model = fmt_at(view, ents[0].start), fmt_at(view, ents[1].start)
    assert confirmed.background().color().rgb() == ORG.rgb()
    assert confirmed.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert model.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    assert model.background().color().alpha() < confirmed.background().color().alpha()
    # exact extent: the characters just outside carry no format, whatever emoji/CRLF came before
    for s in ents:
        assert fmt_at(view, s.start - 1).background().style() == Qt.BrushStyle.NoBrush
        assert fmt_at(view, s.end - 1).background().style() != Qt.BrushStyle.NoBrush
        if s.end < len(text):
            assert fmt_at(view, s.end).background().style() == Qt.BrushStyle.NoBrush
    # the last grapheme of each entity leaves room for its label tag; the combining accent is not split
    last = fmt_at(view, ents[0].end - 1)
    assert last.fontLetterSpacingType() == QFont.SpacingType.AbsoluteSpacing and last.fontLetterSpacing() > 10
    assert fmt_at(view, ents[0].start).fontLetterSpacing() == 0
    assert view.tag_text("ORG", True) == "ORG?" and view.tag_text("ORG", False) == "ORG"


def test_label_tags_are_painted_in_label_colour(qtbot):
    text = "Le groupe Walmart annonce un accord."
    view = make_view(qtbot, Document(text=text), [])
    assert not has_colour(view.edit.viewport().grab().toImage(), ORG)
    view.set_annotations(DocAnnotations(entities=[span_of(text, "Walmart", "ORG", eid=5)]))
    qtbot.wait(1)
    img = view.edit.viewport().grab().toImage()
    assert has_colour(img, ORG)  # the opaque "ORG" tag (the text background is translucent)
    r = view.entity_rects(5)[0]
    # the tag sits at the end of the entity, inside its rectangle
    assert any(img.pixel(x, int(r.center().y())) == ORG.rgb() for x in range(int(r.center().x()), int(r.right())))


def test_current_entity_is_outlined_and_evidence_underlaid(qtbot):
    text = "Walmart et Google.\nAmazon aussi."
    ents = [span_of(text, "Walmart", "ORG", eid=1), span_of(text, "Google", "ORG", eid=2)]
    view = make_view(qtbot, Document(text=text), ents)
    before = view.edit.viewport().grab().toImage()
    view.select_entity(2)
    assert view.current_entity() == 2
    assert view.edit.accessibleDescription() == "Current entity: \u201cGoogle\u201d, Organisation (ORG): confirmed"
    after = view.edit.viewport().grab().toImage()
    r = view.entity_rects(2)[0].toRect()
    assert any(before.pixel(x, r.top()) != after.pixel(x, r.top()) for x in range(r.left(), r.right()))
    assert not has_colour(after, QColor("#f6d743")) and view.entity_rects(1)
    view.set_evidence([(text.index("Amazon"), len(text))])
    ev = view.edit.viewport().grab().toImage()
    rect = view.edit.span_rects(view.text_map.to_qt(text.index("aussi")), view.text_map.to_qt(len(text) - 1))[0]
    px = QColor(ev.pixel(int(rect.center().x()), int(rect.top()) + 1))
    assert px.red() > px.blue() + 40  # yellowish underlay
    view.set_evidence([])
    cleared = QColor(view.edit.viewport().grab().toImage().pixel(int(rect.center().x()), int(rect.top()) + 1))
    assert cleared.rgb() == QColor("#ffffff").rgb()


def test_set_annotations_reformats_only_what_changed(qtbot, monkeypatch):
    text = " ".join(f"Mot{i}" for i in range(60))
    ents = [span_of(text, f"Mot{i} ", "ORG", eid=i + 1) for i in range(0, 60, 2)]
    ents = [s.with_(end=s.end - 1) for s in ents]
    view = make_view(qtbot, Document(text=text), ents)
    painted: list[int | None] = []
    original = ArticleView._paint_ent
    monkeypatch.setattr(ArticleView, "_paint_ent", lambda self, cur, ent: (painted.append(ent.id), original(self, cur, ent)))
    relabelled = ents[3].with_(label="PER")
    view.set_annotations(DocAnnotations(entities=ents[:3] + [relabelled] + ents[5:]))  # relabel one, delete one
    assert painted == [relabelled.id]
    assert fmt_at(view, ents[3].start).background().color().rgb() == QColor("#4c8bf5").rgb()
    assert fmt_at(view, ents[4].start).background().style() == Qt.BrushStyle.NoBrush  # deleted: cleared
    assert fmt_at(view, ents[5].start).background().color().rgb() == ORG.rgb()  # untouched
    assert [s.id for s in view.entities()] == [s.id for s in ents if s.id != ents[4].id]


def test_click_on_entity_after_emoji_and_crlf_activates_it(qtbot):
    text = TRICKY_TEXT
    ents = [span_of(text, "Stellantis", "ORG", eid=7), span_of(text, "Paris", "LOC", eid=8)]
    view = make_view(qtbot, Document(text=text), ents)
    for s in ents:
        with qtbot.waitSignal(view.entityActivated) as blocker:
            qtbot.mouseClick(view.edit.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(s.start + 2))
        assert blocker.args == [s.id] and view.current_entity() == s.id


def test_mouse_drag_selection_snaps_to_tokens(qtbot):
    text = TRICKY_TEXT
    view = make_view(qtbot, Document(text=text), [])
    i = text.index("Carlos")
    with qtbot.waitSignal(view.selectionSpanChanged) as blocker:
        qtbot.mousePress(view.edit.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(i + 2))
        qtbot.mouseMove(view.edit.viewport(), pos=view.point_of(i + 9))
        qtbot.mouseRelease(view.edit.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(i + 9))
    assert view.selected_span() == (i, i + len("Carlos Tavares"))
    assert blocker.args == [i, i + len("Carlos Tavares")]
    cur = view.edit.textCursor()  # the widget shows the snapped selection
    assert (view.text_map.to_cp(cur.selectionStart()), view.text_map.to_cp(cur.selectionEnd())) == (i, i + 14)


def test_jump_to_scrolls_and_selects(qtbot):
    text = "".join(f"Paragraphe {i} 😀 avec du texte.\r\n" for i in range(400)) + "Fin Walmart."
    view = make_view(qtbot, Document(text=text), [])
    i = text.index("Walmart")
    view.jump_to(i, i + 7)
    assert view.edit.verticalScrollBar().value() > 0
    assert view.selected_span() == (i, i + 7)


def test_font_size_and_dark_theme(qtbot):
    text = "Walmart et Google."
    view = make_view(qtbot, Document(text=text), [span_of(text, "Walmart", "ORG", eid=1)])
    view.set_font_size(17)
    assert view.edit.document().defaultFont().pointSize() == 17
    assert fmt_at(view, 0).background().color().rgb() == ORG.rgb()
    light_alpha = fmt_at(view, 0).background().color().alpha()
    view.set_dark(True)
    assert view.edit.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert fmt_at(view, 0).background().color().rgb() == ORG.rgb()
    assert fmt_at(view, 0).background().color().alpha() != light_alpha


def test_random_articles_and_edits_render_exactly(qtbot):
    """Generated texts (emoji, accents, CRLF, NBSP...) and entity sets, some overlapping or out of range:
    every valid entity is formatted from its first to its last character, nothing else is."""
    import random

    rng = random.Random(11)
    pieces = ["Walmart", " ", "\r\n", "😀", "Re\u0301nault", "\u00a0", "d'", "e-commerce", ",", "\u2028", "\t", "🇫🇷"]
    view = make_view(qtbot, Document(text="x"), [])
    for round_ in range(12):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
        spans = []
        for k in range(rng.randint(0, 8)):
            a = rng.randint(-2, len(text))
            spans.append(Span(a, a + rng.randint(0, 9), rng.choice(["ORG", "PER", "XX"]),
                              source=rng.choice(["manual", MODEL]), id=k + 1))
        view.set_document(Document(text=text), DocAnnotations(entities=spans), SCHEMA)
        for step in range(2):
            keep = [s for s in spans if rng.random() < 0.6]
            keep += [s.with_(label="LOC") for s in spans if s not in keep and rng.random() < 0.5]
            view.set_annotations(DocAnnotations(entities=keep))
            view.edit.viewport().grab()
            valid = {s.id: s for s in keep if 0 <= s.start < s.end <= len(text)}
            assert {s.id for s in view.entities()} >= set(valid)
            # characters covered by no valid entity carry no format
            covered = set()
            for s in view.entities():
                covered.update(range(max(s.start, 0), min(s.end, len(text))))
            for cp in range(len(text)):
                if text[cp] in "\r\n":  # a line break is a block separator: it has no character format
                    continue
                has = fmt_at(view, cp).background().style() != Qt.BrushStyle.NoBrush
                assert has == (cp in covered), (round_, step, text, cp)
