"""``annotator model-report PROJECT``: how humans changed each model version's suggestions."""

from __future__ import annotations

import argparse
import json


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "model-report", help="where the model is weak: kept/changed/deleted/added, precision and recall per version",
        description="For each model version, compare its pre-annotation with the final human versions (the gold "
                    "version when reviewed, else the latest human version marked done): how many entities (per "
                    "label), company sentiments (per value) and event types (per type) humans kept, changed, "
                    "deleted or added, and the pre-annotator's precision and recall; with the learning curve of "
                    "trained versions ('annotator train --curve').",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("--started-only", action="store_true",
                   help="compare only documents whose human version started from that model's suggestions")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.services.model_report import format_report, model_report

    project = open_project(args.project)
    try:
        stats = model_report(project, started_only=args.started_only)
    finally:
        project.close()
    if args.json:
        print(json.dumps([s.as_dict() for s in stats], ensure_ascii=False, indent=2))
    else:
        print(format_report(stats))
    return 0
