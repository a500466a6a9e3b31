"""doccano JSONL: one file per annotator (doccano exports each user's labels on their own).

Import (the annotator is named by ``--annotator``, else the file name without extension):
  * ``label`` (or ``labels``) as a list of ``[start, end, "LABEL"]`` -> entities (sequence labelling);
  * ``entities`` as ``[{id, start_offset, end_offset, label}]`` (with relations on) or as
    ``[start, end, label]`` lists -> entities; ``relations`` are counted and left out;
  * ``label`` as a list of strings (text classification) and ``cats`` -> event types;
  * ``sentiments`` ``[[start, end, value]]`` (what our export adds; doccano keeps unknown keys as
    metadata) -> the sentiment of the company mentioned there.

Export: ``doccano/<annotator>.jsonl`` per annotator with ``text``, ``label`` (entity triples),
``cats`` (event types, the key of doccano's intent-detection projects), ``sentiments``, and the
document's metadata.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.services.formats.core import E_SHAPE, FormatImportReport, Problem, Version
from annotator.services.formats.exporting import (
    FormatExportReport,
    entity_sentiments,
    orphan_note,
    out_path,
    select,
    versions,
    write_atomic,
)
from annotator.services.formats.reading import jsonl_records
from annotator.store.project import Project

NAME = "doccano"
_OURS = {"text", "label", "labels", "entities", "relations", "cats", "sentiments", "id"}


def _triples(items: Any, what: str, where: str, problems: list[Problem]) -> list[tuple[Any, Any, Any]] | None:
    out = []
    for item in items:
        if isinstance(item, list) and len(item) == 3:
            out.append((item[0], item[1], item[2]))
        elif isinstance(item, dict) and {"start_offset", "end_offset", "label"} <= set(item):
            out.append((item["start_offset"], item["end_offset"], item["label"]))
        else:
            problems.append(Problem(E_SHAPE, where, f"{what}: {json.dumps(item, ensure_ascii=False)[:80]} is neither "
                                                    "[start, end, label] nor {start_offset, end_offset, label}"))
            return None
    return out


def parse(path: Path, problems: list[Problem], report: FormatImportReport, *, annotator: str | None = None,
          **_: Any) -> list[Version]:
    name = annotator or path.name.split(".")[0]
    out: list[Version] = []
    for where, rec in jsonl_records(path, problems):
        text = rec.get("text", rec.get("data"))
        if type(text) is not str:
            problems.append(Problem(E_SHAPE, where, "missing text field 'text' (a string)"))
            continue
        v = Version(where=where, text=text, annotator=name)
        v.meta = {k: val for k, val in rec.items() if k not in _OURS}
        v.title = str(v.meta.get("title", "") or "")
        v.source = str(v.meta.get("source", "") or "")
        ok = True
        label = rec.get("label", rec.get("labels", []))
        if not isinstance(label, list):
            problems.append(Problem(E_SHAPE, where, "label must be a list"))
            continue
        spans = [x for x in label if not isinstance(x, str)]
        v.events = [x for x in label if isinstance(x, str)]
        ents = rec.get("entities", [])
        if not isinstance(ents, list):
            problems.append(Problem(E_SHAPE, where, "entities must be a list"))
            continue
        for what, items in (("label", spans), ("entities", ents)):
            got = _triples(items, what, where, problems)
            if got is None:
                ok = False
                break
            v.entities += got
        cats = rec.get("cats", [])
        if isinstance(cats, dict):  # spaCy-style {"label": 1.0}
            cats = [k for k, val in cats.items() if val]
        if not isinstance(cats, list):
            problems.append(Problem(E_SHAPE, where, "cats must be a list of labels"))
            ok = False
        else:
            v.events += cats
        sents = _triples(rec.get("sentiments", []) if isinstance(rec.get("sentiments", []), list) else [None],
                         "sentiments", where, problems)
        if sents is None:
            ok = False
        else:
            v.sentiments += sents
        rel = rec.get("relations")
        if isinstance(rel, list) and rel:
            report.not_imported["relations"] = report.not_imported.get("relations", 0) + len(rel)
        if ok:
            out.append(v)
    return out


def safe_name(annotator: str) -> str:
    return "".join(c if c.isalnum() or c in "-_.@+" else "_" for c in annotator) or "_"


def export(project: Project, outdir: Any, *, annotator: str | None = None, gold: bool = False,
           unfinished: bool = False) -> FormatExportReport:
    out = out_path(outdir) / "doccano"
    out.mkdir(exist_ok=True)
    pairs, selection = select(project, annotator=annotator, gold=gold, models=False, unfinished=unfinished)
    report = FormatExportReport(NAME, selection)
    schema = project.schema
    files: dict[str, list[str]] = {}
    docs = set()
    orphans = 0
    for vo in versions(project, pairs):
        doc, ann = vo.doc, vo.ann
        sentiments, lost = entity_sentiments(doc.text, ann, schema.company_label)
        orphans += len(lost)
        ents = ann.sorted_entities()
        line: dict[str, Any] = {"id": doc.id, "text": doc.text,
                                "label": [[s.start, s.end, s.label] for s in ents],
                                "cats": sorted(ann.events),
                                "sentiments": [[ents[i].start, ents[i].end, v] for i, v in sorted(sentiments.items())]}
        for key, value in (("title", doc.title), ("source", doc.source), ("url", doc.url),
                           ("published", doc.published)):
            if value:
                line[key] = value
        for key, value in doc.meta.items():
            line.setdefault(key, value)
        files.setdefault(vo.annotator, []).append(json.dumps(line, ensure_ascii=False))
        report.versions += 1
        report.entities += len(ents)
        docs.add(doc.id)
    report.documents = len(docs)
    for name, lines in sorted(files.items()):
        path = out / f"{safe_name(name)}.jsonl"
        write_atomic(path, "\n".join(lines) + "\n")
        report.files.append(path)
    report.left_out.append("doccano has no company sentiment: it is written as the extra key 'sentiments' "
                           "(doccano keeps it as metadata); event types go to 'cats'; statuses, times and "
                           "comments are not carried; import each file with --annotator NAME (default: the "
                           "file name)")
    note = orphan_note(NAME, orphans)
    if note:
        report.left_out.append(note)
    return report
