"""Prodigy JSONL: ``ner_manual`` / ``spans_manual`` spans, ``choice`` answers, bookkeeping hashes.

Import
  * ``spans`` -> entities (``start``/``end``, code points); where the record has ``tokens``, each
    token must match the text at its offsets, and a span's ``token_start``/``token_end``
    (inclusive) must start and end where the span does;
  * a span's ``sentiment`` field (our choice: a per-span field, not a span label) -> the sentiment
    of that company;
  * ``accept`` of a choice task (``options`` ``[{id, text}]``) -> event types (the option ids);
  * ``answer``: ``accept`` is imported; ``reject`` and ``ignore`` are not annotations: they are
    counted and left out (their text is not imported either);
  * one annotator per ``_annotator_id``, else ``_session_id``, else the ``--annotator`` option;
  * ``_input_hash``, ``_task_hash``, ``_view_id`` and ``meta`` are kept in the document's metadata
    (``meta.prodigy``) and written back unchanged on export;
  * an example with ``versions`` (the review recipe's output) gives each version to the annotators
    in its ``sessions`` and the reviewer's result to the gold version
    (:mod:`annotator.services.formats.prodigy_review`).

Export: one line per version, ``answer: accept``, ``_annotator_id`` and ``_session_id`` = our
annotator name; the hashes kept at import, or for texts that never came from Prodigy, 32-bit
signed integers derived from SHA-256 of the text (input) and of the text and annotations (task).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from annotator.services.formats.core import (
    E_SHAPE,
    E_TOKENS,
    FormatImportReport,
    Problem,
    Version,
)
from annotator.services.formats.exporting import (
    FormatExportReport,
    entity_sentiments,
    orphan_note,
    out_path,
    select,
    versions,
    write_atomic,
)
from annotator.services.formats.reading import jsonl_records, signed32
from annotator.store.project import Project

NAME = "prodigy"
ANSWERS = ("accept", "reject", "ignore")
_KEEP = ("_input_hash", "_task_hash", "_view_id")
FILE = "prodigy.jsonl"


def parse(path: Path, problems: list[Problem], report: FormatImportReport, *, annotator: str | None = None,
          **_: Any) -> list[Version]:
    from annotator.services.formats import prodigy_review

    out: list[Version] = []
    default = annotator or "prodigy"
    records = list(jsonl_records(path, problems))
    for where, rec in records:
        text = rec.get("text")
        if type(text) is not str:
            problems.append(Problem(E_SHAPE, where, "missing text field 'text' (a string)"))
            continue
        if "versions" in rec:  # the output of Prodigy's review recipe
            out += prodigy_review.parse_review(rec, text, where, problems, report)
            continue
        if not accepted(rec, where, problems, report):
            continue
        name = rec.get("_annotator_id") or rec.get("_session_id") or default
        v = read_version(rec, text, where, problems, name if type(name) is str else str(name))
        if v is not None:
            out.append(v)
    reviewed = sum(1 for v in out if v.kind == "gold")
    if reviewed:
        report.notes.append(f"{reviewed} reviewed example(s) from Prodigy's review recipe: the reviewer's result "
                            f"is the gold version, each version that of the annotators in its sessions")
    return out


def accepted(rec: dict[str, Any], where: str, problems: list[Problem], report: FormatImportReport,
             context: str = "") -> bool:
    """Whether the record's ``answer`` is accept; reject and ignore are counted, others refused."""
    answer = rec.get("answer", "accept")
    if answer not in ANSWERS:
        problems.append(Problem(E_SHAPE, where, f"{context}answer {answer!r} is not one of {', '.join(ANSWERS)}"))
        return False
    if answer != "accept":
        key = f"{answer}ed answers" if answer == "reject" else "ignored answers"
        report.not_imported[key] = report.not_imported.get(key, 0) + 1
        return False
    return True


def read_version(rec: dict[str, Any], text: str, where: str, problems: list[Problem], name: str,
                 kind: str = "human") -> Version | None:
    """One accepted record's version by ``name``: meta, kept hashes, spans (checked against the
    tokens), sentiments and event types; None (with problems) if it is malformed."""
    v = Version(where=where, text=text, annotator=name, kind=kind)
    meta = rec.get("meta")
    if meta is not None and not isinstance(meta, dict):
        problems.append(Problem(E_SHAPE, where, "meta must be an object"))
        return None
    v.meta = dict(meta or {})
    v.title = str(v.meta.get("title", "") or "")
    v.source = str(v.meta.get("source", "") or "")
    kept = {k: rec[k] for k in _KEEP if k in rec}
    if kept:
        v.meta["prodigy"] = kept
    if not _spans(rec, text, v, where, problems):
        return None
    accept = rec.get("accept")
    if accept is not None:
        if not isinstance(accept, list):
            problems.append(Problem(E_SHAPE, where, "accept must be a list of option ids"))
            return None
        v.events = [a if isinstance(a, str) else str(a) for a in accept]
    return v


