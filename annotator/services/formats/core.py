"""The shared core of every annotation-format importer: one checked path from parsed records to
history rows.

A format module parses its file into :class:`Version` records (one annotator's version of one
text, with code-point offsets) and reports what it cannot parse as :class:`Problem`\\ s
(``file:line: what``). :func:`check` then validates every version against its text and the
project's schema, and :func:`write` stores them in one transaction, each version through
:meth:`Project.replace_annotations` (so every imported annotation is a history row, action
``import:<format>``), its status through :meth:`Project.set_status`.

Nothing is written while any problem remains, unless ``skip_bad`` drops the bad records (and
lists them). Unknown labels are listed together; ``add_labels`` adds them to the schema instead.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.errors import InputError
from annotator.core.model import (
    CompanySentiment,
    DocAnnotations,
    Document,
    EventLabel,
    Span,
    Status,
    content_hash,
)
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.core.schema import _NAME as LABEL_NAME  # the schema's own rule for label names
from annotator.core.schema import Label, Schema
from annotator.core.text import company_key
from annotator.store.project import Project

# Problem codes of the format importers (E340-E399).
E_FORMAT = "E340"  # unknown format / cannot tell the format
E_SYNTAX = "E341"  # not JSON / unreadable file
E_SHAPE = "E342"  # a record lacks a field or has the wrong type
E_RANGE = "E343"  # offsets outside the text, empty or reversed
E_BOUNDARY = "E344"  # offsets inside a character (CRLF pair, before a combining mark)
E_TOKENS = "E345"  # token offsets that contradict the text
E_OVERLAP = "E346"  # overlapping entities
E_LABEL = "E347"  # unknown labels
E_DUPLICATE = "E348"  # a second version of one text by one annotator
E_SENTIMENT = "E349"  # two sentiments for one company
E_ALIGN = "E350"  # tokens that cannot be aligned to the text (CoNLL)
E_OPTION = "E351"  # an option the format needs is missing or wrong
E_EMPTY = "E352"  # nothing to import

# Layers of unknown labels, as the messages name them.
ENTITY_LABEL, SENTIMENT_VALUE, EVENT_TYPE = "entity label", "sentiment value", "event type"


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    where: str  # "file:line"
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


@dataclass
class Version:
    """One annotator's version of one text, as read from a file (code-point offsets)."""

    where: str  # "file:line" of the record (for messages)
    text: str
    annotator: str
    kind: str = "human"  # "human" | "model" | "gold"
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    sentiments: list[tuple[int, int, str]] = field(default_factory=list)  # a value on an entity's span
    events: list[str] = field(default_factory=list)
    confidence: float | None = None  # of a model's version (its score), on every item
    status: str | None = Status.DONE.value  # None: leave the status alone (a model's version)
    title: str = ""
    source: str = ""
    url: str = ""
    published: str = ""
    meta: dict[str, Any] = field(default_factory=dict)  # document metadata (kept if the text is new)


@dataclass
class FormatImportReport:
    fmt: str
    files: int = 0
    versions: int = 0  # versions written
    documents_added: int = 0
    documents_existing: int = 0  # texts already in the project (annotations added to them)
    entities: int = 0
    annotators: list[str] = field(default_factory=list)
    labels_added: list[str] = field(default_factory=list)  # "entity label FOO", ...
    skipped: list[str] = field(default_factory=list)  # bad records left out (skip_bad)
    not_imported: dict[str, int] = field(default_factory=dict)  # e.g. {"rejected answers": 3}
    notes: list[str] = field(default_factory=list)


def line_problem(problems: list[Problem], code: str, where: str, what: str) -> None:
    problems.append(Problem(code, where, what))


# ---------------------------------------------------------------------- checks
def boundary_problem(text: str, offset: int) -> str | None:
    """Why ``offset`` is not between two characters of ``text`` as a reader sees them, or None."""
    if 0 < offset < len(text):
        before, after = text[offset - 1], text[offset]
        if before == "\r" and after == "\n":
            return "falls between the \\r and \\n of a line break"
        if unicodedata.combining(after):
            return f"falls before the combining mark U+{ord(after):04X} (inside a character)"
        if "\udc00" <= after <= "\udfff" and "\ud800" <= before <= "\udbff":
            return "falls inside a surrogate pair"
        if after in "\u200d\ufe0f" or before == "\u200d" or "\U0001f3fb" <= after <= "\U0001f3ff":
            return "falls inside an emoji sequence"
    return None


def span_problem(text: str, start: Any, end: Any) -> tuple[str, str] | None:
    """``(code, what)`` if ``start:end`` is not a span of whole characters inside ``text``."""
    if type(start) is not int or type(end) is not int:
        return E_SHAPE, f"offsets must be integers, got {start!r}, {end!r}"
    if start < 0 or end > len(text):
        return E_RANGE, f"span {start}-{end} is outside the text (length {len(text)})"
    if start >= end:
        return E_RANGE, f"span {start}-{end} is empty or reversed"
    for off in (start, end):
        why = boundary_problem(text, off)
        if why:
            return E_BOUNDARY, f"span {start}-{end} {text[start:end]!r}: offset {off} {why}"
    return None


