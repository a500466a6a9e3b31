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

from annotator.core.errors import ExportError, ProjectError
from annotator.core.model import DocAnnotations, Status
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.core.text import company_key
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
    events: set[str] | frozenset[str] = frozenset()

    @classmethod
    def of(cls, ann: DocAnnotations) -> "_Version":
        ents: dict[str, list[tuple[int, int]]] = {}
        for s in ann.entities:
            ents.setdefault(s.label, []).append((s.start, s.end))
        return cls(ents, {k: v.value for k, v in ann.sentiments.items()}, set(ann.events))

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
    ent_rows, sent_rows, event_rows = project.annotation_keys_bulk(annotators, doc_ids)
    versions: dict[tuple[int, str], _Version] = {}
    for d, a, start, end, label in ent_rows:
        v = versions.get((d, a))
        if v is None:
            v = versions[(d, a)] = _Version({}, {}, set())
        spans = v.ents.get(label)
        if spans is None:
            v.ents[label] = [(start, end)]
        else:
            spans.append((start, end))
    for d, a, company, value in sent_rows:
        v = versions.get((d, a))
        if v is None:
            v = versions[(d, a)] = _Version({}, {}, set())
        v.sents[company] = value
    for d, a, label in event_rows:
        v = versions.get((d, a))
        if v is None:
            v = versions[(d, a)] = _Version({}, {}, set())
        v.events.add(label)  # type: ignore[attr-defined]
    if sent_rows:
        _drop_orphans(project, versions, annotators, doc_ids)
    statuses = project.statuses_bulk(annotators, doc_ids)
    kinds = {a: project.annotator_kind(a) for a in annotators}
    finished: dict[str, set[int]] = {a: set() for a in annotators}
    wanted = None if doc_ids is None else set(doc_ids)
    for a in annotators:
        if kinds[a] == "model":
            docs = {d for (d, who) in versions if who == a} | project.preannotated_ids(a, ())
            finished[a] = docs if wanted is None else docs & wanted
    for (d, a), st in statuses.items():
        if kinds[a] != "model" and (scope == "annotated" or st == Status.DONE.value):
            finished[a].add(d)
    if scope == "annotated":
        for (d, a) in versions:
            finished[a].add(d)
    return versions, finished


def _drop_orphans(project: Project, versions: dict[tuple[int, str], _Version], annotators: Sequence[str],
                  doc_ids: Sequence[int] | None) -> None:
    """Forget sentiments whose company has no mention left in that version (older files may hold them)."""
    live: dict[tuple[int, str], set[str]] = defaultdict(set)
    org = project.schema.company_label
    wanted = None if doc_ids is None else set(doc_ids)
    names = set(annotators)
    for d, a, comp, mention in project.conn.execute(
            "SELECT e.doc_id, e.annotator, e.company, substr(d.text, e.start + 1, e.\"end\" - e.start) "
            "FROM entities e JOIN documents d ON d.id = e.doc_id WHERE e.label = ? AND e.doc_id IN "
            "(SELECT doc_id FROM sentiments)", (org,)):
        if a in names and (wanted is None or d in wanted):
            live[(d, a)].add(comp or company_key(mention))
    for key, v in versions.items():
        if v.sents:
            alive = live.get(key, set())
            for company in [c for c in v.sents if c not in alive]:
                del v.sents[company]


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


def disagreement_scores(project: Project, annotators: list[str] | None = None, *,
                        scope: str = "annotated") -> dict[int, float]:
    """``{doc_id: disagreement}`` for every document at least one of the annotators touched
    (``scope="done"``: finished; the review queue ranks by the versions that vote).

    Same measure as :func:`document_disagreement` (human annotators by default), read in bulk.
    """
    names = list(annotators) if annotators is not None else project.annotators(kind="human")
    if not names:
        return {}
    versions, finished = _load(project, names, scope)
    by_doc = _touched(versions, finished)
    return {d: _doc_score([versions.get((d, a), _EMPTY) for a in names if a in who])
            for d, who in sorted(by_doc.items())}


