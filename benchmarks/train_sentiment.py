"""Train the company sentiment model (annotator/nlp/sentiment_model.py) on the real development set.

``python -m benchmarks.train_sentiment [--gold tests/data/gold/real_dev.jsonl] [--folds 10] [--repeats 3]
[--write]``

Runs the pre-annotation once over the development articles with the lexicon rule alone, and keeps,
for every gold company the pre-annotation finds, its features (company_features.py) and its gold
value. Then:

* **cross-validation** (articles cut into folds per language, so no article is on both sides): for
  each fold, the penalty and the neutral margin are chosen by an inner cross-validation on the other
  folds only, the model is fitted there and scored on the fold left out. The sum over the left-out
  folds estimates how the model does on articles it never saw; the lexicon rule and "always neutral"
  are scored on the same companies. A company the pre-annotation never finds counts as wrong for
  every system, as in ``annotator evaluate``.
* **the model kept**: the settings the outer folds chose most often, fitted on every development
  article; ``--write`` saves it to resources/lexicon/company_sentiment.json with how it was made.

The held-out files are refused: no figure may be tuned on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections import Counter
from pathlib import Path

from annotator.nlp.company_features import FEATURES
from annotator.nlp.sentiment_model import LANG_SEP, MODEL_FILE, by_language, decide_value, fit

CLASSES = ("positive", "negative", "neutral")
RULE_GRID = [(p, m, s) for p in (0.1, 0.2, 0.3) for m in (0.1, 0.2, 0.3, 0.4, 0.6) for s in (0.2, 0.4, 0.6, 0.8, 1.0)]
"""The lexicon rule's settings (sentence lean, margin, single-sentence margin) it is cross-validated over."""
L2 = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
MARGINS = (0.0, 0.1, 0.2, 0.3)
ROOT = Path(__file__).resolve().parents[1]
LANGS = ("fr", "en")
MODEL_FEATURES = tuple(FEATURES) + tuple(f"{f}{LANG_SEP}{lang}" for lang in LANGS for f in FEATURES)
"""The shared features and each one's copy per language (sentiment_model.by_language): one model whose
weights may depart per language, the departures penalised like every weight."""


def collect(gold_path: Path) -> list[dict]:
    """One row per gold company: article id, language, gold value, the rule's value ('-' when the
    pre-annotation does not find the company) and the features (None when not found)."""
    from annotator.core.text import company_key
    from annotator.nlp.enrich import Enricher
    from annotator.nlp.evaluate import evaluate, load_gold, match_company
    from annotator.resources import default_schema

    schema = default_schema()
    gold = load_gold(gold_path, schema)
    enricher = Enricher.from_project_resources(schema, use_model=False)
    enricher.sentiment.record_features = True
    captured: dict[str, tuple] = {}
    annotate = enricher.annotate

    def recording(text, parts, entities, skip=()):
        ann = annotate(text, parts, entities, skip=skip)
        captured[text] = (ann, dict(enricher.sentiment.last_features), dict(enricher.sentiment.last_units))
        return ann

    enricher.annotate = recording
    evaluate(gold, schema, enricher=enricher)
    rows = []
    for g in gold:
        ann, feats, units = captured[g.text]
        predicted_spans = [(s.start, s.end, s.company) for s in ann.entities if s.company]
        for key, value in sorted(g.sentiments.items()):
            gold_spans = [(s, e) for s, e, label in g.entities
                          if label == schema.company_label and company_key(g.text[s:e]) == key]
            k = match_company(key, ann.sentiments, gold_spans, predicted_spans)
            rows.append({"doc": g.id, "lang": g.lang, "gold": value,
                         "rule": ann.sentiments[k].value if k is not None else "-",
                         "x": feats.get(k) if k is not None else None,
                         "units": units.get(k) if k is not None else None})
    return rows


def decide(model, x: dict, margin: float, lang: str) -> tuple[str, float]:
    return decide_value(model.probabilities(x, lang), margin)


