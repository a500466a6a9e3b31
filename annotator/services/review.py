"""Review: settle where annotators differ and write the gold version.

The reviewed version is the annotator :data:`~annotator.core.model.GOLD` ("gold", kind "gold").
Every review decision is an ordinary action on it through :meth:`Project.apply`, so it has a
history row and undo/redo (``AnnotationSession(project, GOLD).undo(doc_id)``).

Items (:func:`diff_items`) compare the annotators' versions of one document:

* ``entity``: a region of the text where any version has entities (overlapping spans of all
  versions, the gold one included, form one region); each annotator's value is the tuple of
  ``(start, end, label)`` they put there, or None;
* ``sentiment``: one per company key; the value is the sentiment (``"positive"``...) or None;
* ``event``: one per event type; the value is True (present) or None.

An item is *agreed* when at least two annotators' values are equal (and present) and *decided*
when the gold version has something there or the reviewer decided it is absent (a reject, or a
take of a version that left it empty: ``review-reject <key>`` / ``review-take <key> from <name>``
in the gold history, not undone). :func:`auto_accept_agreed` copies the agreed, undecided items
into gold in one action (one undo step).

Only versions marked **done** vote: a skipped or flagged version (or one still in progress)
holds whatever the model suggested, untouched, and would make model errors look "agreed". Those
versions are listed by :func:`versions` with their status and flag comment (the window greys
them) but never enter the items. A company sentiment whose company has no mention left in a
version (an orphan, see :mod:`annotator.core.companies`) is ignored, and gold never gets one.

The window and ``annotator review --auto`` share one path: :func:`start_document` (auto-accept
on opening) and :func:`settle` (mark done when nothing is left), so they give the same gold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.companies import entities_after, live_companies, without_orphans
from annotator.core.errors import AnnotationError
from annotator.core.model import GOLD, MANUAL, CompanySentiment, DocAnnotations, EventLabel, Span, Status
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.store.lineage import ordered_history
from annotator.store.project import (
    ENTITY,
    EVENT,
    SENTIMENT,
    Project,
    entity_state,
    event_state,
    sentiment_state,
)

ENTITY_ITEM, SENTIMENT_ITEM, EVENT_ITEM = "entity", "sentiment", "event"
REJECT = "review-reject"
TAKE = "review-take"
EDIT = "review-edit"
AUTO = "review-auto"


@dataclass(frozen=True)
class ReviewItem:
    """One thing to decide on one document (see the module docstring for values)."""

    doc_id: int
    kind: str
    key: str  # "entity:12-30", "sentiment:walmart", "event:partnership"
    values: dict[str, Any]  # annotator -> normalised value (None = nothing there)
    gold: Any
    agreed: bool
    decided: bool
    start: int | None = None  # entity region (code points, end exclusive)
    end: int | None = None
    title: str = ""  # what to show: the region's text, the company's name, the event type
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def annotators(self) -> list[str]:
        return list(self.values)

    def agreed_value(self) -> Any:
        return next(iter(self.values.values())) if self.agreed else None


@dataclass(frozen=True)
class QueueEntry:
    doc_id: int
    title: str
    disagreement: float
    annotators: tuple[str, ...]  # the versions that vote (marked done), by name
    reviewed: bool  # the gold version is marked done
    others: tuple[str, ...] = ()  # annotators who touched the document without finishing it


@dataclass(frozen=True)
class VersionInfo:
    """One annotator's version of a document as the reviewer sees it."""

    annotator: str
    status: str  # todo, in_progress, done, skipped, flagged
    comment: str  # the flag's (or skip's) comment
    votes: bool  # marked done: only these versions are compared


# ---------------------------------------------------------------------------------------- who
def _touched(project: Project, names: Sequence[str], doc_ids: Sequence[int] | None = None) -> dict[int, list[str]]:
    """``{doc_id: [annotators with any annotation or a status on it]}`` for ``names``."""
    out: dict[int, set[str]] = {}
    if not names:
        return {}
    marks = ",".join("?" * len(names))
    where = f"annotator IN ({marks})"
    params: list[Any] = list(names)
    if doc_ids is not None:
        where += f" AND doc_id IN ({','.join(str(int(i)) for i in doc_ids)})"
    sql = " UNION ".join(f"SELECT doc_id, annotator FROM {t} WHERE {where}"
                         for t in ("entities", "sentiments", "events", "doc_status"))
    for doc_id, name in project.conn.execute(sql, params * 4):
        out.setdefault(doc_id, set()).add(name)
    order = {n: i for i, n in enumerate(names)}
    return {d: sorted(who, key=order.__getitem__) for d, who in out.items()}


