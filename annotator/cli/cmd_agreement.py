"""``annotator agreement PROJECT``: inter-annotator agreement report (text, JSON, CSV or HTML)."""

from __future__ import annotations

import argparse
import sys

DESCRIPTION = """\
Agreement between annotators: entity span F1 (exact and overlap) per pair and label; Cohen's kappa
per pair and Krippendorff's alpha (nominal, ordinal) for company sentiment; Cohen's and Fleiss'
kappa and Krippendorff's alpha per event type; and a disagreement score per document (0 = all
agree, 1 = nothing in common). Compares the human annotators unless --annotators names them;
--include-model adds the model's pre-annotation as one more annotator. By default a version counts
once its annotator marked the document done (--scope annotated: any annotated document)."""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("agreement", help="inter-annotator agreement report", description=DESCRIPTION)
    p.add_argument("project", help="the project file")
    p.add_argument("--format", choices=("text", "json", "csv", "html"), default=None,
                   help="report format (default: from --output's extension, else text)")
    p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    p.add_argument("--include-model", action="store_true",
                   help="count the model's pre-annotation as one more annotator")
    p.add_argument("--annotators", metavar="A,B,C", help="comma-separated annotators to compare")
    p.add_argument("--scope", choices=("done", "annotated"), default="done",
                   help="which versions count: documents marked done (default) or any annotated document")
    p.add_argument("--top", type=int, default=10, help="documents with most disagreement to list in text output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import ProgressBar, open_project
    from annotator.services import agreement

    names = [a for a in args.annotators.split(",") if a.strip()] if args.annotators else None
    bar = ProgressBar("agreement")
    with open_project(args.project) as project:
        try:
            report = agreement.compute(project, annotators=names, include_model=args.include_model,
                                       scope=args.scope, progress=bar)
        finally:
            bar.close()
    if args.output:
        path = agreement.write_report(report, args.output, args.format)
        print(f"agreement: {len(report.annotators)} annotators, {report.documents} documents compared; "
              f"report written to {path}", file=sys.stderr)
        return 0
    fmt = args.format or "text"
    text = agreement.to_text(report, top=args.top) if fmt == "text" else agreement.render(report, fmt)
    sys.stdout.write(text)
    return 0