# ---------------------------------------------------------------------------- the report
@dataclass
class AgreementReport:
    """All the figures, JSON-ready (``None`` = undefined). See :func:`compute` for the layout."""

    project: str
    annotators: list[str]
    scope: str
    computed_at: str
    documents: int  # documents at least two of the annotators have in scope
    entities: dict[str, Any]
    sentiment: dict[str, Any]
    events: dict[str, Any]
    doc_scores: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def compute(project: Project, *, annotators: Sequence[str] | None = None, include_model: bool = False,
            scope: str = "done", progress: ProgressFn = no_progress, cancel: CancelToken | None = None
            ) -> AgreementReport:
    """Compute the agreement report (read-only: cancelling leaves nothing to undo).

    Layout (all coefficients float or None):

    * ``entities``: ``labels``; ``pairs`` = [{a, b, documents, overall, labels: {label: m}}] where
      m = {a, b (span counts), exact, overlap (matched), exact_f1, overlap_f1}; ``mean`` =
      {overall: {exact_f1, overlap_f1}, labels: {label: {...}}} averaged over pairs.
    * ``sentiment``: values, ordinal_order, units (pairable), alpha_nominal, alpha_ordinal,
      ``pairs`` = [{a, b, units, only_one, agreement, kappa}].
    * ``events``: labels; ``per_label`` = {label: {documents, documents_all, present: {annotator: n},
      fleiss_kappa, alpha_nominal, pairs: [{a, b, documents, agreement, kappa}]}}; ``overall`` the same
      over all event types pooled.
    * ``doc_scores``: [{doc_id, title, score, annotators}] most disagreement first.
    """
    names = resolve_annotators(project, annotators, include_model=include_model)
    steps = 5
    progress(0, steps, "reading annotations")
    versions, finished = _load(project, names, scope)
    _check(cancel)
    by_doc = _touched(versions, finished)
    compared = sorted(d for d, who in by_doc.items() if len(who) >= 2)
    schema = project.schema
    pairs = list(combinations(names, 2))

    progress(1, steps, "entities")
    entities = _entities(versions, finished, pairs, schema.entity_names)
    _check(cancel)
    progress(2, steps, "sentiment")
    sentiment = _sentiment(versions, finished, names, pairs, compared, schema.sentiment_names)
    _check(cancel)
    progress(3, steps, "events")
    events = _events(versions, finished, names, pairs, compared, schema.event_names)
    _check(cancel)
    progress(4, steps, "documents")
    titles = _titles(project, compared)
    scores = []
    for d in compared:
        who = [a for a in names if d in finished[a]]
        scores.append({"doc_id": d, "title": titles.get(d, ""), "annotators": who,
                       "score": _doc_score([versions.get((d, a), _EMPTY) for a in who])})
    scores.sort(key=lambda r: (-r["score"], r["doc_id"]))
    progress(steps, steps, "done")
    return AgreementReport(project=str(project.path), annotators=names, scope=scope,
                           computed_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                           documents=len(compared), entities=entities, sentiment=sentiment, events=events,
                           doc_scores=scores)


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.check()


