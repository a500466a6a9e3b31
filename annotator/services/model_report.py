"""Where the model is weak: its pre-annotation against the final human versions, per model version.

For every model version (a ``model:`` annotator) and every document it pre-annotated that has a
**final** version (the gold version when its review is done, else the latest human version marked
done), each item of the pre-annotation is one of:

* **kept**: the final version has the same item (entity: same start, end and label; company
  sentiment: same company, same value; event type: same type);
* **changed**: the final version has it differently (entity: an overlapping entity with other
  bounds or label, matched one to one in text order; sentiment: same company, other value);
* **deleted**: nothing of it is left;

and each final item that no pre-annotated item was kept or changed into is **added**. Counts go
under the pre-annotation's label (kept, changed, deleted) or the final label (added).

Precision of the pre-annotator for label L = kept(L) / predicted(L); recall = kept(L) / final(L),
where kept(L) counts exact matches with label L on both sides (a changed item is an error on both).
Per model version, so the figures can be followed over time; the learning curve of a trained
version (``annotator train --curve``) comes from the registry.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import GOLD, DocAnnotations, Status
from annotator.store import models as registry
from annotator.store.project import Project

KINDS = ("entities", "sentiments", "events")
OUTCOMES = ("kept", "changed", "deleted", "added")


@dataclass
class Counts:
    kept: int = 0
    changed: int = 0
    deleted: int = 0
    added: int = 0
    predicted: int = 0  # items of this label in the pre-annotation
    final: int = 0  # items of this label in the final versions
    tp: int = 0  # exact matches with this label on both sides

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.final if self.final else None

    def as_dict(self) -> dict[str, Any]:
        return {"kept": self.kept, "changed": self.changed, "deleted": self.deleted, "added": self.added,
                "predicted": self.predicted, "final": self.final, "precision": self.precision,
                "recall": self.recall}


@dataclass
class ModelStats:
    annotator: str
    created: str = ""
    origin: str = ""
    documents: int = 0  # documents compared
    started: int = 0  # of which a human started from this model's suggestions
    by_kind: dict[str, dict[str, Counts]] = field(default_factory=lambda: {k: {} for k in KINDS})
    curve: list[dict[str, Any]] = field(default_factory=list)
    dev_scores: dict[str, float] = field(default_factory=dict)

    def counts(self, kind: str, label: str) -> Counts:
        return self.by_kind[kind].setdefault(label, Counts())

    def total(self, kind: str) -> Counts:
        out = Counts()
        for c in self.by_kind[kind].values():
            for name in ("kept", "changed", "deleted", "added", "predicted", "final", "tp"):
                setattr(out, name, getattr(out, name) + getattr(c, name))
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"annotator": self.annotator, "created": self.created, "origin": self.origin,
                "documents": self.documents, "started": self.started,
                "kinds": {k: {lab: c.as_dict() for lab, c in sorted(v.items())} for k, v in self.by_kind.items()},
                "totals": {k: self.total(k).as_dict() for k in KINDS},
                "curve": self.curve, "dev_scores": self.dev_scores}


def final_versions(project: Project) -> dict[int, str]:
    """Per document, the annotator whose version is final: gold when reviewed, else the latest
    human version marked done."""
    out = project.latest_versions(Status.DONE.value, ("human",))
    for (doc_id, _), status in project.statuses_bulk([GOLD]).items():
        if status == Status.DONE.value:
            out[doc_id] = GOLD
    return out


def compare(stats: ModelStats, pre: DocAnnotations, final: DocAnnotations) -> None:
    """Add one document's comparison to ``stats`` (see the module docstring)."""
    # entities
    pre_e = sorted(pre.entities, key=lambda s: (s.start, s.end, s.label))
    fin_e = sorted(final.entities, key=lambda s: (s.start, s.end, s.label))
    for s in pre_e:
        stats.counts("entities", s.label).predicted += 1
    for s in fin_e:
        stats.counts("entities", s.label).final += 1
    exact = {s.key for s in fin_e}
    used_final: set[int] = set()
    left = []
    for s in pre_e:
        if s.key in exact:
            j = next(i for i, f in enumerate(fin_e) if f.key == s.key and i not in used_final)
            used_final.add(j)
            stats.counts("entities", s.label).kept += 1
            stats.counts("entities", s.label).tp += 1
        else:
            left.append(s)
    for s in left:
        j = next((i for i, f in enumerate(fin_e) if i not in used_final and f.start < s.end and s.start < f.end), None)
        if j is None:
            stats.counts("entities", s.label).deleted += 1
        else:
            used_final.add(j)
            stats.counts("entities", s.label).changed += 1
    for i, f in enumerate(fin_e):
        if i not in used_final:
            stats.counts("entities", f.label).added += 1
    # company sentiment
    for key, s in pre.sentiments.items():
        c = stats.counts("sentiments", s.value)
        c.predicted += 1
        other = final.sentiments.get(key)
        if other is None:
            c.deleted += 1
        elif other.value == s.value:
            c.kept += 1
            c.tp += 1
        else:
            c.changed += 1
    for key, s in final.sentiments.items():
        c = stats.counts("sentiments", s.value)
        c.final += 1
        if key not in pre.sentiments:
            c.added += 1
    # event types
    for label in pre.events:
        c = stats.counts("events", label)
        c.predicted += 1
        if label in final.events:
            c.kept += 1
            c.tp += 1
        else:
            c.deleted += 1
    for label in final.events:
        c = stats.counts("events", label)
        c.final += 1
        if label not in pre.events:
            c.added += 1


