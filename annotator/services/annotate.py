"""Annotating one document as one annotator: every edit the window (or a script) can make.

Each method is one action: it validates, writes the new state and its history row in one
transaction (:meth:`Project.apply`) and only then returns. Undo and redo are derived from the
history, so they survive restarts and work across all three layers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from annotator.core.companies import entities_after, live_companies, mention_key
from annotator.core.errors import AnnotationError
from annotator.core.model import (
    MANUAL,
    CompanySentiment,
    DocAnnotations,
    Span,
    Status,
    validate_span,
)
from annotator.core.text import company_key
from annotator.store import models as started_from
from annotator.store.lineage import ordered_history
from annotator.store.project import (
    ENTITY,
    EVENT,
    SENTIMENT,
    STATUS,
    Project,
    entity_state,
    event_state,
    sentiment_state,
)

NOT_UNDOABLE = ("start-from-model", "merge")  # the model's copy and a merge's reconciliation are no user action
MODEL_ANNOTATOR_KEY = "model_annotator"  # meta key: the model annotator whose output humans start from


@dataclass(frozen=True, slots=True)
class Company:
    """One company an article mentions: its key, display name, mentions and sentiment."""

    key: str
    name: str
    mentions: tuple[Span, ...]
    sentiment: CompanySentiment | None


def companies(text: str, ann: DocAnnotations, company_label: str) -> list[Company]:
    """Group the ORG mentions of one version into companies (by ``Span.company`` or name key).

    Institutions (ministries, regulators, courts, unions, news agencies: :mod:`annotator.nlp.institutions`)
    keep their ORG entity but are no company: the model leaves their ``Span.company`` empty and they
    are not listed, unless their key has a sentiment (someone chose to give them one)."""
    from annotator.nlp.institutions import is_institution

    groups: dict[str, list[Span]] = {}
    for span in ann.sorted_entities():
        if span.label != company_label:
            continue
        surface = text[span.start : span.end]
        key = span.company or company_key(surface)
        if not key or (span.company is None and key not in ann.sentiments and is_institution(surface)):
            continue
        groups.setdefault(key, []).append(span)
    out = []
    for key, spans in groups.items():
        names = [text[s.start : s.end] for s in spans]
        name = max(set(names), key=lambda n: (names.count(n), -names.index(n)))
        out.append(Company(key=key, name=name, mentions=tuple(spans), sentiment=ann.sentiments.get(key)))
    # a sentiment whose company has no mention left is an orphan (annotator.core.companies): not a company
    out.sort(key=lambda c: (c.mentions[0].start if c.mentions else 1 << 60, c.key))
    return out


class AnnotationSession:
    """Edits by one annotator. Cheap to create; holds no state but the project and the name."""

    checkpoint_on_accept = True  # False where a background sync does it (the window: annotator.ui.disk_state)

    def __init__(self, project: Project, annotator: str):
        self.project = project
        self.annotator = annotator
        project.ensure_annotator(annotator, "gold" if annotator == "gold" else "human")
        self._texts: dict[int, str] = {}

    # ------------------------------------------------------------------ reading
    def text(self, doc_id: int) -> str:
        if doc_id not in self._texts:
            if len(self._texts) > 8:
                self._texts.clear()
            self._texts[doc_id] = self.project.document(doc_id).text
        return self._texts[doc_id]

    def annotations(self, doc_id: int) -> DocAnnotations:
        return self.project.annotations(doc_id, self.annotator)

    def open(self, doc_id: int) -> DocAnnotations:
        """Annotations to show: on first open, the human starts from the model's pre-annotation."""
        ann = self.annotations(doc_id)
        if ann.is_empty() and self.project.status(doc_id, self.annotator)["updated_at"] is None:
            model = self.project.get_meta(MODEL_ANNOTATOR_KEY)
            if model and model != self.annotator:
                pre = self.project.annotations(doc_id, model)
                if not pre.is_empty():
                    with self.project.write():
                        self.project.replace_annotations(doc_id, self.annotator, pre, action="start-from-model")
                        started_from.record_start(self.project, doc_id, self.annotator, model)
                    ann = self.annotations(doc_id)
        return ann

    # ------------------------------------------------------------------ entities
    def _entity(self, doc_id: int, entity_id: int) -> Span:
        for span in self.project.entities_where(doc_id, self.annotator, entity_id=entity_id):
            return span
        raise AnnotationError(f"document {doc_id}: {self.annotator} has no entity {entity_id}", code="E601")

    def _check_label(self, label: str) -> None:
        if self.project.schema.entity(label) is None:
            names = ", ".join(self.project.schema.entity_names)
            raise AnnotationError(f"unknown entity label {label!r} (expected one of {names})", code="E602")

    def _check_span(self, doc_id: int, start: int, end: int) -> None:
        problem = validate_span(self.text(doc_id), start, end)
        if problem:
            raise AnnotationError(f"document {doc_id}: {problem}", code="E603")

    def add_entity(self, doc_id: int, start: int, end: int, label: str, *, action: str = "add-entity") -> Span:
        """Label ``start:end``; entities it overlaps are replaced (doc.ents allows no overlap)."""
        self._check_label(label)
        self._check_span(doc_id, start, end)
        new = Span(start, end, label, source=MANUAL)
        changes = [{"layer": ENTITY, "key": s.id, "before": entity_state(s), "after": None}
                   for s in self.project.entities_where(doc_id, self.annotator, overlapping=(start, end))]
        changes.append({"layer": ENTITY, "key": None, "before": None, "after": entity_state(new)})
        hid = self._apply(doc_id, action, changes)
        return self._added(hid)

    def _apply(self, doc_id: int, action: str, changes: list[dict[str, Any]]) -> int | None:
        """Write an edit; a company that loses its last mention loses its sentiment in the same row."""
        return self.project.apply(doc_id, self.annotator, action, changes + self._orphaned(doc_id, changes))

    def _orphaned(self, doc_id: int, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Sentiment deletions for the companies ``changes`` leave without a mention."""
        org = self.project.schema.company_label
        if not any(c["layer"] == ENTITY and any((c.get(side) or {}).get("label") == org
                                                for side in ("before", "after")) for c in changes):
            return []
        sents = {k: sentiment_state(v) for k, v in
                 self.project.annotations(doc_id, self.annotator, layers=(SENTIMENT,)).sentiments.items()}
        for c in changes:
            if c["layer"] == SENTIMENT:
                if c.get("after") is None:
                    sents.pop(c["key"], None)
                else:
                    sents[c["key"]] = c["after"]
        if not sents:
            return []
        ents = entities_after(self.project.annotations(doc_id, self.annotator, layers=(ENTITY,)).entities, changes)
        live = live_companies(self.text(doc_id), ents, org)
        return [{"layer": SENTIMENT, "key": k, "before": v, "after": None}
                for k, v in sorted(sents.items()) if k not in live]

    def _added(self, history_id: int | None) -> Span:
        row = self.project.history(annotator=self.annotator, since_id=(history_id or 1) - 1)[0]
        st = next(c["after"] for c in row.changes if c["layer"] == ENTITY and c["after"] is not None)
        return Span(st["start"], st["end"], st["label"], st.get("source", MANUAL), st.get("confidence"),
                    st.get("company"), st["id"])

    def relabel(self, doc_id: int, entity_id: int, label: str) -> str | None:
        """Change an entity's label. Relabelled to the company label, the mention makes (or joins) a
        company: its key is returned (the window makes it the current company); otherwise None.
        A company whose last mention is relabelled away loses its sentiment in the same action."""
        self._check_label(label)
        span = self._entity(doc_id, entity_id)
        org = self.project.schema.company_label
        new = span.with_(label=label, source=MANUAL, confidence=None,
                         company=span.company if label == org else None)
        self._apply(doc_id, "relabel",
                    [{"layer": ENTITY, "key": span.id, "before": entity_state(span), "after": entity_state(new)}])
        return (mention_key(self.text(doc_id), new) or None) if label == org else None

    def delete_entity(self, doc_id: int, entity_id: int) -> None:
        span = self._entity(doc_id, entity_id)
        self._apply(doc_id, "delete-entity",
                    [{"layer": ENTITY, "key": span.id, "before": entity_state(span), "after": None}])

    def resize_entity(self, doc_id: int, entity_id: int, start: int, end: int) -> None:
        """Move an entity's boundaries (grow/shrink); overlapped neighbours are replaced."""
        self._check_span(doc_id, start, end)
        span = self._entity(doc_id, entity_id)
        new = span.with_(start=start, end=end, source=MANUAL, confidence=None)
        changes = [{"layer": ENTITY, "key": s.id, "before": entity_state(s), "after": None}
                   for s in self.project.entities_where(doc_id, self.annotator, overlapping=(start, end))
                   if s.id != span.id]
        changes.append({"layer": ENTITY, "key": span.id, "before": entity_state(span), "after": entity_state(new)})
        self._apply(doc_id, "resize-entity", changes)

    def confirm_entity(self, doc_id: int, entity_id: int) -> None:
        span = self._entity(doc_id, entity_id)
        if span.source != MANUAL:
            new = span.with_(source=MANUAL, confidence=None)
            self.project.apply(doc_id, self.annotator, "confirm-entity",
                               [{"layer": ENTITY, "key": span.id, "before": entity_state(span),
                                 "after": entity_state(new)}])

    def label_all(self, doc_id: int, start: int, end: int, label: str) -> int:
        """Label every occurrence of ``text[start:end]`` in this document (whole words only).

        Occurrences that already carry exactly this label are confirmed if the model suggested them
        (else left alone); overlapping entities are replaced. One action (one undo). Returns how
        many spans were added or confirmed.
        """
        self._check_label(label)
        self._check_span(doc_id, start, end)
        text = self.text(doc_id)
        needle = text[start:end]
        current = self.annotations(doc_id).entities
        existing = {(s.start, s.end, s.label): s for s in current}
        changes: list[dict[str, Any]] = []
        removed: set[int] = set()
        added = 0
        for s, e in find_occurrences(text, needle):
            same = existing.get((s, e, label))
            if same is not None:
                if same.source != MANUAL:  # the model's suggestion, now chosen by the user
                    changes.append({"layer": ENTITY, "key": same.id, "before": entity_state(same),
                                    "after": entity_state(same.with_(source=MANUAL, confidence=None))})
                    added += 1
                continue
            new = Span(s, e, label)
            for old in current:
                if old.id not in removed and old.overlaps(new):
                    removed.add(old.id)  # type: ignore[arg-type]
                    changes.append({"layer": ENTITY, "key": old.id, "before": entity_state(old), "after": None})
            changes.append({"layer": ENTITY, "key": None, "before": None, "after": entity_state(new)})
            added += 1
        if changes:
            self._apply(doc_id, "label-all", changes)
        return added

    # ------------------------------------------------------------------ companies & sentiment
    def companies(self, doc_id: int) -> list[Company]:
        return companies(self.text(doc_id), self.annotations(doc_id), self.project.schema.company_label)

    def set_sentiment(self, doc_id: int, company: str, value: str | None, *, name: str = "") -> None:
        if value is not None and self.project.schema.sentiment(value) is None:
            names = ", ".join(self.project.schema.sentiment_names)
            raise AnnotationError(f"unknown sentiment {value!r} (expected one of {names})", code="E604")
        current = self.project.annotations(doc_id, self.annotator, layers=(SENTIMENT,)).sentiments.get(company)
        if value is None:
            after = None
        elif company not in live_companies(self.text(doc_id), self.project.annotations(
                doc_id, self.annotator, layers=(ENTITY,)).entities, self.project.schema.company_label):
            raise AnnotationError(f"document {doc_id}: {self.annotator} has no mention of the company {company!r}; "
                                  "a sentiment lives with its company's mentions", code="E610")
        else:
            name = name or (current.name if current else "") or next(
                (c.name for c in self.companies(doc_id) if c.key == company), company)
            after = sentiment_state(CompanySentiment(company=company, value=value, name=name,
                                                     evidence=current.evidence if current else ()))
        before = current and sentiment_state(current)
        if before == after:
            return
        self.project.apply(doc_id, self.annotator, "set-sentiment",
                           [{"layer": SENTIMENT, "key": company, "before": before, "after": after}])

    def set_company(self, doc_id: int, entity_ids: list[int], company: str | None, *,
                    action: str = "set-company") -> None:
        """Assign mentions to a company key: merge two names (same key) or split one off (new key).

        A sentiment held by a company that loses all its mentions moves to the target company if
        that one has none yet.
        """
        ann = self.annotations(doc_id)
        by_id = {s.id: s for s in ann.entities}
        changes: list[dict[str, Any]] = []
        old_keys = set()
        text = self.text(doc_id)
        for eid in entity_ids:
            span = by_id.get(eid)
            if span is None:
                raise AnnotationError(f"document {doc_id}: no entity {eid}", code="E601")
            old_keys.add(span.company or company_key(text[span.start : span.end]))
            new = span.with_(company=company)
            if new != span:
                changes.append({"layer": ENTITY, "key": span.id, "before": entity_state(span),
                                "after": entity_state(new)})
        target = company or ""
        if company and company not in ann.sentiments:
            for key in old_keys:
                s = ann.sentiments.get(key)
                still_used = any((x.company or company_key(text[x.start:x.end])) == key
                                 for x in ann.entities if x.id not in set(entity_ids))
                if s and not still_used:
                    changes.append({"layer": SENTIMENT, "key": key, "before": sentiment_state(s), "after": None})
                    changes.append({"layer": SENTIMENT, "key": target, "before": None,
                                    "after": sentiment_state(CompanySentiment(company=target, value=s.value,
                                                                              name=s.name, evidence=s.evidence))})
                    break
        if changes:
            self._apply(doc_id, action, changes)

    def merge_companies(self, doc_id: int, keep: str, other: str) -> None:
        ids = [s.id for c in self.companies(doc_id) if c.key in (keep, other) for s in c.mentions]
        self.set_company(doc_id, [i for i in ids if i is not None], keep, action="merge-companies")

    def split_company(self, doc_id: int, entity_ids: list[int], new_key: str) -> None:
        self.set_company(doc_id, entity_ids, new_key, action="split-company")

    # ------------------------------------------------------------------ events
    def set_event(self, doc_id: int, label: str, present: bool) -> None:
        if self.project.schema.event(label) is None:
            names = ", ".join(self.project.schema.event_names)
            raise AnnotationError(f"unknown event type {label!r} (expected one of {names})", code="E605")
        current = self.project.annotations(doc_id, self.annotator, layers=(EVENT,)).events.get(label)
        if present and current is not None and current.source == MANUAL:
            return
        if not present and current is None:
            return
        after = None
        if present:
            after = {"source": MANUAL, "confidence": None,
                     "evidence": [list(x) for x in current.evidence] if current else []}
        self.project.apply(doc_id, self.annotator, "set-event",
                           [{"layer": EVENT, "key": label, "before": current and event_state(current),
                             "after": after}])

    def toggle_event(self, doc_id: int, label: str) -> bool:
        present = label not in self.project.annotations(doc_id, self.annotator, layers=(EVENT,)).events
        self.set_event(doc_id, label, present)
        return present

    # ------------------------------------------------------------------ status
    def set_status(self, doc_id: int, status: Status | str, comment: str = "", *, add_seconds: float = 0.0) -> None:
        status = Status.parse(status.value if isinstance(status, Status) else status)
        if status is Status.FLAGGED and not comment.strip():
            raise AnnotationError("a flag needs a comment saying what is wrong", code="E606")
        if status is Status.DONE:
            self.accept(doc_id, add_seconds=add_seconds)
            return
        self.project.set_status(doc_id, self.annotator, status, comment, add_seconds=add_seconds)

    def accept(self, doc_id: int, *, add_seconds: float = 0.0) -> None:
        """Mark done: what the annotator leaves in place from the model is confirmed (source manual).

        A sentiment whose company has no mention left (an orphan an older file may hold) is
        removed, never confirmed."""
        ann = self.annotations(doc_id)
        changes: list[dict[str, Any]] = []
        live = live_companies(self.text(doc_id), ann.entities, self.project.schema.company_label)
        for s in ann.entities:
            if s.source != MANUAL:
                changes.append({"layer": ENTITY, "key": s.id, "before": entity_state(s),
                                "after": entity_state(s.with_(source=MANUAL, confidence=None))})
        for key, c in ann.sentiments.items():
            if key not in live:
                changes.append({"layer": SENTIMENT, "key": key, "before": sentiment_state(c), "after": None})
            elif c.source != MANUAL:
                new = CompanySentiment(company=c.company, value=c.value, name=c.name, evidence=c.evidence)
                changes.append({"layer": SENTIMENT, "key": key, "before": sentiment_state(c),
                                "after": sentiment_state(new)})
        for key, e in ann.events.items():
            if e.source != MANUAL:
                changes.append({"layer": EVENT, "key": key, "before": event_state(e),
                                "after": {"source": MANUAL, "confidence": None,
                                          "evidence": [list(x) for x in e.evidence]}})
        st = self.project.status(doc_id, self.annotator)
        before = None if st["updated_at"] is None else {k: st[k] for k in ("status", "comment", "seconds")}
        changes.append({"layer": "status", "key": None, "before": before,
                        "after": {"status": Status.DONE.value, "comment": "", "seconds": st["seconds"] + add_seconds}})
        self.project.apply(doc_id, self.annotator, "accept", changes)
        if self.checkpoint_on_accept:
            self.project.checkpoint(quiet=True)  # accepted work goes into the main file, synced

    # ------------------------------------------------------------------ undo / redo
    def _stacks(self, doc_id: int) -> tuple[list[int], list[int]]:
        """(undo stack, redo stack) of history ids, derived from the append-only history."""
        undo: list[int] = []
        redo: list[int] = []
        for row in ordered_history(self.project.conn, doc_id, self.annotator):  # the same on every desktop
            if row.undoes is not None:
                if undo and undo[-1] == row.undoes:
                    undo.pop()
                    redo.append(row.undoes)
            elif row.redoes is not None:
                if redo and redo[-1] == row.redoes:
                    redo.pop()
                    undo.append(row.redoes)
            elif row.action not in NOT_UNDOABLE:
                undo.append(row.id)
                redo.clear()
        return undo, redo

    def can_undo(self, doc_id: int) -> bool:
        return bool(self._stacks(doc_id)[0])

    def can_redo(self, doc_id: int) -> bool:
        return bool(self._stacks(doc_id)[1])

    def undo(self, doc_id: int) -> str | None:
        """Undo this annotator's last action on the document; returns its name, or None."""
        with self.project.write():
            undo, _ = self._stacks(doc_id)
            if not undo:
                return None
            row = self.project.history(doc_id=doc_id, annotator=self.annotator, since_id=undo[-1] - 1)[0]
            inverse = [{"layer": c["layer"], "key": c["key"], "before": c["after"], "after": c["before"]}
                       for c in reversed(row.changes)]
            self.project.apply(doc_id, self.annotator, f"undo:{row.action}",
                               self._from_stored(doc_id, self._keep_time(doc_id, inverse)), undoes=row.id)
        return row.action

    def _from_stored(self, doc_id: int, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Undo/redo set items back to a recorded state, from what is stored now (read in the same
        transaction as the write): after merges of other desktops' rows, which interleave in the
        global order, the item may hold another value than the row recorded. Every desktop thus
        undoes the same action to the same result."""
        return [{**c, "before": self._stored(doc_id, c)} for c in changes]

    def _stored(self, doc_id: int, change: dict[str, Any]) -> dict[str, Any] | None:
        layer, key = change["layer"], change.get("key")
        if layer == ENTITY:
            found = self.project.entities_where(doc_id, self.annotator, entity_id=key) if key is not None else []
            return entity_state(found[0]) if found else None
        if layer == SENTIMENT:
            s = self.project.annotations(doc_id, self.annotator, layers=(SENTIMENT,)).sentiments.get(key)
            return s and sentiment_state(s)
        if layer == EVENT:
            e = self.project.annotations(doc_id, self.annotator, layers=(EVENT,)).events.get(key)
            return e and event_state(e)
        st = self.project.status(doc_id, self.annotator)
        return None if st["updated_at"] is None else {k: st[k] for k in ("status", "comment", "seconds")}

    def _keep_time(self, doc_id: int, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Undo and redo move a status, never the time: the seconds recorded meanwhile stay."""
        if not any(c["layer"] == STATUS for c in changes):
            return changes
        st = self.project.status(doc_id, self.annotator)
        out = []
        for c in changes:
            if c["layer"] == STATUS:
                c = dict(c)
                if c.get("before") is not None:
                    c["before"] = {**c["before"], "seconds": st["seconds"]}
                if c.get("after") is not None:
                    c["after"] = {**c["after"], "seconds": st["seconds"]}
                elif st["seconds"]:  # back to no status, but the time spent is kept (as add_time keeps it)
                    c["after"] = {"status": Status.IN_PROGRESS.value, "comment": "", "seconds": st["seconds"]}
            out.append(c)
        return out

    def redo(self, doc_id: int) -> str | None:
        with self.project.write():
            _, redo = self._stacks(doc_id)
            if not redo:
                return None
            row = self.project.history(doc_id=doc_id, annotator=self.annotator, since_id=redo[-1] - 1)[0]
            self.project.apply(doc_id, self.annotator, f"redo:{row.action}",
                               self._from_stored(doc_id, self._keep_time(doc_id, [dict(c) for c in row.changes])),
                               redoes=row.id)
        return row.action


def find_occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``needle`` in ``text`` (case-sensitive), as code-point offsets.

    A hyphen-joined word is another word: "Walmart" does not occur in "Walmart-Express".
    """
    if not needle.strip():
        return []
    pattern = re.compile(r"(?<!\w)(?<!\w-)" + re.escape(needle) + r"(?!\w)(?!-\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]
