"""Write resources/gazetteer/listed_companies.jsonl: the companies of 20 stock indices, as gazetteer patterns.

Source: the ``pytickersymbols`` package (MIT licence, resources/gazetteer/LICENSE-pytickersymbols.txt):
the members of AEX, BEL 20, CAC 40, CAC Mid 60, DAX, MDAX, SDAX, TecDAX, Dow Jones, Euro Stoxx 50,
FTSE 100, IBEX 35, Nasdaq 100, Nikkei 225, OMX Helsinki 25, OMX Stockholm 30, S&P 100/500/600 and
Switzerland 20. It and ``wordfreq`` (word frequencies, to tell a distinctive name from a common word)
are needed only to run this script, never by the application:
``pip install pytickersymbols wordfreq && python scripts/make_listed_companies.py``.

For each company: its listed name, and that name without a legal form or a bracket ("Adobe Inc." ->
"Adobe", "Française des Jeux (Lotterie)" -> "Française des Jeux", "Orpea-Gruppe" -> "Orpea"), one id
for both. A name is kept only where it cannot be an everyday word, a place or a person on its own:

* a one-word name is kept (an acronym of three letters, "ABB", as ``ambiguous``) if it is rare as a word in French and English (wordfreq Zipf < 3: "Kering",
  "Adyen", "Qualcomm"), or has a digit, an inner capital or a "&" ("3M", "AkzoNobel", "AT&T");
  "Orange", "Renault", "Zurich", "Target" are left to the model and the hand-written gazetteer;
* a name of several words whose words are all common ("General Electric", "Air Products", "Waste
  Management") is marked ``ambiguous``: it only relabels an entity the model found;
* names already in resources/gazetteer/companies.jsonl (the hand-written list) are left to it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "gazetteer" / "listed_companies.jsonl"
HAND = ROOT / "resources" / "gazetteer" / "companies.jsonl"
sys.path.insert(0, str(ROOT))

_LEGAL = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Co\.|Company|S\.A\.|SA|SE|AG|N\.V\.|NV|plc|PLC|Plc|Ltd\.?|"
    r"Limited|SCA|S\.p\.A\.|SpA|ASA|AB|Oyj|Holdings?|Group|Aktiengesellschaft|KGaA|& Co\.?(?: KGaA)?)"
    r"|-Gruppe|\s+\([^)]*\))+$")
_COMMON = 3.0  # Zipf frequency: about once per million words
_TOO_SHORT = 3


def clean(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip()
    out, before = name, None
    while out != before:  # "Carnival Corporation & plc" -> "Carnival Corporation &" -> "Carnival"
        before = out
        out = _LEGAL.sub("", out).strip(" ,")
        out = re.sub(r"\s*&$", "", out)
    return out or name


def rare(word: str) -> bool:
    from wordfreq import zipf_frequency

    w = word.lower()
    return max(zipf_frequency(w, "fr"), zipf_frequency(w, "en")) < _COMMON


def distinctive_single(word: str) -> bool:
    if len(word) < _TOO_SHORT:
        return False
    if any(c.isdigit() for c in word) or "&" in word or any(c.isupper() for c in word[1:]) and not word.isupper():
        return True
    return word[0].isupper() and rare(word)


def entries() -> list[dict]:
    from pytickersymbols import PyTickerSymbols

    from annotator.core.text import company_key

    hand = set()
    for line in HAND.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            obj = json.loads(line)
            if isinstance(obj.get("pattern"), str):
                hand.add(company_key(obj["pattern"]))
            hand.add(obj.get("id", ""))
    seen: dict[str, dict] = {}
    for stock in PyTickerSymbols().get_all_stocks():
        full = re.sub(r"\s+", " ", stock["name"]).strip()
        short = clean(full)
        key = company_key(short)
        if not key or key in hand or company_key(full) in hand:
            continue
        for surface in dict.fromkeys((full, short)):
            if "(" in surface or surface.endswith("&") or len(surface) < _TOO_SHORT:
                continue
            words = surface.split()
            if len(words) == 1:
                if not distinctive_single(surface):
                    continue
                entry = {"label": "ORG", "pattern": surface, "id": key}
                if surface.isupper() and len(surface) <= 3:  # "ABB", "CTS": an acronym of three letters names many things
                    entry["ambiguous"] = True
            else:
                entry = {"label": "ORG", "pattern": surface, "id": key}
                if all(not rare(w.strip(",.&")) for w in words if w.strip(",.&")):
                    entry["ambiguous"] = True
            seen.setdefault(surface, entry)
    return sorted(seen.values(), key=lambda e: (e["id"], e["pattern"]))


def main() -> None:
    rows = entries()
    with OUT.open("w", encoding="utf-8") as f:
        for e in rows:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} patterns, {len({e['id'] for e in rows})} companies, "
          f"{sum(bool(e.get('ambiguous')) for e in rows)} ambiguous")


if __name__ == "__main__":
    main()
