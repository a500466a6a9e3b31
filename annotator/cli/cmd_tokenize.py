"""``annotator tokenize PROJECT``: keep token boundaries, so exports need not re-tokenise."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "tokenize", help="keep every document's token boundaries (exports then build Docs without re-tokenising)",
        description="Tokenise the documents that have no kept token boundaries for the pipeline's tokenizer and "
                    "keep them in the project. Pre-annotation does this by itself; this is for documents imported "
                    "with their annotations from other tools. The export's Docs are the same either way, only "
                    "faster to build.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("--pipeline", metavar="NAME_OR_PATH",
                   help="whose tokenizer (default: the project's pipeline, else fr_core_news_md)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import ProgressBar, open_project
    from annotator.services.preannotate import project_pipeline
    from annotator.services.tokens import keep_tokens

    project = open_project(args.project)
    bar = ProgressBar("tokenize")
    try:
        pipeline = project_pipeline(project, args.pipeline)
        n = keep_tokens(project, pipeline, progress=bar)
    finally:
        bar.close()
        project.close()
    print(f"Kept the token boundaries of {n} documents ({pipeline}'s tokenizer).")
    return 0