def model_report(project: Project, *, started_only: bool = False) -> list[ModelStats]:
    """One :class:`ModelStats` per model version, oldest first (registry order, then the others).

    ``started_only`` compares only documents whose final human version started from that model's
    suggestions (recorded when a human first opens a document).
    """
    rows = {r.annotator: r for r in registry.all_models(project)}
    names = [n for n in rows if project.annotator_kind(n) == "model"]
    names += [n for n in project.annotators("model") if n not in rows]
    finals = final_versions(project)
    starts = registry.starts(project)
    started_by_doc: dict[int, set[str]] = defaultdict(set)
    for (doc_id, _human), model in starts.items():
        started_by_doc[doc_id].add(model)
    out = []
    for name in names:
        row = rows.get(name)
        stats = ModelStats(annotator=name, created=row.created_at if row else "", origin=row.origin if row else "")
        if row is not None:
            stats.curve = list(row.details.get("curve", []))
            stats.dev_scores = dict(row.scores.get("summary", {}))
        done = project.preannotated_ids(name, ())
        ids = sorted(i for i in done if i in finals)
        if started_only:
            ids = [i for i in ids if name in started_by_doc.get(i, ())]
        for k in range(0, len(ids), 500):
            chunk = ids[k : k + 500]
            bulk = project.annotations_bulk(sorted({name} | {finals[i] for i in chunk}), chunk)
            for doc_id in chunk:
                pre = bulk.get((doc_id, name)) or DocAnnotations()
                final = bulk.get((doc_id, finals[doc_id])) or DocAnnotations()
                compare(stats, pre, final)
                stats.documents += 1
                if name in started_by_doc.get(doc_id, ()):
                    stats.started += 1
        out.append(stats)
    return out


def format_report(stats: list[ModelStats]) -> str:
    """The report as text: per model version, per kind and label."""
    if not stats:
        return "No model has pre-annotated this project yet."
    lines = []
    for st in stats:
        lines.append(f"{st.annotator}  ({st.origin or 'model'}{', ' + st.created[:16] if st.created else ''}): "
                     f"{st.documents} finished document(s) compared, {st.started} started from its suggestions")
        for kind in KINDS:
            labels = st.by_kind[kind]
            if not labels:
                continue
            lines.append(f"  {kind:<11} {'label':<18} {'kept':>5} {'chang':>5} {'delet':>5} {'added':>5} "
                         f"{'P':>6} {'R':>6}")
            for label, c in sorted(labels.items()):
                lines.append(f"  {'':<11} {label:<18} {c.kept:>5} {c.changed:>5} {c.deleted:>5} {c.added:>5} "
                             f"{_f(c.precision):>6} {_f(c.recall):>6}")
            t = st.total(kind)
            lines.append(f"  {'':<11} {'(all)':<18} {t.kept:>5} {t.changed:>5} {t.deleted:>5} {t.added:>5} "
                         f"{_f(t.precision):>6} {_f(t.recall):>6}")
        if st.curve:
            lines.append("  learning curve (dev): " + "; ".join(
                f"{int(p['fraction'] * 100)}% ({p['documents']} docs) " + " ".join(
                    f"{k}={p['scores'].get(k, 0.0):.3f}" for k in ("ents_f", "spans_sentiment_f", "cats_macro_f"))
                for p in st.curve))
    return "\n".join(lines)


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def compare_document(project: Project, doc_id: int, annotator: str, model: str | None = None) -> str:
    """A model's suggestions for one document beside ``annotator``'s version, as text: what the
    model would add, what it would not have, where it differs. Nothing is applied."""
    model = model or project.get_meta("model_annotator")
    if not model:
        return "No active model."
    text = project.document(doc_id).text
    mine, pre = project.annotations(doc_id, annotator), project.annotations(doc_id, model)
    if pre.is_empty() and doc_id not in project.preannotated_ids(model, ()):
        return f"{model} has not pre-annotated document {doc_id} yet (Model ▸ Re-pre-annotate)."
    lines = [f"Document {doc_id}: {model.removeprefix('model:')} (its suggestions, not applied) against "
             f"{annotator}'s version"]
    have = {s.key for s in mine.entities}
    new = {s.key for s in pre.entities}
    for title, keys in (("The model suggests, you do not have", new - have),
                        ("You have, the model does not suggest", have - new)):
        if keys:
            lines.append(f"{title}:")
            lines += [f"  {lab} {text[s:e]!r} ({s}-{e})" for s, e, lab in sorted(keys)]
    for key in sorted(set(mine.sentiments) | set(pre.sentiments)):
        a, b = mine.sentiments.get(key), pre.sentiments.get(key)
        if (a and a.value) != (b and b.value):
            lines.append(f"Sentiment of {(b or a).name or key}: yours {a.value if a else '-'}, "
                         f"the model's {b.value if b else '-'}")
    for label in sorted(set(mine.events) ^ set(pre.events)):
        lines.append(f"Event {label}: {'only yours' if label in mine.events else 'only the model'}")
    if len(lines) == 1:
        lines.append("No difference.")
    return "\n".join(lines)
