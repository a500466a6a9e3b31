"""``annotator restore FILE.jsonl.gz PROJECT``: rebuild a project from its dump."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "restore", help="rebuild a project from a dump (annotator dump)",
        description="Create PROJECT (a new file) from a dump written by 'annotator dump'. A dump from a newer "
                    "annotator is refused; an older one is brought up to this version's file format.",
    )
    p.add_argument("file", metavar="FILE", help="the dump (.jsonl.gz)")
    p.add_argument("project", metavar="PROJECT", help="the project file to create (must not exist)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.services.dump import restore

    project = restore(args.file, args.project)
    try:
        docs, names = project.document_count(), project.annotators()
    finally:
        project.close()
    print(f"Restored {args.project}: {docs} documents, {len(names)} annotators")
    return 0
