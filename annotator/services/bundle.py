"""Bundles: carrying one annotator's work from a separate desktop into the main project.

Format (versioned; gzipped JSON Lines, UTF-8)::

    {"format": "annotator-bundle", "version": 2, "annotator": "alice", "kind": "human",
     "schema_hash": "<sha256>", "created": "<ISO time>", "created_with": "0.1.0", "project": "news"}
    {"type": "doc", "hash": "<sha256 of the text>", "title": "...", "updated": "<ISO time>",
     "status": {"status": "done", "comment": "", "seconds": 12.5, "updated_at": "..."} | null,
     "entities": [{"id": 7, "start": 0, "end": 7, "label": "ORG", ...}], "sentiments": {...},
     "events": {...}, "history": [{"id": 12, "uid": "<32 hex>", "origin": "<desktop id>", "clock": 40,
     "ts": "...", "action": "add-entity", "changes": [...], "undoes": null, "redoes": null,
     "undoes_uid": null, "redoes_uid": null}, ...]}
    ...
    {"type": "end", "documents": 42, "history": 311}

No document text travels: documents are matched by content hash, so a bundle is small. The
``end`` line proves the file is complete.

Merging (:func:`merge_bundles`) is one transaction for all the bundles given, validated first
(bad input changes nothing), and:

* touches only the bundle's annotator: another annotator's work is never overwritten;
* merges each document item by item (:func:`annotator.services.item_merge.merge_version`):
  each history row is appended once (by its global uid; version-1 bundles by the uid derived
  from annotator, time, action, document and repeat count), so merging twice changes nothing;
  an item changed on one side only takes that side's value; an item changed on both sides is a
  conflict, listed in the report (the later change in the global order is kept);
* undo/redo follow the global order of the rows, so every desktop undoes the same action;
* reports documents it could not match (not in the project).

Names are identities: a bundle from "alice" merges into the project's "alice". If two different
people used the same name, merge one of them under another name (``as_annotator``).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import sqlite3
import zlib
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.core.errors import MergeError
from annotator.core.model import GOLD, Status, is_model_annotator
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.core.schema import Schema
from annotator.services import bundle_check
from annotator.services.item_merge import ForeignRow, ForeignVersion, merge_version, rows_for_bundle
from annotator.store.lineage import LEGACY, legacy_uid
from annotator.store.project import (
    ENTITY,
    EVENT,
    SENTIMENT,
    STATUS,
    Project,
    entity_state,
    event_state,
    now,
    sentiment_state,
)

FORMAT = "annotator-bundle"
VERSION = 2  # 2: history rows carry their global identity (uid, origin, clock, undoes_uid, redoes_uid)
SUFFIX = ".annbundle"


def schema_hash(schema: Schema) -> str:
    return hashlib.sha256(json.dumps(schema.to_dict(), sort_keys=True, ensure_ascii=False).encode()).hexdigest()


# ---------------------------------------------------------------------------------------- export
@dataclass
class BundleReport:
    path: Path
    annotator: str
    documents: int
    history: int
    bytes: int

    def summary(self) -> str:
        return (f"wrote {self.path} for {self.annotator}: {self.documents} documents, "
                f"{self.history} history rows, {self.bytes / 1024:.1f} KB")


def export_bundle(project: Project, annotator: str, path: str | os.PathLike[str], *,
                  progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> BundleReport:
    """Write ``annotator``'s annotations, statuses and history to a bundle file (atomically)."""
    kind = project.annotator_kind(annotator)
    if kind is None:
        known = ", ".join(project.annotators()) or "none"
        raise MergeError(f"the project has no annotator {annotator!r} (annotators: {known})", code="E720")
    path = Path(path)
    history = rows_for_bundle(project, annotator)
    doc_ids = sorted(set(project.annotated_doc_ids(annotator)) | set(history))
    hashes = dict(project.conn.execute("SELECT id, hash FROM documents"))
    titles = dict(project.conn.execute("SELECT id, title FROM documents"))
    tmp = path.with_name(path.name + ".part")
    n_hist = 0
    try:
        with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            out = io.TextIOWrapper(gz, encoding="utf-8", newline="\n")
            header = {"format": FORMAT, "version": VERSION, "annotator": annotator, "kind": kind,
                      "schema_hash": schema_hash(project.schema), "created": now(),
                      "created_with": __version__, "project": project.path.stem}
            out.write(json.dumps(header, ensure_ascii=False) + "\n")
            for i, doc_id in enumerate(doc_ids):
                if cancel is not None:
                    cancel.check()
                ann = project.annotations(doc_id, annotator)
                st = project.status(doc_id, annotator)
                rows = history.get(doc_id, [])
                n_hist += len(rows)
                times = [r["ts"] for r in rows] + ([st["updated_at"]] if st["updated_at"] else [])
                record = {
                    "type": "doc", "hash": hashes[doc_id], "title": titles[doc_id],
                    "updated": max(times) if times else "",
                    "status": None if st["updated_at"] is None else st,
                    "entities": [entity_state(s) for s in ann.sorted_entities()],
                    "sentiments": {k: sentiment_state(v) for k, v in ann.sentiments.items()},
                    "events": {k: event_state(v) for k, v in ann.events.items()},
                    "history": rows,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                progress(i + 1, len(doc_ids), titles[doc_id][:40])
            out.write(json.dumps({"type": "end", "documents": len(doc_ids), "history": n_hist}) + "\n")
            out.flush()
            out.detach()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BundleReport(path=path, annotator=annotator, documents=len(doc_ids), history=n_hist,
                        bytes=path.stat().st_size)


# ---------------------------------------------------------------------------------------- reading
@dataclass
class Bundle:
    path: Path
    header: dict[str, Any]
    docs: list[dict[str, Any]]

    @property
    def annotator(self) -> str:
        return self.header["annotator"]

    @property
    def kind(self) -> str:
        return self.header.get("kind", "human")


MAX_BUNDLE = 512 * 1024 * 1024  # characters once unzipped: more is no bundle this tool wrote


def _lines(path: Path) -> list[str]:
    try:
        with open(path, "rb") as fh:
            magic = fh.read(2)
    except FileNotFoundError:
        raise MergeError(f"{path}: no such bundle file", code="E701") from None
    except IsADirectoryError:
        raise MergeError(f"{path}: is a folder, not a bundle file", code="E701") from None
    except OSError as exc:
        raise MergeError(f"{path}: cannot read the bundle: {exc.strerror or exc}", code="E701") from exc
    if not path.is_file():
        raise MergeError(f"{path}: not a regular file", code="E701")
    try:
        if magic == b"\x1f\x8b":
            with gzip.open(path, "rt", encoding="utf-8", newline="\n") as fh:
                data = fh.read(MAX_BUNDLE + 1)
        else:
            with open(path, encoding="utf-8", newline="\n") as fh:
                data = fh.read(MAX_BUNDLE + 1)
    except (EOFError, gzip.BadGzipFile, OSError, zlib.error) as exc:
        raise MergeError(f"{path}: the bundle is damaged or cut short ({exc}); export it again",
                         code="E705") from exc
    except UnicodeDecodeError as exc:
        raise MergeError(f"{path}: not a bundle (not UTF-8 text)", code="E702") from exc
    if len(data) > MAX_BUNDLE:
        raise MergeError(f"{path}: larger than {MAX_BUNDLE // 2**20} MB unzipped; not a bundle this tool wrote",
                         code="E741")
    return data.split("\n")


def read_bundle(path: str | os.PathLike[str]) -> Bundle:
    """Read and check a bundle file completely; raise :class:`MergeError` on anything wrong."""
    path = Path(path)
    lines = _lines(path)
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        raise MergeError(f"{path}: empty file, not a bundle", code="E702")
    try:
        header = bundle_check.parse_line(lines[0])
    except bundle_check.Bad:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise MergeError(f"{path}:1: not an annotator bundle (no bundle header)", code="E702")
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise MergeError(f"{path}:1: bundle format version {version!r} is newer than this annotator reads "
                         f"(up to {VERSION}); upgrade annotator", code="E703")
    name = header.get("annotator")
    if not isinstance(name, str) or not name.strip():
        raise MergeError(f"{path}:1: the bundle names no annotator", code="E702")
    problem = bundle_check.check_header(header, VERSION)
    if problem:
        raise MergeError(f"{path}:1: {problem}", code="E740")
    docs: list[dict[str, Any]] = []
    problems: list[str] = []
    end = None
    seen: set[str] = set()
    for lineno, line in enumerate(lines[1:], start=2):
        if end is not None:
            problems.append(f"{path}:{lineno}: data after the end line")
            break
        try:
            rec = bundle_check.parse_line(line)
        except bundle_check.Bad as exc:
            problems.append(f"{path}:{lineno}: {exc}")
            continue
        if not isinstance(rec, dict) or rec.get("type") not in ("doc", "end"):
            problems.append(f"{path}:{lineno}: expected a doc or end record")
            continue
        if rec["type"] == "end":
            end = rec
            end["_line"] = lineno
            continue
        problem = bundle_check.check_doc(rec)
        if problem:
            problems.append(f"{path}:{lineno}: {problem}")
            continue
        if rec["hash"] in seen:
            problems.append(f"{path}:{lineno}: document {rec['hash'][:12]} appears twice")
            continue
        seen.add(rec["hash"])
        rec["_line"] = lineno
        docs.append(rec)
    if problems:
        raise _problems(f"{path}: {len(problems)} problem(s) in the bundle; nothing was merged", "E704", problems)
    if end is None or end.get("documents") != len(docs) or isinstance(end.get("documents"), bool):
        raise MergeError(f"{path}: the bundle is incomplete (no end line or a wrong document count); "
                         "export it again", code="E705")
    n_hist = sum(len(d["history"]) for d in docs)
    if end.get("history", n_hist) != n_hist or isinstance(end.get("history"), bool):
        raise MergeError(f"{path}:{end['_line']}: the end line counts {end.get('history')!r} history rows, the "
                         f"bundle holds {n_hist}; export it again", code="E705")
    return Bundle(path=path, header=header, docs=docs)


def _problems(message: str, code: str, problems: list[str]) -> MergeError:
    """A MergeError listing every ``file:line: what`` found (printed by the command line)."""
    err = MergeError(message, code=code)
    err.problems = list(problems)  # type: ignore[attr-defined]
    return err


def _project_problems(bundle: Bundle, project: Project, index: dict[str, int]) -> list[str]:
    """Every record checked against the project (labels, offsets in the matched text)."""
    problems: list[str] = []
    schema = project.schema
    for rec in bundle.docs:
        doc_id = index.get(rec["hash"])
        text = project.document(doc_id).text if doc_id is not None else None
        problem = bundle_check.check_against_project(rec, text, schema)
        if problem:
            problems.append(f"{bundle.path}:{rec['_line']}: {problem}")
    return problems


# ---------------------------------------------------------------------------------------- merge
@dataclass
class BundleMerge:
    path: Path
    annotator: str
    new_annotator: bool = False
    documents: int = 0  # matched documents
    updated: int = 0  # documents whose version was replaced by the bundle's newer one
    unchanged: int = 0
    kept_newer: int = 0  # the project had work the bundle lacks, and nothing in the bundle changed it
    conflicts: list[str] = field(default_factory=list)  # items changed on both sides (kept the later change)
    history_added: int = 0
    history_skipped: int = 0  # already in the project
    unmatched: list[str] = field(default_factory=list)  # "hash12 title"
    warnings: list[str] = field(default_factory=list)


@dataclass
class MergeReport:
    bundles: list[BundleMerge] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(b.updated or b.history_added or b.new_annotator for b in self.bundles)

    def summary(self) -> str:
        lines = []
        for b in self.bundles:
            who = f"{b.annotator} (new annotator)" if b.new_annotator else b.annotator
            lines.append(
                f"{b.path.name}: {who}: {b.documents} documents matched, {b.updated} updated, "
                f"{b.unchanged} unchanged, {b.kept_newer} kept (project newer); history +{b.history_added} "
                f"(skipped {b.history_skipped} already merged); {len(b.unmatched)} not in this project")
            lines.extend(f"  warning: {w}" for w in b.warnings)
            if b.conflicts:
                lines.append(f"  {len(b.conflicts)} conflicts (changed on both sides; the later change was kept, "
                             "check them):")
                lines.extend(f"  conflict: {c}" for c in b.conflicts[:200])
            lines.extend(f"  not matched: {u}" for u in b.unmatched[:50])
            if len(b.unmatched) > 50:
                lines.append(f"  ... and {len(b.unmatched) - 50} more not matched")
        return "\n".join(lines)


def merge_bundles(project: Project, paths: Sequence[str | os.PathLike[str]], *, as_annotator: str | None = None,
                  progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> MergeReport:
    """Merge bundle files into ``project`` (all or nothing); see the module docstring."""
    if as_annotator is not None and len(paths) != 1:
        raise MergeError("merging under another name works for one bundle at a time", code="E710")
    bundles = [read_bundle(p) for p in paths]
    index = project.hash_index()
    problems: list[str] = []
    project_hash = schema_hash(project.schema)
    names: dict[str, Path] = {}
    for b in bundles:
        name = as_annotator or b.annotator
        if (name == GOLD) != (b.kind == "gold") or is_model_annotator(name) or b.kind not in ("human", "gold"):
            problems.append(f"{b.path}:1: cannot merge a {b.kind} bundle as {name!r}")
        have = project.annotator_kind(name)
        if have is not None and have != b.kind:
            problems.append(f"{b.path}:1: {name!r} is a {have} annotator in this project, the bundle's is {b.kind}")
        if name in names:
            problems.append(f"{b.path}: {name!r} is also the annotator of {names[name]}; merge one of them at a time")
        names[name] = b.path
        problems += _project_problems(b, project, index)
    if problems:
        raise _problems(f"{len(problems)} problem(s) in the bundles; nothing was merged", "E706", problems)
    report = MergeReport()
    total = sum(len(b.docs) for b in bundles)
    done = 0
    try:
        with project.write():
            for b in bundles:
                name = as_annotator or b.annotator
                res = BundleMerge(path=b.path, annotator=name, new_annotator=project.annotator_kind(name) is None)
                if b.header.get("schema_hash") != project_hash:
                    res.warnings.append("the bundle was made with a different label schema (all its labels exist "
                                        "in this project's schema)")
                if res.new_annotator:
                    project.ensure_annotator(name, b.kind)
                for rec in b.docs:
                    if cancel is not None:
                        cancel.check()
                    doc_id = index.get(rec["hash"])
                    if doc_id is None:
                        res.unmatched.append(f"{rec['hash'][:12]} {rec.get('title', '')}".rstrip())
                    else:
                        res.documents += 1
                        rec["_legacy_name"] = b.annotator  # old rows' uids were derived from the bundle's name
                        _merge_doc(project, doc_id, name, rec, res)
                    done += 1
                    progress(done, total, b.path.name)
                report.bundles.append(res)
    except sqlite3.IntegrityError as exc:  # pragma: no cover - defensive: ids are remapped into fresh ranges
        raise MergeError(f"merge failed on a conflicting row ({exc}); nothing was merged", code="E707") from exc
    return report


def foreign_version(rec: dict[str, Any], annotator: str) -> ForeignVersion:
    """A validated doc record as :func:`~annotator.services.item_merge.merge_version` takes it.

    Rows of a version-1 bundle carry no global identity: they get the uid their file gave them
    when it was migrated (annotator, document hash, time, action and repeat count)."""
    rows = []
    seen: dict[tuple[str, str], int] = {}
    uid_of_id: dict[int, str] = {}
    for h in rec["history"]:
        uid = h.get("uid")
        if not isinstance(uid, str):
            n = seen.get((h["ts"], h["action"]), 0)
            seen[(h["ts"], h["action"])] = n + 1
            uid = legacy_uid(annotator, rec["hash"], h["ts"], h["action"], n)
        uid_of_id[h["id"]] = uid
    for h in rec["history"]:
        undoes = h.get("undoes_uid") or (uid_of_id.get(h["undoes"]) if h.get("undoes") is not None else None)
        redoes = h.get("redoes_uid") or (uid_of_id.get(h["redoes"]) if h.get("redoes") is not None else None)
        rows.append(ForeignRow(uid=uid_of_id[h["id"]], origin=h.get("origin") or LEGACY, clock=int(h.get("clock") or 0),
                               ts=h["ts"], action=h["action"], changes=h["changes"], undoes_uid=undoes,
                               redoes_uid=redoes))
    return ForeignVersion(rows=rows, entities=rec["entities"], sentiments=rec["sentiments"], events=rec["events"],
                          status=rec.get("status"))


def _merge_doc(project: Project, doc_id: int, name: str, rec: dict[str, Any], res: BundleMerge) -> None:
    merged = merge_version(project, doc_id, name, foreign_version(rec, name if rec.get("_legacy_name") is None
                                                                   else rec["_legacy_name"]))
    res.history_added += merged.added
    res.history_skipped += merged.skipped
    title = rec.get("title") or rec["hash"][:12]
    res.conflicts.extend(f"{title}: {c}" for c in merged.conflicts)
    if merged.changed:
        res.updated += 1
    elif merged.kept_local:
        res.kept_newer += 1
    else:
        res.unchanged += 1
