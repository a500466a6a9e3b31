"""``annotator bundle PROJECT [--annotator NAME] [-o FILE]``: export one annotator's work as a bundle."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bundle", help="export your work as a small bundle file for the lead to merge",
        description="Write one annotator's annotations, statuses and history to a bundle file (gzipped JSON "
                    "lines, no article text; documents are matched by content hash). The lead merges it into "
                    "the main project with `annotator merge`.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("--annotator", default=None, metavar="NAME",
                   help="whose work (default: $ANNOTATOR_NAME or your user name)")
    p.add_argument("-o", "--output", default=None, metavar="FILE",
                   help="bundle file to write (default: PROJECT-NAME-DATE.annbundle next to the project)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from datetime import date
    from pathlib import Path

    from annotator.cli.common import ProgressBar, default_annotator, open_project
    from annotator.services.bundle import SUFFIX, export_bundle

    name = args.annotator or default_annotator()
    project = open_project(args.project)
    bar = ProgressBar("bundle")
    try:
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
        out = Path(args.output) if args.output else Path(args.project).with_name(
            f"{Path(args.project).stem}-{safe}-{date.today().isoformat()}{SUFFIX}")
        report = export_bundle(project, name, out, progress=bar)
    finally:
        bar.close()
        project.close()
    print(report.summary())
    return 0
