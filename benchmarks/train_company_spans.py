"""Train the company span model (annotator/nlp/company_spans.py) on the real development set.

``python -m benchmarks.train_company_spans [--gold tests/data/gold/real_dev.jsonl] [--folds 5] [--write]``

Runs the pre-annotation once over the development articles, and keeps, for every name the
statistical model tagged LOC / MISC / PER (before any company rule ran), its features and whether
a gold organisation (ORG) stands there. Then:

* **cross-validation** (articles cut into folds per language, so no article is on both sides): for
  each fold, the penalty and the threshold are chosen by an inner cross-validation on the other
  folds only (best F1 of the names judged), the model is fitted there, and the whole enrichment
  is run again on the fold left out with the model in place (after every rule, as shipped). The
  sums over the left-out folds say what the step does on articles it never saw: gold companies
  found, company sentiment right, entity F1, against the rules alone on the same articles.
* **the model kept**: the settings the same inner cross-validation chooses on every development
  article, fitted on all of them, kept only for the languages where it found more gold companies out of fold without
  lowering entity F1; ``--write`` saves it to resources/gazetteer/company_spans.json.

The held-out files are refused: no figure may be tuned on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
L2 = (0.01, 0.03, 0.1, 0.3)
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
MIN_COUNT = 3
"""A context word becomes a feature when at least this many training names show it."""


class Capture:
    """The development articles' NER output, taken once (the enrichment is re-run per fold)."""

    def __init__(self, gold_path: Path):
        from annotator.nlp.enrich import Enricher
        from annotator.nlp.evaluate import evaluate, load_gold
        from annotator.resources import default_schema

        self.schema = default_schema()
        self.gold = load_gold(gold_path, self.schema)
        enricher = Enricher.from_project_resources(self.schema, use_span_model=False)
        enricher.recorded_names = []
        self.calls: dict[str, tuple] = {}
        self.names: dict[str, list] = {}
        annotate = enricher.annotate

        def recording(text, parts, entities, skip=()):
            self.calls[text] = (parts, entities, skip)
            ann = annotate(text, parts, entities, skip=skip)
            self.names[text] = enricher.recorded_names[-1][1]
            return ann

        enricher.annotate = recording
        evaluate(self.gold, self.schema, enricher=enricher)

    def rows(self) -> list[dict]:
        """One row per candidate mention: doc, lang, features, gold (a gold ORG overlaps it)."""
        out = []
        org = self.schema.company_label
        for g in self.gold:
            spans = [(s, e) for s, e, label in g.entities if label == org]
            for span, feats in self.names[g.text]:
                y = any(s < span.end and span.start < e for s, e in spans)
                out.append({"doc": g.id, "lang": g.lang, "x": feats, "y": y,
                            "name": g.text[span.start:span.end]})
        return out


def vocabulary(rows: list[dict]) -> list[str]:
    counts: Counter = Counter(f for r in rows for f in r["x"])
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT)


def train(rows: list[dict], l2: float, meta: dict | None = None):
    from annotator.nlp.company_spans import CLASSES
    from annotator.nlp.sentiment_model import fit

    feats = vocabulary(rows)
    return fit([r["x"] for r in rows], ["company" if r["y"] else "other" for r in rows], feats, CLASSES,
               l2=l2, iterations=1500, meta=meta)


def name_f1(model, rows: list[dict], threshold: float) -> tuple[int, int, int]:
    """(tp, fp, fn) over names per article (a name's probability is its best mention's)."""
    best: dict[tuple, float] = {}
    gold: dict[tuple, bool] = {}
    for r in rows:
        k = (r["doc"], r["name"])
        best[k] = max(best.get(k, 0.0), model.probabilities(r["x"])["company"])
        gold[k] = gold.get(k, False) or r["y"]
    tp = sum(best[k] >= threshold and gold[k] for k in best)
    fp = sum(best[k] >= threshold and not gold[k] for k in best)
    fn = sum(best[k] < threshold and gold[k] for k in best)
    return tp, fp, fn


def folds_of(docs: list[tuple[str, str]], k: int, seed: str) -> dict[str, int]:
    """Article id -> fold, articles dealt per language."""
    rng = random.Random(seed)
    fold_of: dict[str, int] = {}
    i = 0
    for lang in sorted({lang for _, lang in docs}):
        ids = sorted(d for d, l in docs if l == lang)
        rng.shuffle(ids)
        for d in ids:
            fold_of[d] = i % k
            i += 1
    return fold_of


def choose(rows: list[dict], seed: str) -> tuple[float, float]:
    """(l2, threshold) with the best inner 4-fold name F1 on ``rows`` (ties: more penalty, higher threshold)."""
    fold_of = folds_of(sorted({(r["doc"], r["lang"]) for r in rows}), 4, seed)
    score: Counter = Counter()
    for k in range(4):
        tr = [r for r in rows if fold_of[r["doc"]] != k]
        te = [r for r in rows if fold_of[r["doc"]] == k]
        for l2 in L2:
            model = train(tr, l2)
            for t in THRESHOLDS:
                tp, fp, fn = name_f1(model, te, t)
                score[(l2, t)] += 2 * tp - fp - fn  # summed F1 numerator minus errors: best F1 order
    return max(score, key=lambda lt: (score[lt], lt[0], lt[1]))


