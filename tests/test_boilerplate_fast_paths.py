"""The quick tests in :func:`annotator.core.boilerplate.line_kind` (the export runs it on every line
of every document) decide as the full rules do: the caption hint finds every line the caption
rule finds, and the Latin-script shortcut counts what ``_is_latin`` counts."""

from __future__ import annotations

import random

from annotator.core import boilerplate as bp

_PIECES = ["Photo", "photos :", "(crédit :", "CRÉDITS photo", "Getty Images", "/AFP", "afp photo", "Image:",
           "(photo", "PHOTO", "ıMAGE :", "İmage :", "µg", "ª", "²", "½", "le", "été", "Русский", "中文", "Ελλάδα",
           "Łódź", "ǅ", "ɐ", "×", "÷", ":", "(", "/", "-", "|", "3", " ", "  "]


def _lines(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_the_caption_hint_finds_every_caption():
    found = 0
    for line in _lines(20_000):
        if bp._CAPTION.search(line):
            found += 1
            assert bp._CAPTION_HINT.search(line), line
    assert found > 1000


def test_the_latin_shortcut_counts_as_is_latin_does():
    taken = 0
    for line in _lines(20_000, seed=1):
        s = line.strip()
        if s and max(s) < "\u0250" and bp._LOW_NOT_LATIN.isdisjoint(s):
            taken += 1
            words = bp._WORD.findall(s)
            assert all(bp._is_latin(w) for w in words), line
    assert taken > 1000
