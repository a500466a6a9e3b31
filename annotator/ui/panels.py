"""Side panels: Entities (list; click jumps), Companies (mentions grouped, sentiment, evidence,
merge/split), Events (check boxes with keys and evidence), Guidelines.

Panels only display and emit requests; the main window performs every change through
:class:`~annotator.services.annotate.AnnotationSession` (written first) and then refreshes them.
Article text is always shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.confidence import UNCERTAIN_BELOW, is_uncertain
from annotator.core.model import MANUAL, DocAnnotations, Span
from annotator.core.schema import Schema
from annotator.services.annotate import Company
from annotator.ui.theme import dot_icon, plain_tooltip

SNIPPET = 60


def snippet(text: str, start: int, end: int, width: int = SNIPPET) -> str:
    """One line of article text (line breaks and tabs shown as spaces), cut to ``width``."""
    s = " ".join(text[start:end].split())
    return s if len(s) <= width else s[: width - 1] + "…"


def sentence_around(text: str, start: int, end: int, limit: int = 240) -> tuple[int, int]:
    """Rough sentence (or line) containing ``start:end``: for display only."""
    lo = max(text.rfind(". ", max(0, start - limit), start), text.rfind("\n", max(0, start - limit), start))
    lo = lo + 1 if lo >= 0 else max(0, start - limit)
    candidates = [i for i in (text.find(". ", end, end + limit), text.find("\n", end, end + limit)) if i >= 0]
    hi = min(candidates) + 1 if candidates else min(len(text), end + limit)
    return lo, hi


# ---------------------------------------------------------------------------------------- entities
class EntityListModel(QAbstractListModel):
    """Entities in text order; a row's text is made only when the view asks for it (a 2 MB
    article has 30,000 entities, the list shows about 20)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.spans: list[Span] = []
        self.colours: dict[str, str] = {}
        self._rows: dict[int, int] = {}

    def set_entities(self, text: str, entities: list[Span], schema: Schema) -> None:
        self.beginResetModel()
        self.text = text
        self.spans = list(entities)  # already in text order (the store and the view sort them)
        self.colours = {lab.name: lab.colour for lab in schema.entities}
        self._rows = {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.spans)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.spans[index.row()]
        model = s.source != MANUAL
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            conf = ""
            if model:
                conf = f" · model {s.confidence:.2f}" if s.confidence is not None else " · model"
            return f"{snippet(self.text, s.start, s.end, 48)}   {s.label}{conf}"
        if role == Qt.ItemDataRole.DecorationRole:
            return dot_icon(self.colours.get(s.label, "#888888"), "#ffffff" if model else "")
        if role == Qt.ItemDataRole.FontRole and model:
            f = QFont()
            f.setItalic(True)
            return f
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        return None

    def row_of(self, entity_id: int) -> int | None:
        if not self._rows and self.spans:
            self._rows = {s.id: i for i, s in enumerate(self.spans) if s.id is not None}
        return self._rows.get(entity_id)


class EntityPanel(QTableView):
    """Every entity of the article in text order (italic: the model's, not yet confirmed).

    A one-column table, not a QListView: a list view lays out every row on each reset (30,000
    Python calls for a 2 MB article); a table with fixed row heights only asks for visible rows."""

    entityChosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("entityPanel")
        self.setAccessibleName("entityPanel")
        self.setAccessibleDescription("Entities")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        self.model_ = EntityListModel(self)
        self.setModel(self.model_)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    def set_entities(self, text: str, ann: DocAnnotations, schema: Schema) -> None:
        self.model_.set_entities(text, ann.entities, schema)

    def _chosen(self, index) -> None:
        eid = self.model_.data(index, Qt.ItemDataRole.UserRole)
        if eid is not None:
            self.entityChosen.emit(int(eid))

    def select(self, entity_id: int | None) -> None:
        row = self.model_.row_of(entity_id) if entity_id is not None else None
        if row is None:
            self.clearSelection()
            return
        idx = self.model_.index(row)
        # not blockSignals: the view repaints the rows it deselects from those signals (blocked,
        # every row visited with Tab stayed highlighted); clicked/activated are not emitted here
        self.setCurrentIndex(idx)
        self.scrollTo(idx)


# ---------------------------------------------------------------------------------------- companies
COMPANY_ROLE = Qt.ItemDataRole.UserRole
MENTION_ROLE = Qt.ItemDataRole.UserRole + 1


