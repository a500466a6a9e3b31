"""``annotator backup PROJECT FILE``: a consistent copy, safe while the window is open."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup", help="copy a project consistently (even while someone is annotating in it)",
        description="Copy PROJECT to FILE with SQLite's online backup API: FILE is one consistent snapshot "
                    "(all acknowledged edits up to that moment, nothing half-written), even while the window "
                    "or another process writes. FILE must not exist.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("file", metavar="FILE", help="the backup to write (a project file itself)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project

    project = open_project(args.project)
    try:
        dest = project.backup(args.file)
        documents = project.document_count()
    finally:
        project.close()
    print(f"Backed up {args.project} ({documents} documents) to {dest}.")
    return 0
