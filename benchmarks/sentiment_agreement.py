"""How far two people agree on company sentiment in real articles: the first annotation of the
development gold (``tests/data/gold/real/articles_*.py``) against a second one written blind
(``tests/data/gold/real/second_annotation.json``: the annotator saw the text and the list of company
names, never the first values).

``python -m benchmarks.sentiment_agreement [--second FILE] [--errors]``

Prints, over the companies both annotations name: the raw agreement, Cohen's kappa (four values),
the agreement on "neutral or not", each annotation's share of neutral, the confusion table, the same
per language, and how often each annotation would be matched by answering "neutral" everywhere.
Names the second annotator judged not to be a company (``none``) are counted apart. This is the
ceiling a system can be expected to reach against any one annotator. Development articles only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "gold" / "real"
VALUES = ("positive", "negative", "neutral", "mixed")


def first_annotation() -> dict[str, dict]:
    sys.path.insert(0, str(REAL))
    import make_real

    return {a["id"]: a for a in make_real.articles() if a.get("split", "dev") == "dev"}


def pairs(second: dict[str, dict[str, str]]) -> tuple[list[tuple[str, str, str, str, str]], list]:
    """(article id, lang, company, first value, second value) for the companies both value, and
    the (id, company, first value) the second annotation calls not a company."""
    from annotator.core.text import company_key

    first = first_annotation()
    both, none = [], []
    for aid, vals in sorted(second.items()):
        art = first.get(aid)
        if art is None:
            raise SystemExit(f"{aid}: not a development article (held-out articles are never re-annotated here)")
        gold = {company_key(k): v for k, v in art.get("sentiments", {}).items()}
        for name, v2 in sorted(vals.items()):
            v1 = gold.get(company_key(name))
            if v1 is None:
                raise SystemExit(f"{aid}: {name!r} is not a company of the first annotation")
            if v2 == "none":
                none.append((aid, name, v1))
            elif v2 in VALUES:
                both.append((aid, art["lang"], name, v1, v2))
            else:
                raise SystemExit(f"{aid}: {name!r}: unknown value {v2!r}")
    return both, none


def figures(rows) -> dict:
    from annotator.services.metrics import cohen_kappa

    a = [r[3] for r in rows]
    b = [r[4] for r in rows]
    n = len(rows)
    if not n:
        return {"n": 0}
    polar_a = ["neutral" if v == "neutral" else "polar" for v in a]
    polar_b = ["neutral" if v == "neutral" else "polar" for v in b]
    return {
        "n": n,
        "agreement": round(sum(x == y for x, y in zip(a, b)) / n, 3),
        "kappa": round(cohen_kappa(a, b) or 0.0, 3),
        "neutral_or_not_agreement": round(sum(x == y for x, y in zip(polar_a, polar_b)) / n, 3),
        "neutral_or_not_kappa": round(cohen_kappa(polar_a, polar_b) or 0.0, 3),
        "first_neutral_share": round(a.count("neutral") / n, 3),
        "second_neutral_share": round(b.count("neutral") / n, 3),
        "agreement_on_polar_when_both_polar": round(
            sum(x == y for x, y in zip(a, b) if x != "neutral" and y != "neutral")
            / max(1, sum(x != "neutral" and y != "neutral" for x, y in zip(a, b))), 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--second", default=str(REAL / "second_annotation.json"))
    ap.add_argument("--errors", action="store_true", help="list every disagreement")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if "heldout" in Path(args.second).name:
        raise SystemExit("held-out files are never used here")
    second = json.loads(Path(args.second).read_text(encoding="utf-8"))
    rows, none = pairs(second)
    out = {"articles": len(second), "all": figures(rows),
           "fr": figures([r for r in rows if r[1] == "fr"]), "en": figures([r for r in rows if r[1] == "en"]),
           "not_a_company_for_the_second": len(none),
           "confusion": {f"{x}->{y}": n for (x, y), n in sorted(Counter((r[3], r[4]) for r in rows).items())}}
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        print(f"{out['articles']} articles; {out['all']['n']} companies valued by both; "
              f"{len(none)} the second annotator calls not a company")
        for part in ("all", "fr", "en"):
            f = out[part]
            if f["n"]:
                print(f"{part}: n={f['n']} agreement {f['agreement']} kappa {f['kappa']}; neutral-or-not "
                      f"agreement {f['neutral_or_not_agreement']} kappa {f['neutral_or_not_kappa']}; neutral share "
                      f"first {f['first_neutral_share']} second {f['second_neutral_share']}; same polarity when both "
                      f"polar {f['agreement_on_polar_when_both_polar']}")
        print("first -> second:", ", ".join(f"{k} {v}" for k, v in out["confusion"].items()))
    if args.errors:
        for aid, _, name, v1, v2 in rows:
            if v1 != v2:
                print(f"- {aid}: {name}: first {v1}, second {v2}")
        for aid, name, v1 in none:
            print(f"- {aid}: {name}: first {v1}, second: not a company")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