def check_version(v: Version, schema: Schema, problems: list[Problem],
                  unknown: dict[tuple[str, str], list[str]]) -> bool:
    """Validate one version against its text and the schema; True if it is sound (unknown labels
    aside: they are collected in ``unknown`` as ``{(layer, name): [where, ...]}``)."""
    ok = True
    text = v.text
    if type(text) is not str or not text or text.isspace():
        line_problem(problems, E_SHAPE, v.where, "the text is missing or empty")
        return False
    if not v.annotator or not str(v.annotator).strip():
        line_problem(problems, E_SHAPE, v.where, "no annotator name")
        return False
    entity_names = set(schema.entity_names)
    for start, end, label in v.entities:
        bad = span_problem(text, start, end)
        if bad:
            line_problem(problems, bad[0], v.where, f"entity {label!r}: {bad[1]}")
            ok = False
        if type(label) is not str or not label:
            line_problem(problems, E_SHAPE, v.where, f"entity {start}-{end}: the label must be a non-empty string")
            ok = False
        elif label not in entity_names:
            unknown.setdefault((ENTITY_LABEL, label), []).append(v.where)
    if ok:
        last: tuple[int, int, str] | None = None
        for span in sorted(v.entities):
            if last is not None and span[0] < last[1]:
                line_problem(problems, E_OVERLAP, v.where,
                             f"entities overlap: {last[0]}-{last[1]} {text[last[0]:last[1]]!r} ({last[2]}) and "
                             f"{span[0]}-{span[1]} {text[span[0]:span[1]]!r} ({span[2]})")
                ok = False
            if last is None or span[1] > last[1]:
                last = span
    values = set(schema.sentiment_names)
    by_company: dict[str, tuple[str, tuple[int, int]]] = {}
    spans = {(s, e) for s, e, _ in v.entities if type(s) is int and type(e) is int}  # bad ones: reported above
    for start, end, value in v.sentiments:
        if type(start) is not int or type(end) is not int:  # its entity's offsets are reported above
            ok = False
            continue
        if (start, end) not in spans:
            line_problem(problems, E_SHAPE, v.where, f"sentiment {value!r} on {start}-{end}, which is no entity")
            ok = False
            continue
        if type(value) is not str or not value:
            line_problem(problems, E_SHAPE, v.where, f"sentiment on {start}-{end} must be a non-empty string")
            ok = False
            continue
        if value not in values:
            unknown.setdefault((SENTIMENT_VALUE, value), []).append(v.where)
        key = company_key(text[start:end])
        seen = by_company.get(key)
        if seen is not None and seen[0] != value:
            line_problem(problems, E_SENTIMENT, v.where,
                         f"company {key!r} has two sentiments: {seen[0]!r} at {seen[1][0]}-{seen[1][1]} and "
                         f"{value!r} at {start}-{end} (one value per company and article)")
            ok = False
        by_company.setdefault(key, (value, (start, end)))
    event_names = set(schema.event_names)
    for label in v.events:
        if type(label) is not str or not label:
            line_problem(problems, E_SHAPE, v.where, f"event type {label!r} must be a non-empty string")
            ok = False
        elif label not in event_names:
            unknown.setdefault((EVENT_TYPE, label), []).append(v.where)
    return ok


def to_annotations(v: Version, company_label: str) -> DocAnnotations:
    """Our three layers from a checked version: the company of each company-label mention is its
    normalised name; a sentiment on a mention is the sentiment of that company."""
    source = "model" if v.kind == "model" else "manual"
    text = v.text
    ents = []
    for start, end, label in sorted(set(v.entities)):
        company = company_key(text[start:end]) if label == company_label else None
        ents.append(Span(start, end, label, source=source, confidence=v.confidence, company=company))
    sents: dict[str, CompanySentiment] = {}
    for start, end, value in sorted(v.sentiments):
        key = company_key(text[start:end])
        if key not in sents:
            sents[key] = CompanySentiment(company=key, value=value, name=text[start:end], source=source,
                                          confidence=v.confidence)
    events = {label: EventLabel(label=label, source=source, confidence=v.confidence)
              for label in sorted(set(v.events))}
    return DocAnnotations(entities=ents, sentiments=sents, events=events)


# ---------------------------------------------------------------------- schema extension
_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
            "#bcbd22", "#17becf")
_KEYS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _free_key(name: str, used: set[str]) -> str:
    for c in name.lower() + _KEYS:
        if c.isalnum() and c not in used:
            return c
    n = 1
    while f"f{n}" in used:
        n += 1
    return f"f{n}"


