"""Inter-annotator agreement: entities, company sentiment, event types, and per-document scores.

What is compared (the choices, stated once):

* **Annotators**: the human annotators (kind "human") by default; ``include_model`` adds the
  model whose pre-annotation humans start from (project meta "model_annotator") as one more
  annotator; ``annotators`` names them explicitly. The gold version is never included unless named.
* **Documents** (``scope``): with ``"done"`` (the default) an annotator's version of a document
  counts only once they marked it done — an unfinished version still holds the model's
  suggestions and absent labels mean nothing yet. The model counts on every document it
  pre-annotated. With ``"annotated"`` every version with any annotation or status counts.
  Pairwise figures use the documents both annotators finished; Fleiss' kappa the documents all
  of them finished; Krippendorff's alpha every unit at least two of them coded (it handles
  missing values).
* **Entities**: per document, spans match exactly on (start, end, label), or by overlap (same
  label, overlapping offsets, one-to-one). Pairwise F1 = 2·matched / (spans of A + spans of B),
  per label and over all labels (symmetric, so there is no need to call one annotator the truth).
* **Sentiment**: a unit is (document, company key); an annotator's value is the sentiment they
  gave that company, missing if they gave none. Cohen's kappa per pair (units both rated),
  Krippendorff's alpha nominal and ordinal over everyone. Ordinal order: negative < neutral <
  positive, with **mixed at the rank of neutral** (it lies between the two poles: mixed vs neutral
  is no ordinal disagreement, mixed vs positive is a half-scale one); values outside these four
  are left out of the ordinal alpha only.
* **Events**: a unit is (document, event type), present or absent. Per event type: Cohen's kappa
  per pair, Fleiss' kappa and Krippendorff's alpha (nominal); and the same over all types pooled.
* **Disagreement per document**: 1 − the mean, over pairs of annotators, of the Dice similarity
  of their sets of items (entity spans with labels, company sentiments, event types); 0 = all
  agree, 1 = nothing in common. Two annotators who both left a document empty agree.

Coefficients that are undefined (no units, or no variation at all) are ``None`` ("n/a").
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from annotator.core.errors import ProjectError
from annotator.core.model import DocAnnotations, Status
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.services.metrics import (
    cohen_kappa_table,
    dice,
    f1,
    fleiss_kappa,
    krippendorff_alpha,
    overlap_matches,
)
from annotator.store.project import Project

MODEL_ANNOTATOR_KEY = "model_annotator"
SCOPES = ("done", "annotated")
FORMATS = ("text", "json", "csv", "html")

# Ordinal ranks of the sentiment values (see the module docstring).
ORDINAL_RANK = {"negative": 0, "neutral": 1, "mixed": 1, "positive": 2}


# ---------------------------------------------------------------------------- loading
@dataclass(slots=True)
class _Version:
    """The parts of one annotator's version of one document that agreement looks at."""

    ents: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # label -> spans
    sents: dict[str, str] = field(default_factory=dict)  # company key -> value
    events: frozenset[str] = frozenset()

    @classmethod
    def of(cls, ann: DocAnnotations) -> "_Version":
        ents: dict[str, list[tuple[int, int]]] = {}
        for s in ann.entities:
            ents.setdefault(s.label, []).append((s.start, s.end))
        return cls(ents, {k: v.value for k, v in ann.sentiments.items()}, frozenset(ann.events))

    def items(self) -> set[tuple[Any, ...]]:
        out: set[tuple[Any, ...]] = {("e", s, e, lab) for lab, spans in self.ents.items() for s, e in spans}
        out.update(("s", k, v) for k, v in self.sents.items())
        out.update(("v", lab) for lab in self.events)
        return out


_EMPTY = _Version()