def enrich_scores(cap: Capture, docs: list, model) -> Counter:
    """Company sentiment and entity counts of the enrichment on ``docs`` with ``model`` (None: rules only)."""
    from annotator.core.text import company_key
    from annotator.nlp.enrich import Enricher
    from annotator.nlp.evaluate import match_company

    enricher = Enricher.from_project_resources(cap.schema, use_span_model=False)
    enricher.span_model = model
    c: Counter = Counter()
    org = cap.schema.company_label
    for g in docs:
        parts, entities, skip = cap.calls[g.text]
        ann = enricher.annotate(g.text, parts, entities, skip=skip)
        gold_set, pred = set(g.entities), {s.key for s in ann.entities}
        c["ent_tp"] += len(gold_set & pred)
        c["ent_fp"] += len(pred - gold_set)
        c["ent_fn"] += len(gold_set - pred)
        gold_org = {x for x in gold_set if x[2] == org}
        pred_org = {x for x in pred if x[2] == org}
        c["org_tp"] += len(gold_org & pred_org)
        c["org_fp"] += len(pred_org - gold_org)
        c["org_fn"] += len(gold_org - pred_org)
        predicted_spans = [(s.start, s.end, s.company) for s in ann.entities if s.company]
        for key, value in g.sentiments.items():
            gold_spans = [(s, e) for s, e, label in g.entities if label == org and company_key(g.text[s:e]) == key]
            k = match_company(key, ann.sentiments, gold_spans, predicted_spans)
            c["companies"] += 1
            c["found"] += k is not None
            c["right"] += k is not None and ann.sentiments[k].value == value
            c["neutral"] += value == "neutral"
    return c


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report(name: str, c: Counter) -> str:
    n = c["companies"] or 1
    return (f"{name}: companies found {c['found']}/{c['companies']}, sentiment {c['right'] / n:.3f} "
            f"(neutral {c['neutral'] / n:.3f}); entity F1 {f1(c['ent_tp'], c['ent_fp'], c['ent_fn']):.3f}, "
            f"ORG P/R {c['org_tp'] / max(1, c['org_tp'] + c['org_fp']):.3f}/{c['org_tp'] / max(1, c['org_tp'] + c['org_fn']):.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "tests/data/gold/real_dev.jsonl"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--lang", nargs="+", default=["fr"],
                    help="languages whose names train the model and which it may serve (default: French)")
    ap.add_argument("--sweep", action="store_true",
                    help="also report every threshold out of fold (the penalty still chosen inside each fold)")
    ap.add_argument("--write", action="store_true", help="save the model to resources/gazetteer/company_spans.json")
    args = ap.parse_args(argv)
    if "heldout" in Path(args.gold).name:
        print("refused: the held-out sets are never used for tuning", file=sys.stderr)
        return 2
    cap = Capture(Path(args.gold))
    rows = [r for r in cap.rows() if r["lang"] in args.lang]
    print(f"{len(cap.gold)} development articles; {len(rows)} LOC/MISC/PER mentions, "
          f"{sum(r['y'] for r in rows)} of them on a gold organisation")
    fold_of = folds_of([(g.id, g.lang) for g in cap.gold], args.folds, "company-spans")
    per: dict[str, dict[str, Counter]] = {}
    picked: Counter = Counter()
    for k in range(args.folds):
        tr = [r for r in rows if fold_of[r["doc"]] != k]
        l2, threshold = choose(tr, f"inner-{k}")
        picked[(l2, threshold)] += 1
        model = train(tr, l2, {"threshold": threshold})
        test_docs = [g for g in cap.gold if fold_of[g.id] == k]
        for lang in args.lang:
            docs = [g for g in test_docs if g.lang == lang]
            p = per.setdefault(lang, {"rules": Counter(), "model": Counter()})
            p["rules"].update(enrich_scores(cap, docs, None))
            p["model"].update(enrich_scores(cap, docs, model))
            if args.sweep:
                for t in THRESHOLDS + (0.9,):
                    swept = train(tr, l2, {"threshold": t})
                    p.setdefault(f"threshold {t}", Counter()).update(enrich_scores(cap, docs, swept))
    print(f"cross-validated ({args.folds} folds by article; settings chosen inside each fold: {dict(picked)})")
    keep = []
    for lang, p in per.items():
        print(f"  {lang}: " + report("rules alone", p["rules"]))
        for name in p:
            if name != "rules":
                print(f"  {lang}: " + report("with the model" if name == "model" else name, p[name]))
        r, m = p["rules"], p["model"]
        if m["found"] > r["found"] and m["right"] >= r["right"] and \
                f1(m["ent_tp"], m["ent_fp"], m["ent_fn"]) >= f1(r["ent_tp"], r["ent_fp"], r["ent_fn"]):
            keep.append(lang)
    l2, threshold = choose(rows, "final")  # the same inner choice, on every development article
    meta = {"threshold": threshold, "languages": sorted(keep), "l2": l2,
            "trained": f"{dt.date.today().isoformat()} on {len(cap.gold)} development articles "
                       f"({len(rows)} names) by benchmarks/train_company_spans.py",
            "cross_validated": {lang: {s: dict(c) for s, c in p.items()} for lang, p in per.items()}}
    model = train(rows, l2, meta)
    print(f"kept: l2 {l2}, threshold {threshold}, for {', '.join(keep) or 'no language'}; "
          f"{len(model.features)} features")
    if args.write:
        from annotator.nlp.enrich import SPAN_MODEL_FILE

        out = ROOT / "resources" / "gazetteer" / SPAN_MODEL_FILE
        out.write_text(model.to_json(), encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
