"""``annotator gui PROJECT [--annotator NAME]``: open the annotation window."""

from __future__ import annotations

import argparse


def add_parser(sub) -> None:
    p = sub.add_parser(
        "gui",
        help="open the annotation window on a project",
        description="Open the annotation window. The annotator name is asked once and remembered "
                    "(or given with --annotator). The window opens without loading spaCy; the pipeline then loads in the background.",
    )
    p.add_argument("project", nargs="?", help="the project file (.annotator); default: the most recent one, "
                                              "else a demo project of the sample articles")
    p.add_argument("--annotator", help="annotate under this name (default: the remembered one, else asked)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import default_annotator, open_project

    if args.project:
        open_project(args.project).close()  # a clear [E2xx] error before any window if the file is wrong
    # ui and cli are independent layers (pyproject import contracts): the window is started by
    # module name, the one place the command line hands over to the Qt layer. Qt loads only here.
    import importlib

    app = importlib.import_module("annotator.ui.app")
    return app.main(args.project, args.annotator, default_name=default_annotator())
