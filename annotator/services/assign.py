"""Assignment: which annotators see which document.

A lead sets how many annotators see each document (``per_doc``), or a share of documents that
are overlapped (``overlap``: that fraction of documents goes to ``per_doc`` annotators, the rest
to one). Work is spread evenly: each document goes to the annotators with the fewest documents
so far (ties broken by a seeded shuffle), so queues differ by at most one document per level of
overlap and every pair of annotators shares roughly the same number of documents.

Names are identities: ``alice`` on two desktops is the same person. Work already started
(an annotation or a status on a document) is kept assigned when assignments are recomputed,
so nobody loses a document they are working on.

:meth:`Project.queue_page` restricts each annotator's queue to their assignments as soon as any
exist; :func:`clear_assignments` goes back to "everyone sees everything".
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.core.errors import ProjectError
from annotator.core.model import GOLD, is_model_annotator
from annotator.store.project import Project


@dataclass
class AssignReport:
    documents: int
    annotators: list[str]
    pairs: int  # (document, annotator) assignments written
    per_annotator: dict[str, int] = field(default_factory=dict)
    overlapped: int = 0  # documents seen by more than one annotator
    kept: int = 0  # assignments kept because the annotator had already started the document

    def summary(self) -> str:
        loads = ", ".join(f"{name}: {n}" for name, n in self.per_annotator.items())
        return (f"{self.documents} documents assigned to {len(self.annotators)} annotators "
                f"({self.pairs} assignments, {self.overlapped} documents overlapped, {self.kept} kept "
                f"because already started); {loads}")


def check_annotator_names(names: Sequence[str]) -> list[str]:
    """Validate a list of human annotator names (unique, non-empty, not a model or gold)."""
    out: list[str] = []
    for raw in names:
        name = raw.strip()
        if not name:
            raise ProjectError("an annotator needs a name (got an empty one)", code="E240")
        if name == GOLD or is_model_annotator(name):
            raise ProjectError(f"{name!r} is not a human annotator (reserved for gold/model versions)",
                               code="E241")
        if name in out:
            raise ProjectError(f"annotator {name!r} is listed twice", code="E242")
        out.append(name)
    if not out:
        raise ProjectError("name at least one annotator to assign documents to", code="E243")
    return out


def plan_assignments(doc_ids: Sequence[int], annotators: Sequence[str], *, per_doc: int = 1,
                     overlap: float | None = None, seed: int = 0,
                     started: dict[int, set[str]] | None = None) -> tuple[list[tuple[int, str]], int]:
    """The ``(doc_id, annotator)`` pairs of a balanced assignment, and how many were kept.

    ``per_doc`` annotators see each overlapped document; with ``overlap`` (0..1) only that share
    of the documents (chosen with ``seed``) is overlapped and the others go to one annotator.
    ``started`` maps a document to annotators who already worked on it: they keep it.
    """
    names = list(annotators)
    if not 1 <= per_doc <= len(names):
        raise ProjectError(f"each document can go to 1 to {len(names)} annotators here, not {per_doc}",
                           code="E244")
    if overlap is not None and not 0.0 <= overlap <= 1.0:
        raise ProjectError(f"the overlap must be between 0% and 100%, not {overlap * 100:g}%", code="E245")
    rng = random.Random(seed)
    order = names[:]
    rng.shuffle(order)
    rank = {name: i for i, name in enumerate(order)}
    ids = list(doc_ids)
    if overlap is None:
        overlapped = set(ids)
    else:
        count = round(overlap * len(ids))
        overlapped = set(rng.sample(ids, count))
    started = started or {}
    load: Counter[str] = Counter({name: 0 for name in names})
    pairs: list[tuple[int, str]] = []
    kept = 0
    for doc_id in ids:
        want = per_doc if doc_id in overlapped else 1
        chosen = [n for n in names if n in started.get(doc_id, ())]
        kept += len(chosen)
        rest = sorted((n for n in names if n not in chosen), key=lambda n: (load[n], rank[n]))
        chosen += rest[: max(0, want - len(chosen))]
        for name in chosen:
            load[name] += 1
            pairs.append((doc_id, name))
        # rotate tie-breaking so equal loads do not always favour the same person
        rank = {name: (r + 1) % len(names) for name, r in rank.items()}
    return pairs, kept


def started_work(project: Project, annotators: Sequence[str]) -> dict[int, set[str]]:
    """Documents each annotator has already touched (an annotation or a status)."""
    out: dict[int, set[str]] = {}
    for name in annotators:
        for doc_id in project.annotated_doc_ids(name):
            out.setdefault(doc_id, set()).add(name)
    return out


def assign(project: Project, annotators: Sequence[str], *, per_doc: int | None = None,
           overlap: float | None = None, seed: int = 0, keep_started: bool = True) -> AssignReport:
    """Replace the project's assignments by a balanced plan over all its documents (one transaction).

    ``per_doc`` defaults to 2 when an ``overlap`` is given, else 1.
    """
    names = check_annotator_names(annotators)
    if per_doc is None:
        per_doc = 2 if overlap is not None else 1
    doc_ids = project.document_ids()
    started = started_work(project, names) if keep_started else {}
    pairs, kept = plan_assignments(doc_ids, names, per_doc=per_doc, overlap=overlap, seed=seed, started=started)
    with project.write():
        for name in names:
            project.ensure_annotator(name, "human")
        project.set_assignments(pairs, replace=True)
    per_doc_count = Counter(doc_id for doc_id, _ in pairs)
    loads = Counter(name for _, name in pairs)
    return AssignReport(documents=len(doc_ids), annotators=names, pairs=len(pairs),
                        per_annotator={n: loads[n] for n in names},
                        overlapped=sum(1 for n in per_doc_count.values() if n > 1), kept=kept)


def clear_assignments(project: Project) -> int:
    """Remove every assignment (everyone sees every document again); returns how many were removed."""
    with project.write() as conn:
        return conn.execute("DELETE FROM assignments").rowcount


def assignment_counts(project: Project) -> dict[str, int]:
    """Documents assigned to each annotator (empty when the project has no assignments)."""
    return dict(project.conn.execute(
        "SELECT annotator, count(*) FROM assignments GROUP BY annotator ORDER BY annotator"))


def queue_ids(project: Project, annotator: str) -> list[int]:
    """All document ids in an annotator's queue (their share, or every document without assignments)."""
    ids: list[int] = []
    after = 0
    while True:
        page = project.queue_page(annotator, after_id=after, limit=1000)
        if not page:
            return ids
        ids.extend(r.id for r in page)
        after = page[-1].id
