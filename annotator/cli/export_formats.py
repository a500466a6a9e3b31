"""``annotator export PROJECT OUT --format prodigy|labelstudio|doccano|conll`` (through ``cmd_export``)."""

from __future__ import annotations

import argparse
import sys


def run_format(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.services.formats import export_format

    kwargs = {"annotator": args.annotator, "gold": args.gold, "unfinished": args.unfinished}
    if args.fmt == "conll":
        kwargs.update(pipeline=args.pipeline)
    project = open_project(args.project)
    try:
        report = export_format(project, args.outdir, args.fmt, **kwargs)
    finally:
        project.close()
    print(f"Exported {report.versions} versions of {report.documents} documents ({report.selection}) as "
          f"{report.fmt}; {report.entities} entities.")
    for path in report.files:
        print(f"  {path}")
    for note in report.left_out:
        print(f"left out: {note}", file=sys.stderr)
    return 0
