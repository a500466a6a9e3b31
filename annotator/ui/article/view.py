"""The article view: title, metadata and the article text with its entities.

Rendering (measured fastest, see docs): a read-only ``QPlainTextEdit`` whose document gets one
character format per entity, all in one edit block. Each entity's last character also gets an
absolute letter spacing as wide as its label tag, and the tag (``ORG``, or ``ORG?`` for the
model's pre-annotation) is painted into that gap, so the label is always readable without
hovering and the text never changes. Only what is on screen is painted by hand: the tags, the
outline of the current entity and the evidence underlay.

Offsets are code points everywhere outside this package; :class:`~.offsets.TextMap` converts.
Article text and metadata are set with ``setPlainText``/``Qt.PlainText``: markup in an article is
shown literally and does nothing.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from annotator.core.model import MANUAL, DocAnnotations, Document, Span
from annotator.core.schema import Schema
from annotator.ui.article.offsets import TextMap
from annotator.ui.article.tokens import Tokens

_GREY = "#80868b"
_KEEP = QTextCursor.MoveMode.KeepAnchor
_BY_START = itemgetter(3)  # _Ent.qs
_TAG_PAD = 4.0  # px inside the tag, each side
_TAG_GAP = 3.0  # px between the text and the tag


def _is_mark(ch: str) -> bool:
    return unicodedata.combining(ch) != 0 or ch in "\ufe0e\ufe0f\u200d" or 0x1F3FB <= ord(ch) <= 0x1F3FF


class _Ent(NamedTuple):
    """An entity as the view draws it: code points, Qt positions, and where its tag starts."""

    id: int | None
    start: int
    end: int
    qs: int
    qe: int
    qlast: int  # Qt position of the entity's last grapheme (the one carrying the tag gap)
    label: str
    source: str
    confidence: float | None
    model: bool  # the model's pre-annotation, not yet confirmed by a human


class _TextEdit(QPlainTextEdit):
    """The text widget. Paints tags/outline/evidence; token-wise keyboard selection."""

    def __init__(self, view: "ArticleView"):
        super().__init__(view)
        self._view = view
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setObjectName("articleText")
        self.setAccessibleName("Article text")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(False)

    # ---------------------------------------------------------------- events
    def event(self, e: QEvent) -> bool:
        et = e.type()
        if et == QEvent.Type.ShortcutOverride and self._view._wants_key(e):  # type: ignore[arg-type]
            e.accept()
            return True
        if et == QEvent.Type.KeyPress and e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # type: ignore[attr-defined]
            if self._view._handle_key(e):  # type: ignore[arg-type]
                e.accept()
                return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if self._view._handle_key(e):
            e.accept()
            return
        super().keyPressEvent(e)

    def mouseReleaseEvent(self, e) -> None:  # noqa: ANN001
        super().mouseReleaseEvent(e)
        if e.button() == Qt.MouseButton.LeftButton:
            self._view._mouse_released(e.position().toPoint())

    def viewportEvent(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            ent = self._view._entity_at_point(e.pos())  # type: ignore[attr-defined]
            if ent is not None:
                QToolTip.showText(e.globalPos(), self._view._tooltip(ent), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().viewportEvent(e)

    # ---------------------------------------------------------------- painting
    def paintEvent(self, e) -> None:  # noqa: ANN001
        view = self._view
        if view._evidence_q:
            p = QPainter(self.viewport())
            colour = QColor("#f6d743")
            colour.setAlpha(70 if view._dark else 110)
            for qa, qb in view._visible_ranges(view._evidence_q):
                for r in self.span_rects(qa, qb):
                    p.fillRect(r, colour)
            p.end()
        super().paintEvent(e)
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        view._paint_overlay(p)
        p.end()

    # ---------------------------------------------------------------- geometry
    def span_rects(self, qa: int, qb: int) -> list[QRectF]:
        """Rectangles (viewport coordinates) covering Qt positions ``qa:qb``, one per line."""
        out: list[QRectF] = []
        doc = self.document()
        offset = self.contentOffset()
        height = self.viewport().height()
        block = doc.findBlock(qa)
        while block.isValid() and block.position() <= qb:
            geo = self.blockBoundingGeometry(block).translated(offset)
            if geo.top() > height:
                break
            if geo.bottom() >= 0 and block.isVisible():
                layout = block.layout()
                bpos = block.position()
                a, b = max(qa - bpos, 0), min(qb - bpos, block.length() - 1)
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    ls, le = line.textStart(), line.textStart() + line.textLength()
                    if le <= a or ls >= b:
                        continue
                    x1 = line.cursorToX(max(a, ls))[0]
                    x2 = line.cursorToX(min(b, le))[0]
                    out.append(QRectF(geo.left() + x1, geo.top() + line.y(), max(x2 - x1, 1.0), line.height()))
            block = block.next()
        return out


class ArticleView(QWidget):
    """Title, metadata and the article text; entities in label colours with their label shown."""

    entityActivated = Signal(int)  # an entity was clicked / Tab-selected (entity id)
    selectionSpanChanged = Signal(int, int)  # current snapped selection in code points (-1, -1 if none)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("articleView")
        self.setAccessibleDescription("The article: title, metadata and text with its entities")
        self._title = QLabel(self)
        self._title.setObjectName("articleTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setWordWrap(True)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._meta = QLabel(self)
        self._meta.setObjectName("articleMeta")
        self._meta.setTextFormat(Qt.TextFormat.PlainText)
        self._meta.setWordWrap(True)
        self._meta.setOpenExternalLinks(False)
        self._meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._meta.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._title.setContentsMargins(6, 4, 6, 0)
        self._meta.setContentsMargins(6, 0, 6, 2)
        self.edit = _TextEdit(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._title)
        layout.addWidget(self._meta)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

        self._map = TextMap("")
        self._tokens = Tokens("")
        self._doc: Document | None = None
        self._schema: Schema | None = None
        self._ents: dict[object, _Ent] = {}
        self._spans: dict[object, Span] = {}
        self._sorted: list[_Ent] = []
        self._starts: list[int] = []
        self._max_len = 0
        self._current: int | None = None
        self._evidence_q: list[tuple[int, int]] = []
        self._dark = False
        self._font_size = 0
        self._formats: dict[tuple[str, bool, bool], QTextCharFormat] = {}
        self._tag_font = QFont()
        self._tag_widths: dict[tuple[str, bool], float] = {}
        self._tag_pixmaps: dict[tuple[str, bool, int, bool], QPixmap] = {}
        self._colours: dict[str, QColor] = {}
        self._last_snapped: tuple[int, int] = (-1, -1)
        self._apply_palette()
        self.edit.selectionChanged.connect(self._on_selection_changed)
        self._update_fonts()

    # ================================================================ public interface
    def set_document(self, doc: Document, ann: DocAnnotations, schema: Schema) -> None:
        """Show a document: title, metadata and text, with ``ann``'s entities (full render)."""
        self._doc = doc
        self._schema = schema
        self._colours = {label.name: QColor(label.colour) for label in schema.entities}
        self._formats.clear()
        self._tag_widths.clear()
        self._tag_pixmaps.clear()
        self._title.setText(doc.title or "(untitled)")
        self._title.setToolTip("")
        meta = [x for x in (doc.source, doc.published, doc.url) if x]
        self._meta.setText("  ·  ".join(meta))
        self._meta.setVisible(bool(meta))
        self._map = TextMap(doc.text)
        self._tokens = Tokens(doc.text)
        self._current = None
        self._evidence_q = []
        self._last_snapped = (-1, -1)
        self._ents = {}
        self._spans = {}
        self.edit.blockSignals(True)
        # setPlainText gives the new text the caret's character format: with the caret inside an
        # entity, the whole next article would be painted as that entity (issue 8, item 5)
        self.edit.setTextCursor(QTextCursor(self.edit.document()))
        self.edit.setCurrentCharFormat(QTextCharFormat())
        self.edit.setPlainText(self._map.display)
        self.edit.blockSignals(False)
        self._render(ann, full=True)
        self.edit.moveCursor(QTextCursor.MoveOperation.Start)
        self.edit.verticalScrollBar().setValue(0)
        self.selectionSpanChanged.emit(-1, -1)

    def set_annotations(self, ann: DocAnnotations) -> None:
        """Re-highlight after an edit (or undo/redo): only the entities that changed are re-formatted."""
        if self._doc is None:
            return
        self._render(ann, full=False)
        if self._current is not None and self._current not in self._ents:
            self._current = None
        self.edit.viewport().update()

    def selected_span(self) -> tuple[int, int] | None:
        """The selection snapped to token boundaries, in code points (None if nothing is selected)."""
        cur = self.edit.textCursor()
        if not cur.hasSelection():
            return None
        a = self._map.to_cp(cur.selectionStart())
        b = self._map.to_cp(cur.selectionEnd())
        return self._tokens.snap(a, b)

    def current_entity(self) -> int | None:
        return self._current

    def current_span(self) -> Span | None:
        """The current entity as a :class:`Span` (code points), or None."""
        ent = self._ents.get(self._current) if self._current is not None else None
        if ent is None:
            return None
        return Span(ent.start, ent.end, ent.label, ent.source, ent.confidence, id=ent.id)

    def entities(self) -> list[Span]:
        """The entities shown, in text order."""
        return [Span(e.start, e.end, e.label, e.source, e.confidence, id=e.id) for e in self._sorted]

    def select_entity(self, entity_id: int | None, *, scroll: bool = True) -> None:
        """Make ``entity_id`` the current entity (outlined), move the caret to it and scroll to it."""
        ent = self._ents.get(entity_id) if entity_id is not None else None
        self._current = ent.id if ent is not None else None
        if ent is not None:
            cur = self.edit.textCursor()
            cur.setPosition(ent.qs)
            self.edit.setTextCursor(cur)
            if scroll:
                self._reveal()
        self._describe(ent)
        self.edit.viewport().update()

    def jump_to(self, start: int, end: int) -> None:
        """Select and scroll to a code-point range (evidence sentence, mention)."""
        n = len(self._map)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        cur = self.edit.textCursor()
        cur.setPosition(self._map.to_qt(start))
        cur.setPosition(self._map.to_qt(end), _KEEP)
        self.edit.setTextCursor(cur)
        self._reveal()

    def set_evidence(self, spans: list[tuple[int, int]]) -> None:
        """Secondary highlight (sentences a sentiment rests on, event triggers); [] clears it."""
        n = len(self._map)
        clean = [(max(0, min(a, n)), max(0, min(b, n))) for a, b in spans]
        self._evidence_q = sorted(self._map.spans_to_qt([(a, b) for a, b in clean if a < b]))
        self.edit.viewport().update()

    def set_font_size(self, points: int) -> None:
        self._font_size = int(points)
        self._update_fonts()
        if self._doc is not None:
            self._rerender()

    def set_dark(self, dark: bool) -> None:
        if bool(dark) == self._dark:
            return
        self._dark = bool(dark)
        self._apply_palette()
        if self._doc is not None:
            self._rerender()

    # ---------------------------------------------------------------- helpers for the editor
    @property
    def text_map(self) -> TextMap:
        return self._map

    @property
    def tokens(self) -> Tokens:
        return self._tokens

    @property
    def document(self) -> Document | None:
        return self._doc

    def caret(self) -> int:
        """The caret position in code points."""
        return self._map.to_cp(self.edit.textCursor().position())

    def set_selection(self, start: int, end: int) -> None:
        """Select a code-point range exactly (the anchor at ``start``, the caret at ``end``)."""
        cur = self.edit.textCursor()
        cur.setPosition(self._map.to_qt(start))
        cur.setPosition(self._map.to_qt(end), _KEEP)
        self.edit.setTextCursor(cur)

    def clear_selection(self) -> None:
        cur = self.edit.textCursor()
        if cur.hasSelection():
            cur.clearSelection()
            self.edit.setTextCursor(cur)

    def entity_rects(self, entity_id: int) -> list[QRectF]:
        """Where an entity is drawn (viewport coordinates; empty when scrolled out of view)."""
        ent = self._ents.get(entity_id)
        return [] if ent is None else self.edit.span_rects(ent.qs, ent.qe)

    def point_of(self, cp: int) -> QPoint:
        """Viewport point in the middle of the character at code point ``cp`` (for tests and tools)."""
        cur = QTextCursor(self.edit.document())
        q = self._map.to_qt(cp)
        cur.setPosition(q)
        r1 = self.edit.cursorRect(cur)
        cur.setPosition(min(q + 1, self.edit.document().characterCount() - 1))
        r2 = self.edit.cursorRect(cur)
        x = (r1.x() + r2.x()) // 2 if r2.y() == r1.y() and r2.x() > r1.x() else r1.x() + 2
        return QPoint(int(x), r1.center().y())

    def tag_text(self, label: str, model: bool) -> str:
        return f"{label}?" if model else label

    # ================================================================ rendering
    def _apply_palette(self) -> None:
        pal = self.edit.palette()
        if self._dark:
            pal.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
            pal.setColor(QPalette.ColorRole.Text, QColor("#e3e3e3"))
            pal.setColor(QPalette.ColorRole.Highlight, QColor("#3b5b8c"))
            pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        else:
            pal.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
            pal.setColor(QPalette.ColorRole.Text, QColor("#202124"))
            pal.setColor(QPalette.ColorRole.Highlight, QColor("#b3d1ff"))
            pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#202124"))
        self.edit.setPalette(pal)
        meta_pal = self._meta.palette()
        meta_pal.setColor(QPalette.ColorRole.WindowText, QColor("#9aa0a6" if self._dark else "#5f6368"))
        self._meta.setPalette(meta_pal)
        self._formats.clear()

    def _update_fonts(self) -> None:
        font = QFont(self.edit.font())
        if self._font_size > 0:
            font.setPointSize(self._font_size)
        self.edit.setFont(font)
        self.edit.document().setDefaultFont(font)
        title = QFont(font)
        title.setPointSizeF(font.pointSizeF() * 1.3)
        title.setBold(True)
        self._title.setFont(title)
        meta = QFont(font)
        meta.setPointSizeF(font.pointSizeF() * 0.9)
        self._meta.setFont(meta)
        tag = QFont(font)
        tag.setPointSizeF(max(font.pointSizeF() * 0.68, 6.0))
        tag.setBold(True)
        self._tag_font = tag
        self._tag_widths.clear()
        self._tag_pixmaps.clear()
        self._formats.clear()

    def _colour(self, label: str) -> QColor:
        return self._colours.get(label) or QColor(_GREY)

    def _tag_width(self, label: str, model: bool) -> float:
        key = (label, model)
        w = self._tag_widths.get(key)
        if w is None:
            w = QFontMetricsF(self._tag_font).horizontalAdvance(self.tag_text(label, model)) + 2 * _TAG_PAD
            w = float(int(w + 0.999)) + _TAG_GAP + (3.0 if model else 1.0)
            self._tag_widths[key] = w
        return w

    def _format(self, label: str, model: bool, last: bool) -> QTextCharFormat:
        key = (label, model, last)
        fmt = self._formats.get(key)
        if fmt is None:
            colour = self._colour(label)
            fmt = QTextCharFormat()
            bg = QColor(colour)
            if model:
                bg.setAlpha(46 if self._dark else 34)
            else:
                bg.setAlpha(105 if self._dark else 80)
            fmt.setBackground(bg)
            fmt.setUnderlineColor(colour)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline if model
                                  else QTextCharFormat.UnderlineStyle.SingleUnderline)
            if last:
                fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
                fmt.setFontLetterSpacing(self._tag_width(label, model))
            self._formats[key] = fmt
        return fmt

    def _make_ent(self, span: Span) -> _Ent | None:
        n = len(self._map)
        start, end = span.start, span.end
        if start < 0 or end > n:
            start, end = max(0, min(start, n)), max(0, min(end, n))
        if start >= end:
            return None
        text = self._map.text
        last = end - 1
        while last > start and ord(text[last]) >= 0x300 and _is_mark(text[last]):
            last -= 1
        to_qt = self._map.to_qt
        return _Ent(span.id, start, end, to_qt(start), to_qt(end), to_qt(last), span.label, span.source,
                    span.confidence, span.source != MANUAL)

    def _make_all(self, entities: list[Span]) -> tuple[dict[object, Span], dict[object, _Ent]]:
        """``_make_ent`` for a whole document, with the offsets converted in one batch."""
        n = len(self._map)
        text = self._map.text
        key = self._key
        keep: list[tuple[Span, int, int, int]] = []
        for span in entities:
            start, end = span.start, span.end
            if start < 0 or end > n:
                start, end = max(0, min(start, n)), max(0, min(end, n))
            if start >= end:
                continue
            last = end - 1
            while last > start and ord(text[last]) >= 0x300 and _is_mark(text[last]):
                last -= 1
            keep.append((span, start, end, last))
        flat = [x for _, a, b, c in keep for x in (a, b, c)]
        q = self._map.to_qt_many(flat)
        spans: dict[object, Span] = {}
        ents: dict[object, _Ent] = {}
        for i, (span, start, end, _) in enumerate(keep):
            k = key(span)
            spans[k] = span
            ents[k] = _Ent(span.id, start, end, q[3 * i], q[3 * i + 1], q[3 * i + 2], span.label, span.source,
                           span.confidence, span.source != MANUAL)
        return spans, ents

    @staticmethod
    def _key(span: Span) -> object:
        return span.id if span.id is not None else ("new", span.start, span.end, span.label)

    def _paint_ent(self, cur: QTextCursor, ent: _Ent) -> None:
        self._paint_many(cur, (ent,))

    def _paint_many(self, cur: QTextCursor, ents) -> None:  # noqa: ANN001 (iterable of _Ent)
        """Format entities: the body, then the last grapheme with the tag gap (two formats each)."""
        set_pos, set_fmt = cur.setPosition, cur.setCharFormat
        formats: dict[tuple[str, bool], tuple[QTextCharFormat, QTextCharFormat]] = {}
        for ent in ents:
            pair = formats.get((ent.label, ent.model))
            if pair is None:
                pair = (self._format(ent.label, ent.model, False), self._format(ent.label, ent.model, True))
                formats[(ent.label, ent.model)] = pair
            qlast = ent.qlast
            if qlast > ent.qs:
                set_pos(ent.qs)
                set_pos(qlast, _KEEP)
                set_fmt(pair[0])
            set_pos(qlast)
            set_pos(ent.qe, _KEEP)
            set_fmt(pair[1])

    def _render(self, ann: DocAnnotations, *, full: bool) -> None:
        if full:
            spans, ents = self._make_all(ann.entities)
            cur = QTextCursor(self.edit.document())
            cur.beginEditBlock()
            try:
                self._paint_many(cur, ents.values())
            finally:
                cur.endEditBlock()
            self._spans, self._ents = spans, ents
            self._resort()
            return
        old = self._spans
        new = {self._key(span): span for span in ann.entities}
        removed = [k for k, span in old.items() if new.get(k) != span]
        added = [(k, span) for k, span in new.items() if old.get(k) != span]
        self._apply_diff(removed, added)

    def apply_changes(self, removed_ids: list[int], added: list[Span]) -> None:
        """Incremental update after one edit whose changes are known (the editor reads them from the
        history row it just wrote): entities ``removed_ids`` go, ``added`` come (or replace)."""
        if self._doc is None:
            return
        removed: list[object] = [i for i in removed_ids if i in self._spans]
        pairs = [(self._key(span), span) for span in added]
        removed += [k for k, _ in pairs if k in self._spans and k not in removed]
        self._apply_diff(removed, pairs)
        if self._current is not None and self._current not in self._ents:
            self._current = None
        self.edit.viewport().update()

    def _apply_diff(self, removed: list[object], added: list[tuple[object, Span]]) -> None:
        if not removed and not added:
            return
        gone = [self._ents.pop(k) for k in removed if k in self._ents]
        for k in removed:
            self._spans.pop(k, None)
        fresh: list[_Ent] = []
        for k, span in added:
            ent = self._make_ent(span)
            if ent is not None:
                self._spans[k] = span
                self._ents[k] = ent
                fresh.append(ent)
        if len(gone) + len(fresh) > 64:
            self._resort()
        else:
            for ent in gone:
                i = self._index_of(ent)
                del self._sorted[i]
                del self._starts[i]
            for ent in fresh:
                i = bisect_right(self._starts, ent.qs)
                self._sorted.insert(i, ent)
                self._starts.insert(i, ent.qs)
                self._max_len = max(self._max_len, ent.qe - ent.qs)
        cur = QTextCursor(self.edit.document())
        cur.beginEditBlock()
        try:
            plain = QTextCharFormat()
            repaint = {id(e): e for e in fresh}
            for ent in gone:
                cur.setPosition(ent.qs)
                cur.setPosition(ent.qe, _KEEP)
                cur.setCharFormat(plain)
                # entities that overlapped a cleared range get their format back
                for other in self._overlapping(ent.qs, ent.qe):
                    repaint.setdefault(id(other), other)
            for ent in sorted(repaint.values(), key=lambda e: (e.qs, e.qe)):
                self._paint_ent(cur, ent)
        finally:
            cur.endEditBlock()

    def _resort(self) -> None:
        self._sorted = sorted(self._ents.values(), key=_BY_START)
        self._starts = [e.qs for e in self._sorted]
        self._max_len = max((e.qe - e.qs for e in self._sorted), default=0)

    def _overlapping(self, qa: int, qb: int) -> list[_Ent]:
        lo = bisect_left(self._starts, qa - self._max_len)
        hi = bisect_left(self._starts, qb)
        return [e for e in self._sorted[lo:hi] if e.qe > qa]

    def _rerender(self) -> None:
        """Re-apply every format (after a theme or font change)."""
        ents = self._ents
        cur = QTextCursor(self.edit.document())
        cur.beginEditBlock()
        cur.select(QTextCursor.SelectionType.Document)
        cur.setCharFormat(QTextCharFormat())
        self._paint_many(cur, ents.values())
        cur.endEditBlock()
        self.edit.viewport().update()

    # ---------------------------------------------------------------- overlay
    def _visible_q(self) -> tuple[int, int]:
        edit = self.edit
        first = edit.firstVisibleBlock()
        if not first.isValid():
            return (0, 0)
        offset = edit.contentOffset()
        height = edit.viewport().height()
        block = first
        last = first
        while block.isValid():
            if edit.blockBoundingGeometry(block).translated(offset).top() > height:
                break
            last = block
            block = block.next()
        return first.position(), last.position() + last.length()

    def _visible_ranges(self, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        a, b = self._visible_q()
        return [(x, y) for x, y in ranges if x < b and y > a]

    def _visible_entities(self) -> list[_Ent]:
        return self._overlapping(*self._visible_q())

    def _tag_pixmap(self, label: str, model: bool, height: float) -> QPixmap:
        """The label tag, drawn once per (label, model, line height, theme) and reused."""
        key = (label, model, int(height), self._dark)
        pm = self._tag_pixmaps.get(key)
        if pm is not None:
            return pm
        fm = QFontMetricsF(self._tag_font)
        w = self._tag_width(label, model) - _TAG_GAP - 1.0
        th = min(fm.height() + 1, height)
        ratio = self.devicePixelRatioF()
        pm = QPixmap(int(w * ratio + 0.5), int(th * ratio + 0.5))
        pm.setDevicePixelRatio(ratio)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(self._tag_font)
        rect = QRectF(0, 0, w, th)
        colour = self._colour(label)
        if model:
            p.setPen(QPen(colour, 1.0, Qt.PenStyle.DashLine))
            p.setBrush(self.edit.palette().color(QPalette.ColorRole.Base))
            p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            p.setPen(colour.lighter(140) if self._dark else colour.darker(125))
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(rect, 3, 3)
            p.setPen(QColor("#202124") if colour.lightnessF() > 0.62 else QColor("#ffffff"))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tag_text(label, model))
        p.end()
        self._tag_pixmaps[key] = pm
        return pm

    def _paint_overlay(self, p: QPainter) -> None:
        if not self._sorted:
            return
        edit = self.edit
        doc = edit.document()
        offset = edit.contentOffset()
        current = None
        block = None
        bstart = bend = -1
        geo_left = geo_top = 0.0
        layout = None
        for ent in self._visible_entities():
            if ent.id is not None and ent.id == self._current:
                current = ent
            q = ent.qlast
            if not bstart <= q < bend:
                block = doc.findBlock(q)
                if not block.isValid():
                    continue
                bstart = block.position()
                bend = bstart + block.length()
                geo = edit.blockBoundingGeometry(block).translated(offset)
                geo_left, geo_top = geo.left(), geo.top()
                layout = block.layout()
            line = layout.lineForTextPosition(q - bstart)
            if not line.isValid():
                continue
            x_end = geo_left + line.cursorToX(ent.qe - bstart)[0]
            height = line.height()
            pm = self._tag_pixmap(ent.label, ent.model, height)
            w = pm.width() / pm.devicePixelRatio()
            th = pm.height() / pm.devicePixelRatio()
            p.drawPixmap(QPointF(x_end - w - 1.0, geo_top + line.y() + (height - th) / 2), pm)
        if current is not None:
            pen = QPen(QColor("#e8eaed") if self._dark else QColor("#202124"), 2.0)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            for r in edit.span_rects(current.qs, current.qe):
                p.drawRoundedRect(r.adjusted(-1.5, 0.5, 1.5, -0.5), 3, 3)

    def _describe(self, ent: _Ent | None) -> None:
        """Screen readers cannot see the painted tags: the current entity is in the description."""
        if ent is None:
            self.edit.setAccessibleDescription("")
        else:
            words = self._map.text[ent.start:ent.end]
            self.edit.setAccessibleDescription(f"Current entity: \u201c{words}\u201d, {self._tooltip(ent)}")

    def _tooltip(self, ent: _Ent) -> str:
        label = self._schema.entity(ent.label) if self._schema else None
        title = label.display if label else ent.label
        who = "pre-annotation (model)" if ent.model else "confirmed"
        conf = f", confidence {ent.confidence:.2f}" if ent.confidence is not None else ""
        return f"{title} ({ent.label}): {who}{conf}"

    # ---------------------------------------------------------------- hit testing
    def _entity_at_q(self, q: int) -> _Ent | None:
        i = bisect_left(self._starts, q + 1) - 1
        lo = bisect_left(self._starts, q - self._max_len)
        while i >= lo and i >= 0:
            e = self._sorted[i]
            if e.qs <= q < e.qe:
                return e
            i -= 1
        return None

    def _entity_at_point(self, pt: QPoint) -> _Ent | None:
        cur = self.edit.cursorForPosition(pt)
        q = cur.position()
        rect = self.edit.cursorRect(cur)
        char_q = q - 1 if pt.x() < rect.x() else q
        ent = self._entity_at_q(char_q)
        if ent is None and q > 0:
            # the click fell in a tag (the gap after an entity's last character)
            prev = self._entity_at_q(q - 1)
            if prev is not None and prev.qe == q:
                ent = prev
        return ent

    def entity_at(self, cp: int) -> int | None:
        """Id of the entity covering the character at code point ``cp``."""
        ent = self._entity_at_q(self._map.to_qt(cp))
        return ent.id if ent is not None else None

    # ---------------------------------------------------------------- selection & keys
    def _reveal(self) -> None:
        self.edit.ensureCursorVisible()
        self.edit.centerCursor()

    def _on_selection_changed(self) -> None:
        snapped = self.selected_span()
        pair = snapped if snapped is not None else (-1, -1)
        if snapped is not None and self._current is not None:
            self._current = None
            self.edit.viewport().update()
        if pair != self._last_snapped:
            self._last_snapped = pair
            self.selectionSpanChanged.emit(*pair)

    def _mouse_released(self, pt: QPoint) -> None:
        cur = self.edit.textCursor()
        if cur.hasSelection():
            snapped = self.selected_span()
            if snapped is None:
                self.clear_selection()
            else:
                a, b = snapped
                if cur.position() < cur.anchor():
                    a, b = b, a
                self.set_selection(a, b)
            return
        ent = self._entity_at_point(pt)
        self._activate(ent)

    def _activate(self, ent: _Ent | None) -> None:
        previous = self._current
        self._current = ent.id if ent is not None else None
        if self._current != previous:
            self.edit.viewport().update()
        self._describe(ent)
        if ent is not None and ent.id is not None:
            self.entityActivated.emit(ent.id)

    _NAV_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape)

    def _wants_key(self, e: QKeyEvent) -> bool:
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
            return mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if e.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        return False

    def _handle_key(self, e: QKeyEvent) -> bool:
        """Selection and navigation keys; editing keys belong to the EntityEditor (an event filter)."""
        if self._doc is None or not self._wants_key(e):
            return False
        key = e.key()
        shift = bool(e.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._next_entity(backwards=shift or key == Qt.Key.Key_Backtab)
            return True
        if key == Qt.Key.Key_Escape:
            self.clear_selection()
            self._activate(None)
            return True
        forward = key == Qt.Key.Key_Right
        cur = self.edit.textCursor()
        to_cp = self._map.to_cp
        pos, anchor = to_cp(cur.position()), to_cp(cur.anchor())
        tokens = self._tokens
        if shift:
            if not cur.hasSelection():
                if self._current is not None and self._current in self._ents:
                    ent = self._ents[self._current]
                    anchor, pos = (ent.start, ent.end) if forward else (ent.end, ent.start)
                else:
                    tok = tokens.word_at(pos) if forward else (tokens.token_at(pos - 1) or tokens.token_at(pos))
                    if tok is not None:
                        anchor = tok[0] if forward else tok[1]
                        pos = anchor
            target = tokens.next_end(pos) if forward else tokens.prev_start(pos)
            if target is None:
                return True
            self.set_selection(anchor, target)
        else:
            if cur.hasSelection():
                target = max(pos, anchor) if forward else min(pos, anchor)
            else:
                target = tokens.next_start(pos + 1) if forward else tokens.prev_start(pos)
                if target is None:
                    target = len(self._map) if forward else 0
            c = self.edit.textCursor()
            c.setPosition(self._map.to_qt(target))
            self.edit.setTextCursor(c)
            if self._current is not None:
                self._activate(None)
        self.edit.ensureCursorVisible()
        return True

    def _next_entity(self, *, backwards: bool) -> None:
        if not self._sorted:
            return
        ents = self._sorted
        if self._current is not None and self._current in self._ents:
            cur = self._ents[self._current]
            i = self._index_of(cur)
            i = i - 1 if backwards else i + 1
        else:
            q = self.edit.textCursor().position()
            i = bisect_left(self._starts, q) - (1 if backwards else 0)
        i %= len(ents)
        ent = ents[i]
        self.clear_selection()
        self._activate(ent)
        c = self.edit.textCursor()
        c.setPosition(ent.qs)
        self.edit.setTextCursor(c)
        self.edit.ensureCursorVisible()

    def _index_of(self, ent: _Ent) -> int:
        i = bisect_left(self._starts, ent.qs)
        while self._sorted[i] is not ent:
            i += 1
        return i
