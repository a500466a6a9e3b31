"""Companies told apart by the shape of the text around a name, not by a list of names.

The statistical models often call an unknown company a person ("Obut", "SiPearl", "Twitter"), a
product or a place. Three signs that hold in any business article say it is a company:

* **a legal form ending the name**: "Shire Plc", "Lagardère Radio SCA", "Nexeo Solutions Inc.",
  "Premium Aircraft Interior Group" are companies whatever the model said;
* **a stock ticker or ISIN right after the name**: "Demos (FR0010474130)", "Textron (NYSE:TXT)",
  "Intel (INTC.O)", "Acer (2353. TW)", "Univar Inc. (UNVR - Get Report)"; a name the model missed
  there is added;
* **the name's shares**: "Twitter's shares", "Nexeo shares", "Cisco stock";
* **a company noun in apposition**: "Umicore, société belge", "Archiact, un studio spécialisé", "Zorblax, a
  Dutch chipmaker";
* **a lone one-word "person"**: news introduces a person by first and last name; a one-word PER
  mention that is no word of a longer person name in the article, and does not follow another
  capitalised word ("CFO Monish Patolawala"), is a company in business news far more often than a
  person (on the real-news development set: 18 companies, 0 persons, 9 others).

Every mention of a relabelled name in the article is relabelled (confidence ``SHAPE_CONFIDENCE``);
places (LOC) are left alone except for the legal-form and ticker signs. Last, the occurrences of a
company name that the model left untagged are added (:func:`add_repeated_mentions`).
"""

from __future__ import annotations

import re

from annotator.core.model import MODEL, Span
from annotator.nlp.scan import guarded_alternation

SHAPE_CONFIDENCE = 0.55
REPEAT_CONFIDENCE = 0.5
_LEGAL_END = re.compile(
    r"(?:^|\s)(?:SA|S\.A\.|SAS|SCA|SE|Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|plc|Plc|PLC|"
    r"GmbH|AG|NV|N\.V\.|BV|LLC|SpA|S\.p\.A\.|Group|Groupe|Holding|Holdings)$"
)
_TICKER = re.compile(
    r"\s*\((?:(?:NYSE|NASDAQ|Nasdaq|Euronext|EPA|LSE|TSX|OTC|AMEX)\s*:\s*[A-Z][A-Z.]{0,6}"
    r"|[A-Z]{1,5}\.[A-Z]{1,2}|[A-Z]{1,5}\s*-\s*Get Report|[A-Z]{2}\d{9}[A-Z0-9]|\d{4}\.\s*[A-Z]{2})\)"
)
_SHARES = re.compile(r"(?:['’]s)?\s+(?:shares|stock)\b")
# "Umicore, société belge", "Mobilux, maison mère de But", "Airgas, an industrial gas supplier": a company
# noun right after the comma or after an article and up to two words (French), or after "a"/"an" and up
# to two words (English). Not ", la compagnie X", ", le fabricant Obut annonce", ", the company said":
# those open a new clause.
_APPOSITION = re.compile(
    r",[ \t]+(?:(?:sociétés?|groupe|entreprise|firme|fabricant|constructeur|équipementier|distributeur|enseigne|"
    r"banque|assureur|opérateur|start-up|startup|compagnie|laboratoire|filiale|maison mère)\b"
    r"|(?:un|une|le|la|l['’])[ \t]*(?:(?!(?:de|du|des|d|et|ou|à|au|aux)(?![\w'’]))[\w-]+[ \t]+){0,2}?"
    r"(?:studio|éditeur|fabricant|constructeur|équipementier|distributeur|start-up|startup|jeune pousse|"
    r"enseigne|assureur|filiale|fournisseur|prestataire|exploitant|laboratoire)\b(?![ \t]+[A-ZÀ-ÖØ-Þ])"
    r"|(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:company|firm|maker|manufacturer|carmaker|automaker|chipmaker|"
    r"retailer|supplier|operator|airline|lender|insurer|subsidiary|startup|group|conglomerate)\b)")
