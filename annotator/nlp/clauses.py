"""The clause of a sentence that concerns one mention: company sentiment is decided from it when
the sentence names several companies ("X rachète Y, qui était en difficulté": Y's trouble is not X's).

A clause runs between punctuation that separates clauses (, ; : ( ) — –) or a contrastive or
subordinating conjunction (mais, alors que, tandis que, but, while, whereas, although...). Plain
string work on the sentence; offsets are code points into the text.
"""

from __future__ import annotations

import re

from annotator.nlp.scan import may_hold

_BOUNDARY = re.compile(
    r"[;:()\[\]—–]|,(?!\d)|\s-\s|"
    r"\b(?:mais|alors que|tandis que|bien que|même si|cependant|toutefois|néanmoins|pourtant|"
    r"but|while|whereas|although|though|however|yet|despite|malgré)\b",
    re.IGNORECASE,
)


_PUNCTUATION = re.compile(r"[;:()\[\]—–]|,(?!\d)|\s-\s")
"""The boundaries of ``_BOUNDARY`` that are no words (a sentence without its words needs no ignore-case scan)."""
_WORDS = ("mais", "alors que", "tandis que", "bien que", "même si", "cependant", "toutefois", "néanmoins", "pourtant",
          "but", "while", "whereas", "though", "however", "yet", "despite", "malgré")
"""What every word boundary of ``_BOUNDARY`` holds (lower case; "though" in "although")."""


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:et|and|ou|or|&)?|et|and|ou|or|&)\s*", re.IGNORECASE)


def coordinated(text: str, spans: list[tuple[int, int]]) -> dict[tuple[int, int], tuple[int, int]]:
    """Mentions listed together ("Atos, Valeo et Plastivaloire ont accusé...", "JPMorgan and Goldman
    Sachs"): each listed mention -> the span from the list's first to its last mention, so that all
    of them get the list's clause (the commas inside a list do not separate clauses). Mentions not
    in a list are left out."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    ordered = sorted(set(spans))
    run = [ordered[0]] if ordered else []
    for prev, cur in zip(ordered, ordered[1:]):
        if prev[1] <= cur[0] and _LIST_GAP.fullmatch(text, prev[1], cur[0]):
            run.append(cur)
            continue
        if len(run) > 1:
            out.update(dict.fromkeys(run, (run[0][0], run[-1][1])))
        run = [cur]
    if len(run) > 1:
        out.update(dict.fromkeys(run, (run[0][0], run[-1][1])))
    return out


def boundaries(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """The clause boundaries of ``sentence`` (``(start, end)`` of each, in order): computed once per
    sentence for :func:`clause_around` when several mentions share it."""
    rx = _BOUNDARY if may_hold(text[sentence[0]:sentence[1]], _WORDS) else _PUNCTUATION
    return [m.span() for m in rx.finditer(text, *sentence)]


def clause_around(text: str, sentence: tuple[int, int], start: int, end: int, min_chars: int = 25,
                  marks: "list[tuple[int, int]] | None" = None) -> tuple[int, int]:
    """``(start, end)`` of the clause of ``sentence`` holding the mention ``[start, end)``.

    A clause shorter than ``min_chars`` (the mention and a word or two, as in "Alcatel-Lucent a
    signé deux accords-cadres, dont ...") is widened to the next boundary on the right.
    ``marks``: the sentence's :func:`boundaries`, when the caller has them."""
    s0, e0 = sentence
    left, right = s0, e0
    at = -1  # index in marks of the boundary that ends the clause
    for i, (a, b) in enumerate(marks if marks is not None else (m.span() for m in _BOUNDARY.finditer(text, s0, e0))):
        if b <= start:
            left = b
        elif a >= end:
            right, at = a, i
            break
    if right - left < min_chars:
        if marks is not None and at >= 0 and marks[at][1] == right + 1:
            # a one-character boundary: the scan from right + 1 goes on as the sentence's scan did
            right = marks[at + 1][0] if at + 1 < len(marks) else e0
        else:
            for m in _BOUNDARY.finditer(text, right + 1, e0):
                right = m.start()
                break
            else:
                right = e0
    return left, right
