"""``annotator publish PROJECT URL [--name NAME]``: put a project on the team server (leads)."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "publish", help="put this project (schema, documents, assignments) on the team server",
        description="Put the project's label schema, documents, assignment plan and model suggestions on a team "
                    "server (you must be a lead of the project there: `annotator server add`). The project file "
                    "remembers the URL, never a password (a URL with one is refused). Later changes go up with "
                    "`annotator sync`.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("url", metavar="URL", help="postgresql://user@host/db (no password), a conninfo string or service=NAME")
    p.add_argument("--name", default=None, help="the project's name on the server (default: the file's name)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.services.sync import publish

    project = open_project(args.project)
    try:
        report = publish(project, args.url, name=args.name)
    finally:
        project.close()
    print(f"published: {report.summary()}")
    return 0
