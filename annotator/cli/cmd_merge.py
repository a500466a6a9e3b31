"""``annotator merge PROJECT BUNDLE... [--as NAME]``: merge annotators' bundles into the main project."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "merge", help="merge bundles from other desktops into this project",
        description="Merge bundle files (from `annotator bundle`) into the project, all or nothing. Only each "
                    "bundle's own annotator is touched; history rows are added once, so merging twice changes "
                    "nothing; a document's version is replaced only by a newer one; documents not in the "
                    "project are reported. Names are identities: if two people used the same name, merge one "
                    "bundle with --as OTHER_NAME.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("bundles", metavar="BUNDLE", nargs="+", help="bundle files")
    p.add_argument("--as", dest="as_annotator", default=None, metavar="NAME",
                   help="merge the (single) bundle under this annotator name")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import ProgressBar, open_project
    from annotator.services.bundle import merge_bundles

    project = open_project(args.project)
    bar = ProgressBar("merge")
    try:
        report = merge_bundles(project, args.bundles, as_annotator=args.as_annotator, progress=bar)
    finally:
        bar.close()
        project.close()
    print(report.summary())
    if not report.changed:
        print("nothing new: the project already had everything in these bundles")
    return 0
