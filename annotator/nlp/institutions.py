"""Institutions are no companies: ORG mentions that get no company key, hence no sentiment.

The annotation rules give a sentiment to every company an article names and none to institutions,
regulators, ministries, courts, unions, parties, news agencies or stock markets. The model tags them
all ORG, and they keep that entity; :func:`annotator.nlp.companies.group_companies` asks
:func:`is_institution` and leaves their ``Span.company`` empty, so the sentiment scorer skips them.

Told by form, from ``resources/gazetteer/institutions.txt`` (read with ``importlib.resources``):
the name's head noun ("ministère de l'Économie", "Autorité de la concurrence", "European
Commission", "Department of Justice", "Labour Party") or a well-known institution or source by its
whole name ("AMF", "Bercy", "CGT", "Reuters", "CAC 40"). A company noun standing alone ("le
Groupe", "the Company") is no name either. A news outlet ("CNN", "Les Echos") is a source, hence no
company, except in an article whose headline names it ("CNN to cut 100 jobs"): :func:`is_media`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

FILE = ("gazetteer", "institutions.txt")
FORMS = ("head", "tail", "noun", "name", "media")


class Institutions:
    """The entries of one institutions file; :meth:`match` says whether a name is one."""

    def __init__(self, entries: list[tuple[str, tuple[str, ...]]]):
        self.names: set[tuple[str, ...]] = set()
        self.heads: set[tuple[str, ...]] = set()
        self.tails: set[tuple[str, ...]] = set()
        self.media: set[tuple[str, ...]] = set()
        for form, words in entries:
            if form in ("name", "media"):
                self.names.add(words)
            if form == "media":
                self.media.add(words)
            if form in ("head", "noun"):
                self.heads.add(words)
            if form in ("tail", "noun"):
                self.tails.add(words)
        self.longest = max((len(w) for w in self.heads | self.tails), default=0)

    @classmethod
    def from_text(cls, text: str) -> "Institutions":
        """Parse ``FORM<TAB>WORDS`` lines (``#`` comments and blank lines skipped); a line of another
        form is ignored, so the file can grow kinds without breaking older readers."""
        entries = []
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            form, _, words = line.partition("\t")
            key = _words(words)
            if form in FORMS and key:
                entries.append((form, key))
        return cls(entries)

    def match(self, name: str) -> bool:
        """True if ``name`` (a mention's text or a company key) is an institution or no name."""
        words = _words(name)
        if not words:
            return False
        if words in self.names:
            return True
        for n in range(1, min(self.longest, len(words)) + 1):
            if words[:n] in self.heads or words[-n:] in self.tails:
                return True
        # English order with a complement: "Department of Justice", "Ministry of Finance"
        for i, w in enumerate(words[1:], start=1):
            if w == "of":
                for n in range(1, min(self.longest, i) + 1):
                    if words[i - n:i] in self.tails:
                        return True
        return False


_NON_WORD = re.compile(r"[^\w]+")
_ARTICLES = frozenset({"the", "le", "la", "les", "l"})


def _words(name: str) -> tuple[str, ...]:
    """The words of a name as :func:`~annotator.core.text.company_key` folds them (accents, case,
    punctuation, a leading article, a possessive), but with no legal form dropped: "the Company"
    stays two words, so a company noun alone can be listed."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).strip()
    s = re.sub(r"[’']s$", "", s)
    words = [w for w in _NON_WORD.split(s.casefold()) if w]
    if len(words) > 1 and words[0] in _ARTICLES:
        words.pop(0)
    return tuple(words)


@lru_cache(maxsize=1)
def packaged() -> Institutions:
    from annotator.resources import read_text

    return Institutions.from_text(read_text(*FILE))


@lru_cache(maxsize=4096)
def is_institution(name: str) -> bool:
    """Whether the packaged list calls ``name`` an institution (or a company noun alone)."""
    return packaged().match(name)


@lru_cache(maxsize=4096)
def is_media(name: str) -> bool:
    """Whether ``name`` is a news outlet of the list ("CNN", "Les Echos"): a source when an article
    cites it, a company when the article is about it."""
    return _words(name) in packaged().media
