"""What the format exporters share: whose versions, read in bulk, and a report of what was left out."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import ExportError
from annotator.core.model import DocAnnotations, Document, Span
from annotator.core.text import company_key
from annotator.store.project import Project

E_NOTHING = "E510"
E_OUT = "E511"


@dataclass
class FormatExportReport:
    fmt: str
    selection: str
    documents: int = 0
    versions: int = 0
    entities: int = 0
    files: list[Path] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # what the format could not carry, in words


@dataclass(frozen=True, slots=True)
class VersionOut:
    doc: Document
    annotator: str
    kind: str
    ann: DocAnnotations
    status: str


def select(project: Project, *, annotator: str | None, gold: bool, models: bool, unfinished: bool = False
           ) -> tuple[list[tuple[int, str]], str]:
    """``[(doc_id, annotator)]``: one named version, the gold ones, or every human and gold version
    (and with ``models`` every model's too)."""
    from annotator.services.export import select_versions

    pairs, selection = select_versions(project, annotator=annotator, gold=gold, everything=True,
                                       unfinished=unfinished)
    if models and not (annotator or gold):
        extra = [(i, n) for n in project.annotators("model") for i in project.annotated_doc_ids(n)]
        if extra:
            pairs = sorted(set(pairs) | set(extra))
            selection += " and every model's pre-annotation"
    if not pairs:
        raise ExportError(f"nothing to export ({selection})", code=E_NOTHING)
    return pairs, selection


def versions(project: Project, pairs: list[tuple[int, str]], batch: int = 500) -> Iterator[VersionOut]:
    kinds = {n: project.annotator_kind(n) or "human" for n in project.annotators()}
    by_doc: dict[int, list[str]] = {}
    for i, name in pairs:
        by_doc.setdefault(i, []).append(name)
    ids = sorted(by_doc)
    for k in range(0, len(ids), batch):
        chunk = ids[k : k + batch]
        names = sorted({n for i in chunk for n in by_doc[i]})
        bulk = project.annotations_bulk(names, chunk)
        statuses = project.statuses_bulk(names, chunk)
        for doc in project.documents(chunk):
            for name in sorted(by_doc[doc.id]):  # type: ignore[index]
                yield VersionOut(doc, name, kinds.get(name, "human"), bulk.get((doc.id, name)) or DocAnnotations(),
                                 statuses.get((doc.id, name), "todo"))  # type: ignore[arg-type]


def entity_sentiments(text: str, ann: DocAnnotations, company_label: str) -> tuple[dict[int, str], list[str]]:
    """``{index in ann.sorted_entities(): value}`` for the company mentions whose company has a
    sentiment, and the companies whose sentiment has no mention to carry it."""
    out: dict[int, str] = {}
    placed: set[str] = set()
    for i, s in enumerate(ann.sorted_entities()):
        if s.label != company_label:
            continue
        key = s.company or company_key(text[s.start:s.end])
        sentiment = ann.sentiments.get(key)
        if sentiment is not None:
            out[i] = sentiment.value
            placed.add(key)
    orphans = [f"{c.name or k} ({c.value})" for k, c in ann.sentiments.items() if k not in placed]
    return out, orphans


def company_of(text: str, s: Span) -> str:
    return s.company or company_key(text[s.start:s.end])


def out_path(outdir: str | os.PathLike[str]) -> Path:
    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder", code=E_OUT)
    out.mkdir(parents=True, exist_ok=True)
    return out


def write_atomic(path: Path, data: str) -> None:
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def orphan_note(fmt: str, orphans: int) -> str | None:
    if not orphans:
        return None
    return (f"{orphans} company sentiment(s) have no company mention to carry them in {fmt}; left out "
            "(they are in the lossless dump)")
