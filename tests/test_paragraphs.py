"""paragraphs(): every non-blank line with its trimmed code-point offsets."""

import random
import re

from annotator.core.text import paragraphs

# the line breaks the function documents (exactly those str.splitlines knows)
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]")


def _reference(text):
    out, pos = [], 0
    bounds = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text)] + [(len(text), len(text))]
    for start, nxt in bounds:
        s, e = pos, start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        pos = nxt
    return out


def test_lines_match_a_plain_reading_of_every_line_break():
    rng = random.Random(3)
    alphabet = list("ab é😀\n\r\t \u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85\u00a0") + ["\r\n"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert list(paragraphs(text)) == _reference(text), repr(text)


def test_crlf_is_one_break_and_offsets_are_code_points():
    text = "  Titre 😀 \r\n\r\nCorps\u2028fin "
    assert [text[s:e] for s, e in paragraphs(text)] == ["Titre 😀", "Corps", "fin"]
