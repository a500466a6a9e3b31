"""``annotator models PROJECT``: the model registry; choose the active pre-annotator; re-pre-annotate."""

from __future__ import annotations

import argparse
import json


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "models", help="list the project's models, make one active, re-pre-annotate",
        description="List the pipelines trained from this project and the outside pipelines that pre-annotated "
                    "it, with what they were trained on and their dev scores. --use makes one the pre-annotator "
                    "humans start from; --preannotate runs it over every document (untouched ones first; those a "
                    "human is working on keep their version and get suggestions to compare).",
    )
    p.add_argument("project", metavar="PROJECT", help="the project file")
    p.add_argument("--use", metavar="NAME", help="make this model active (annotator name, name-version or a prefix)")
    p.add_argument("--preannotate", action="store_true", help="re-pre-annotate with the active model")
    p.add_argument("--json", action="store_true", help="print the registry as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from annotator.cli.common import ProgressBar, open_project
    from annotator.services import models
    from annotator.store import models as registry

    project = open_project(args.project)
    try:
        if args.use:
            row = models.resolve(project, args.use)
            models.activate(project, row.annotator)
            print(f"Active pre-annotator: {row.annotator}")
        if args.preannotate:
            bar = ProgressBar("pre-annotate")
            try:
                rep = models.repreannotate(project, progress=bar)
            finally:
                bar.close()
            print(rep.summary())
        rows = registry.all_models(project)
        current = models.active(project)
        if args.json:
            print(json.dumps([{**asdict(r), "active": r.annotator == current} for r in rows], ensure_ascii=False,
                             indent=2))
            return 0
        if not (args.use or args.preannotate):
            if not rows:
                print("No model yet: 'annotator preannotate' registers the pipeline it uses, 'annotator train' "
                      "trains one.")
            for r in rows:
                s = r.scores.get("summary", {})
                figures = "  ".join(f"{k} {s[k]:.3f}" for k in ("ents_f", "spans_sentiment_f", "cats_macro_f")
                                    if k in s)
                who = ", ".join(f"{k} {v}" for k, v in sorted(r.trained_on.items()))
                mark = "*" if r.annotator == current else " "
                print(f"{mark} {r.annotator}  [{r.origin}] {r.created_at[:16]}")
                if r.origin == "trained":
                    print(f"    {r.documents} documents ({who}); base {r.base or 'blank'}; dev: {figures}")
                print(f"    {r.path}")
    finally:
        project.close()
    return 0
