"""``annotator review PROJECT [--reviewer NAME] [--auto]``: settle disagreements into the gold version."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "review", help="review where annotators differ and write the gold version",
        description="Open the review window: documents ordered by disagreement, each annotator's version side "
                    "by side, every difference as an item to take from one annotator (1, 2, 3...), reject (r) "
                    "or edit (e). With --auto, accept the items all annotators agree on (headless) and print "
                    "what is left. The result is the gold version, exported with `annotator export --gold`.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("--reviewer", default=None, metavar="NAME",
                   help="who reviews (default: $ANNOTATOR_NAME or your user name)")
    p.add_argument("--auto", action="store_true", help="accept agreed items without a window; print what is left")
    p.add_argument("--annotators", default=None, metavar="A,B,...",
                   help="compare only these annotators (default: every human annotator)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import default_annotator

    reviewer = args.reviewer or default_annotator()
    annotators = [a.strip() for a in args.annotators.split(",") if a.strip()] if args.annotators else None
    if args.auto:
        return _auto(args.project, reviewer, annotators)
    import importlib
    import sys

    from annotator.cli.common import open_project

    open_project(args.project).close()  # a clear [E2xx] error before any window if the file is wrong
    # ui and cli are independent layers: the window is started by module name (Qt loads only here)
    window = importlib.import_module("annotator.ui.review_window")
    return window.run_review(args.project, reviewer, annotators, argv=sys.argv[:1])


def _auto(path: str, reviewer: str, annotators: list[str] | None) -> int:
    from annotator.cli.common import ProgressBar, open_project
    from annotator.services.review import auto_review, describe

    project = open_project(path)
    bar = ProgressBar("review")
    try:
        report = auto_review(project, annotators, reviewer=reviewer, progress=bar)
        bar.close()
        print(report.summary())
        for doc_id, items in report.left.items():
            title = project.document(doc_id).title or f"document {doc_id}"
            print(f"#{doc_id} {title}: {len(items)} to decide")
            for item in items:
                what = f"{item.kind} {item.title!r}"
                versions = "; ".join(f"{n}: {describe(v)}" for n, v in item.values.items())
                print(f"  {what}: {versions}")
    finally:
        project.close()
    return 0