def _load(project: Project, annotators: Sequence[str], scope: str, doc_ids: Sequence[int] | None = None
          ) -> tuple[dict[tuple[int, str], _Version], dict[str, set[int]]]:
    """Versions of ``annotators`` and, per annotator, the documents in scope (a few bulk queries)."""
    if scope not in SCOPES:
        raise ProjectError(f"unknown agreement scope {scope!r} (expected one of {', '.join(SCOPES)})", code="E263")
    raw = project.annotations_bulk(annotators, doc_ids)
    versions = {key: _Version.of(ann) for key, ann in raw.items()}
    statuses = project.statuses_bulk(annotators, doc_ids)
    finished: dict[str, set[int]] = {a: set() for a in annotators}
    wanted = None if doc_ids is None else set(doc_ids)
    for a in annotators:
        if project.annotator_kind(a) == "model":
            docs = {d for (d, who) in versions if who == a} | project.preannotated_ids(a, ())
            finished[a] = docs if wanted is None else docs & wanted
    for (d, a), st in statuses.items():
        if project.annotator_kind(a) == "model":
            continue
        if scope == "annotated" or st == Status.DONE.value:
            finished[a].add(d)
    if scope == "annotated":
        for (d, a) in versions:
            finished[a].add(d)
    return versions, finished


def resolve_annotators(project: Project, annotators: Sequence[str] | None = None, *,
                       include_model: bool = False, minimum: int = 2) -> list[str]:
    """The annotators to compare (see the module docstring); raises a coded error if unusable."""
    known = project.annotators()
    if annotators:
        names = list(dict.fromkeys(a.strip() for a in annotators if a.strip()))
        unknown = [a for a in names if a not in known]
        if unknown:
            raise ProjectError(
                f"{project.path}: no annotator {', '.join(map(repr, unknown))} in this project "
                f"(it has: {', '.join(known) or 'none'})", code="E260")
    else:
        names = project.annotators(kind="human")
    if include_model:
        model = project.get_meta(MODEL_ANNOTATOR_KEY)
        if not model or model not in known:
            raise ProjectError(f"{project.path}: the project has no model pre-annotation to include "
                               "(run `annotator preannotate` first)", code="E261")
        if model not in names:
            names.append(model)
    if len(names) < minimum:
        raise ProjectError(
            f"{project.path}: agreement needs at least {minimum} annotators, got {len(names)} "
            f"({', '.join(names) or 'none'}); the project has: {', '.join(known) or 'none'}", code="E262")
    return names


# ---------------------------------------------------------------------------- per-document scores
def _doc_score(versions: Sequence[_Version]) -> float:
    if len(versions) < 2:
        return 0.0
    items = [v.items() for v in versions]
    sims = [dice(a, b) for a, b in combinations(items, 2)]
    return 1.0 - sum(sims) / len(sims)


def _touched(versions: dict[tuple[int, str], _Version], finished: dict[str, set[int]]) -> dict[int, list[str]]:
    by_doc: dict[int, list[str]] = defaultdict(list)
    for a, docs in finished.items():
        for d in docs:
            by_doc[d].append(a)
    return by_doc


def document_disagreement(project: Project, doc_id: int, annotators: list[str] | None = None) -> float:
    """Disagreement of the annotators' versions of one document: 0 = all agree, 1 = nothing in common.

    ``annotators`` None means the human annotators; only those with any annotation or status on
    the document count (fewer than two: 0.0).
    """
    names = list(annotators) if annotators is not None else project.annotators(kind="human")
    if not names:
        return 0.0
    versions, finished = _load(project, names, "annotated", [doc_id])
    who = [a for a in names if doc_id in finished[a]]
    return _doc_score([versions.get((doc_id, a), _EMPTY) for a in who])


def disagreement_scores(project: Project, annotators: list[str] | None = None) -> dict[int, float]:
    """``{doc_id: disagreement}`` for every document at least one of the annotators touched.

    Same measure as :func:`document_disagreement` (human annotators by default), read in bulk.
    """
    names = list(annotators) if annotators is not None else project.annotators(kind="human")
    if not names:
        return {}
    versions, finished = _load(project, names, "annotated")
    by_doc = _touched(versions, finished)
    return {d: _doc_score([versions.get((d, a), _EMPTY) for a in names if a in who])
            for d, who in sorted(by_doc.items())}
