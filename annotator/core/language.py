"""Which language a text is in: a stop-word count, cheap enough for every imported document.

Plain data and functions only (no I/O): the store uses it to record each document's language at
import, the enricher and the pipeline choice read that record.
"""

from __future__ import annotations

import re

LANGUAGES = ("fr", "en")
"""The languages the project recognises (and has pipelines and resources for)."""

_FR_STOP = frozenset(
    "le la les des du de un une et est sont dans pour par sur avec qui que au aux ce cette ses son sa "
    "il elle ils ont a été pas plus ne nous vous leur leurs mais ou où d l qu s n c".split()
)
_EN_STOP = frozenset(
    "the a an and is are was were in for by on with who that to of its it his her their has have had "
    "been not but or which this from at as be will said says".split()
)
_WORD = re.compile(r"\w+", re.UNICODE)


def detect_language(text: str, sample: int = 4000) -> str:
    """"fr" or "en" from a stop-word count over the first ``sample`` characters (ties: "fr")."""
    fr = en = 0
    for m in _WORD.finditer(text[:sample]):
        w = m.group().lower()
        fr += w in _FR_STOP
        en += w in _EN_STOP
    return "en" if en > fr else "fr"