class CompanyPanel(QWidget):
    """Companies the article mentions, mentions grouped under each, sentiment and evidence."""

    mentionChosen = Signal(int)          # entity id
    companyChosen = Signal(str)          # company key
    sentimentRequested = Signal(str, str)  # company key, sentiment name
    mergeRequested = Signal(str, str)    # keep, other
    splitRequested = Signal(list)        # entity ids to split off

    def __init__(self, schema: Schema, parent=None):
        super().__init__(parent)
        self.setObjectName("companyPanel")
        self.setAccessibleName("companyPanel")
        self.setAccessibleDescription("Companies")
        self.schema = schema
        self.text = ""
        self.companies: list[Company] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("companyTree")
        self.tree.setAccessibleName("Companies and their mentions")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Company", "Sentiment"])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().resizeSection(0, 170)
        layout.addWidget(self.tree, 1)

        keys = QHBoxLayout()
        self.sentiment_buttons: dict[str, QPushButton] = {}
        for lab in schema.sentiments:
            b = QPushButton(f"{lab.key} {lab.display}", self)
            b.setObjectName(f"sentiment_{lab.name}")
            b.setToolTip(plain_tooltip(f"{lab.display} (key {lab.key}): {lab.definition}"))
            b.setIcon(dot_icon(lab.colour))
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _c=False, name=lab.name: self._sentiment(name))
            keys.addWidget(b)
            self.sentiment_buttons[lab.name] = b
        layout.addLayout(keys)
        edit = QHBoxLayout()
        self.merge_button = QPushButton("Merge selected", self)
        self.merge_button.setObjectName("mergeCompanies")
        self.merge_button.setToolTip("Select two companies that are the same company, then merge (Ctrl+M)")
        self.split_button = QPushButton("Split off mentions", self)
        self.split_button.setObjectName("splitCompany")
        self.split_button.setToolTip("Select mentions that are another company, then split them off (Ctrl+Shift+M)")
        for b in (self.merge_button, self.split_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            edit.addWidget(b)
        layout.addLayout(edit)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setObjectName("companyEvidence")
        self.evidence.setAccessibleName("Sentences the sentiment rests on")
        self.evidence.setReadOnly(True)
        self.evidence.setPlaceholderText("Sentences the selected company's sentiment rests on")
        self.evidence.setMaximumHeight(120)
        layout.addWidget(self.evidence)

        self.merge_button.clicked.connect(self.request_merge)
        self.split_button.clicked.connect(self.request_split)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemExpanded.connect(self._fill)
        self.tree.itemClicked.connect(self._clicked)

    # ------------------------------------------------------------------ content
    def set_companies(self, text: str, companies: list[Company]) -> None:
        current = self.current_company()
        self.text = text
        self.companies = companies
        self.tree.blockSignals(True)
        self.tree.clear()
        companies = [c for c in companies if c.mentions]  # a company lives as long as its mentions
        self.companies = companies
        for c in companies:
            n = len(c.mentions)
            top = QTreeWidgetItem([f"{c.name}  ({n} mention{'s' if n != 1 else ''})", ""])
            top.setData(0, COMPANY_ROLE, c.key)
            self._show_sentiment(top, c)
            if c.mentions:  # mentions are added when the company is expanded
                top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self.tree.addTopLevelItem(top)
        self.tree.blockSignals(False)
        if current is None or not self.select_company(current):
            self._show_evidence()

    def current_company(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, COMPANY_ROLE) if item is not None else None

    def company(self, key: str | None) -> Company | None:
        return next((c for c in self.companies if c.key == key), None)

    def select_company(self, key: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, COMPANY_ROLE) == key:
                self.tree.setCurrentItem(item)
                self._expand_current()
                self._show_evidence()
                return True
        return False

    def _fill(self, top: QTreeWidgetItem) -> None:
        """Add a company's mention rows (once), each with a little context."""
        if top.childCount() or top.parent() is not None:
            return
        c = self.company(top.data(0, COMPANY_ROLE))
        if c is None:
            return
        text = self.text
        children = []
        for s in c.mentions:
            left = " ".join(text[max(0, s.start - 30):s.start].split()[-4:])
            right = " ".join(text[s.end:s.end + 30].split()[:4])
            mention = snippet(text, s.start, s.end, 40)
            child = QTreeWidgetItem([mention, f"…{left} {mention} {right}…"])
            child.setData(0, COMPANY_ROLE, c.key)
            child.setData(0, MENTION_ROLE, s.id)
            children.append(child)
        top.addChildren(children)

    def _expand_current(self) -> None:
        """Only the current company shows its mentions (the list stays short)."""
        key = self.current_company()
        for i in range(self.tree.topLevelItemCount()):
            other = self.tree.topLevelItem(i)
            expand = key is not None and other.data(0, COMPANY_ROLE) == key
            if expand:
                self._fill(other)
            if other.isExpanded() != expand:
                other.setExpanded(expand)

    def select_mention(self, entity_id: int) -> bool:
        key = next((c.key for c in self.companies if any(m.id == entity_id for m in c.mentions)), None)
        if key is None:
            return False
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, COMPANY_ROLE) == key:
                self.tree.blockSignals(True)
                self.tree.setCurrentItem(top)
                self.tree.blockSignals(False)
                self._expand_current()
                self._show_evidence()
                return True
        return False

    def update_sentiments(self, sentiments: dict) -> bool:
        """Only sentiments changed: update that column in place. False if a full rebuild is needed."""
        keys = {c.key for c in self.companies}
        if any(k not in keys for k in sentiments) or any(not c.mentions and c.key not in sentiments
                                                         for c in self.companies):
            return False
        from dataclasses import replace

        self.companies = [replace(c, sentiment=sentiments.get(c.key)) for c in self.companies]
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            self._show_sentiment(top, self.company(top.data(0, COMPANY_ROLE)))
        self._show_evidence()
        return True

    def _show_sentiment(self, top: QTreeWidgetItem, c: Company | None) -> None:
        f = top.font(1)
        f.setItalic(False)
        top.setFont(1, f)
        top.setIcon(1, QIcon())
        top.setToolTip(1, "")
        if c is None or c.sentiment is None:
            top.setText(1, "")
            return
        lab = self.schema.sentiment(c.sentiment.value)
        title = lab.display if lab else c.sentiment.value
        uncertain = False
        if c.sentiment.source != MANUAL:
            # an uncertain suggestion (calibrated confidence below UNCERTAIN_BELOW) gets a "?", a
            # hollow dot and a tooltip, so the annotator checks it first
            uncertain = is_uncertain(c.sentiment.confidence)
            conf = f" {c.sentiment.confidence:.2f}" if c.sentiment.confidence is not None else ""
            title += ("?" if uncertain else "") + f" (model{conf})"
            f.setItalic(True)
            top.setFont(1, f)
            top.setToolTip(1, plain_tooltip(
                f"Model suggestion, uncertain (confidence below {UNCERTAIN_BELOW:.2f}): check it first"
                if uncertain else "Model suggestion: a sentiment key makes it yours"))
        top.setText(1, title)
        if lab:
            top.setIcon(1, dot_icon("transparent", lab.colour) if uncertain else dot_icon(lab.colour))

    # ------------------------------------------------------------------ requests
    def _sentiment(self, name: str) -> None:
        key = self.current_company()
        if self.company(key) is None:
            key = None
        if key is None and self.companies:
            key = self.companies[0].key
            self.select_company(key)
        if key is not None:
            self.sentimentRequested.emit(key, name)

    def set_sentiment_key(self, name: str) -> None:
        """The sentiment key was pressed: set it on the current (else the first) company."""
        self._sentiment(name)

    def request_merge(self) -> None:
        keys = []
        for item in self.tree.selectedItems():
            k = item.data(0, COMPANY_ROLE)
            if k not in keys:
                keys.append(k)
        if len(keys) == 2:
            self.mergeRequested.emit(keys[0], keys[1])

    def request_split(self) -> None:
        ids = [item.data(0, MENTION_ROLE) for item in self.tree.selectedItems()
               if item.data(0, MENTION_ROLE) is not None]
        if ids:
            self.splitRequested.emit(ids)

    def _current_changed(self, current, _previous) -> None:
        self._expand_current()
        self._show_evidence()
        if current is not None:
            self.companyChosen.emit(current.data(0, COMPANY_ROLE))

    def _clicked(self, item, _column) -> None:
        eid = item.data(0, MENTION_ROLE)
        if eid is not None:
            self.mentionChosen.emit(int(eid))

    def evidence_spans(self) -> list[tuple[int, int]]:
        c = self.company(self.current_company())
        if c is None:
            return []
        if c.sentiment is not None and c.sentiment.evidence:
            return [tuple(x) for x in c.sentiment.evidence]
        return []

    def _show_evidence(self) -> None:
        c = self.company(self.current_company())
        if c is None:
            self.evidence.setPlainText("")
            return
        spans = self.evidence_spans()
        if spans:
            lines = [" ".join(self.text[a:b].split()) for a, b in spans]
            head = "Evidence:"
        else:
            seen: list[tuple[int, int]] = []
            for m in c.mentions:
                se = sentence_around(self.text, m.start, m.end)
                if se not in seen:
                    seen.append(se)
            lines = [" ".join(self.text[a:b].split()) for a, b in seen[:6]]
            head = "Mentioned in:" if lines else ""
        self.evidence.setPlainText("\n".join([head, *("• " + x for x in lines)]) if lines else "")


