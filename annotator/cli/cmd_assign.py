"""``annotator assign PROJECT NAME... [--per-doc N | --overlap PCT]``: share documents among annotators."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "assign", help="share the documents among annotators (with overlap for agreement)",
        description="Give each annotator a share of the documents: their queue then holds only their share. "
                    "--per-doc N sends every document to N annotators; --overlap PCT sends that percentage of "
                    "the documents to --per-doc annotators (default 2) and the rest to one. Work already "
                    "started stays assigned. Names are identities: use each person's own name everywhere.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("names", metavar="NAME", nargs="*", help="annotators to share the documents among")
    p.add_argument("--per-doc", type=int, default=None, metavar="N", help="annotators per (overlapped) document")
    p.add_argument("--overlap", default=None, metavar="PCT",
                   help="percentage of documents seen by several annotators, e.g. 20 or 20%%")
    p.add_argument("--seed", type=int, default=0, help="seed for choosing the overlapped documents (default 0)")
    p.add_argument("--clear", action="store_true", help="remove all assignments (everyone sees everything)")
    p.set_defaults(func=run)


def _percent(raw: str) -> float:
    from annotator.core.errors import ProjectError

    try:
        value = float(raw.strip().rstrip("%"))
    except ValueError:
        raise ProjectError(f"--overlap: expected a percentage such as 20 or 20%, got {raw!r}", code="E245") from None
    return value / 100.0


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_project
    from annotator.services.assign import assign, assignment_counts, clear_assignments

    project = open_project(args.project)
    try:
        if args.clear:
            n = clear_assignments(project)
            print(f"removed {n} assignments: every annotator sees every document")
            return 0
        if not args.names:
            counts = assignment_counts(project)
            if not counts:
                print("no assignments: every annotator sees every document")
            for name, n in counts.items():
                print(f"{name}: {n} documents")
            return 0
        overlap = _percent(args.overlap) if args.overlap is not None else None
        report = assign(project, args.names, per_doc=args.per_doc, overlap=overlap, seed=args.seed)
        print(report.summary())
    finally:
        project.close()
    return 0