def default_annotators(project: Project) -> list[str]:
    return project.annotators(kind="human")


def doc_annotators(project: Project, doc_id: int, annotators: Sequence[str] | None = None) -> list[str]:
    """The annotators whose versions of ``doc_id`` are compared: those who marked it done, by name."""
    return [v.annotator for v in versions(project, doc_id, annotators) if v.votes]


def versions(project: Project, doc_id: int, annotators: Sequence[str] | None = None) -> list[VersionInfo]:
    """Every version of ``doc_id`` among ``annotators`` (default: the humans) that anyone touched,
    with its status and comment; ``votes`` is True only for the versions marked done."""
    names = list(annotators) if annotators is not None else default_annotators(project)
    out = []
    for name in _touched(project, names, [doc_id]).get(doc_id, []):
        st = project.status(doc_id, name)
        out.append(VersionInfo(name, st["status"], st["comment"], st["status"] == Status.DONE.value))
    return out


def _voters(project: Project, doc_id: int, names: Sequence[str]) -> list[str]:
    done = project.statuses_bulk(list(names), [doc_id]) if names else {}
    return [n for n in names if done.get((doc_id, n)) == Status.DONE.value]


# ---------------------------------------------------------------------------------------- queue
def _scores(project: Project, names: list[str]) -> dict[int, float]:
    from annotator.services.agreement import disagreement_scores

    return disagreement_scores(project, names, scope="done")


def review_queue(project: Project, annotators: Sequence[str] | None = None, *,
                 min_annotators: int = 2) -> list[QueueEntry]:
    """Documents at least ``min_annotators`` marked done, most disagreement first; reviewed ones last."""
    names = list(annotators) if annotators is not None else default_annotators(project)
    all_touched = _touched(project, names)
    statuses = project.statuses_bulk(names) if names else {}
    voters = {d: [n for n in who if statuses.get((d, n)) == Status.DONE.value] for d, who in all_touched.items()}
    touched = {d: who for d, who in voters.items() if len(who) >= min_annotators}
    if not touched:
        return []
    scores = _scores(project, names)
    done = {r[0] for r in project.conn.execute(
        "SELECT doc_id FROM doc_status WHERE annotator = ? AND status = 'done'", (GOLD,))}
    titles: dict[int, str] = {}
    ids = sorted(touched)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        titles.update(project.conn.execute(
            f"SELECT id, title FROM documents WHERE id IN ({','.join(map(str, chunk))})"))
    entries = [QueueEntry(doc_id=d, title=titles.get(d, ""), disagreement=float(scores.get(d, 0.0)),
                          annotators=tuple(who), reviewed=d in done,
                          others=tuple(n for n in all_touched[d] if n not in who)) for d, who in touched.items()]
    entries.sort(key=lambda e: (e.reviewed, -e.disagreement, e.doc_id))
    return entries


# ---------------------------------------------------------------------------------------- items
def _norm_spans(spans: Iterable[Span]) -> tuple[tuple[int, int, str], ...] | None:
    out = tuple(sorted((s.start, s.end, s.label) for s in spans))
    return out or None


def rejected_keys(project: Project, doc_id: int) -> set[str]:
    """Keys of items the reviewer decided are absent in gold (and did not undo) on this document:
    rejected, or taken from a version that left them empty (see :func:`decided_keys`)."""
    return decided_keys(project, doc_id)


def decided_keys(project: Project, doc_id: int) -> set[str]:
    """Keys of items with a reviewer decision (reject, take, edit) on the gold undo stack."""
    undo: list[int] = []
    redo: list[int] = []
    actions: dict[int, str] = {}
    for row in ordered_history(project.conn, doc_id, GOLD):
        actions[row.id] = row.action
        if row.undoes is not None:
            if undo and undo[-1] == row.undoes:
                redo.append(undo.pop())
        elif row.redoes is not None:
            if redo and redo[-1] == row.redoes:
                undo.append(redo.pop())
        else:
            undo.append(row.id)
            redo.clear()
    out = set()
    for i in undo:
        action = actions[i]
        for prefix in (REJECT, TAKE, EDIT):
            if action.startswith(prefix + " "):
                key = action[len(prefix) + 1:]
                out.add(key.rsplit(" from ", 1)[0] if prefix == TAKE else key)
    return out


