"""Code points <-> Qt positions: checked against a real QTextDocument on many generated strings."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from annotator.ui.article.offsets import TextMap
from tests.conftest import TRICKY_TEXT

PIECES = ["a", "b", "é", " ", "\n", "\r", "\r\n", "\r\n\r\n", "😀", "👍🏽", "e\u0301", "\u00a0", "\u2028", "\u2029",
          "\t", "\x0b", "\x0c", "\x85", "\ufdd0", "\ufdd1", "\ufeff", "\u200d", "𝔸", "«", "'"]


def _strings(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = ["", "a", "\r\n", "😀", "\r\n😀\r\n", "😀\r\n", "\r\r\n\n", TRICKY_TEXT]
    for _ in range(n):
        out.append("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))))
    return out


def _utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", _strings(300))
def test_map_agrees_with_qt_document(text: str):
    m = TextMap(text)
    doc = QTextDocument()
    doc.setPlainText(m.display)
    # Qt kept every character of the display string: same length, same characters
    assert doc.characterCount() - 1 == m.qt_length == _utf16(text) - text.count("\r\n")
    for i, ch in enumerate(text):
        if ch == "\r" and text[i + 1 : i + 2] == "\n":
            continue
        q = m.to_qt(i)
        cur = QTextCursor(doc)
        cur.setPosition(q)
        cur.setPosition(m.to_qt(i + 1), QTextCursor.MoveMode.KeepAnchor)
        got = cur.selectedText()
        if ch in "\n\r\u2029\u2028":
            assert got == "\u2029" if ch != "\u2028" else got == "\u2028", (i, ch, got)
        elif ch in "\ufdd0\ufdd1":
            assert got == "\ufffd"
        elif ch == "\ufeff":
            assert got == "\u2060"
        else:
            assert got == ch, (i, ch, got)
    # round trip: every code-point boundary maps to a Qt position and back
    for i in range(len(text) + 1):
        back = m.to_cp(m.to_qt(i))
        if 0 < i < len(text) and text[i - 1] == "\r" and text[i] == "\n":
            assert back == i - 1  # between \r and \n: the line end
        else:
            assert back == i
    # every Qt position maps to a code point that maps back at or after it
    for q in range(m.qt_length + 1):
        cp = m.to_cp(q)
        assert 0 <= cp <= len(text)
        assert m.to_qt(cp) >= q or text[cp - 1 : cp + 1] == "\r\n"


def test_spans_to_qt_matches_single_conversion():
    text = "😀 ab\r\ncd 👍🏽 ef\r\n" * 50
    m = TextMap(text)
    spans = [(i, i + 3) for i in range(0, len(text) - 3, 5)]
    assert m.spans_to_qt(spans) == [(m.to_qt(a), m.to_qt(b)) for a, b in spans]


def test_tricky_text_positions():
    m = TextMap(TRICKY_TEXT)
    i = TRICKY_TEXT.index("info")
    # 👍🏽 is 2 code points and 4 UTF-16 units
    assert m.to_qt(i) == i + 2
    j = TRICKY_TEXT.index("Stellantis")
    # three astral characters before (2 in 👍🏽, 🚗), three CRLF
    assert m.to_qt(j) == j + 3 - 3
    assert m.to_cp(m.to_qt(j)) == j


def test_identity_fast_path():
    m = TextMap("plain text\nno emoji")
    assert m.identity and m.to_qt(5) == 5 and m.to_cp(5) == 5


def test_to_qt_many_matches_single_conversion_small_and_batched():
    text = "😀 ab\r\ncd 👍🏽 ef\r\n" * 300
    m = TextMap(text)
    cps = list(range(0, len(text) + 1, 2))
    assert len(cps) > 2000  # the numpy path
    assert m.to_qt_many(cps) == [m.to_qt(c) for c in cps]
    assert m.to_qt_many(cps[:10]) == [m.to_qt(c) for c in cps[:10]]
    assert TextMap("plain").to_qt_many([0, 3, 5]) == [0, 3, 5]
