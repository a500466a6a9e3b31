"""Build the real-news gold set (real_dev.jsonl, real_heldout.jsonl) from articles_*.py next to this file.

Each article is the stored page text of a real published business article, as a scraper delivers it
(menus, paywall prompts, captions, "read also" and comment lines kept), with its source URL and
date. The texts belong to their publishers: they are test data only (never shipped in the package)
and are kept short (at most the first ~2,000 characters of the page).

Annotation (by hand, following resources/schema/default.json):

* ``ents``: one ``LABEL: surface | surface | ...`` line per label. Every whole-word, case-sensitive
  occurrence of a surface outside a boilerplate line is an entity; longer surfaces win over the
  shorter ones they contain. ``surface#0,2`` keeps only those occurrences (0-based, counted among the
  free ones).
* ``boiler``: the lines that are not the article (exact line text, after stripping spaces). They
  carry no entity; the events and sentiments are those of the article's own text.
* ``sentiments``: every company named in the article's text -> its value (key = company_key(name)).
  Institutions, unions and news agencies get none.

  Conventions settled in the third session (the files written before them do not all follow them,
  which docs/quality.md measures; re-check those files against them before training on them again):
  the value says how the article's *news* reflects on the company. Ministries, regulators, courts,
  unions, news agencies, the publisher and an exchange named as a market get no value; an exchange
  operator that is itself the news gets one. A buyer is positive when the article presents the deal
  as a success or a strategic move, neutral when it only reports it; a bought company is neutral
  unless the article stresses what it gains (a premium, a share jump). Companies listed as sharing
  the article's news (the week's profit warnings, the investments announced at a summit) take that
  news's slant. Companies named in passing, as background or as the source of a figure (brokers,
  rating agencies) are neutral. A share fall is negative, a rise positive. Mixed only when the
  article itself weighs favourable and unfavourable points about that company.
  Settled in the seventh session (the annotators found the files differ): any news medium named in
  the text (a newspaper, a magazine, a site quoted as a source) gets no value, like a news agency,
  unless the article's news is about it as a company (its sale, its results). In a contest (a
  tender, a takeover battle, an order two makers competed for) the loser is negative when it is a
  main party to the news, neutral when it is only named as the one beaten.
  Strikes have no event type: the company is negative and ``events`` stays empty unless another
  type is the news.
* ``events``: the event types the article reports as its news (happened or announced), not
  background history.

The development / held-out split of the first 45 articles (articles_fr.py, articles_en.py) is drawn
once, per language, by ``random.Random(20261201)`` over their sorted ids, 40 % held out, and was fixed
before any system was run on them. Articles added later (``articles_*.py``, e.g. articles_fr2.py) say
their part explicitly (``split="dev"``) and never change the first draw. A second held-out set
(``split="heldout2"``, written to ``real_heldout2.jsonl``) holds articles annotated after the system was
tuned, kept apart from the start: no tuning, no error listing, aggregate figures only. A third one
(``split="heldout3"``, ``real_heldout3.jsonl``) is kept the same way, to measure a later session's changes,
a fourth (``split="heldout4"``, ``real_heldout4.jsonl``) for the session after it, a fifth
(``split="heldout5"``, ``real_heldout5.jsonl``) for the sixth session and a sixth (``split="heldout6"``,
``real_heldout6.jsonl``) for the seventh and a seventh (``split="heldout7"``, ``real_heldout7.jsonl``) for
the eighth.
Run: ``python tests/data/gold/real/make_real.py``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))
sys.path.insert(0, str(HERE))
from annotator.core.text import company_key  # noqa: E402

SEED = 20261201
PARTS = {"dev": "real_dev.jsonl", "heldout": "real_heldout.jsonl", "heldout2": "real_heldout2.jsonl",
         "heldout3": "real_heldout3.jsonl", "heldout4": "real_heldout4.jsonl",
         "heldout5": "real_heldout5.jsonl", "heldout6": "real_heldout6.jsonl",
         "heldout7": "real_heldout7.jsonl"}
HELDOUT_SHARE = 0.4


def articles() -> list[dict]:
    """The first set (articles_fr, articles_en), then every later ``articles_*.py`` in name order."""
    import importlib

    first = ["articles_fr", "articles_en"]
    later = sorted(p.stem for p in HERE.glob("articles_*.py") if p.stem not in first)
    return [a for name in first + later for a in importlib.import_module(name).ARTICLES]


def split_ids(arts: list[dict]) -> set[str]:
    """The held-out ids: per language, a seeded draw of 40 % of the sorted ids."""
    held: set[str] = set()
    for lang in sorted({a["lang"] for a in arts}):
        ids = sorted(a["id"] for a in arts if a["lang"] == lang)
        k = round(len(ids) * HELDOUT_SHARE)
        held |= set(random.Random(f"{SEED}-{lang}").sample(ids, k))
    return held


def boiler_ranges(text: str, boiler: list[str], aid: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    lines = []
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    for b in boiler:
        hits = [(s, e) for s, e, t in lines if t == b.strip()]
        if not hits:
            raise SystemExit(f"{aid}: boilerplate line not found: {b!r}")
        out += hits
    return out


def entity_spans(text: str, spec: str, boiler: list[tuple[int, int]], aid: str) -> list[list]:
    wanted = []
    for line in spec.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        label, _, rest = line.partition(":")
        for item in rest.split("|"):
            item = item.strip()
            if not item:
                continue
            only = None
            if "#" in item:
                item, _, idx = item.rpartition("#")
                only = {int(i) for i in idx.split(",")}
            wanted.append((item.replace("\\n", "\n"), label.strip(), only))
    taken: list[tuple[int, int, str]] = []
    for surface, label, only in sorted(wanted, key=lambda w: -len(w[0])):
        free = []
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            s, e = m.span()
            if any(bs <= s < be for bs, be in boiler):
                continue
            if any(s < te and ts < e for ts, te, _ in taken):
                continue
            free.append((s, e))
        if not free:
            raise SystemExit(f"{aid}: entity {surface!r} ({label}) not found")
        for i, (s, e) in enumerate(free):
            if only is None or i in only:
                taken.append((s, e, label))
    return [list(t) for t in sorted(taken)]


def build() -> tuple[list[dict], list[dict]]:
    """(development, held-out) records."""
    parts = build_parts()
    return parts["dev"], parts["heldout"]


def build_parts() -> dict[str, list[dict]]:
    """Records per part: ``dev``, ``heldout`` (the first draw) and ``heldout2`` (the second held-out
    set: articles annotated later, marked ``split="heldout2"`` before any system ran on them, and
    only ever measured in aggregate)."""
    arts = articles()
    ids = [a["id"] for a in arts]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate article ids")
    # the seeded draw covers the first 45 articles only; later ones say their part (``split``)
    held = split_ids([a for a in arts if "split" not in a])
    for a in arts:
        if a.get("split", "dev") not in PARTS:
            raise SystemExit(f"{a['id']}: split must be one of {', '.join(PARTS)}")
        if a.get("split") == "heldout":
            held.add(a["id"])
    parts: dict[str, list[dict]] = {p: [] for p in PARTS}
    for a in arts:
        text = a["text"].strip()
        boiler = boiler_ranges(text, a.get("boiler", []), a["id"])
        rec = {
            "id": a["id"], "lang": a["lang"], "source": a["url"], "date": a["date"],
            "text": text,
            "entities": entity_spans(text, a.get("ents", ""), boiler, a["id"]),
            "sentiments": {company_key(k): v for k, v in a.get("sentiments", {}).items()},
            "events": list(a.get("events", [])),
            "boilerplate": [[s, e] for s, e in sorted(boiler)],
        }
        parts["heldout" if a["id"] in held else a.get("split", "dev")].append(rec)
    return parts


def main() -> None:
    parts = build_parts()
    for part, rows in parts.items():
        with open(HERE.parent / PARTS[part], "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for name, rows in parts.items():
        langs = {lang: sum(r["lang"] == lang for r in rows) for lang in ("fr", "en")}
        print(f"{name}: {len(rows)} articles {langs}, {sum(len(r['entities']) for r in rows)} entities, "
              f"{sum(len(r['sentiments']) for r in rows)} company sentiments, "
              f"{sum(len(r['events']) for r in rows)} event labels")


if __name__ == "__main__":
    main()
