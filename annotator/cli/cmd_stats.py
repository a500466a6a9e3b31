"""``annotator stats PROJECT [--json]``: documents, annotators, statuses, time and label counts."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stats", help="print a project's statistics",
        description="Print the number of documents, the annotators, each annotator's status counts and time "
                    "spent, and label counts per layer (entities, sentiments, events).",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import json

    from annotator.cli.common import open_project
    from annotator.services.stats import format_stats, project_stats

    project = open_project(args.project)
    try:
        stats = project_stats(project)
    finally:
        project.close()
    print(json.dumps(stats, ensure_ascii=False, indent=2) if args.json else format_stats(stats))
    return 0