def _tokens(rec: dict[str, Any], text: str, where: str, problems: list[Problem]) -> list[tuple[int, int]] | None:
    tokens = rec.get("tokens")
    if tokens is None:
        return []
    if not isinstance(tokens, list):
        problems.append(Problem(E_SHAPE, where, "tokens must be a list"))
        return None
    out = []
    for i, tok in enumerate(tokens):
        if not isinstance(tok, dict) or type(tok.get("start")) is not int or type(tok.get("end")) is not int:
            problems.append(Problem(E_SHAPE, where, f"token {i} must be an object with integer start and end"))
            return None
        start, end = tok["start"], tok["end"]
        if not (0 <= start <= end <= len(text)):
            problems.append(Problem(E_TOKENS, where, f"token {i} at {start}-{end} is outside the text "
                                                     f"(length {len(text)})"))
            return None
        if "text" in tok and text[start:end] != tok["text"]:
            problems.append(Problem(E_TOKENS, where, f"token {i} {tok['text']!r} at {start}-{end} contradicts the "
                                                     f"text there ({text[start:end]!r})"))
            return None
        out.append((start, end))
    return out


def _spans(rec: dict[str, Any], text: str, v: Version, where: str, problems: list[Problem]) -> bool:
    spans = rec.get("spans", [])
    if not isinstance(spans, list):
        problems.append(Problem(E_SHAPE, where, "spans must be a list"))
        return False
    tokens = _tokens(rec, text, where, problems) if spans else []
    if tokens is None:
        return False
    ok = True
    for j, span in enumerate(spans):
        if not isinstance(span, dict) or "start" not in span or "end" not in span or "label" not in span:
            problems.append(Problem(E_SHAPE, where, f"span {j} must be an object with start, end and label"))
            ok = False
            continue
        start, end, label = span["start"], span["end"], span["label"]
        if tokens and type(start) is int and type(end) is int:
            ts, te = span.get("token_start"), span.get("token_end")
            if ts is not None or te is not None:
                if not (type(ts) is int and type(te) is int and 0 <= ts <= te < len(tokens)):
                    problems.append(Problem(E_TOKENS, where, f"span {j} ({label}): token_start/token_end "
                                                             f"{ts!r}-{te!r} are not tokens of this record"))
                    ok = False
                    continue
                if tokens[ts][0] != start or tokens[te][1] != end:
                    problems.append(Problem(E_TOKENS, where, f"span {j} {start}-{end} ({label}) contradicts its "
                                                             f"tokens {ts}-{te} (which cover {tokens[ts][0]}-"
                                                             f"{tokens[te][1]})"))
                    ok = False
                    continue
        if "text" in span and type(start) is int and type(end) is int and 0 <= start < end <= len(text) \
                and text[start:end] != span["text"]:
            problems.append(Problem(E_TOKENS, where, f"span {j} {start}-{end} says {span['text']!r} but the text "
                                                     f"there is {text[start:end]!r}"))
            ok = False
            continue
        v.entities.append((start, end, label))
        if span.get("sentiment") is not None:
            v.sentiments.append((start, end, span["sentiment"]))
    return ok


# ---------------------------------------------------------------------- export
def _hash(*parts: str) -> int:
    return signed32(int.from_bytes(hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()[:4], "big"))


def export(project: Project, outdir: Any, *, annotator: str | None = None, gold: bool = False,
           unfinished: bool = False) -> FormatExportReport:
    out = out_path(outdir)
    pairs, selection = select(project, annotator=annotator, gold=gold, models=False, unfinished=unfinished)
    report = FormatExportReport(NAME, selection)
    schema = project.schema
    titles = {lab.name: lab.display for lab in schema.events}
    options = [{"id": name, "text": titles[name]} for name in schema.event_names]
    lines = []
    docs = set()
    orphans = 0
    for vo in versions(project, pairs):
        doc, ann = vo.doc, vo.ann
        sentiments, lost = entity_sentiments(doc.text, ann, schema.company_label)
        orphans += len(lost)
        spans = []
        for i, s in enumerate(ann.sorted_entities()):
            span: dict[str, Any] = {"start": s.start, "end": s.end, "label": s.label, "text": doc.text[s.start:s.end]}
            if i in sentiments:
                span["sentiment"] = sentiments[i]
            spans.append(span)
        meta = {k: v for k, v in doc.meta.items() if k != "prodigy"}
        for key, value in (("title", doc.title), ("source", doc.source), ("url", doc.url),
                           ("published", doc.published)):
            if value and key not in meta:
                meta[key] = value
        kept = doc.meta.get("prodigy") if isinstance(doc.meta.get("prodigy"), dict) else {}
        events = sorted(ann.events)
        task_sig = json.dumps([[s["start"], s["end"], s["label"], s.get("sentiment")] for s in spans] + [events],
                              ensure_ascii=False)
        line = {
            "text": doc.text, "meta": meta, "spans": spans, "options": options, "accept": events,
            "answer": "accept",
            "_input_hash": kept.get("_input_hash", _hash(doc.text)),
            "_task_hash": kept.get("_task_hash", _hash(doc.text, task_sig)),
            "_view_id": kept.get("_view_id", "blocks"),
            "_annotator_id": vo.annotator, "_session_id": vo.annotator,
        }
        lines.append(json.dumps(line, ensure_ascii=False))
        report.versions += 1
        report.entities += len(spans)
        docs.add(doc.id)
    report.documents = len(docs)
    path = out / FILE
    write_atomic(path, "\n".join(lines) + "\n")
    report.files.append(path)
    report.left_out.append("no tokens are written (Prodigy's recipes add them); statuses other than done, "
                           "times, comments and model confidences are not carried")
    note = orphan_note(NAME, orphans)
    if note:
        report.left_out.append(note)
    return report
