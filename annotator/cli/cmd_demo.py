"""``annotator demo PATH``: build the demo project from the packaged sample articles."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo", help="build a demo project from the sample articles and pre-annotate it",
        description="Create PATH, import the packaged sample articles (French and English business news) and "
                    "pre-annotate them with the spaCy pipeline. An existing file is never overwritten unless "
                    "it is a demo project built by this command; running it again on it is quick.",
    )
    p.add_argument("path", metavar="PATH", help="the demo project file (e.g. demo.annotator)")
    p.add_argument("--no-preannotate", action="store_true", help="import only (no spaCy)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import ProgressBar
    from annotator.services.demo import build_demo

    bar = ProgressBar("demo")
    try:
        report = build_demo(args.path, preannotate=not args.no_preannotate, progress=bar)
    finally:
        bar.close()
    verb = "Created" if report.created else "Updated"
    line = (f"{verb} {report.path}: {report.imported.added} sample articles imported "
            f"({report.imported.duplicates} already there)")
    pre = report.preannotated
    if pre is not None:
        line += f"; pre-annotated {pre.processed} ({pre.skipped} already done) as {pre.annotator}"
    print(line + ".")
    return 0