def _titles(project: Project, doc_ids: Sequence[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for k in range(0, len(doc_ids), 500):
        chunk = list(doc_ids[k : k + 500])
        rows = project.conn.execute(
            f"SELECT id, title FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        out.update(rows)
    return out


def _mean(values: Iterable[float | None]) -> float | None:
    xs = [v for v in values if v is not None]
    return sum(xs) / len(xs) if xs else None


def _entities(versions: dict[tuple[int, str], _Version], finished: dict[str, set[int]],
              pairs: list[tuple[str, str]], schema_labels: list[str]) -> dict[str, Any]:
    seen = {lab for v in versions.values() for lab in v.ents}
    labels = list(schema_labels) + sorted(seen - set(schema_labels))
    out_pairs = []
    for a, b in pairs:
        docs = finished[a] & finished[b]
        counts = {lab: [0, 0, 0, 0] for lab in labels}  # n_a, n_b, exact, overlap
        for d in docs:
            va, vb = versions.get((d, a), _EMPTY), versions.get((d, b), _EMPTY)
            for lab in va.ents.keys() | vb.ents.keys():
                sa, sb = va.ents.get(lab, ()), vb.ents.get(lab, ())
                c = counts[lab]
                c[0] += len(sa)
                c[1] += len(sb)
                if sa and sb:
                    exact = len(set(sa) & set(sb))
                    c[2] += exact
                    # every span of the shorter list matched exactly: overlap cannot add more
                    c[3] += exact if exact == min(len(sa), len(sb)) else overlap_matches(sa, sb)
        per_label = {lab: _f1s(*c) for lab, c in counts.items()}
        total = [sum(c[i] for c in counts.values()) for i in range(4)]
        out_pairs.append({"a": a, "b": b, "documents": len(docs), "overall": _f1s(*total), "labels": per_label})
    mean = {
        "overall": {k: _mean(p["overall"][k] for p in out_pairs) for k in ("exact_f1", "overlap_f1")},
        "labels": {lab: {k: _mean(p["labels"][lab][k] for p in out_pairs) for k in ("exact_f1", "overlap_f1")}
                   for lab in labels},
    }
    return {"labels": labels, "pairs": out_pairs, "mean": mean}


def _f1s(n_a: int, n_b: int, exact: int, overlap: int) -> dict[str, Any]:
    return {"a": n_a, "b": n_b, "exact": exact, "overlap": overlap,
            "exact_f1": f1(exact, n_a, n_b), "overlap_f1": f1(overlap, n_a, n_b)}


def _sentiment(versions: dict[tuple[int, str], _Version], finished: dict[str, set[int]], names: list[str],
               pairs: list[tuple[str, str]], compared: list[int], schema_values: list[str]) -> dict[str, Any]:
    seen = {val for v in versions.values() for val in v.sents.values()}
    values = list(schema_values) + sorted(seen - set(schema_values))
    vindex = {v: i for i, v in enumerate(values)}
    ranks = sorted({ORDINAL_RANK[v] for v in values if v in ORDINAL_RANK})
    rindex = {r: i for i, r in enumerate(ranks)}
    nominal_rows: list[list[int]] = []
    ordinal_rows: list[list[int]] = []
    unit_values: list[tuple[int, dict[str, str]]] = []
    for d in compared:
        who = [a for a in names if d in finished[a]]
        keys = set().union(*(versions.get((d, a), _EMPTY).sents.keys() for a in who))
        for key in sorted(keys):
            vals = {a: versions[(d, a)].sents[key] for a in who
                    if (d, a) in versions and key in versions[(d, a)].sents}
            unit_values.append((d, vals))
            if len(vals) < 2:
                continue
            row = [0] * len(values)
            orow = [0] * len(ranks)
            for v in vals.values():
                row[vindex[v]] += 1
                if v in ORDINAL_RANK:
                    orow[rindex[ORDINAL_RANK[v]]] += 1
            nominal_rows.append(row)
            ordinal_rows.append(orow)
    out_pairs = []
    for a, b in pairs:
        table = np.zeros((len(values), len(values)))
        only_one = 0
        both = finished[a] & finished[b]
        for d, vals in unit_values:
            va, vb = vals.get(a), vals.get(b)
            if va is not None and vb is not None:
                table[vindex[va], vindex[vb]] += 1
            elif (va is not None or vb is not None) and d in both:  # the other finished it and gave none
                only_one += 1
        n = int(table.sum())
        out_pairs.append({"a": a, "b": b, "units": n, "only_one": only_one,
                          "agreement": float(np.trace(table) / n) if n else None,
                          "kappa": cohen_kappa_table(table)})
    return {
        "values": values,
        "ordinal_order": {v: ORDINAL_RANK[v] for v in values if v in ORDINAL_RANK},
        "units": len(nominal_rows),
        "alpha_nominal": krippendorff_alpha(nominal_rows, "nominal") if nominal_rows else None,
        "alpha_ordinal": krippendorff_alpha(ordinal_rows, "ordinal") if ordinal_rows and len(ranks) > 1 else None,
        "pairs": out_pairs,
    }


def _events(versions: dict[tuple[int, str], _Version], finished: dict[str, set[int]], names: list[str],
            pairs: list[tuple[str, str]], compared: list[int], schema_labels: list[str]) -> dict[str, Any]:
    seen = {lab for v in versions.values() for lab in v.events}
    labels = list(schema_labels) + sorted(seen - set(schema_labels))
    lindex = {lab: j for j, lab in enumerate(labels)}
    # fin[d, a]: annotator a finished compared document d; ticked[a, d, l]: and ticked event type l
    fin = np.zeros((len(compared), len(names)), dtype=bool)
    ticked = np.zeros((len(names), len(compared), len(labels)), dtype=bool)
    for i, d in enumerate(compared):
        for k, a in enumerate(names):
            if d in finished[a]:
                fin[i, k] = True
                v = versions.get((d, a))
                if v is not None:
                    for lab in v.events:
                        ticked[k, i, lindex[lab]] = True
    index = {a: k for k, a in enumerate(names)}
    per_label = {lab: _event_stats(fin, ticked[:, :, [j]], names, pairs, index) for lab, j in lindex.items()}
    return {"labels": labels, "per_label": per_label,
            "overall": _event_stats(fin, ticked, names, pairs, index)}


def _event_stats(fin: np.ndarray, ticked: np.ndarray, names: list[str], pairs: list[tuple[str, str]],
                 index: dict[str, int]) -> dict[str, Any]:
    """Figures for the event types in ``ticked`` (annotators x documents x types), pooled."""
    n_labels = ticked.shape[2]
    who = fin.sum(axis=1)  # per document
    yes = ticked.sum(axis=0)  # documents x types
    pairable = who >= 2
    alpha_rows = np.stack([(who[:, None] - yes)[pairable].ravel(), yes[pairable].ravel()], axis=1)
    # Fleiss' kappa needs the same *number* of raters per document, not the same raters: every
    # pairable document when they all have one count, else those all the annotators finished
    counts = set(who[pairable].tolist())
    full = pairable if len(counts) == 1 else who == len(names)
    fleiss_rows = np.stack([(who[:, None] - yes)[full].ravel(), yes[full].ravel()], axis=1)
    out_pairs = []
    for a, b in pairs:
        both = fin[:, index[a]] & fin[:, index[b]]
        ya, yb = ticked[index[a]][both], ticked[index[b]][both]
        n11, n10 = int((ya & yb).sum()), int((ya & ~yb).sum())
        n01, n00 = int((~ya & yb).sum()), int((~ya & ~yb).sum())
        n = n11 + n10 + n01 + n00
        out_pairs.append({"a": a, "b": b, "documents": int(both.sum()),
                          "agreement": (n11 + n00) / n if n else None,
                          "kappa": cohen_kappa_table([[n11, n10], [n01, n00]])})
    return {
        "documents": int(pairable.sum()),
        "documents_all": int(full.sum()),
        "present": {a: int(ticked[index[a]].sum()) for a in names},
        "fleiss_kappa": fleiss_kappa(fleiss_rows) if len(fleiss_rows) else None,
        "alpha_nominal": krippendorff_alpha(alpha_rows, "nominal") if len(alpha_rows) else None,
        "pairs": out_pairs,
        "types": n_labels,
    }


# ---------------------------------------------------------------------------- exporters
CSV_COLUMNS = ("section", "measure", "label", "annotator_a", "annotator_b", "value", "n")


def rows(report: AgreementReport) -> list[dict[str, Any]]:
    """The report as flat rows (the CSV export; ``label`` "*" = over all labels)."""
    out: list[dict[str, Any]] = []

    def add(section: str, measure: str, label: str, a: str, b: str, value: Any, n: Any) -> None:
        out.append({"section": section, "measure": measure, "label": label, "annotator_a": a,
                    "annotator_b": b, "value": value, "n": n})

    ent = report.entities
    for p in ent["pairs"]:
        for lab, m in [("*", p["overall"]), *p["labels"].items()]:
            add("entities", "exact_f1", lab, p["a"], p["b"], m["exact_f1"], m["a"] + m["b"])
            add("entities", "overlap_f1", lab, p["a"], p["b"], m["overlap_f1"], m["a"] + m["b"])
    for lab, m in [("*", ent["mean"]["overall"]), *ent["mean"]["labels"].items()]:
        add("entities", "mean_exact_f1", lab, "", "", m["exact_f1"], "")
        add("entities", "mean_overlap_f1", lab, "", "", m["overlap_f1"], "")
    sen = report.sentiment
    for p in sen["pairs"]:
        add("sentiment", "cohen_kappa", "*", p["a"], p["b"], p["kappa"], p["units"])
        add("sentiment", "observed_agreement", "*", p["a"], p["b"], p["agreement"], p["units"])
    add("sentiment", "krippendorff_alpha_nominal", "*", "", "", sen["alpha_nominal"], sen["units"])
    add("sentiment", "krippendorff_alpha_ordinal", "*", "", "", sen["alpha_ordinal"], sen["units"])
    ev = report.events
    for lab, st in [("*", ev["overall"]), *ev["per_label"].items()]:
        for p in st["pairs"]:
            add("events", "cohen_kappa", lab, p["a"], p["b"], p["kappa"], p["documents"])
        add("events", "fleiss_kappa", lab, "", "", st["fleiss_kappa"], st["documents_all"])
        add("events", "krippendorff_alpha_nominal", lab, "", "", st["alpha_nominal"], st["documents"])
    for r in report.doc_scores:
        add("document", "disagreement", str(r["doc_id"]), "", "", r["score"], len(r["annotators"]))
    return out


def to_json(report: AgreementReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def to_csv(report: AgreementReport) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in rows(report):
        v = r["value"]
        w.writerow({**r, "value": "" if v is None else (f"{v:.6g}" if isinstance(v, float) else v)})
    return buf.getvalue()


def fmt(value: float | None, digits: int = 3) -> str:
    """A coefficient for display: "n/a" when undefined."""
    return "n/a" if value is None else f"{value:.{digits}f}"


def _f1_cell(m: dict[str, Any], sep: str = "/") -> str:
    """"exact/overlap" F1 for display; a single "n/a" when neither annotator used the label."""
    if m["exact_f1"] is None and m["overlap_f1"] is None:
        return "n/a"
    return f"{fmt(m['exact_f1'])}{sep}{fmt(m['overlap_f1'])}"


def to_text(report: AgreementReport, *, top: int = 10) -> str:
    lines = [f"Agreement: {report.project}",
             f"Annotators: {', '.join(report.annotators)}  (scope: {report.scope}; "
             f"{report.documents} documents with at least two versions)", ""]
    ent = report.entities
    lines.append("Entities: pairwise F1 (exact / overlap)")
    head = f"  {'pair':<28} {'docs':>5} {'all':>13}" + "".join(f" {lab[:12]:>13}" for lab in ent["labels"])
    lines.append(head)
    for p in ent["pairs"]:
        cells = [_f1_cell(p["overall"])] + [_f1_cell(m) for m in p["labels"].values()]
        lines.append(f"  {p['a'] + ' ~ ' + p['b']:<28} {p['documents']:>5}" + "".join(f" {c:>13}" for c in cells))
    mean = ent["mean"]
    cells = [_f1_cell(mean["overall"])] + [_f1_cell(m) for m in mean["labels"].values()]
    lines.append(f"  {'mean over pairs':<28} {'':>5}" + "".join(f" {c:>13}" for c in cells))
    lines.append("")
    sen = report.sentiment
    lines.append(f"Sentiment per company: {sen['units']} units rated by two or more; Krippendorff's alpha "
                 f"nominal {fmt(sen['alpha_nominal'])}, ordinal {fmt(sen['alpha_ordinal'])}")
    for p in sen["pairs"]:
        lines.append(f"  {p['a'] + ' ~ ' + p['b']:<28} Cohen's kappa {fmt(p['kappa']):>6}  agreement "
                     f"{fmt(p['agreement']):>6}  on {p['units']} units ({p['only_one']} rated by one only)")
    lines.append("")
    ev = report.events
    lines.append("Event types: Fleiss' kappa, Krippendorff's alpha, Cohen's kappa per pair")
    lines.append(f"  {'event type':<20} {'fleiss':>7} {'alpha':>7} {'docs':>5}  "
                 + "  ".join(f"{p['a']}~{p['b']}" for p in ev["overall"]["pairs"]))
    for lab, st in [("(all types)", ev["overall"]), *ev["per_label"].items()]:
        lines.append(f"  {lab[:20]:<20} {fmt(st['fleiss_kappa']):>7} {fmt(st['alpha_nominal']):>7} "
                     f"{st['documents']:>5}  " + "  ".join(f"{fmt(p['kappa']):>{len(p['a']) + len(p['b']) + 1}}"
                                                             for p in st["pairs"]))
    lines.append("")
    lines.append(f"Most disagreement (of {len(report.doc_scores)} documents):")
    for r in report.doc_scores[:top]:
        lines.append(f"  {r['score']:.3f}  #{r['doc_id']:<6} {r['title'][:60]}")
    return "\n".join(lines) + "\n"


def _svg_bars(items: list[tuple[str, float | None]], *, width: int = 520, lo: float = 0.0) -> str:
    """A horizontal bar chart of coefficients in [lo, 1] as inline SVG (no JavaScript, no files)."""
    bar_h, gap, left, right = 18, 6, 150, 50
    h = len(items) * (bar_h + gap) + gap
    span = width - left - right
    zero = left + span * (0 - lo) / (1 - lo)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" role="img">',
             f'<line x1="{zero:.1f}" y1="0" x2="{zero:.1f}" y2="{h}" stroke="#999"/>']
    for i, (name, v) in enumerate(items):
        y = gap + i * (bar_h + gap)
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end" font-size="12">{html.escape(name)}</text>')
        if v is None:
            parts.append(f'<text x="{zero + 4:.1f}" y="{y + 13}" font-size="12" fill="#777">n/a</text>')
            continue
        x = left + span * (max(lo, min(1.0, v)) - lo) / (1 - lo)
        x0, x1 = sorted((zero, x))
        colour = "#1e8e3e" if v >= 0.8 else "#f9ab00" if v >= 0.667 else "#d93025"
        parts.append(f'<rect x="{x0:.1f}" y="{y}" width="{max(x1 - x0, 1):.1f}" height="{bar_h}" fill="{colour}"/>')
        parts.append(f'<text x="{max(x1, zero) + 4:.1f}" y="{y + 13}" font-size="12">{v:.3f}</text>')
    parts.append("</svg>")
    return "".join(parts)


def to_html(report: AgreementReport, *, top: int = 100) -> str:
    e = html.escape

    def table(head: list[str], body: list[list[Any]]) -> str:
        th = "".join(f"<th>{e(h)}</th>" for h in head)
        trs = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in body)
        return f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>"

    ent, sen, ev = report.entities, report.sentiment, report.events
    labels = ent["labels"]
    ent_rows = [[f"{p['a']} ~ {p['b']}", p["documents"], _f1_cell(p["overall"], " / "),
                 *[_f1_cell(p["labels"][lab], " / ") for lab in labels]]
                for p in ent["pairs"]]
    sen_rows = [[f"{p['a']} ~ {p['b']}", fmt(p["kappa"]), fmt(p["agreement"]), p["units"], p["only_one"]]
                for p in sen["pairs"]]
    ev_rows = [[lab, fmt(st["fleiss_kappa"]), fmt(st["alpha_nominal"]), st["documents"],
                *[fmt(p["kappa"]) for p in st["pairs"]]]
               for lab, st in [("(all types)", ev["overall"]), *ev["per_label"].items()]]
    doc_rows = [[f"{r['score']:.3f}", r["doc_id"], r["title"], ", ".join(r["annotators"])]
                for r in report.doc_scores[:top]]
    pair_names = [f"{p['a']} ~ {p['b']}" for p in ev["overall"]["pairs"]]
    body = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Agreement report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #202124; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1.5em; }}
th, td {{ border: 1px solid #dadce0; padding: 3px 8px; text-align: right; }}
th {{ background: #f1f3f4; }} td:first-child, th:first-child {{ text-align: left; }}
.note {{ color: #5f6368; font-size: 90%; }}
</style></head><body>
<h1>Agreement report</h1>
<p>Project <code>{e(report.project)}</code>; annotators {e(", ".join(report.annotators))}; scope
<b>{e(report.scope)}</b>; {report.documents} documents with at least two versions; computed {e(report.computed_at)}.</p>
<h2>Entities: pairwise F1 (exact / overlap)</h2>
{table(["pair", "documents", "all labels", *labels], ent_rows)}
<p class="note">Mean exact-match F1 over pairs, per label:</p>
{_svg_bars([("all labels", ent["mean"]["overall"]["exact_f1"])]
           + [(lab, ent["mean"]["labels"][lab]["exact_f1"]) for lab in labels])}
<h2>Sentiment per company</h2>
<p>Krippendorff's alpha: nominal <b>{fmt(sen["alpha_nominal"])}</b>, ordinal <b>{fmt(sen["alpha_ordinal"])}</b>
on {sen["units"]} units rated by two or more annotators
<span class="note">(ordinal order: negative &lt; neutral = mixed &lt; positive)</span>.</p>
{table(["pair", "Cohen's kappa", "agreement", "units", "rated by one only"], sen_rows)}
{_svg_bars([(f"{p['a']} ~ {p['b']}", p["kappa"]) for p in sen["pairs"]], lo=-1.0)}
<h2>Event types</h2>
{table(["event type", "Fleiss' kappa", "Krippendorff's alpha", "documents", *[f"kappa {n}" for n in pair_names]],
       ev_rows)}
{_svg_bars([(lab, st["alpha_nominal"]) for lab, st in ev["per_label"].items()], lo=-1.0)}
<h2>Documents with most disagreement</h2>
{table(["disagreement", "document", "title", "annotators"], doc_rows)}
</body></html>
"""
    return body


EXPORTERS = {"json": to_json, "csv": to_csv, "html": to_html, "text": to_text}


def render(report: AgreementReport, fmt_: str) -> str:
    try:
        return EXPORTERS[fmt_](report)
    except KeyError:
        raise ProjectError(f"unknown report format {fmt_!r} (expected one of {', '.join(FORMATS)})",
                           code="E264") from None


def write_report(report: AgreementReport, path: str | Path, fmt_: str | None = None) -> Path:
    """Write the report; the format defaults to the file's extension (.json, .csv, .html, else text)."""
    path = Path(path)
    if fmt_ is None:
        fmt_ = {".json": "json", ".csv": "csv", ".html": "html", ".htm": "html"}.get(path.suffix.lower(), "text")
    text = render(report, fmt_)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8", newline="")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot write the agreement report: {exc.strerror or exc}", code="E590") from exc
    return path
