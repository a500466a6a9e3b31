"""``annotator export PROJECT OUTDIR``: spaCy training data (DocBins + config.cfg) or JSONL."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="export spaCy training data (train.spacy, dev.spacy, config.cfg) or JSONL",
        description="Write OUTDIR/train.spacy and OUTDIR/dev.spacy (DocBins: entities in doc.ents, company "
                    "sentiment on every mention in doc.spans['sentiment'], event types in doc.cats) and a "
                    "config.cfg for ner + spancat + textcat_multilabel. With --format jsonl: OUTDIR/annotations.jsonl, one "
                    "line per version (every human and gold version; with --annotator NAME that annotator's "
                    "documents marked done, or all with --unfinished, or every document a model pre-annotated), "
                    "each with the document (id, hash, title, source, url, published, meta, text), "
                    "annotator, kind, status, comment, seconds, split (train/dev), entities (start, end, label, "
                    "text, source, confidence, company), sentiments (company, name, value, source, confidence, "
                    "evidence), events (label, source, confidence, evidence) and cats; it leaves out the "
                    "status dates, the history, assignments, the schema and unnamed model versions (annotator "
                    "dump writes everything). With --format prodigy, labelstudio, doccano or conll: that tool's "
                    "files (docs/formats.md), saying what the format cannot carry. By default "
                    "each document's latest human version marked done is exported; the model's "
                    "pre-annotation only when named with --annotator. Spans that do not fall on token "
                    "boundaries are listed (and moved to them with --snap), never dropped silently.",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("outdir", metavar="OUTDIR", help="output folder (created if needed; files are replaced)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--annotator", metavar="NAME",
                     help="export this annotator's version (a human's documents marked done, or a model's "
                          "pre-annotation, e.g. model:fr_core_news_md-3.8.0)")
    who.add_argument("--gold", action="store_true", help="export the reviewed (gold) versions")
    p.add_argument("--unfinished", action="store_true",
                   help="with --annotator NAME: also that annotator's documents not marked done")
    p.add_argument("--format", dest="fmt", choices=("spacy", "jsonl", "prodigy", "labelstudio", "doccano", "conll"),
                   default="spacy", help="default: spacy; prodigy, labelstudio, doccano, conll: another tool's "
                                         "format (docs/formats.md), each saying what it leaves out")
    p.add_argument("--dev-fraction", type=float, default=0.2, metavar="F",
                   help="share of documents in dev.spacy (default 0.2)")
    p.add_argument("--seed", type=int, default=0, help="seed of the train/dev split (default 0)")
    p.add_argument("--snap", action="store_true",
                   help="move spans that do not fall on token boundaries out to the nearest tokens")
    p.add_argument("--pipeline", metavar="NAME_OR_PATH",
                   help="pipeline whose tokenizer builds the Docs (default: the project's, else fr_core_news_md)")
    p.add_argument("--jobs", type=int, metavar="N",
                   help="processes building the DocBins (default: one per CPU for 2,000 versions or more, "
                        "else this process alone; 1: this process). The files are the same to the byte")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import ProgressBar, open_project, plural
    from annotator.cli.safe import clean
    from annotator.services.export import export

    if args.fmt in ("prodigy", "labelstudio", "doccano", "conll"):
        from annotator.cli.export_formats import run_format

        return run_format(args)
    project = open_project(args.project)
    bar = ProgressBar("export")
    try:
        report = export(project, args.outdir, annotator=args.annotator, gold=args.gold,
                        dev_fraction=args.dev_fraction, seed=args.seed, snap=args.snap, fmt=args.fmt,
                        pipeline=args.pipeline, progress=bar, unfinished=args.unfinished, jobs=args.jobs)
    finally:
        bar.close()
        project.close()
    print(f"Exported {report.documents} {plural(report.documents, 'document')} ({report.selection}): {report.train} train, {report.dev} dev; "
          f"{report.entities} entities, {report.spans} sentiment spans.")
    if report.workers:
        print(f"The DocBins were built in {report.workers} processes ({report.cpu_seconds:.1f} s of CPU in all).")
    for path in report.files:
        print(f"  {path}")
    if report.problems:
        print(f"{len(report.problems)} spans need attention ({report.snapped} snapped):", file=sys.stderr)
        for problem in report.problems:
            print(clean(f"  {problem}"), file=sys.stderr)
    for note in report.notes:
        print(clean(f"note: {note}"), file=sys.stderr)
    if args.fmt == "spacy":
        out = report.outdir
        print(f"Train with: python -m spacy train {out / 'config.cfg'} --paths.train {out / 'train.spacy'} "
              f"--paths.dev {out / 'dev.spacy'}")
    return 0
