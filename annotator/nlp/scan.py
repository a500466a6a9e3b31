r"""Whole-text regular expressions that Python's ``re`` can scan quickly.

``re`` jumps straight to the next place where a match can start only when the pattern begins with
a literal character or a character set. A pattern that begins with ``\b`` or a look-behind
(``(?<!\w)Name``) is tried at every position of the text, which makes such a scan several times
slower. The helpers here move the guard after the first character: ``N(?<!\w[\s\S])ame`` matches
exactly where ``(?<!\w)Name`` does (the look-behind, one character later, tests the same character
before the name) but is only tried where an ``N`` stands. An alternation is grouped by first
character, keeping the order of its branches within each group: two branches that begin with
different characters never match at the same position, so the preferred branch is the same.
"""

from __future__ import annotations

from collections.abc import Iterable

ANY = r"[\s\S]"
"""Any one character, newlines included (``.`` would miss a newline)."""


def first_token(source: str) -> tuple[str, str]:
    r"""``(first character, rest)`` of a regex source that begins with a plain character, an escaped
    one (``\.``) or a character class (``['’]``); anything else (a group, an anchor) raises ValueError."""
    if not source:
        raise ValueError("empty branch")
    if source[0] == "\\":
        return source[:2], source[2:]
    if source[0] == "[":
        end = source.index("]", 2)
        return source[:end + 1], source[end + 1:]
    if source[0] in "()|*+?{}.^$":
        raise ValueError(f"branch must begin with a character: {source!r}")
    return source[0], source[1:]


def by_first_token(branches: Iterable[str]) -> dict[str, list[str]]:
    """``branches`` (regex sources, see :func:`first_token`) grouped by first character: first -> the
    rests, in the order given (the branch preferred at a position stays the same: two branches that
    begin with different characters never match at the same place)."""
    groups: dict[str, list[str]] = {}
    for branch in branches:
        first, rest = first_token(branch)
        groups.setdefault(first, []).append(rest)
    return groups


def grouped_alternation(branches: Iterable[str]) -> str:
    """``branches`` as one alternation grouped by first character (no guard): ``re`` tries a few
    branches per position instead of all."""
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first_token(branches).items())


def guarded_alternation(branches: Iterable[str], guard: str) -> str:
    r"""A regex source matching where ``(?<!guard)(?:branch1|branch2|...)`` does (``guard`` one
    character: a class or an escape such as ``\w``), grouped by first character so ``re`` skips to
    the positions where one of those characters stands. ``(?<!\w)`` is ``\b`` when every branch
    begins with a word character."""
    return "(?:" + "|".join(f"{first}(?<!{guard}{ANY})(?:{'|'.join(rests)})"
                            for first, rests in by_first_token(branches).items()) + ")"


_CASE_ODD = frozenset("ıſİ")
"""Characters ``re.IGNORECASE`` matches to ``i`` or ``s`` although ``str.lower`` does not give them."""


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``text`` holds none of ``words`` (lower case) in any case, so that no
    ``re.IGNORECASE`` pattern made of them can match: a quick test before such a pattern's scan
    (an ignore-case scan compares every character lowered). ``text.lower()`` holds what the pattern
    matched, lowered, except for the few characters of ``_CASE_ODD`` (then True)."""
    if "ı" in text or "ſ" in text or "İ" in text:  # (_CASE_ODD: three substring tests beat a set's walk)
        return True
    low = text.lower()
    for w in words:  # (a plain loop: a generator's steps cost more than the tests)
        if w in low:
            return True
    return False
