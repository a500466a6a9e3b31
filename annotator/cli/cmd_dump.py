"""``annotator dump PROJECT FILE.jsonl.gz``: the whole project, losslessly, in one file."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "dump", help="write the whole project to one gzip'd JSON-lines file (lossless; see restore)",
        description="Write every table of the project to FILE (gzip'd JSON lines): the schema and settings, "
                    "documents, every annotator's versions (the models' included) with sources and "
                    "confidences, statuses with comments, times and dates, assignments, the model registry "
                    "and any other table, and the whole history. 'annotator restore FILE NEW' rebuilds the "
                    "project; dump, restore and dump again gives the same bytes. The full-text index is "
                    "left out (it is rebuilt).",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("file", metavar="FILE", help="the dump to write, e.g. project.jsonl.gz (replaced if it exists)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.services.dump import dump

    project = open_project(args.project)
    try:
        report = dump(project, args.file)
    finally:
        project.close()
    print(f"Dumped {report.rows} rows of {report.tables} tables to {report.path}")
    return 0