def diff_items(project: Project, doc_id: int, annotators: Sequence[str] | None = None) -> list[ReviewItem]:
    """Every item of the document, entities in text order, then sentiments, then events."""
    names = _voters(project, doc_id, list(annotators)) if annotators is not None else doc_annotators(project, doc_id)
    text = project.document(doc_id).text
    org = project.schema.company_label
    versions = {n: without_orphans(text, project.annotations(doc_id, n), org) for n in names}
    gold = without_orphans(text, project.annotations(doc_id, GOLD), org)
    return _items(doc_id, text, names, versions, gold, decided_keys(project, doc_id))


def _agreed(values: dict[str, Any]) -> bool:
    vals = list(values.values())
    return len(vals) >= 2 and vals[0] is not None and all(v == vals[0] for v in vals)


def _items(doc_id: int, text: str, names: list[str], versions: dict[str, DocAnnotations], gold: DocAnnotations,
           rejected: set[str]) -> list[ReviewItem]:
    items: list[ReviewItem] = []
    # entity regions: overlapping spans of all versions (gold included) form one region
    tagged = [(s, n) for n in names for s in versions[n].entities] + [(s, GOLD) for s in gold.entities]
    tagged.sort(key=lambda t: (t[0].start, t[0].end))
    regions: list[list[tuple[Span, str]]] = []
    end = -1
    for span, who in tagged:
        if regions and span.start < end:
            regions[-1].append((span, who))
            end = max(end, span.end)
        else:
            regions.append([(span, who)])
            end = span.end
    for region in regions:
        start = min(s.start for s, _ in region)
        stop = max(s.end for s, _ in region)
        raw = {n: tuple(sorted((s for s, w in region if w == n), key=lambda s: (s.start, s.end))) for n in names}
        values = {n: _norm_spans(raw[n]) for n in names}
        gold_value = _norm_spans(s for s, w in region if w == GOLD)
        key = f"entity:{start}-{stop}"
        items.append(ReviewItem(doc_id, ENTITY_ITEM, key, values, gold_value, _agreed(values),
                                gold_value is not None or key in rejected, start, stop, text[start:stop], raw))
    companies = sorted(set().union(*(versions[n].sentiments for n in names), gold.sentiments))
    for company in companies:
        raw_s = {n: versions[n].sentiments.get(company) for n in names}
        values = {n: (s.value if s else None) for n, s in raw_s.items()}
        g = gold.sentiments.get(company)
        key = f"sentiment:{company}"
        title = next((s.name for s in [*raw_s.values(), g] if s and s.name), company)
        items.append(ReviewItem(doc_id, SENTIMENT_ITEM, key, values, g.value if g else None, _agreed(values),
                                g is not None or key in rejected, title=title, raw=raw_s))
    labels = sorted(set().union(*(versions[n].events for n in names), gold.events))
    for label in labels:
        raw_e = {n: versions[n].events.get(label) for n in names}
        values = {n: (True if e else None) for n, e in raw_e.items()}
        key = f"event:{label}"
        items.append(ReviewItem(doc_id, EVENT_ITEM, key, values, True if label in gold.events else None,
                                _agreed(values), label in gold.events or key in rejected, title=label, raw=raw_e))
    return items


def open_items(items: Iterable[ReviewItem]) -> list[ReviewItem]:
    return [i for i in items if not i.decided]


# ---------------------------------------------------------------------------------------- decisions
def _gold_changes(project: Project, item: ReviewItem, value: Any) -> list[dict[str, Any]]:
    """Changes that set the gold version of ``item`` to ``value`` (raw: spans / sentiment / event / None)."""
    gold = project.annotations(item.doc_id, GOLD)
    changes: list[dict[str, Any]] = []
    if item.kind == ENTITY_ITEM:
        region = Span(item.start or 0, item.end or 0, "x")
        taken = list(value or ())
        for s in gold.entities:  # gold entities never overlap: clear the region and what the new spans cover
            if s.overlaps(region) or any(s.overlaps(t) for t in taken):
                changes.append({"layer": ENTITY, "key": s.id, "before": entity_state(s), "after": None})
        for s in value or ():
            new = s.with_(id=None, source=MANUAL, confidence=None)
            changes.append({"layer": ENTITY, "key": None, "before": None, "after": entity_state(new)})
    elif item.kind == SENTIMENT_ITEM:
        company = item.key.split(":", 1)[1]
        before = gold.sentiments.get(company)
        after = None
        if value is not None:
            after = CompanySentiment(company=company, value=value.value, name=value.name or item.title,
                                     evidence=value.evidence)
        if before != after:
            changes.append({"layer": SENTIMENT, "key": company, "before": before and sentiment_state(before),
                            "after": after and sentiment_state(after)})
    elif item.kind == EVENT_ITEM:
        label = item.key.split(":", 1)[1]
        before_e = gold.events.get(label)
        after_e = None if value is None else EventLabel(label=label, evidence=value.evidence)
        if before_e != after_e:
            changes.append({"layer": EVENT, "key": label, "before": before_e and event_state(before_e),
                            "after": after_e and event_state(after_e)})
    else:
        raise AnnotationError(f"unknown review item kind {item.kind!r}", code="E680")
    return changes