# ---------------------------------------------------------------------------------------- events
EVENT_KEYS = [f"Alt+{d}" for d in "1234567890"] + ["Alt+-", "Alt+="]


def event_keys(schema: Schema) -> dict[str, str]:
    """Event type -> shortcut. Events take Alt+1 … Alt+0, Alt+-, Alt+= by position, since the
    default schema's F1 … F11 would clash with F1 (shortcut cheat-sheet); later ones have none."""
    return {lab.name: key for lab, key in zip(schema.events, EVENT_KEYS)}


class EventPanel(QScrollArea):
    """A check box per event type (with its key); evidence where the pre-annotation found some."""

    eventToggled = Signal(str, bool)
    evidenceRequested = Signal(list)

    def __init__(self, schema: Schema, parent=None):
        super().__init__(parent)
        self.setObjectName("eventPanel")
        self.setAccessibleName("eventPanel")
        self.setAccessibleDescription("Events")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.schema = schema
        self.keys = event_keys(schema)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        self.notes: dict[str, QPushButton] = {}
        self.evidence: dict[str, list[tuple[int, int]]] = {}
        for lab in schema.events:
            row = QHBoxLayout()
            key = self.keys.get(lab.name, "")
            box = QCheckBox(f"{lab.display}" + (f"   [{key}]" if key else ""), inner)
            box.setObjectName(f"event_{lab.name}")
            box.setAccessibleName(lab.display)
            box.setToolTip(plain_tooltip(lab.definition))
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.clicked.connect(lambda checked, name=lab.name: self.eventToggled.emit(name, bool(checked)))
            note = QPushButton("", inner)
            note.setObjectName(f"evidence_{lab.name}")
            note.setFlat(True)
            note.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            note.setStyleSheet("QPushButton { text-align: left; padding: 0 0 2px 22px; color: palette(mid); }")
            note.setVisible(False)
            note.clicked.connect(lambda _c=False, name=lab.name: self.evidenceRequested.emit(self.evidence.get(name, [])))
            row.addWidget(box, 1)
            layout.addLayout(row)
            layout.addWidget(note)
            self.boxes[lab.name] = box
            self.notes[lab.name] = note
        layout.addStretch(1)
        self.setWidget(inner)

    def set_events(self, text: str, ann: DocAnnotations) -> None:
        self.evidence = {}
        for name, box in self.boxes.items():
            ev = ann.events.get(name)
            if box.isChecked() != (ev is not None):
                box.setChecked(ev is not None)
            italic = ev is not None and ev.source != MANUAL
            if box.font().italic() != italic:
                f = box.font()
                f.setItalic(italic)
                box.setFont(f)
            note = self.notes[name]
            show = ""
            tip = ""
            if ev is not None and ev.evidence:
                self.evidence[name] = [tuple(x) for x in ev.evidence]
                first = snippet(text, *ev.evidence[0], width=40)
                src = "model" if ev.source != MANUAL else "evidence"
                more = f" +{len(ev.evidence) - 1}" if len(ev.evidence) > 1 else ""
                show = f"{src}: “{first}”{more}"
                tip = plain_tooltip("\n".join(" ".join(text[a:b].split()) for a, b in ev.evidence))
            elif ev is not None and ev.source != MANUAL:
                show = "model" + (f" {ev.confidence:.2f}" if ev.confidence is not None else "")
            if note.text() != show:
                note.setText(show)
                note.setToolTip(tip)
            if note.isHidden() == bool(show):
                note.setVisible(bool(show))


# ---------------------------------------------------------------------------------------- guidelines
class GuidelinesPanel(QPlainTextEdit):
    def __init__(self, schema: Schema, parent=None):
        super().__init__(parent)
        self.setObjectName("guidelinesPanel")
        self.setAccessibleName("Guidelines")
        self.setReadOnly(True)
        parts = [schema.guidelines.strip() or "(This project has no guidelines text.)", ""]
        for title, labels in (("Entity labels", schema.entities), ("Sentiments", schema.sentiments),
                              ("Events", schema.events)):
            parts.append(title)
            for lab in labels:
                parts.append(f"  {lab.display} ({lab.name}): {lab.definition}")
            parts.append("")
        self.setPlainText("\n".join(parts))
