"""``annotator join URL PROJECT_NAME FILE``: a desktop copy of a server project for one person."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "join", help="make a desktop copy of a project on the team server",
        description="Create a project file from a team server's project: its schema and the documents assigned "
                    "to you (all documents for reviewers and leads), with everyone's work so far. Who you are "
                    "comes from your PostgreSQL login; the password from ~/.pgpass, a service file or "
                    "PGPASSWORD (never the file).",
    )
    p.add_argument("url", metavar="URL", help="postgresql://user@host/db (no password), a conninfo string or service=NAME")
    p.add_argument("name", metavar="PROJECT", help="the project's name on the server")
    p.add_argument("file", metavar="FILE", nargs="?", default=None,
                   help="the project file to create (default: PROJECT.annotator)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.services.sync import join

    path = args.file or f"{args.name}.annotator"
    project, report = join(args.url, path, name=args.name)
    project.close()
    print(f"joined {args.name!r} into {path}: {report.summary()}")
    return 0