def extend_schema(schema: Schema, unknown: dict[tuple[str, str], list[str]]) -> tuple[Schema, list[str]]:
    """``schema`` with the unknown labels added (generated colour and key, a stated definition)."""
    layers = {ENTITY_LABEL: list(schema.entities), SENTIMENT_VALUE: list(schema.sentiments),
              EVENT_TYPE: list(schema.events)}
    added = []
    for (layer, name), _where in sorted(unknown.items()):
        labels = layers[layer]
        used = {lab.key.lower() for lab in labels}
        labels.append(Label(name=name, colour=_PALETTE[len(labels) % len(_PALETTE)], key=_free_key(name, used),
                            definition=f"Added by an import ({layer} found in the imported file)."))
        added.append(f"{layer} {name}")
    data = schema.to_dict()
    data["entities"] = [lab.to_dict() for lab in layers[ENTITY_LABEL]]
    data["sentiments"] = [lab.to_dict() for lab in layers[SENTIMENT_VALUE]]
    data["events"] = [lab.to_dict() for lab in layers[EVENT_TYPE]]
    return Schema.from_dict(data, origin="schema extended by import"), added


# ---------------------------------------------------------------------- check + write
def check(versions: list[Version], schema: Schema, problems: list[Problem], *,
          add_labels: bool) -> tuple[list[Version], dict[tuple[str, str], list[str]]]:
    """Validate every version; returns the sound ones and the unknown labels. Problems of unknown
    labels are added (one line per label, with where it is used) unless ``add_labels``."""
    unknown: dict[tuple[str, str], list[str]] = {}
    good: list[Version] = []
    seen: dict[tuple[str, str], str] = {}
    for v in versions:
        if not check_version(v, schema, problems, unknown):
            continue
        key = (content_hash(v.text), v.annotator)
        if key in seen:
            line_problem(problems, E_DUPLICATE, v.where,
                         f"a second version of this text by {v.annotator!r} (the first is at {seen[key]})")
            continue
        seen[key] = v.where
        good.append(v)
    if unknown and add_labels:
        for (layer, name), wheres in sorted(unknown.items()):
            if not LABEL_NAME.match(name):
                for where in wheres:
                    line_problem(problems, E_LABEL, where, f"unknown {layer} {name!r} cannot be added to the schema: "
                                                           "a label name has letters, digits, _ or - (at most 40)")
                del unknown[(layer, name)]
    if unknown and not add_labels:
        for (layer, name), wheres in sorted(unknown.items()):
            more = f" and {len(wheres) - 3} more" if len(wheres) > 3 else ""
            line_problem(problems, E_LABEL, wheres[0],
                         f"unknown {layer} {name!r} (also at {', '.join(wheres[1:3]) or 'no other line'}{more}); "
                         "add it to the schema with --add-labels, or fix the file")
    return good, unknown


def raise_problems(problems: list[Problem], fmt: str) -> None:
    if problems:
        first = problems[0]
        raise InputError(f"{first.where}: {first.what} ({len(problems)} problem(s) in the {fmt} input; "
                         "nothing was imported; --skip-bad imports the good records)",
                         problems=[str(p) for p in problems], code=first.code)


def write(project: Project, fmt: str, versions: list[Version], problems: list[Problem], report: FormatImportReport,
          *, add_labels: bool = False, skip_bad: bool = False, progress: ProgressFn = no_progress,
          cancel: CancelToken | None = None) -> FormatImportReport:
    """Check ``versions`` and, if nothing is wrong (or ``skip_bad``), write them in one transaction."""
    schema = project.schema
    good, unknown = check(versions, schema, problems, add_labels=add_labels)
    bad_where = {p.where for p in problems}
    if problems and not skip_bad:
        raise_problems(problems, fmt)
    if skip_bad:
        report.skipped = [str(p) for p in problems]
        good = [v for v in good if v.where not in bad_where]
        if not add_labels:  # a record with an unknown label is a bad record
            bad_labels = {w for wheres in unknown.values() for w in wheres}
            good = [v for v in good if v.where not in bad_labels]
            unknown = {}
    if not good:
        raise InputError(f"nothing to import from the {fmt} input"
                         + (f" ({len(report.skipped)} bad records skipped)" if report.skipped else ""),
                         problems=report.skipped, code=E_EMPTY)
    if cancel is not None:
        cancel.check()
    total = len(good)
    with project.write():
        if unknown and add_labels:
            schema, report.labels_added = extend_schema(schema, unknown)
            project.set_schema(schema)
        index = project.hash_index()
        counted: set[str] = set()
        for n, v in enumerate(good, 1):
            if cancel is not None and n % 200 == 0:
                cancel.check()  # raises inside the transaction: everything is rolled back
            h = content_hash(v.text)
            doc_id = index.get(h)
            if doc_id is None:
                ids, _ = project.add_documents([Document(text=v.text, title=v.title, source=v.source, url=v.url,
                                                         published=v.published, meta=v.meta)])
                doc_id = index[h] = ids[0]
                report.documents_added += 1
                counted.add(h)
            elif h not in counted:
                report.documents_existing += 1
                counted.add(h)
            if project.annotator_kind(v.annotator) is None:
                project.ensure_annotator(v.annotator, v.kind)
                report.annotators.append(v.annotator)
            ann = to_annotations(v, schema.company_label)
            project.replace_annotations(doc_id, v.annotator, ann, action=f"import:{fmt}")
            if v.status is not None:
                project.set_status(doc_id, v.annotator, v.status)
            report.versions += 1
            report.entities += len(ann.entities)
            if n % 100 == 0 or n == total:
                progress(n, total, "writing")
    return report
