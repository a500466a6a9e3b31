"""``annotator smoke``: run the whole app once, end to end (what an installer's test runs)."""

from __future__ import annotations

import argparse


def add_parser(sub) -> None:
    p = sub.add_parser(
        "smoke",
        help="check this installation end to end (window, pipeline, pre-annotation, edit, export)",
        description="Create a project from the packaged sample articles, show the window, load the spaCy "
                    "pipeline in the background, pre-annotate one article, write an edit, export a DocBin "
                    "and check spaCy's metadata and registries; print each step with its time since launch "
                    "and exit 0 if all passed. Without a display, set QT_QPA_PLATFORM=offscreen.",
    )
    p.add_argument("--workdir", help="folder for the project and the export (kept); default: a temporary "
                                     "folder, removed when the smoke test passes")
    p.add_argument("--report", help="also write the steps and timings to this JSON file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import importlib

    smoke = importlib.import_module("annotator.ui.smoke")  # Qt loads only here (see cmd_gui)
    return smoke.main(args.workdir, args.report)