def _dead_companies(project: Project, doc_id: int, changes: list[dict[str, Any]]) -> tuple[set[str], list[dict[str, Any]]]:
    """For gold after ``changes``: (company keys with no mention, deletions of the sentiments orphaned)."""
    text = project.document(doc_id).text
    gold = project.annotations(doc_id, GOLD)
    live = live_companies(text, entities_after(gold.entities, changes), project.schema.company_label)
    sents: dict[str, Any] = {k: sentiment_state(v) for k, v in gold.sentiments.items()}
    for c in changes:
        if c["layer"] == SENTIMENT:
            if c.get("after") is None:
                sents.pop(c["key"], None)
            else:
                sents[c["key"]] = c["after"]
    dead = {k for k in sents if k not in live}
    return dead, [{"layer": SENTIMENT, "key": k, "before": sents[k], "after": None} for k in sorted(dead)]


def _write(project: Project, doc_id: int, action: str, changes: list[dict[str, Any]], *,
           always: bool = False) -> int | None:
    project.ensure_annotator(GOLD, "gold")
    if not changes and not always:
        return None
    with project.write():
        dead, drops = _dead_companies(project, doc_id, changes)
        added = {c["key"] for c in changes if c["layer"] == SENTIMENT and c.get("after") is not None}
        if added & dead:
            raise AnnotationError(
                f"document {doc_id}: gold has no mention of {', '.join(sorted(added & dead))}; decide the company's "
                "mentions first (a sentiment lives with its company's mentions)", code="E611")
        changes = [*changes, *drops]
        st = project.status(doc_id, GOLD)
        if st["updated_at"] is None or st["status"] == Status.TODO.value:
            changes = [*changes, {"layer": "status", "key": None,
                                  "before": None if st["updated_at"] is None else
                                  {k: st[k] for k in ("status", "comment", "seconds")},
                                  "after": {"status": Status.IN_PROGRESS.value, "comment": "", "seconds": st["seconds"]}}]
        return project.apply(doc_id, GOLD, action, changes)


def take(project: Project, item: ReviewItem, from_annotator: str) -> int | None:
    """Make the gold version of ``item`` that of ``from_annotator`` (one undoable action)."""
    if from_annotator not in item.values:
        raise AnnotationError(f"{from_annotator!r} has no version in this review (versions: "
                              f"{', '.join(item.values)})", code="E681")
    value = item.raw.get(from_annotator)
    return _write(project, item.doc_id, f"{TAKE} {item.key} from {from_annotator}",
                  _gold_changes(project, item, value or None), always=not value)  # taking "—" is a decision


def reject(project: Project, item: ReviewItem) -> int | None:
    """Reject every version of ``item``: gold has nothing there, and the item counts as decided."""
    return _write(project, item.doc_id, f"{REJECT} {item.key}", _gold_changes(project, item, None), always=True)


def edit(project: Project, item: ReviewItem, value: Any) -> int | None:
    """Set the gold version of ``item`` to a value of the reviewer's own.

    ``value``: for an entity region, ``[(start, end, label), ...]``; for a sentiment, a sentiment
    name; for an event, True/False. An empty value is a rejection.
    """
    schema = project.schema
    if item.kind == ENTITY_ITEM:
        spans = [Span(int(s), int(e), str(lab)) for s, e, lab in (value or ())]
        text_len = len(project.document(item.doc_id).text)
        for s in spans:
            if schema.entity(s.label) is None:
                raise AnnotationError(f"unknown entity label {s.label!r}", code="E602")
            if not 0 <= s.start < s.end <= text_len:
                raise AnnotationError(f"span {s.start}-{s.end} is outside the text", code="E603")
        if any(a.overlaps(b) for i, a in enumerate(spans) for b in spans[i + 1:]):
            raise AnnotationError("gold entities may not overlap", code="E682")
        raw: Any = tuple(spans) or None
    elif item.kind == SENTIMENT_ITEM:
        if value is not None and schema.sentiment(value) is None:
            raise AnnotationError(f"unknown sentiment {value!r}", code="E604")
        raw = None if value is None else CompanySentiment(company=item.key.split(":", 1)[1], value=value,
                                                          name=item.title)
    else:
        raw = EventLabel(label=item.key.split(":", 1)[1]) if value else None
    if raw is None:
        return reject(project, item)
    return _write(project, item.doc_id, f"{EDIT} {item.key}", _gold_changes(project, item, raw))


