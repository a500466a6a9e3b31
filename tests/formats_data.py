"""Realistic annotation files in each tool's documented format, on text with emoji, CRLF and
combining accents (shared by tests/test_formats*.py)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

TEXT1 = (
    "Flash 👍🏽 info\r\n"
    "Le groupe Re\u0301nault a conclu un accord avec Nissan\u00a0SA à Paris.\r\n"
    "\r\n"
    "🚗 Stellantis, dirigé par Carlos Tavares, annonce des résultats trimestriels.\r\n"
)
TEXT2 = "L'usine 🏭 de Michelin à Clermont-Ferrand supprime 200 postes, selon la CGT.\n"


def at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return i, i + len(word)


def ents1() -> list[tuple[int, int, str]]:
    return [(*at(TEXT1, "Re\u0301nault"), "ORG"), (*at(TEXT1, "Nissan\u00a0SA"), "ORG"), (*at(TEXT1, "Paris"), "LOC"),
            (*at(TEXT1, "Stellantis"), "ORG"), (*at(TEXT1, "Carlos Tavares"), "PER")]


def ents2() -> list[tuple[int, int, str]]:
    return [(*at(TEXT2, "Michelin"), "ORG"), (*at(TEXT2, "Clermont-Ferrand"), "LOC"), (*at(TEXT2, "CGT"), "ORG")]


# expected (text, annotator) -> (entities, {company: sentiment}, events)
SENT1 = {"renault": "positive", "stellantis": "negative"}
SENT2 = {"michelin": "negative"}
EVENTS1 = ["earnings", "partnership"]
EVENTS2 = ["layoffs"]


def _sentiment(text: str, span: tuple[int, int, str], sents: dict[str, str]) -> str | None:
    from annotator.core.text import company_key

    return sents.get(company_key(text[span[0]:span[1]])) if span[2] == "ORG" else None


def prodigy_lines() -> list[dict]:
    out = []
    for text, ents, sents, events, who, h in ((TEXT1, ents1(), SENT1, EVENTS1, "news-alice", 1),
                                              (TEXT2, ents2(), SENT2, EVENTS2, "news-alice", 2),
                                              (TEXT2, ents2()[:2], {}, [], "news-bob", 2)):
        spans = []
        for s in ents:
            span = {"start": s[0], "end": s[1], "label": s[2], "text": text[s[0]:s[1]]}
            if (v := _sentiment(text, s, sents)) is not None:
                span["sentiment"] = v
            spans.append(span)
        out.append({"text": text, "meta": {"source": "wire"}, "spans": spans,
                    "options": [{"id": e, "text": e} for e in ("earnings", "partnership", "layoffs")],
                    "accept": events, "answer": "accept", "_input_hash": -1000 * h, "_task_hash": 77 * h,
                    "_view_id": "blocks", "_annotator_id": who, "_session_id": who, "_timestamp": 1700000000})
    out.append({"text": "Rejected example about Airbus.", "spans": [], "answer": "reject", "_input_hash": 5,
                "_task_hash": 6, "_annotator_id": "news-alice"})
    out.append({"text": "Ignored example.", "answer": "ignore", "_input_hash": 7, "_task_hash": 8,
                "_session_id": "news-bob", "_annotator_id": None})
    return out


def _prodigy_spans(text, ents, sents):
    out = []
    for s in ents:
        span = {"start": s[0], "end": s[1], "label": s[2], "text": text[s[0]:s[1]]}
        if (v := _sentiment(text, s, sents)) is not None:
            span["sentiment"] = v
        out.append(span)
    return out


def review_lines() -> list[dict]:
    """Two review examples as Prodigy's review recipe writes them (emoji, CRLF, combining accents)."""
    full = _prodigy_spans(TEXT1, ents1(), SENT1)
    return [
        {"text": TEXT1, "meta": {"source": "wire"}, "spans": full, "accept": EVENTS1, "answer": "accept",
         "_input_hash": -1000, "_task_hash": 500, "_view_id": "review", "view_id": "blocks",
         "_session_id": "news_review-maria", "_annotator_id": "news_review-maria", "_timestamp": 1700000100,
         "versions": [
             {"text": TEXT1, "spans": copy.deepcopy(full), "accept": EVENTS1, "answer": "accept", "_input_hash": -1000,
              "_task_hash": 77, "sessions": ["ner_news-alice", "ner_news-bob"], "default": True},
             {"text": TEXT1, "spans": _prodigy_spans(TEXT1, ents1()[:3], {}), "accept": ["earnings"], "answer": "accept",
              "_input_hash": -1000, "_task_hash": 78, "sessions": ["ner_news-carol"], "default": False},
         ]},
        {"text": TEXT2, "spans": [], "answer": "reject", "_input_hash": -2000, "_task_hash": 600,
         "_view_id": "review", "_session_id": "news_review-maria",
         "versions": [
             {"spans": _prodigy_spans(TEXT2, ents2(), SENT2), "accept": ["layoffs"], "answer": "accept",
              "sessions": ["ner_news-alice"], "default": True},
             {"spans": [], "answer": "ignore", "sessions": ["ner_news-bob"], "default": False},
         ]},
    ]


