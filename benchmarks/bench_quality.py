"""Quality of the pre-annotation on the gold set (tests/data/gold/gold.jsonl, the development set the
patterns and lexicons were tuned on) and on the held-out set (gold_heldout.jsonl, never tuned on).

Entity F1 of the pre-annotation against the bare spaCy pipeline on the same articles (ratio
ours/bare, goal >= 1: the pre-annotation must be better), plus the absolute figures: entity F1
both ways, company-sentiment accuracy and event-type micro F1. ``annotator evaluate`` prints the
full tables.
"""

from __future__ import annotations

from benchmarks.common import Result


def run(quick: bool) -> list[Result]:
    from annotator.nlp.evaluate import default_gold_path, evaluate, load_gold
    from annotator.resources import default_schema

    schema = default_schema()
    gold = load_gold(default_gold_path(), schema)
    rep = evaluate(gold, schema)
    bare = rep.entity_f1("bare")
    ours = rep.entity_f1("preannotation")
    n = f"{rep.docs} articles"
    held = evaluate(load_gold(default_gold_path().with_name("gold_heldout.jsonl"), schema), schema)
    h_bare, h_ours = held.entity_f1("bare"), held.entity_f1("preannotation")
    real = real_heldout(schema)
    return real + [
        Result("held-out entity F1: pre-annotation / bare spaCy", h_ours / h_bare if h_bare else 0.0, "ratio",
               ">= 1.0", f"{held.docs} articles never used for tuning; F1 {h_ours:.3f} vs {h_bare:.3f}; "
               f"sentiment acc {held.sentiment.accuracy:.3f} ({held.sentiment.correct}/{held.sentiment.total}); "
               f"events F1 {held.events['ALL'].f:.3f}"),
        Result("entity F1: pre-annotation / bare spaCy", ours / bare if bare else 0.0, "ratio", ">= 1.0",
               f"{n}; F1 {ours:.3f} vs {bare:.3f} (paragraphs only {rep.entity_f1('paragraphs'):.3f})"),
        Result("entity F1 (pre-annotation)", ours, "F1", ">= 0.55", n),
        Result("company-sentiment accuracy", rep.sentiment.accuracy, "acc", ">= 0.5",
               f"{rep.sentiment.correct}/{rep.sentiment.total} gold companies"),
        Result("event-type micro F1", rep.events["ALL"].f, "F1", ">= 0.7",
               f"P {rep.events['ALL'].p:.3f} R {rep.events['ALL'].r:.3f}"),
    ]


def real_heldout(schema) -> list[Result]:
    """The issue's goals on the real-news held-out articles (tests/data/gold/real_heldout.jsonl)."""
    from annotator.nlp.evaluate import default_gold_path, evaluate, load_gold

    gold = load_gold(default_gold_path().with_name("real_heldout.jsonl"), schema)
    rep = evaluate(gold, schema)
    en = evaluate([g for g in gold if g.lang == "en"], schema)
    s, ev = rep.sentiment, rep.events["ALL"]
    n = f"{rep.docs} real articles never tuned on"
    return [
        Result("real held-out, English entity F1", en.entity_f1("preannotation"), "F1", ">= 0.65",
               f"{en.docs} articles ({en.pipeline}); bare {en.entity_f1('bare'):.3f}"),
        Result("real held-out, company-sentiment accuracy", s.accuracy, "acc", ">= 0.65",
               f"{n}; {s.correct}/{s.total}; always neutral {s.neutral_baseline:.3f}"),
        Result("real held-out, sentiment accuracy minus always-neutral", s.accuracy - s.neutral_baseline, "acc",
               ">= 0.10", n),
        Result("real held-out, event-type precision", ev.p, "P", ">= 0.75", f"recall {ev.r:.3f}"),
        Result("real held-out, event-type recall", ev.r, "R", ">= 0.75", f"precision {ev.p:.3f}"),
    ]
