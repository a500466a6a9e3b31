"""Annotation formats of other tools, in and out: Prodigy, Label Studio, doccano, CoNLL, spaCy.

One module per format; each has ``parse(path, problems, report, **options) -> [Version]`` and
``export(project, outdir, **options) -> FormatExportReport``. Every import goes through the
shared check-then-write core (:mod:`annotator.services.formats.core`); see ``docs/formats.md``.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator.core.errors import InputError
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.services.formats.core import E_FORMAT, E_OPTION, FormatImportReport, Problem, Version, write
from annotator.store.project import Project

FORMATS = ("prodigy", "labelstudio", "doccano", "conll", "spacy")
_MODULES = {"prodigy": "prodigy", "labelstudio": "labelstudio", "doccano": "doccano", "conll": "conll",
            "spacy": "docbin"}
CONLL_EXT = (".conll", ".conll03", ".iob", ".iob2", ".bio")


def module(fmt: str):
    if fmt not in _MODULES:
        raise InputError(f"unknown annotation format {fmt!r} (expected one of {', '.join(FORMATS)})", code=E_FORMAT)
    return importlib.import_module(f"annotator.services.formats.{_MODULES[fmt]}")


def detect(path: Path) -> str | None:
    """The format of an annotation file when it is unambiguous, else None (a plain text import)."""
    suffix = path.suffix.lower()
    if suffix == ".spacy":
        return "spacy"
    if suffix in CONLL_EXT:
        return "conll"
    if suffix not in (".json", ".jsonl", ".ndjson") or not path.is_file():
        return None
    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 16).decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    except OSError:
        return None
    if suffix == ".json":
        if head.startswith(("[", "{")) and '"data"' in head and ('"annotations"' in head or '"predictions"' in head):
            return "labelstudio"
        return None
    first = head.split("\n", 1)[0]
    try:
        rec = json.loads(first)
    except ValueError:  # not JSON, or a number too long to convert: not ours to judge here
        return None
    if not isinstance(rec, dict):
        return None
    if any(k in rec for k in ("_input_hash", "_task_hash", "_view_id")) or isinstance(rec.get("spans"), list):
        return "prodigy"
    label = rec.get("label", rec.get("labels"))
    if isinstance(label, list) and label and all(isinstance(x, list) and len(x) == 3 for x in label):
        return "doccano"
    ents = rec.get("entities")
    if isinstance(ents, list) and ents and isinstance(ents[0], dict) and "start_offset" in ents[0]:
        return "doccano"
    return None


def import_files(project: Project, paths: Sequence[str | os.PathLike[str]], fmt: str | None = None, *,
                 annotator: str | None = None, add_labels: bool = False, skip_bad: bool = False,
                 options: dict[str, Any] | None = None, progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None) -> FormatImportReport:
    """Read every file (``fmt`` or each one's detected format), check all, write all or nothing."""
    files = [Path(p) for p in paths]
    formats = []
    for f in files:
        if not f.is_file():
            raise InputError(f"{f}: no such file", code=E_OPTION)
        got = fmt or detect(f)
        if got is None:
            raise InputError(f"{f.name}: cannot tell its annotation format; give --format "
                             f"({', '.join(FORMATS)})", code=E_FORMAT)
        module(got)
        formats.append(got)
    if len(set(formats)) > 1:
        raise InputError("one import reads one format; these files are "
                         + ", ".join(f"{f.name}: {g}" for f, g in zip(files, formats)), code=E_FORMAT)
    fmt = formats[0]
    mod = module(fmt)
    report = FormatImportReport(fmt)
    problems: list[Problem] = []
    found: list[Version] = []
    extra = dict(options or {})
    for f in files:
        progress(0, 0, f"reading {f.name}")
        found += mod.parse(f, problems, report, annotator=annotator, project=project, **extra)
        report.files += 1
    return write(project, fmt, found, problems, report, add_labels=add_labels, skip_bad=skip_bad,
                 progress=progress, cancel=cancel)


def export_format(project: Project, outdir: str | os.PathLike[str], fmt: str, **kwargs: Any):
    return module(fmt).export(project, outdir, **kwargs)
