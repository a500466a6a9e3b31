"""Label Studio JSON (the export of a text project: a list of tasks).

Import
  * ``labels`` results -> entities (``value.start``/``end``, code points as Label Studio has
    stored them since 1.0; an export whose offsets count UTF-16 units, as older versions wrote
    after an emoji, is recognised by ``value.text`` and converted, with a note);
  * ``choices`` results with ``start``/``end`` (per-region, sharing the region's ``id``) -> the
    sentiment of that company; document-level ``choices`` -> event types;
  * ``completed_by``: an integer (``labelstudio-user-N``) or an object (its ``email``, else
    ``username``, else ``labelstudio-user-<id>``);
  * ``predictions`` -> a model's version, annotator ``model:<model_version>``, ``score`` as the
    confidence of every item;
  * annotations with ``was_cancelled`` are skipped and counted; other result types (relations,
    text areas) are counted and left out.

Export: ``labelstudio.json`` (one task per document: every human and gold version as an
annotation with ``completed_by`` ``{id, email}``, every model version as a prediction) and
``labelstudio-config.xml``, the labelling config those results belong to.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from annotator.core.model import MODEL_PREFIX, is_model_annotator
from annotator.services.formats.core import E_SHAPE, E_TOKENS, FormatImportReport, Problem, Version
from annotator.services.formats.exporting import (
    FormatExportReport,
    entity_sentiments,
    orphan_note,
    out_path,
    select,
    versions,
    write_atomic,
)
from annotator.services.formats.reading import json_array_items
from annotator.store.project import Project

NAME = "labelstudio"
FILE, CONFIG = "labelstudio.json", "labelstudio-config.xml"
LABELS, SENTIMENT, EVENTS, TEXT = "label", "sentiment", "events", "text"


def _utf16_to_cp(text: str, offset: int) -> int | None:
    units = 0
    for i, ch in enumerate(text):
        if units == offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > offset:
            return None
    return len(text) if units == offset else None


def user_name(completed_by: Any) -> str:
    if isinstance(completed_by, dict):
        for key in ("email", "username"):
            if completed_by.get(key):
                return str(completed_by[key])
        return f"labelstudio-user-{completed_by.get('id', 'unknown')}"
    if completed_by is None:
        return "labelstudio"
    return f"labelstudio-user-{completed_by}"


def parse(path: Path, problems: list[Problem], report: FormatImportReport, *, annotator: str | None = None,
          text_field: str = "text", **_: Any) -> list[Version]:
    out: list[Version] = []
    for where, task in json_array_items(path, problems):
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            problems.append(Problem(E_SHAPE, where, "a task must be an object with a data object"))
            continue
        data = task["data"]
        text = data.get(text_field)
        if type(text) is not str:
            problems.append(Problem(E_SHAPE, where, f"task {task.get('id')}: data.{text_field} must be a string"))
            continue
        meta = {k: v for k, v in data.items() if k != text_field}
        if "id" in task:
            meta["labelstudio_id"] = task["id"]
        items: list[tuple[str, Any, str, str | None, float | None]] = []
        anns, preds = task.get("annotations") or [], task.get("predictions") or []
        if not isinstance(anns, list) or not isinstance(preds, list):
            problems.append(Problem(E_SHAPE, where, f"task {task.get('id')}: annotations and predictions must be lists"))
            continue
        for ann in anns:
            if not isinstance(ann, dict):
                problems.append(Problem(E_SHAPE, where, "an annotation must be an object"))
                continue
            if ann.get("was_cancelled"):
                report.not_imported["cancelled annotations"] = report.not_imported.get("cancelled annotations", 0) + 1
                continue
            items.append(("human", ann, annotator or user_name(ann.get("completed_by")), "done", None))
        for pred in preds:
            if not isinstance(pred, dict):
                problems.append(Problem(E_SHAPE, where, "a prediction must be an object"))
                continue
            version = str(pred.get("model_version") or "labelstudio")
            score = pred.get("score")
            items.append(("model", pred, f"{MODEL_PREFIX}{version}", None,
                          float(score) if isinstance(score, (int, float)) else None))
        for kind, ann, name, status, score in items:
            v = Version(where=where, text=text, annotator=name, kind=kind, status=status, confidence=score,
                        meta=dict(meta), title=str(data.get("title", "") or ""),
                        source=str(data.get("source", "") or ""), url=str(data.get("url", "") or ""))
            if _results(ann.get("result"), text, v, where, problems, report):
                out.append(v)
    return out


def _results(results: Any, text: str, v: Version, where: str, problems: list[Problem],
             report: FormatImportReport) -> bool:
    if not isinstance(results, list):
        problems.append(Problem(E_SHAPE, where, f"{v.annotator}: result must be a list"))
        return False
    ok = True
    for r in results:
        value = r.get("value") if isinstance(r, dict) else None
        if not isinstance(value, dict):
            problems.append(Problem(E_SHAPE, where, f"{v.annotator}: a result must be an object with a value"))
            ok = False
            continue
        kind = r.get("type")
        if kind == "labels" or (kind == "choices" and "start" in value):
            start, end = value.get("start"), value.get("end")
            if type(start) is int and type(end) is int and isinstance(value.get("text"), str) \
                    and text[start:end] != value["text"]:
                s16, e16 = _utf16_to_cp(text, start), _utf16_to_cp(text, end)
                if s16 is not None and e16 is not None and text[s16:e16] == value["text"]:
                    start, end = s16, e16
                    report.notes.append(f"{where}: offsets counted in UTF-16 units (an older Label Studio); "
                                        "converted to characters")
                else:
                    problems.append(Problem(E_TOKENS, where, f"{v.annotator}: region {r.get('id')} {start}-{end} "
                                                             f"says {value['text']!r} but the text there is "
                                                             f"{text[start:end]!r}"))
                    ok = False
                    continue
            if kind == "labels":
                labels = value.get("labels")
                if not isinstance(labels, list) or not labels:
                    problems.append(Problem(E_SHAPE, where, f"{v.annotator}: region {r.get('id')} has no labels"))
                    ok = False
                    continue
                for label in labels:
                    v.entities.append((start, end, label))
            else:
                choices = value.get("choices")
                if not isinstance(choices, list) or len(choices) != 1:
                    problems.append(Problem(E_SHAPE, where, f"{v.annotator}: region {r.get('id')}: a company's "
                                                            "sentiment must be exactly one choice"))
                    ok = False
                    continue
                v.sentiments.append((start, end, choices[0]))
        elif kind == "choices":
            choices = value.get("choices")
            if not isinstance(choices, list):
                problems.append(Problem(E_SHAPE, where, f"{v.annotator}: choices must be a list"))
                ok = False
                continue
            v.events += choices
        else:
            key = f"results of type {kind!r}"
            report.not_imported[key] = report.not_imported.get(key, 0) + 1
    return ok


# ---------------------------------------------------------------------- export
def config_xml(project: Project) -> str:
    """The labelling config of our export: entity labels, per-region sentiment, event types."""
    schema = project.schema
    q = quoteattr
    lines = ["<View>",
             f'  <Labels name="{LABELS}" toName="{TEXT}">']
    lines += [f"    <Label value={q(lab.name)} background={q(lab.colour)}/>" for lab in schema.entities]
    lines += ["  </Labels>",
              f'  <Text name="{TEXT}" value="$text" granularity="word"/>',
              '  <View visibleWhen="region-selected">',
              f'    <Header value="Sentiment of the selected company ({schema.company_label})"/>',
              f'    <Choices name="{SENTIMENT}" toName="{TEXT}" perRegion="true" choice="single">']
    lines += [f"      <Choice value={q(lab.name)}/>" for lab in schema.sentiments]
    lines += ["    </Choices>", "  </View>",
              '  <Header value="Event types"/>',
              f'  <Choices name="{EVENTS}" toName="{TEXT}" choice="multiple">']
    lines += [f"    <Choice value={q(lab.name)}/>" for lab in schema.events]
    lines += ["  </Choices>", "</View>"]
    return "\n".join(lines) + "\n"


def _result(text: str, ann, company_label: str, prefix: str) -> tuple[list[dict[str, Any]], int]:
    sentiments, lost = entity_sentiments(text, ann, company_label)
    results: list[dict[str, Any]] = []
    for i, s in enumerate(ann.sorted_entities()):
        rid = f"{prefix}{i}"
        value = {"start": s.start, "end": s.end, "text": text[s.start:s.end]}
        results.append({"id": rid, "type": "labels", "from_name": LABELS, "to_name": TEXT,
                        "value": {**value, "labels": [s.label]}})
        if i in sentiments:
            results.append({"id": rid, "type": "choices", "from_name": SENTIMENT, "to_name": TEXT,
                            "value": {**value, "choices": [sentiments[i]]}})
    if ann.events:
        results.append({"id": f"{prefix}events", "type": "choices", "from_name": EVENTS, "to_name": TEXT,
                        "value": {"choices": sorted(ann.events)}})
    return results, len(lost)


def export(project: Project, outdir: Any, *, annotator: str | None = None, gold: bool = False,
           unfinished: bool = False) -> FormatExportReport:
    out = out_path(outdir)
    pairs, selection = select(project, annotator=annotator, gold=gold, models=True, unfinished=unfinished)
    report = FormatExportReport(NAME, selection)
    schema = project.schema
    tasks: list[dict[str, Any]] = []
    users: dict[str, int] = {}
    orphans = 0
    next_id = 1
    for vo in versions(project, pairs):
        doc = vo.doc
        if not tasks or tasks[-1]["id"] != doc.id:
            data = {"text": doc.text}
            for key, value in (("title", doc.title), ("source", doc.source), ("url", doc.url),
                               ("published", doc.published)):
                if value:
                    data[key] = value
            data.update({k: v for k, v in doc.meta.items() if k != "labelstudio_id" and k not in data})
            tasks.append({"id": doc.id, "data": data, "annotations": [], "predictions": []})
        results, lost = _result(doc.text, vo.ann, schema.company_label, f"{doc.id}-{next_id}-")
        orphans += lost
        if vo.kind == "model" or is_model_annotator(vo.annotator):
            version = vo.annotator[len(MODEL_PREFIX):] if is_model_annotator(vo.annotator) else vo.annotator
            scores = [s.confidence for s in vo.ann.entities if s.confidence is not None]
            tasks[-1]["predictions"].append({"id": next_id, "model_version": version, "result": results,
                                             **({"score": min(scores)} if scores else {})})
        else:
            uid = users.setdefault(vo.annotator, len(users) + 1)
            tasks[-1]["annotations"].append({
                "id": next_id, "completed_by": {"id": uid, "email": vo.annotator}, "result": results,
                "was_cancelled": False, "ground_truth": vo.kind == "gold",
            })
        next_id += 1
        report.versions += 1
        report.entities += len(vo.ann.entities)
    report.documents = len(tasks)
    path, cfg = out / FILE, out / CONFIG
    write_atomic(path, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    write_atomic(cfg, config_xml(project))
    report.files += [path, cfg]
    report.left_out.append("statuses other than done, times and comments are not carried; a model version's "
                           "per-item confidences become one prediction score (the lowest)")
    note = orphan_note(NAME, orphans)
    if note:
        report.left_out.append(note)
    return report
