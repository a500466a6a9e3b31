"""``annotator schema PROJECT [--set FILE [--force]]``: print or replace the project's label schema."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "schema", help="print or replace a project's label schema",
        description="Print the project's label schema as JSON (edit it, then load it back with --set). "
                    "A schema that drops a label still in use is refused unless --force.",
    )
    p.add_argument("project", help="the project file")
    p.add_argument("--set", metavar="FILE", dest="set_file", help="replace the schema by this JSON file (validated)")
    p.add_argument("--force", action="store_true", help="accept dropping labels that annotations still use")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.services.schema import replace_schema_from_file, schema_json

    with open_project(args.project) as project:
        if args.set_file:
            change = replace_schema_from_file(project, args.set_file, force=args.force)
            print(f"schema of {args.project} replaced:\n{change.summary()}")
        else:
            sys.stdout.write(schema_json(project))
    return 0