# a name that starts with a company word: "Air Vanuatu", "Groupe Bel", "Laboratoires Théa"
_COMPANY_START = re.compile(r"^(?:Air|Groupe|Compagnie|Laboratoires|Banque|Crédit|Société|Financière)[ \t]+[A-ZÀ-ÖØ-Þ]")
# "Zodiac a de son côté racheté", "Xerox acquired": verbs only a company is the subject of (for names
# the model calls a product or a thing, MISC)
_COMPANY_VERB = re.compile(
    r"[ \t]+(?:(?:a|avait|vient de|va)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:racheté|acquis|cédé|absorbé|racheter|acquérir|céder)"
    r"|(?:rachète|acquiert|cède|absorbe|fusionne)"
    r"|(?:has[ \t]+|had[ \t]+)?(?:acquired|bought|agreed to (?:buy|acquire)|filed for (?:bankruptcy|Chapter)))(?!\w)")
# a Reuters instrument code: "AMD.O", "HPE.N", "TTE.PA"
_RIC_TAIL = re.compile(r"\.(?:OQ|O|N|PA|L|DE|AS|MI|MC|T|HK|TO|SW|ST|CO|HE|BR|LS|VI|KS|SS|SZ)(?![\w.])")
_RIC_HEAD = re.compile(r"[A-Z]{2,5}$")
_NAME_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,3})$")
_NOT_A_NAME = frozenset("Le La Les L Un Une The A An Il Elle It Its This That Ce Cette Mais But Selon".split())


def _previous_word_is_capitalised(text: str, start: int) -> bool:
    """True if the word right before ``start`` (same line) is capitalised and is not the first word of
    its sentence: "CFO Monish Patolawala" (a name's first part), not "Cette semaine, Actia"."""
    head = text[max(0, start - 40):start]
    m = re.search(r"([\w’'.-]+)[ \t]+$", head)
    if not m or not m.group(1)[0].isupper():
        return False
    before = head[:m.start(1)].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n\"«“" and not before.endswith("\n")


_COORD = re.compile(r"[ \t]*(?:,|et|and|&|ou|or)[ \t]+")


_COORD_BEFORE = re.compile(r"[ \t]*(?:,|et|and|&|ou|or)[ \t]+$")


def _coordinated_with_company(text: str, s: Span, org_starts: set[int], org_ends: set[int]) -> bool:
    """"Tech Data et Ingram Micro", "Uber and Waymo": a thing joined to a company by "et"/"and" is one."""
    before = _COORD_BEFORE.search(text, max(0, s.start - 8), s.start)
    if before and before.start() in org_ends:
        return True
    after = _COORD.match(text, s.end, s.end + 8)
    return bool(after and after.end() in org_starts)


def _sign_after(text: str, end: int) -> bool:
    tail = text[end:end + 60]
    return bool(_TICKER.match(tail) or _SHARES.match(tail) or _APPOSITION.match(tail))


def relabel_by_shape(text: str, entities: list[Span], company_label: str) -> list[Span]:
    """``entities`` with the names the article's shape marks as companies relabelled (see the module doc)."""
    person_words: set[str] = set()
    for s in entities:
        words = text[s.start:s.end].split()
        if s.label == "PER" and len(words) > 1:
            person_words.update(words)
    companies: set[str] = set()
    org_starts = {s.start for s in entities if s.label == company_label}
    org_ends = {s.end for s in entities if s.label == company_label}
    for s in entities:
        name = text[s.start:s.end].strip()
        if s.label == company_label or not name:
            continue
        if s.label == "MISC" and _coordinated_with_company(text, s, org_starts, org_ends):
            companies.add(name)
            continue
        if _LEGAL_END.search(name) or _COMPANY_START.match(name) or _sign_after(text, s.end):
            companies.add(name)
        elif s.label == "MISC" and _COMPANY_VERB.match(text, s.end):
            companies.add(name)
        elif (s.label == "PER" and " " not in name and name not in person_words and name[0].isupper()
              and not name.isupper() and not _previous_word_is_capitalised(text, s.start)):
            companies.add(name)
    if not companies:
        return entities
    return [s.with_(label=company_label, confidence=SHAPE_CONFIDENCE)
            if s.label != company_label and text[s.start:s.end].strip() in companies
            and (s.label != "LOC" or _LEGAL_END.search(text[s.start:s.end]) or _COMPANY_START.match(text[s.start:s.end])
                 or _sign_after(text, s.end))
            else s for s in entities]


