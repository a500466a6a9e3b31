"""The lazy regex tokenizer and selection snapping (no spaCy, no Qt)."""

from __future__ import annotations

import random
import re

from annotator.ui.article.tokens import Tokens
from tests.conftest import TRICKY_TEXT


def words(text: str, tokens: Tokens | None = None) -> list[str]:
    t = tokens or Tokens(text)
    return [text[s:e] for s, e in t.spans()]


def test_french_tokens():
    text = "L'américain Walmart s'associe à Google-Walmart aujourd'hui, qu'il dit : 3,5 M€ (e-commerce)."
    assert words(text) == ["L'", "américain", "Walmart", "s'", "associe", "à", "Google-Walmart", "aujourd'hui",
                           ",", "qu'", "il", "dit", ":", "3,5", "M", "€", "(", "e-commerce", ")", "."]


def test_tricky_text_tokens_keep_graphemes_whole():
    toks = words(TRICKY_TEXT)
    assert "👍🏽" in toks and "🚗" in toks
    assert "Re\u0301nault" in toks  # the combining accent stays in its word
    assert "Nissan" in toks and "SA" in toks  # split at the no-break space


def test_chunked_tokens_equal_whole_text_tokens():
    rng = random.Random(3)
    vocab = ["Walmart", "l'alliance", "d'Amazon", "e-commerce", "3,5", "«", "»", ".", ",", "😀", "Re\u0301nault"]
    text = " ".join(rng.choice(vocab) + rng.choice([" ", "\n", "\r\n", "\u00a0", ""]) for _ in range(1000))
    pieces = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    small = Tokens(text, chunk=64)
    whole = Tokens(text, chunk=10**9)
    assert small.spans() == whole.spans()
    # no token crosses whitespace: each lies inside one run of non-space characters
    runs = iter(pieces)
    run = next(runs)
    for a, b in small.spans():
        while run[1] <= a:
            run = next(runs)
        assert run[0] <= a and b <= run[1]
    # queries agree with a linear scan
    spans = whole.spans()
    for pos in rng.sample(range(len(text)), 60):
        inside = [t for t in spans if t[0] <= pos < t[1]]
        assert small.token_at(pos) == (inside[0] if inside else None)
        assert small.next_end(pos) == min((e for s, e in spans if e > pos), default=None)
        assert small.prev_start(pos) == max((s for s, e in spans if s < pos), default=None)
        assert small.next_start(pos) == min((s for s, e in spans if s >= pos), default=None)
        assert small.prev_end(pos) == max((e for s, e in spans if e <= pos), default=None)


def test_snap_grows_to_whole_words_and_trims_spaces():
    text = "Le géant Walmart s'allie à Google-Walmart."
    t = Tokens(text)
    i = text.index("Walmart")
    assert t.snap(i + 2, i + 4) == (i, i + 7)  # "lm" -> "Walmart"
    assert t.snap(i - 1, i + 8) == (i, i + 7)  # surrounding spaces trimmed
    j = text.index("Google")
    assert t.snap(j, j + 6) == (j, j + 6)  # exact edge at an inner hyphen is kept
    assert t.snap(j + 1, j + 3) == (j, j + len("Google-Walmart"))
    k = text.index("allie")
    assert t.snap(k + 1, k + 2) == (k, k + 5)  # elision split: "s'" is its own token
    assert t.snap(2, 3) is None  # only a space
    assert t.snap(i + 4, i + 2) == (i, i + 7)  # reversed


def test_snap_tricky_text():
    t = Tokens(TRICKY_TEXT)
    i = TRICKY_TEXT.index("Re\u0301nault")
    assert t.snap(i + 1, i + 3) == (i, i + len("Re\u0301nault"))
    j = TRICKY_TEXT.index("info")
    assert t.snap(j - 3, j + 2) == (TRICKY_TEXT.index("👍"), j + 4)
