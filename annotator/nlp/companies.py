"""Companies: the gazetteer that fixes the model's entities, and grouping ORG mentions.

The gazetteer (``resources/gazetteer/companies.jsonl``, editable per project) is a file of spaCy
entity-ruler patterns, one JSON object a line::

    {"label": "ORG", "pattern": "Walmart", "id": "walmart"}
    {"label": "ORG", "pattern": "Facebook", "id": "meta"}            # an alias: grouped with Meta
    {"label": "ORG", "pattern": "Orange", "id": "orange", "ambiguous": true}
    {"label": "ORG", "pattern": [{"LOWER": "bnp"}, {"LOWER": "paribas"}], "id": "bnp paribas"}

It loads into a spaCy ``EntityRuler`` as it is; here string patterns are matched with one compiled
regular expression on the text (case-sensitive, whole words, ``'`` and ``’`` alike) and token
patterns with a spaCy ``Matcher`` on the paragraph Docs. ``ambiguous`` entries (common words) only
relabel or complete an entity the model found; they never add one on their own.

A gazetteer match *fixes* the model's output where they overlap (a company tagged PER or MISC, a
name cut short at an apostrophe) and adds names the model missed; every other model entity is
kept as it is, and a longer model entity that contains the match and looks like a name
(``Google Assistant`` around ``Google``) wins over the gazetteer. Model spans that are sentence
fragments rather than names (:func:`implausible`) are dropped before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from annotator.core.errors import InputError
from annotator.core.model import MODEL, Span
from annotator.core.schema import Schema
from annotator.core.text import company_key
from annotator.core.jsonl import check_pattern, json_objects
from annotator.nlp.company_cues import _by_first_letter, cue_positions
from annotator.nlp.scan import ANY, guarded_alternation, may_hold

if TYPE_CHECKING:  # pragma: no cover
    from annotator.nlp.enrich_text import Analysis

GAZETTEER_CONFIDENCE = 0.9
_TOKEN_KEYS = {"ORTH", "TEXT", "LOWER", "IS_TITLE", "IS_UPPER", "OP"}


@dataclass(frozen=True, slots=True)
class Entry:
    label: str
    pattern: str | list
    key: str  # company key (the pattern's id, normalised)
    ambiguous: bool = False


class Gazetteer:
    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self._phrase: dict[str, Entry] = {}
        self.aliases: dict[str, str] = {}  # company_key(surface) -> company key
        token_entries = []
        for e in entries:
            if isinstance(e.pattern, str):
                self._phrase.setdefault(_fold_apostrophe(e.pattern), e)
                self.aliases.setdefault(company_key(e.pattern), e.key)
            else:
                token_entries.append(e)
        self._token_entries = token_entries
        self._matchers: dict[int, object] = {}
        # names by their first word: one pass over the text's words finds them all (an alternation
        # of thousands of names costs a regex test per name at every position of a 2 MB article)
        self._by_word: dict[str, list[str]] = {}
        odd = []
        for n in sorted(self._phrase, key=len, reverse=True):
            m = _FIRST_WORD.match(n)
            if m and _NAME_START.match(n):
                self._by_word.setdefault(m.group(), []).append(n)
            else:
                odd.append(n)
        self._regex = (  # (?<!\w)(?:name|...)(?!\w), in the form re scans quickly (annotator.nlp.scan)
            re.compile(guarded_alternation([re.escape(n).replace("'", "['’]") for n in odd], r"\w") + r"(?!\w)")
            if odd else None
        )
        # what each odd name's every match holds (its text up to a first apostrophe, which the regex
        # also matches as ’): none of them in a text, no scan (None: some name has no such piece)
        pieces = [n.split("'")[0] for n in odd]
        self._odd_pieces: "tuple[str, ...] | None" = tuple(pieces) if all(pieces) else None

    # --- loading -----------------------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str, origin: str = "gazetteer.jsonl", *, schema: Schema) -> "Gazetteer":
        """Parse and validate a gazetteer file; raise InputError (E901) listing every bad line."""
        problems: list[str] = []
        entries: list[Entry] = []
        labels = set(schema.entity_names)
        example = '{"label": "ORG", "pattern": "Walmart", "id": "walmart"}'
        for n, where, obj in json_objects(text, origin, problems, example=example):
            label, pattern, pid = obj.get("label"), obj.get("pattern"), obj.get("id")
            extra = sorted(set(obj) - {"label", "pattern", "id", "ambiguous"})
            if extra:
                problems.append(f"{where}: unknown field(s) {', '.join(extra)}")
            if label not in labels:
                problems.append(f"{where}: label {label!r} is not an entity label of the schema "
                                f"({', '.join(sorted(labels))})")
            check_pattern(where, pattern, _TOKEN_KEYS, problems)
            if pid is not None and (not isinstance(pid, str) or not company_key(pid)):
                problems.append(f"{where}: id must be a non-empty string (the company key)")
            amb = obj.get("ambiguous", False)
            if not isinstance(amb, bool):
                problems.append(f"{where}: ambiguous must be true or false")
            if problems and problems[-1].startswith(where):
                continue
            if pid is not None:
                key = company_key(pid)
            elif isinstance(pattern, str):
                key = company_key(pattern)
            else:
                key = company_key(" ".join(str(next(iter(t.values()))) for t in pattern))
            entries.append(Entry(label=label, pattern=pattern, key=key, ambiguous=amb))
        if problems:
            raise InputError(f"{origin}: invalid gazetteer ({len(problems)} problem(s))", problems=problems,
                             code="E901")
        return cls(entries)

    # --- matching ----------------------------------------------------------------------------
    def matches(self, text: str, analysis: "Analysis | None" = None) -> list[tuple[int, int, Entry]]:
        """Non-overlapping gazetteer matches, longest first at each position."""
        found: list[tuple[int, int, Entry]] = []
        if self._by_word:
            folded = _fold_apostrophe(text)
            end = -1
            by_word = self._by_word
            for m in _NAME_WORD.finditer(folded):
                names = by_word.get(m.group())
                if names is None:
                    continue
                at = m.start()
                if at < end:
                    continue
                for name in names:
                    stop = at + len(name)
                    if folded.startswith(name, at) and not (stop < len(folded) and _is_word_char(folded[stop])):
                        found.append((at, stop, self._phrase[name]))
                        end = stop
                        break
        if self._regex is not None and (self._odd_pieces is None or _holds_any(text, self._odd_pieces)):
            for m in self._regex.finditer(text):
                found.append((m.start(), m.end(), self._phrase[_fold_apostrophe(m.group())]))
        if self._token_entries and analysis is not None:
            for off, doc in analysis.parts:
                matcher = self._matcher(doc.vocab)
                for match_id, s, e in matcher(doc):
                    span = doc[s:e]
                    entry = self._token_entries[int(doc.vocab.strings[match_id].split(":", 1)[1])]
                    found.append((off + span.start_char, off + span.end_char, entry))
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        out: list[tuple[int, int, Entry]] = []
        last_end = -1
        for m in found:
            if m[0] >= last_end:
                out.append(m)
                last_end = m[1]
        return out

    def _matcher(self, vocab):
        matcher = self._matchers.get(id(vocab))
        if matcher is None:
            from spacy.matcher import Matcher

            matcher = Matcher(vocab)
            for i, e in enumerate(self._token_entries):
                matcher.add(f"gazetteer:{i}", [e.pattern])
            self._matchers[id(vocab)] = matcher
        return matcher

    def apply(self, text: str, analysis: "Analysis | None", entities: list[Span]) -> list[Span]:
        """The model's entities with the gazetteer's fixes and additions (see the module doc)."""
        ents = sorted(entities, key=lambda s: (s.start, s.end))
        for start, end, entry in self.matches(text, analysis):
            overlapping = [s for s in ents if s.start < end and start < s.end]
            if any(s.start <= start and s.end >= end and (s.end - s.start) > (end - start)
                   and looks_like_name(text[s.start:s.end]) for s in overlapping):
                continue  # the model saw a longer name around it ("Google Assistant"): keep the model's
            if entry.ambiguous and not overlapping:
                continue
            same = [s for s in overlapping if (s.start, s.end, s.label) == (start, end, entry.label)]
            conf = max([GAZETTEER_CONFIDENCE] + [s.confidence or 0.0 for s in same])
            if overlapping:
                gone = {id(s) for s in overlapping}  # by identity: an equal span overlaps too, so is in it
                ents = [s for s in ents if id(s) not in gone]
            ents.append(Span(start, end, entry.label, source=MODEL, confidence=round(conf, 3),
                             company=entry.key if entry.label else None))
        return ents

    def key_for(self, surface: str) -> str:
        k = company_key(surface)
        return self.aliases.get(k, k)


def _holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    for p in pieces:  # (a plain loop: a generator's steps cost more than the tests)
        if p in text:
            return True
    return False


_CONNECTORS = frozenset(
    "de du des d la le les l et en sur sous à au aux pour of the and for on in & - y del der von van".split()
)
# words; an English contraction's tail stays in its word ("Don't Nod", "McDonald's": one word each)
_WORDS = re.compile(r"[^\W_]+(?:['’](?:t|s|ll|re|ve|d)(?![^\W_]))?", re.UNICODE)


def _content_words(surface: str) -> list[str]:
    return [w for w in _WORDS.findall(surface) if w.lower() not in _CONNECTORS]


@lru_cache(maxsize=8192)  # every step asks again about the same mentions
def looks_like_name(surface: str) -> bool:
    """Every content word capitalised or a number: "Google Assistant", "Banque de France"."""
    return all(w[0].isupper() or w[0].isdigit() for w in _content_words(surface))


@lru_cache(maxsize=8192)
def implausible(surface: str) -> bool:
    """A sentence fragment, not a name: at least 3 lower-case content words, more than half of the
    words. The French pipeline produces such spans on English text ("Tesla opened its new plant near
    Berlin on Tuesday" as MISC); real names with lower-case words ("Autorité de la concurrence",
    "Commission nationale de l'informatique et des libertés") are kept."""
    words = _WORDS.findall(surface)
    lower = [w for w in _content_words(surface) if not (w[0].isupper() or w[0].isdigit())]
    return len(lower) >= 3 and 2 * len(lower) > len(words)


def drop_implausible(text: str, entities: list[Span]) -> list[Span]:
    return [s for s in entities if not implausible(text[s.start:s.end])]


# A company cue right before a name: "le fabricant de pneumatiques X", "l'action X", "chez X",
# "the carmaker X", "shares of X" (up to two words between the cue and the name: "le distributeur
# américain X"). And a legal form right after it: "X SA", "X Inc.".
_CUE_WORDS_BEFORE = (
    "groupe|société|entreprise|firme|fabricant|constructeur|équipementier|distributeur|"
    "enseigne|banque|assureur|opérateur|start-up|startup|jeune pousse|compagnie|laboratoire|"
    "chimiste|sidérurgiste|brasseur|énergéticien|pétrolier|transporteur|éditeur|holding|filiale|fonds|fund|"
    "action|titre|chez|company|group|firm|maker|manufacturer|carmaker|automaker|bank|lender|"
    "insurer|retailer|supplier|operator|airline|chipmaker|shares of|subsidiary"
).split("|")
# (the words grouped by first letter: re tries a few branches per position instead of all; each must be
# followed by a space, so at most one can match at a position and the grouping changes no match)
_CUE_BEFORE = re.compile(
    r"(?:\b(?:" + _by_first_letter(_CUE_WORDS_BEFORE) + r")"
    r"((?:\s+[a-zà-ÿ][\w'’-]*){0,2})\s+|(?<![\w'’])(?:d|l)['’])$",
    re.IGNORECASE,
)
# ... unless the words between end in a preposition or a participle: "le groupe dirigé par X",
# "le groupe de Cupertino" name a person and a place, not the company.
_NOT_BEFORE_NAME = frozenset(
    "de du des d' d’ par à au aux en dans sur pour avec chez dirigé dirigée présidé présidée basé basée "
    "fondé fondée of by in at on for with led run based founded from".split()
)
_CUE_LOWER = tuple(w.lower() for w in _CUE_WORDS_BEFORE)


def _may_be_cued(before: str) -> bool:
    """False only where ``_CUE_BEFORE`` cannot match ``before`` (most names: no cue word before them):
    it ends with a quote after "d"/"l" (``$`` also matches before a final newline), or with a space
    after a cue word, which an ignore-case scan finds (:func:`annotator.nlp.scan.may_hold`)."""
    if not before:
        return False
    last = before[-1]
    if last in "'’" or (last == "\n" and before[-2:-1] in ("'", "’")):
        return True
    return last.isspace() and may_hold(before, _CUE_LOWER)


_CUE_AFTER = re.compile(r"^\s+(?:SA|SAS|SE|Inc\.?|Ltd\.?|plc|GmbH|AG|NV|Corp\.?|LLC)\b")
_ELISION_ONLY = re.compile(r"(?:d|l)['’]$", re.IGNORECASE)
CUE_CONFIDENCE = 0.6


def promote_by_cues(text: str, entities: list[Span], company_label: str) -> list[Span]:
    """Make a name ORG when the article itself says it is a company, in every mention.

    The statistical model often tags an unknown company as PER, MISC or LOC ("Ardenne Rubber"),
    and the gazetteer cannot know every company. When one mention of a name stands after a company
    cue or before a legal form, every mention of the same name in the article is relabelled
    (confidence ``CUE_CONFIDENCE``). A name the model calls ORG at least as often as anything else
    is relabelled likewise, except its LOC mentions. Names that do not look like names are left alone.
    """
    surfaces: dict[tuple[int, int], str] = {}

    def surface(s: Span) -> str:
        got = surfaces.get((s.start, s.end))
        if got is None:
            got = surfaces[(s.start, s.end)] = _fold_apostrophe(text[s.start:s.end]).casefold()
        return got

    companies: set[str] = set()  # names the model calls ORG somewhere
    cued: set[str] = set()  # names the article itself calls a company
    for s in entities:
        name = text[s.start:s.end]
        if not looks_like_name(name):
            continue
        if s.label == company_label:
            companies.add(surface(s))
            continue
        before = text[max(0, s.start - 60):s.start]
        cue = _CUE_BEFORE.search(before) if _may_be_cued(before) else None
        # an elision alone ("l'Oréal", "d'Airbus") is no cue: only with a cue word before it
        if cue and _ELISION_ONLY.fullmatch(cue.group(0)):
            cue = None
        between = (cue.group(1) or "").split() if cue else []
        if between and between[-1].casefold() in _NOT_BEFORE_NAME:
            cue = None
        if cue or _CUE_AFTER.match(text[s.end:s.end + 8]):
            cued.add(surface(s))
            continue
        # weaker cues (a trade noun, a nationality as a noun) may also name a person: not for a
        # person's full name; a company role of the name ("P-DG d'Hachette Livre") never names a place
        kind = cue_positions(text).get(s.start)
        if (kind == "strong" or (kind == "weak" and not (s.label == "PER" and " " in name.strip()))
                or (kind == "role" and s.label != "LOC")):
            cued.add(surface(s))
    # a name the model calls ORG more often than anything else is ORG in its other mentions, except
    # where they are places (a country or city stands for its government or market, "Europe")
    votes: dict[str, int] = {}
    for s in entities:
        key = surface(s)
        votes[key] = votes.get(key, 0) + (1 if s.label == company_label else -1)
    if not cued and not any(v >= 0 for k, v in votes.items() if k in companies):
        return entities
    out = []
    for s in entities:
        key = surface(s)
        if s.label != company_label and looks_like_name(text[s.start:s.end]) and (
                key in cued or (key in companies and votes[key] >= 0 and s.label != "LOC")):
            s = s.with_(label=company_label, confidence=CUE_CONFIDENCE)
        out.append(s)
    return out


def _headline(text: str) -> str:
    """The first line with a few words: the headline of a plain-text article."""
    for line in text[:2000].splitlines():
        if len(line.split()) >= 3:
            return line
    return ""


def _names(line: str, surface: str) -> bool:
    return bool(re.search(r"(?<!\w)" + re.escape(surface.strip()) + r"(?!\w)", line))


def _fold_apostrophe(s: str) -> str:
    return s.replace("’", "'")


_FIRST_WORD = re.compile(r"\w+")
# the words a name can start with: a capital or a digit (names that start otherwise, "eBay", go to a
# small alternation); scanning only those is several times faster than scanning every word
_NAME_START = re.compile(r"[A-ZÀ-ÖØ-Þ0-9]")
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ0-9](?<!\w" + ANY + r")\w*")  # (?<!\w) before it (annotator.nlp.scan)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


_LEADING_GROUP = re.compile(r"^(?:groupes?|groups?) (?=\S)")


def group_companies(text: str, entities: list[Span], company_label: str,
                    gazetteer: Gazetteer | None = None) -> list[Span]:
    """Give every ``company_label`` mention its company key; other labels get ``company=None``.

    Institutions (:func:`annotator.nlp.institutions.is_institution`) get no key: no sentiment; a news
    outlet the headline names is the article's subject, hence a company.
    Keys: the gazetteer id (aliases share one), else :func:`company_key` of the mention without a
    leading "groupe"/"group" ("le groupe Lagardère" is Lagardère). Within one
    article a key whose words start another key's words (``whole foods`` / ``whole foods market``)
    is merged into the shorter one.
    """
    from annotator.nlp.institutions import is_institution, is_media

    headline = _headline(text)
    out: list[Span] = []
    keys: dict[int, str] = {}
    for i, s in enumerate(entities):
        surface = text[s.start:s.end]
        # institutions (a ministry, a regulator, a union, a news agency...) keep their ORG entity but
        # are no company: no key, hence no sentiment (annotator.nlp.institutions)
        if s.label != company_label or (is_institution(surface) and not (is_media(surface) and _names(headline, surface))):
            out.append(s if s.company is None else s.with_(company=None))
            continue
        if s.company:
            key = s.company
        else:
            key = gazetteer.key_for(surface) if gazetteer else company_key(surface)
            if key.startswith("group"):
                key = _LEADING_GROUP.sub("", key)  # "groupe Lagardère" is the company "Lagardère"
        keys[i] = key or surface.strip().casefold()
        out.append(s)
    distinct = sorted(set(keys.values()), key=lambda k: (len(k.split()), k))
    canon: dict[str, str] = {}
    for k in distinct:
        words = k.split()
        target = k
        for shorter in distinct:
            sw = shorter.split()
            if len(sw) < len(words) and words[: len(sw)] == sw and len(shorter) >= 3:
                target = canon.get(shorter, shorter)
                break
        canon[k] = target
    return [s.with_(company=canon[keys[i]]) if i in keys else s for i, s in enumerate(out)]