def add_ticker_companies(text: str, entities: list[Span], company_label: str,
                         skip: "list[tuple[int, ...]] | tuple" = ()) -> list[Span]:
    """``entities`` plus the names right before a stock ticker that overlap no entity (and no skipped line)."""
    entities = _ric_tickers(text, entities, company_label, skip)
    taken = [(s.start, s.end) for s in entities]
    added: list[Span] = []
    for start in _paren_starts(text):
        if not _TICKER.match(text, start):
            continue
        nm = _NAME_BEFORE.search(text, max(0, start - 80), start)
        if not nm:
            continue
        a, b = nm.span(1)
        words = list(re.finditer(r"\S+", text[a:b]))
        while words and words[0].group().strip("'’") in _NOT_A_NAME:
            words.pop(0)
        if not words:
            continue
        a += words[0].start()
        if b - a < 2:
            continue
        if any(x < b and a < y for x, y in taken) or any(r[0] < b and a < r[1] for r in skip):
            continue
        added.append(Span(a, b, company_label, source=MODEL, confidence=SHAPE_CONFIDENCE))
        taken.append((a, b))
    return entities + added


def _paren_starts(text: str):
    r"""The starts of the matches of ``re.finditer(r"[ \t]*\(", text)``, found from each ``(`` (a
    pattern that can start with a space is tried at every position)."""
    done = 0  # where the previous match ended
    i = text.find("(")
    while i >= 0:
        start = i
        while start > done and text[start - 1] in " \t":
            start -= 1
        yield start
        done = i + 1
        i = text.find("(", done)


def _ric_tickers(text: str, entities: list[Span], company_label: str, skip) -> list[Span]:
    """A Reuters code in parentheses after a name ("Intel (INTC.O)") is no entity of its own; standing
    in the text ("hindered AMD.O, a competitor") its letters are the company."""
    if "." not in text:
        return entities
    out = list(entities)
    for tail in _RIC_TAIL.finditer(text):  # from the dot: a fast literal scan
        head = _RIC_HEAD.search(text, max(0, tail.start() - 5), tail.start())
        if not head:
            continue
        a, b, letters_end = head.start(), tail.end(), tail.start()
        if a and (text[a - 1].isalnum() or text[a - 1] in "._"):
            continue
        inside = [s for s in out if s.start < b and a < s.end]
        if text[max(0, a - 1):a] == "(" and text[b:b + 1] == ")":
            out = [s for s in out if s not in inside or s.start < a - 1 or s.end > b + 1]
            continue
        if any(r[0] < b and a < r[1] for r in skip) or any(s.start < a or s.end > b for s in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(Span(a, letters_end, company_label, source=MODEL, confidence=SHAPE_CONFIDENCE))
    return out


def add_repeated_mentions(text: str, entities: list[Span], company_label: str,
                          skip: "list[tuple[int, ...]] | tuple" = ()) -> list[Span]:
    """``entities`` plus the other occurrences of each company name that no entity covers.

    The model often tags a company at one mention and misses it at the next ("Varian's shareholders",
    "Twitter cuts 336 jobs" at a line start): every whole-word, same-case occurrence of a name the
    article already calls a company is a mention too (outside skipped lines; confidence
    ``REPEAT_CONFIDENCE``). The sentiment then rests on all the sentences that name the company."""
    names = {text[s.start:s.end] for s in entities if s.label == company_label}
    names = {n for n in names if len(n) >= 2 and n[0].isupper() and "\n" not in n}
    if not names:
        return entities
    covered = _Intervals([(s.start, s.end) for s in entities] + [(r[0], r[1]) for r in skip])
    added: list[Span] = []
    # (?<![\w&-])(?:name|...)(?![\w&-]), longest first, in the form re scans quickly (annotator.nlp.scan)
    rx = re.compile(guarded_alternation([re.escape(n) for n in sorted(names, key=len, reverse=True)], r"[\w&-]")
                    + r"(?![\w&-])")
    for m in rx.finditer(text):
        a, b = m.span()
        if covered.overlaps(a, b):
            continue
        added.append(Span(a, b, company_label, source=MODEL, confidence=REPEAT_CONFIDENCE))
    return entities + added if added else entities


class _Intervals:
    """Overlap tests against many ``(start, end)`` ranges in log time (a 2 MB article has thousands)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = sorted(ranges)
        self.starts = [a for a, _ in self.ranges]
        # the furthest end among the ranges up to each index, so one bisect answers "does any overlap"
        self.reach: list[int] = []
        far = -1
        for _, e in self.ranges:
            far = max(far, e)
            self.reach.append(far)

    def overlaps(self, a: int, b: int) -> bool:
        import bisect

        i = bisect.bisect_left(self.starts, b) - 1  # the last range starting before b
        return i >= 0 and self.reach[i] > a