def labelstudio_tasks() -> list[dict]:
    def result(text, ents, sents, events, prefix):
        res = []
        for i, s in enumerate(ents):
            value = {"start": s[0], "end": s[1], "text": text[s[0]:s[1]]}
            res.append({"id": f"{prefix}{i}", "type": "labels", "from_name": "label", "to_name": "text",
                        "value": {**value, "labels": [s[2]]}})
            if (v := _sentiment(text, s, sents)) is not None:
                res.append({"id": f"{prefix}{i}", "type": "choices", "from_name": "sentiment", "to_name": "text",
                            "value": {**value, "choices": [v]}})
        if events:
            res.append({"id": f"{prefix}ev", "type": "choices", "from_name": "events", "to_name": "text",
                        "value": {"choices": events}})
        return res

    return [
        {"id": 11, "data": {"text": TEXT1, "title": "Renault"},
         "annotations": [
             {"id": 1, "completed_by": 3, "result": result(TEXT1, ents1(), SENT1, EVENTS1, "a"),
              "was_cancelled": False, "ground_truth": False, "created_at": "2026-01-02T10:00:00Z", "lead_time": 12.5},
             {"id": 2, "completed_by": {"id": 4, "email": "bob@example.org"}, "result": [], "was_cancelled": True},
         ],
         "predictions": [{"id": 9, "model_version": "ner-v2", "score": 0.8,
                          "result": result(TEXT1, ents1()[:3], {}, [], "p")}]},
        {"id": 12, "data": {"text": TEXT2},
         "annotations": [
             {"id": 3, "completed_by": {"id": 4, "email": "bob@example.org"},
              "result": result(TEXT2, ents2(), SENT2, EVENTS2, "b"), "was_cancelled": False},
         ], "predictions": []},
    ]


def doccano_lines(relations: bool = False) -> list[dict]:
    out = []
    for n, (text, ents, sents, events) in enumerate(((TEXT1, ents1(), SENT1, EVENTS1), (TEXT2, ents2(), SENT2, EVENTS2))):
        if relations:
            rec = {"id": n + 1, "text": text,
                   "entities": [{"id": k, "start_offset": s[0], "end_offset": s[1], "label": s[2]}
                                for k, s in enumerate(ents)],
                   "relations": [{"id": 1, "from_id": 0, "to_id": 1, "type": "partner"}]}
        else:
            rec = {"id": n + 1, "text": text, "label": [list(s) for s in ents], "cats": events}
        rec["sentiments"] = [[s[0], s[1], v] for s in ents if (v := _sentiment(text, s, sents)) is not None]
        out.append(rec)
    return out


def write_jsonl(path: Path, lines: list[dict]) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return path


def write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def snapshot(project, annotators=None) -> dict:
    """What a round trip must keep: per (text, annotator): entities, sentiments, events."""
    out = {}
    names = annotators or project.annotators()
    for doc in project.documents():
        for name in names:
            ann = project.annotations(doc.id, name)
            if ann.is_empty():
                continue
            out[(doc.text, name)] = (
                sorted((s.start, s.end, s.label) for s in ann.entities),
                {k: v.value for k, v in ann.sentiments.items()},
                sorted(ann.events),
            )
    return out