def auto_accept_agreed(project: Project, doc_id: int, annotators: Sequence[str] | None = None, *,
                       items: list[ReviewItem] | None = None) -> int:
    """Copy every agreed, undecided item into gold in one action; returns how many were accepted."""
    items = diff_items(project, doc_id, annotators) if items is None else items
    todo = [i for i in items if i.agreed and not i.decided]
    changes: list[dict[str, Any]] = []
    accepted = 0
    # sentiments last, and only for companies gold has a mention of once the entities are in
    for item in sorted(todo, key=lambda i: i.kind == SENTIMENT_ITEM):
        item_changes = _gold_changes(project, item, item.raw[item.annotators[0]])
        if item.kind == SENTIMENT_ITEM:
            dead, _ = _dead_companies(project, doc_id, changes + item_changes)
            if item.key.split(":", 1)[1] in dead:
                continue
        changes += item_changes
        accepted += 1
    if accepted:
        _write(project, doc_id, AUTO, changes, always=True)
    return accepted


def start_document(project: Project, doc_id: int, annotators: Sequence[str] | None = None, *,
                   auto_accept: bool = True) -> list[ReviewItem]:
    """Open a document for review (the window and ``review --auto`` alike): with ``auto_accept``
    the agreed items go into gold (one undoable action); returns the items as they now stand."""
    names = doc_annotators(project, doc_id, annotators)
    if auto_accept:
        auto_accept_agreed(project, doc_id, names)
    return diff_items(project, doc_id, names)


def settle(project: Project, doc_id: int, reviewer: str = "", items: Sequence[ReviewItem] | None = None) -> bool:
    """Mark the document reviewed if nothing is left to decide; returns whether it is reviewed."""
    items = diff_items(project, doc_id) if items is None else items
    if open_items(items):
        return False
    if not is_reviewed(project, doc_id):
        finish(project, doc_id, reviewer)
    return True


def finish(project: Project, doc_id: int, reviewer: str = "") -> None:
    """Mark the gold version of a document reviewed (status done)."""
    project.ensure_annotator(GOLD, "gold")
    project.set_status(doc_id, GOLD, Status.DONE, comment=f"reviewed by {reviewer}" if reviewer else "")


def is_reviewed(project: Project, doc_id: int) -> bool:
    return project.status(doc_id, GOLD)["status"] == Status.DONE.value


@dataclass
class AutoReport:
    documents: int = 0
    accepted: int = 0  # items copied into gold
    finished: int = 0  # documents with nothing left to decide (gold marked done)
    left: dict[int, list[ReviewItem]] = field(default_factory=dict)  # doc_id -> open items

    def summary(self) -> str:
        n_left = sum(len(v) for v in self.left.values())
        return (f"{self.documents} documents to review: accepted {self.accepted} agreed items, "
                f"{self.finished} documents fully agreed (gold done); {n_left} items left on {len(self.left)} documents")


def auto_review(project: Project, annotators: Sequence[str] | None = None, *, reviewer: str = "auto",
                progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> AutoReport:
    """Headless review: accept agreed items everywhere; documents with nothing left are marked done.

    Each document is its own transaction (resumable: a cancel keeps whole documents).
    """
    queue = review_queue(project, annotators)
    report = AutoReport(documents=len(queue))
    for n, entry in enumerate(queue):
        if cancel is not None:
            cancel.check()
        if entry.reviewed:
            continue
        with project.write():
            before = diff_items(project, entry.doc_id, entry.annotators)
            report.accepted += auto_accept_agreed(project, entry.doc_id, entry.annotators, items=before)
            items = diff_items(project, entry.doc_id, entry.annotators)
            left = open_items(items)
            if left:
                report.left[entry.doc_id] = left
            else:
                settle(project, entry.doc_id, reviewer, items)
                report.finished += 1
        progress(n + 1, len(queue), entry.title[:40])
    return report


def describe(value: Any) -> str:
    """A short text for a normalised item value (for lists and the command line)."""
    if value is None:
        return "—"
    if value is True:
        return "yes"
    if isinstance(value, tuple):
        return " ".join(f"{lab}[{s}:{e}]" for s, e, lab in value)
    return str(value)