def rule_value(row: dict, settings: tuple[float, float, float]) -> str:
    from annotator.nlp.sentiment import SentimentScorer

    if row["units"] is None:
        return "-"
    return SentimentScorer.decide([((i, i), c) for i, c in enumerate(row["units"])], *settings)[0]


def rule_choice(rows: list[dict]) -> tuple[float, float, float]:
    """The lexicon rule's settings with the best accuracy on ``rows`` (ties: the more conservative)."""
    return max(RULE_GRID, key=lambda st: (sum(rule_value(r, st) == r["gold"] for r in rows), st))


def train(rows: list[dict], l2: float):
    found = [r for r in rows if r["x"] is not None]
    return fit([by_language(r["x"], r["lang"]) for r in found], [r["gold"] for r in found], MODEL_FEATURES, CLASSES,
               l2=l2, iterations=400)


def accuracy(model, rows: list[dict], margin: float) -> int:
    return sum(r["x"] is not None and decide(model, r["x"], margin, r["lang"])[0] == r["gold"] for r in rows)


def folds_of(rows: list[dict], k: int, seed: str) -> list[list[dict]]:
    """Rows cut into ``k`` folds by article, articles dealt per language."""
    by_lang: dict[str, list[str]] = {}
    for r in rows:
        by_lang.setdefault(r["lang"], [])
        if r["doc"] not in by_lang[r["lang"]]:
            by_lang[r["lang"]].append(r["doc"])
    fold_of: dict[str, int] = {}
    rng = random.Random(seed)
    i = 0
    for lang in sorted(by_lang):
        docs = sorted(by_lang[lang])
        rng.shuffle(docs)
        for d in docs:
            fold_of[d] = i % k
            i += 1
    out: list[list[dict]] = [[] for _ in range(k)]
    for r in rows:
        out[fold_of[r["doc"]]].append(r)
    return out


