"""Choose the event rules (annotator/nlp/event_rules.py) by cross-validation over the real development set.

``python -m benchmarks.tune_events [--gold tests/data/gold/real_dev.jsonl] [--folds 5] [--repeats 4] [--lang fr]``

With ``--lang`` the rules of one language (``RULES_BY_LANG`` in event_rules.py) are chosen on the
articles of that language only; "current rules" are always the shipped ones of each article's language.

Runs the pre-annotation once over the development articles and keeps every event trigger with where
it stands; then, for every set of rules of a small grid, decides the event types again (no model
run). The choice is cross-validated: the articles are cut into folds (per set and language), the rules are
chosen on all folds but one by the objective below and scored on the one left out; the sum over the
left-out folds is an honest estimate of how the choice does on articles it was not chosen on.

Objective: the highest precision with recall >= ``--min-recall`` (0.8 on the folds used for the
choice, a margin over the 0.75 target), then the highest recall, then the rules closest to the
current ones. The rules to keep are those the folds chose most often. The held-out files are
refused: no figure may be tuned on them.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from annotator.nlp.event_rules import RULES, EventRules, decide, rules_for

GRID = {
    "threshold": (0.5, 0.55, 0.6, 0.65, 0.7),
    "lead": (1.0, 1.15, 1.3),
    "body": (0.45, 0.6, 0.75),
    "background": (0.2, 0.35, 0.5),
    "no_org": (0.35, 0.5, 0.7),
    "need_evidence": (False, True),
    "secondary_in_lead": (False, True),
    "competition": (0.5, 0.7),
}


def all_rules() -> list[EventRules]:
    keys = list(GRID)
    out = []
    for values in itertools.product(*(GRID[k] for k in keys)):
        d = dict(zip(keys, values))
        comp = d.pop("competition")
        # the headline always counts a quarter more than the lead
        out.append(replace(RULES, **d, headline=round(d["lead"] + 0.25, 2), label_factor={"competition": comp}))
    return out


def distance(r: EventRules) -> float:
    """How far from the current rules (ties go to the smaller change)."""
    base = RULES
    return (abs(r.threshold - base.threshold) + abs(r.lead - base.lead) + abs(r.body - base.body)
            + abs(r.background - base.background)
            + abs(r.no_org - base.no_org) + (r.need_evidence != base.need_evidence) * 0.1
            + (r.secondary_in_lead != base.secondary_in_lead) * 0.1
            + abs(r.label_factor.get("competition", 1) - base.label_factor.get("competition", 1)))


def collect(gold_path: Path):
    """(id, language, gold events, triggers by type) per development article."""
    from annotator.nlp.enrich import Enricher
    from annotator.nlp.evaluate import evaluate, load_gold
    from annotator.resources import default_schema

    schema = default_schema()
    gold = load_gold(gold_path, schema)
    enricher = Enricher.from_project_resources(schema)
    captured: dict[str, dict] = {}
    detect = enricher.events.detect

    def recording(text, analysis, entities=None):
        out = detect(text, analysis, entities)
        captured[text] = dict(enricher.events.last_triggers)
        return out

    enricher.events.detect = recording
    evaluate(gold, schema, enricher=enricher)
    synthetic = not gold_path.name.startswith("real")
    return [(g.id, g.lang, set(g.events), captured[g.text], synthetic) for g in gold]


def score(docs, rules: EventRules | None) -> tuple[int, int, int]:
    """True / false positives and misses of ``rules`` (None: the shipped rules of each article's language)."""
    tp = fp = fn = 0
    for _, lang, gold, found, _ in docs:
        pred = set(decide(found, rules or rules_for(lang)))
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return tp, fp, fn


def pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


def choose(docs, candidates, min_recall: float) -> EventRules:
    def key(r):
        p, rec = pr(*score(docs, r))
        return (rec >= min_recall, p if rec >= min_recall else rec, rec, -distance(r))
    return max(candidates, key=key)


def describe(r: EventRules) -> str:
    return (f"threshold {r.threshold}, lead {r.lead}, body {r.body}, background {r.background}, no_org {r.no_org}, "
            f"need_evidence {r.need_evidence}, secondary_in_lead {r.secondary_in_lead}, "
            f"competition {r.label_factor.get('competition')}")


def groups(docs):
    """(name, articles) per gold file kind and language: real fr, real en, synthetic fr, synthetic en."""
    out = {}
    for d in docs:
        kind = "synthetic" if d[4] else "real"
        out.setdefault(f"{kind} {d[1]}", []).append(d)
    return sorted(out.items())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    gold_dir = Path(__file__).resolve().parents[1] / "tests/data/gold"
    ap.add_argument("--gold", nargs="+", default=[str(gold_dir / "real_dev.jsonl"), str(gold_dir / "gold.jsonl")],
                    help="development gold files (default: the real development set and the synthetic one)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=4)
    ap.add_argument("--min-recall", type=float, default=0.8)
    ap.add_argument("--lang", choices=("fr", "en"), help="choose the rules of one language, on its articles only")
    args = ap.parse_args(argv)
    if any("heldout" in Path(g).name for g in args.gold):
        print("refused: the held-out sets are never used for tuning", file=sys.stderr)
        return 2
    docs = [d for g in args.gold for d in collect(Path(g)) if args.lang in (None, d[1])]
    candidates = all_rules()
    print(f"{len(docs)} development articles, {sum(len(d[2]) for d in docs)} gold event labels, "
          f"{len(candidates)} rule sets")
    p, r = pr(*score(docs, None))
    print(f"current rules on the whole development set: P {p:.3f} R {r:.3f}")
    totals = Counter()
    base_totals = Counter()
    picked = Counter()
    per_group: dict[str, Counter] = {}
    for rep in range(args.repeats):
        by_lang: dict[str, list] = {}
        for d in docs:
            by_lang.setdefault((d[4], d[1]), []).append(d)
        folds: list[list] = [[] for _ in range(args.folds)]
        rng = random.Random(f"tune-events-{rep}")
        for lang in sorted(by_lang):
            group = sorted(by_lang[lang], key=lambda d: (d[4], d[0]))
            rng.shuffle(group)
            for i, d in enumerate(group):
                folds[i % args.folds].append(d)
        for k in range(args.folds):
            train = [d for j, f in enumerate(folds) if j != k for d in f]
            best = choose(train, candidates, args.min_recall)
            picked[describe(best)] += 1
            tp, fp, fn = score(folds[k], best)
            totals.update(tp=tp, fp=fp, fn=fn)
            for name, sub in groups(folds[k]):
                tp, fp, fn = score(sub, best)
                per_group.setdefault(name, Counter()).update(tp=tp, fp=fp, fn=fn)
            tp, fp, fn = score(folds[k], None)
            base_totals.update(tp=tp, fp=fp, fn=fn)
    p, r = pr(totals["tp"], totals["fp"], totals["fn"])
    bp, br = pr(base_totals["tp"], base_totals["fp"], base_totals["fn"])
    print(f"cross-validated ({args.repeats} x {args.folds} folds), rules chosen on the other folds: "
          f"P {p:.3f} R {r:.3f} (current rules on the same folds: P {bp:.3f} R {br:.3f})")
    for name, c in sorted(per_group.items()):
        p, r = pr(c["tp"], c["fp"], c["fn"])
        print(f"  cross-validated, {name}: P {p:.3f} R {r:.3f}")
    print("rules chosen per fold (count):")
    for desc, n in picked.most_common(5):
        print(f"  {n:3d}  {desc}")
    whole = choose(docs, candidates, args.min_recall)
    p, r = pr(*score(docs, whole))
    print(f"chosen on the whole development set: {describe(whole)}: P {p:.3f} R {r:.3f}")
    # the rules kept: those the folds chose most often (steadier than one choice on all articles)
    top = picked.most_common(1)[0][0]
    final = next(c for c in candidates if describe(c) == top)
    p, r = pr(*score(docs, final))
    print(f"kept (chosen most often on the folds): {describe(final)}: P {p:.3f} R {r:.3f}")
    for name, sub in groups(docs):
        p, r = pr(*score(sub, final))
        bp, br = pr(*score(sub, None))
        print(f"  {name}: P {p:.3f} R {r:.3f} (current rules: P {bp:.3f} R {br:.3f}; {len(sub)} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
