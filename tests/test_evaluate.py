"""Gold set and evaluation: parsing, scores, and (with the real pipeline) the headline claim."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.errors import InputError
from annotator.nlp.evaluate import PRF, default_gold_path, load_gold, match_company, parse_gold, prf_by_label
from annotator.resources import default_schema

SCHEMA = default_schema()
GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"


def test_gold_file_is_what_make_gold_builds():
    spec = importlib.util.spec_from_file_location("make_gold", GOLD_DIR / "make_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = [json.loads(line) for line in (GOLD_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows == mod.build()
    held = [json.loads(line) for line in (GOLD_DIR / "gold_heldout.jsonl").read_text(encoding="utf-8").splitlines()]
    assert held == mod.build(mod.HELDOUT) and len(held) >= 8
    assert not {r["text"] for r in held} & {r["text"] for r in rows}
    assert default_gold_path() == GOLD_DIR / "gold.jsonl"
    docs = load_gold(default_gold_path(), SCHEMA)
    assert len(docs) >= 20
    assert {d.lang for d in docs} == {"fr", "en"}
    assert all(d.entities and d.sentiments and d.events for d in docs)
    labels = {label for d in docs for _, _, label in d.entities}
    assert labels == set(SCHEMA.entity_names)
    assert {v for d in docs for v in d.sentiments.values()} == set(SCHEMA.sentiment_names)
    assert {e for d in docs for e in d.events} == set(SCHEMA.event_names)


def test_bad_gold_lines_are_all_reported():
    raw = "\n".join([
        json.dumps({"text": "Danone", "entities": [[0, 6, "ORG"]], "sentiments": {"danone": "positive"}}),
        "{oops",
        json.dumps({"text": "abc", "entities": [[2, 9, "ORG"], [0, 1, "COMPANY"]]}),
        json.dumps({"text": "abc", "sentiments": {"x": "happy"}, "events": ["merger"]}),
    ])
    with pytest.raises(InputError) as exc:
        parse_gold(raw, "g.jsonl", SCHEMA)
    assert exc.value.code == "E905"
    probs = exc.value.problems
    assert probs[0].startswith("g.jsonl:2: not valid JSON")
    assert any("g.jsonl:3: entities[0]: span 2-9 is outside" in p for p in probs)
    assert any("g.jsonl:3: entities[1]: unknown label 'COMPANY'" in p for p in probs)
    assert any("g.jsonl:4: sentiments['x']: unknown value 'happy'" in p for p in probs)
    assert any("g.jsonl:4: events: unknown event type 'merger'" in p for p in probs)


def test_prf_counts_and_company_matching():
    scores = prf_by_label([({(0, 3, "ORG"), (5, 8, "PER")}, {(0, 3, "ORG"), (5, 9, "PER")}),
                           ({(1, 2, "LOC")}, set())], ["ORG", "PER", "LOC"])
    assert (scores["ALL"].tp, scores["ALL"].fp, scores["ALL"].fn) == (1, 1, 2)
    assert scores["ORG"].f == 1.0 and scores["PER"].f == 0.0
    assert scores["ALL"].p == 0.5 and scores["ALL"].r == pytest.approx(1 / 3) and scores["ALL"].f == pytest.approx(0.4)
    assert PRF().f == 0.0
    assert match_company("whole foods", {"whole foods market": 1}) == "whole foods market"
    assert match_company("danone", {"danone": 1, "dan": 2}) == "danone"
    assert match_company("apple", {"meta": 1}) is None


def test_cli_refuses_a_missing_gold_file(tmp_path, capsys):
    assert main(["evaluate", "--gold", str(tmp_path / "none.jsonl")]) == 2
    assert "[E906]" in capsys.readouterr().err


@pytest.mark.model
def test_preannotation_beats_the_bare_pipeline_on_the_gold_set(capsys):
    assert main(["evaluate", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    bare, ours = rep["entities"]["bare"]["ALL"]["f"], rep["entities"]["preannotation"]["ALL"]["f"]
    assert ours > bare, (ours, bare)
    assert rep["sentiment"]["total"] >= 40 and rep["sentiment"]["accuracy"] > 0.4
    assert rep["events"]["ALL"]["f"] > 0.6
