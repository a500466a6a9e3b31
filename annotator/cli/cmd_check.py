"""``annotator check PROJECT``: integrity, texts against their hashes, history against the tables."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check", help="check a project file (integrity, document texts, history) and suggest repairs",
        description="Run SQLite's integrity_check and foreign_key_check, verify every document's text against "
                    "its content hash, and replay the history against the stored annotations. Prints each "
                    "finding with a repair hint; exits 0 when all is well, 1 when something is wrong. "
                    "Writes nothing.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import ProgressBar
    from annotator.cli.safe import clean
    from annotator.store.project import Project

    project = Project.open(args.project, read_only=True)
    bar = ProgressBar("check")
    try:
        findings = project.check(progress=bar)
        documents = project.document_count()
    finally:
        bar.close()
        project.close()
    for f in findings:
        print(clean(str(f)))
    errors = sum(1 for f in findings if f.level == "error")
    warnings = len(findings) - errors
    if not findings:
        print(f"{args.project}: ok ({documents} documents; integrity, texts and history agree)")
    else:
        print(f"{args.project}: {errors} errors, {warnings} warnings")
    return 1 if errors else 0
