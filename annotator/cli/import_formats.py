"""``annotator import PROJECT FILE --format prodigy|labelstudio|doccano|conll|spacy``: the part of
``import`` that reads other tools' annotations (registered through ``cmd_import``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.core.errors import InputError


def format_of(args: argparse.Namespace) -> str | None:
    """The annotation format to read (given, or detected for every path alike), or None: a text import."""
    if args.fmt:
        return args.fmt
    from annotator.services.formats import detect

    found = {p: detect(Path(p)) for p in args.paths}
    kinds = set(found.values())
    if kinds == {None}:
        if args.annotator or args.add_labels:
            raise InputError("--annotator and --add-labels apply to annotation formats; give --format",
                             code="E351")
        return None
    if len(kinds) > 1:
        listed = ", ".join(f"{p}: {k or 'text'}" for p, k in found.items())
        raise InputError(f"import annotation files on their own, one format at a time ({listed})", code="E340")
    return kinds.pop()


def run_formats(args: argparse.Namespace, fmt: str) -> int:
    from annotator.cli.common import ProgressBar, open_project
    from annotator.services.formats import import_files

    options = {"text_field": args.text_field} if fmt == "labelstudio" else {}
    project = open_project(args.project)
    bar = ProgressBar("import")
    try:
        report = import_files(project, args.paths, fmt, annotator=args.annotator, add_labels=args.add_labels,
                              skip_bad=args.skip_bad, options=options, progress=bar)
        total = project.document_count()
    finally:
        bar.close()
        project.close()
    print(f"Imported {report.versions} {fmt} versions by {len(set(report.annotators)) or 'known'} annotator(s) "
          f"({report.entities} entities): {report.documents_added} new documents, "
          f"{report.documents_existing} already in the project; the project has {total} documents.")
    if report.annotators:
        print(f"  new annotators: {', '.join(report.annotators)}")
    for what, n in sorted(report.not_imported.items()):
        print(f"  not imported: {n} {what}")
    if report.labels_added:
        print(f"  added to the schema: {', '.join(report.labels_added)}")
    for note in report.notes[:20]:
        print(f"note: {note}")
    if report.skipped:
        print(f"Skipped {len(report.skipped)} bad records:")
        for line in report.skipped:
            print(f"  {line}")
    return 0