def choose(rows: list[dict], seed: str) -> tuple[float, float]:
    """(l2, margin) with the best inner 5-fold accuracy on ``rows`` (ties: more penalty, larger margin)."""
    inner = folds_of(rows, 5, seed)
    score: Counter = Counter()
    for k in range(5):
        train_rows = [r for j, f in enumerate(inner) if j != k for r in f]
        for l2 in L2:
            model = train(train_rows, l2)
            for m in MARGINS:
                score[(l2, m)] += accuracy(model, inner[k], m)
    return max(score, key=lambda lm: (score[lm], lm[0], lm[1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", nargs="+", default=[str(ROOT / "tests/data/gold/real_dev.jsonl")])
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--write", action="store_true", help=f"save the model to resources/lexicon/{MODEL_FILE}")
    args = ap.parse_args(argv)
    if any("heldout" in Path(g).name for g in args.gold):
        print("refused: the held-out sets are never used for tuning", file=sys.stderr)
        return 2
    rows = [r for g in args.gold for r in collect(Path(g))]
    n = len(rows)
    docs = len({r["doc"] for r in rows})
    found = sum(r["x"] is not None for r in rows)
    print(f"{docs} development articles, {n} gold companies ({found} found by the pre-annotation)")
    neutral = sum(r["gold"] == "neutral" for r in rows)
    rule = sum(r["rule"] == r["gold"] for r in rows)
    print(f"always neutral {neutral / n:.3f}; lexicon rule as shipped {rule / n:.3f} (in sample)")
    totals: Counter = Counter()
    per_lang: dict[str, Counter] = {}
    per_set: dict[str, Counter] = {}
    picked: Counter = Counter()
    bins: dict[int, list[int]] = {}
    for rep in range(args.repeats):
        folds = folds_of(rows, args.folds, f"sentiment-{rep}")
        for k in range(args.folds):
            train_rows = [r for j, f in enumerate(folds) if j != k for r in f]
            l2, margin = choose(train_rows, f"inner-{rep}-{k}")
            picked[(l2, margin)] += 1
            model = train(train_rows, l2)
            settings = rule_choice(train_rows)
            for r in folds[k]:
                rule_ok = rule_value(r, settings) == r["gold"]
                totals["rule"] += rule_ok
                ok = False
                if r["x"] is not None:
                    value, conf = decide(model, r["x"], margin, r["lang"])
                    ok = value == r["gold"]
                    b = bins.setdefault(min(9, int(conf * 10)), [0, 0])
                    b[0] += 1
                    b[1] += ok
                totals["model"] += ok
                cs = per_set.setdefault(r["doc"].split("-")[0], Counter())
                cs["n"] += 1
                cs["model"] += ok
                cs["rule"] += rule_ok
                cs["neutral"] += r["gold"] == "neutral"
                c = per_lang.setdefault(r["lang"], Counter())
                c["n"] += 1
                c["model"] += ok
                c["rule"] += rule_ok
                totals["both"] += ok and rule_ok
                totals["only_model"] += ok and not rule_ok
                totals["only_rule"] += rule_ok and not ok
                c["neutral"] += r["gold"] == "neutral"
    reps = args.repeats
    print(f"cross-validated ({reps} x {args.folds} folds, settings chosen inside each fold): "
          f"model {totals['model'] / (n * reps):.3f}, lexicon rule {totals['rule'] / (n * reps):.3f} "
          f"(right with the model only: {totals['only_model'] / reps:.1f} companies per pass, "
          f"with the rule only: {totals['only_rule'] / reps:.1f})")
    for lang, c in sorted(per_lang.items()):
        print(f"  {lang}: model {c['model'] / c['n']:.3f}, rule {c['rule'] / c['n']:.3f}, "
              f"always neutral {c['neutral'] / c['n']:.3f} ({c['n'] // reps} companies)")
    if per_set:
        print("  per article file (cross-validated model / rule, always neutral):")
        for name, c in sorted(per_set.items()):
            print(f"    {name}: {c['model'] / c['n']:.3f} / {c['rule'] / c['n']:.3f}, {c['neutral'] / c['n']:.3f} "
                  f"({c['n'] // reps})")
    print("confidence (out of fold) -> share right:")
    for b in sorted(bins):
        print(f"  {b / 10:.1f}-{(b + 1) / 10:.1f}: {bins[b][1] / bins[b][0]:.3f} ({bins[b][0]})")
    print("settings chosen per fold (l2, margin): " + ", ".join(f"{k}: {v}" for k, v in picked.most_common()))
    l2, margin = picked.most_common(1)[0][0]
    model = train(rows, l2)
    whole = accuracy(model, rows, margin)
    # the model decides only in the languages where it beat the lexicon rule out of fold
    languages = sorted(lang for lang, c in per_lang.items() if c["model"] > c["rule"])
    print(f"kept: l2 {l2}, margin {margin}; on the whole development set (trained on it): {whole / n:.3f}; "
          f"used for: {', '.join(languages) or 'no language'} (the lexicon rule decides elsewhere)")
    if args.write:
        meta = {"trained_on": [Path(g).name for g in args.gold], "articles": docs, "companies": n,
                "companies_found": found, "l2": l2, "neutral_margin": margin, "languages": languages,
                "cross_validated_accuracy": round(totals["model"] / (n * reps), 4),
                "cross_validated_rule": round(totals["rule"] / (n * reps), 4),
                "cross_validated_per_language": {lang: {"model": round(c["model"] / c["n"], 4),
                                                        "rule": round(c["rule"] / c["n"], 4),
                                                        "always_neutral": round(c["neutral"] / c["n"], 4)}
                                                 for lang, c in sorted(per_lang.items())},
                "always_neutral": round(neutral / n, 4), "lexicon_rule": round(rule / n, 4),
                "date": dt.date.today().isoformat(), "command": "python -m benchmarks.train_sentiment --write"}
        model = type(model)(model.features, model.classes, model.mean, model.scale, model.weights, model.bias, meta)
        out = ROOT / "resources" / "lexicon" / MODEL_FILE
        out.write_text(model.to_json(), encoding="utf-8")
        print(f"written: resources/lexicon/{MODEL_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
