"""How much an event trigger says about *this article's news* (events.py multiplies its weight).

Real articles mention past deals and other companies' moves for context ("after it bought X in
2013", "Nokia, which bought Alcatel-Lucent"); their news is in the headline and the lead. A trigger
counts:

* by position: headline x1.25, lead (the first ~600 characters after it) x1.0, body x0.6;
* less when its sentence is background: a year earlier than the latest year the article names,
  a pluperfect ("avait racheté", "had bought"), "previously", "last year", "il y a ... ans" (x0.35);
* less when no organisation is named in its sentence or paragraph (x0.5): the event must concern
  one (not checked when the caller gives no entities at all);
* less inside a quotation (x0.8).

Plain functions over the text, the paragraph layout and the entities; no model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.scan import may_hold

HEADLINE = 1.25
LEAD = 1.0
BODY = 0.6
BACKGROUND = 0.35
NO_ORG = 0.5
QUOTED = 0.8
LEAD_CHARS = 600
_YEAR = re.compile(r"(1(?<!\w[\s\S])9[5-9]\d|2(?<!\w[\s\S])0[0-4]\d)\b")  # \b before it (annotator.nlp.scan)
# grouped by first letter (re tries a few branches per position instead of all); only ever searched
# for a yes or no, so the order of the branches does not matter
_BACKGROUND = re.compile(
    r"\b(?:a(?:vait|vaient|vais|urait été|uparavant)|had|p(?:reviously|récédemment|ar le passé)|"
    r"l(?:ast year|['’]an dernier|['’]année dernière|['’]an passé)|years? ago|i(?:l y a \w+ ans|n the past)|"
    r"once|jadis|naguère|depuis sa création|since its)\b",
    re.IGNORECASE,
)
_BACKGROUND_WORDS = ("avai", "aurait été", "auparavant", "had", "previously", "précédemment", "par le passé",
                     "last year", "an dernier", "année dernière", "an passé", "ago", "il y a ", "in the past", "once",
                     "jadis", "naguère", "depuis sa création", "since its")
"""What every match of ``_BACKGROUND`` holds (lower case): no scan of a sentence holding none of them."""
_COMPARED = re.compile(
    r"\b(?:par rapport (?:à|au|aux)|comparé (?:à|au|aux)|contre|versus|vs\.?|compared (?:with|to)|from|than)"
    r"\b[^.;\n]{0,60}?\b(?:19[5-9]\d|20[0-4]\d)(?:[-/](?:19|20)?\d\d)?\b",
    re.IGNORECASE,
)
_QUOTE_OPEN = "“«\"„"
_ANY_QUOTE = re.compile("[“«„”»\"]")


def headline_and_lead(text: str, part_offsets: Sequence[int]) -> tuple[tuple[int, int], int]:
    """``((start, end) of the headline, end of the lead)``: a short first line (at most 200 characters)
    of the article's paragraphs is the headline ((0, 0) when there is none); the lead is the next
    ``LEAD_CHARS`` characters."""
    if not part_offsets:
        return (0, 0), 0
    first = min(part_offsets)
    line_end = text.find("\n", first)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - first <= 200:
        return (first, line_end), line_end + LEAD_CHARS
    return (0, 0), first + LEAD_CHARS


class Salience:
    """Per-document context for :meth:`factor` (built once per document)."""

    def __init__(self, text: str, parts: Sequence[tuple[int, object]], orgs: Sequence[tuple[int, int]] | None,
                 sentence_at):
        self.text = text
        self.orgs = None if orgs is None else sorted(orgs)
        self._org_starts = [a for a, _ in self.orgs] if self.orgs is not None else []
        self.sentence_at = sentence_at
        self.headline, self.lead_end = headline_and_lead(text, [off for off, _ in parts])
        years = [int(y) for y in _YEAR.findall(text)]
        self.latest_year = max(years) if years else None
        self._background_of: dict[tuple[int, int], bool] = {}  # per sentence: triggers share sentences
        self._quotes = _ANY_QUOTE.search(text) is not None  # most articles quote no one

    def features(self, start: int, end: int) -> tuple[str, bool, bool, bool]:
        """(position "headline" / "lead" / "body", background, no organisation near, quoted)."""
        position = ("headline" if self.headline[0] <= start < self.headline[1]
                    else "lead" if start < self.lead_end else "body")
        s, e = self.sentence_at(start) or (start, end)
        background = self._background_of.get((s, e))
        if background is None:
            background = self._background_of[(s, e)] = self._background(self.text[s:e])
        no_org = False
        if self.orgs is not None and not self._org_in(s, e):
            p0 = self.text.rfind("\n", 0, start) + 1
            p1 = self.text.find("\n", start)
            p1 = len(self.text) if p1 < 0 else p1
            no_org = not self._org_in(p0, p1)
        return position, background, no_org, self._quoted(s, start)

    def factor(self, start: int, end: int) -> float:
        position, background, no_org, quoted = self.features(start, end)
        f = {"headline": HEADLINE, "lead": LEAD}.get(position, BODY)
        return f * (BACKGROUND if background else 1) * (NO_ORG if no_org else 1) * (QUOTED if quoted else 1)

    def _org_in(self, s: int, e: int) -> bool:
        """An organisation mention overlaps ``[s, e)`` (bisect: long articles have thousands)."""
        import bisect

        i = bisect.bisect_left(self._org_starts, e)  # mentions starting before e
        for k in range(i - 1, max(-1, i - 50), -1):
            if self.orgs[k][1] > s:
                return True
            if self.orgs[k][0] < s - 2000:
                break
        return False

    def _background(self, sentence: str) -> bool:
        if may_hold(sentence, _BACKGROUND_WORDS) and _BACKGROUND.search(sentence):
            return True
        if self.latest_year is not None:
            # a year compared with ("par rapport à 2020", "a year earlier", "from $7.4 billion in 2018")
            # is the news's yardstick, not background
            years = [int(y) for y in _YEAR.findall(_COMPARED.sub(" ", sentence))]
            if years and max(years) < self.latest_year:
                return True
        return False

    def _quoted(self, sent_start: int, pos: int) -> bool:
        if not self._quotes or not _ANY_QUOTE.search(self.text, sent_start, pos):
            return False  # no quotation mark before it in its sentence (most triggers)
        between = self.text[sent_start:pos]
        opened = sum(between.count(q) for q in "“«„") - sum(between.count(q) for q in "”»")
        return opened > 0 or between.count('"') % 2 == 1
