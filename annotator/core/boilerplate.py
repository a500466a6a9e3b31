"""Lines of an imported page that are not the article: menus, "read also", paywall and subscription
prompts, cookie notices, captions and credits, share buttons, comment blocks, date stamps.

Plain functions over the text (no I/O). A line is recognised **by its form** (:func:`line_kind`)
or **by repetition**: a line the project has seen in many documents of the same source is
template (the store counts them, :mod:`annotator.store.boilerplate`). The text is never changed:
the result is a list of ``(start, end)`` line ranges that pre-annotation and export skip and the
article view greys.

The rules are deliberately conservative: a false alarm hides article text from the pre-annotation,
so a line is boilerplate only when its form leaves little doubt.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator

from annotator.core.text import paragraphs

MAX_TEMPLATE_LINE = 300
"""Lines longer than this are never counted as repeated template lines (article paragraphs)."""

_I = re.IGNORECASE
# whole-line patterns (the stripped line must match from its start)
_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("paywall", re.compile(
        r"(?:la lecture de cet article est (?:payante|réservée)|cet article est réservé aux abonnés|"
        r"pour (?:le )?lire(?: la suite)?,? abonnez|abonnez-vous|réservé aux abonnés|article réservé|"
        r"déjà abonné|subscribe (?:now|to)|subscribers? only|already a (?:member|subscriber)|"
        r"join now|sign in|log in|create (?:an|your) account|créez (?:gratuitement )?votre compte|"
        r"connectez-vous|this content is for subscribers|you(?:['’]ve| have) reached your limit|want more news\?)", _I)),
    ("read_also", re.compile(
        r"(?:[àa] lire aussi|lire aussi|voir aussi|à découvrir|read (?:also|more)|related(?: articles| stories)?\b|"
        r"more from|latest news$|articles? plus récents|les plus lus|most read|previous post$|next post$|"
        r"article (?:précédent|suivant)$|la suite de l[’']article|continue reading|see full press release|"
        r"diaβάστε|διαβάστε|all news$|full (?:content|story)\s*:|trending (?:stories|now|news)\b.{0,40}$)", _I)),
    ("cookies", re.compile(r".{0,80}\bcookies?\b.{0,120}(?:accept|consent|paramétr|politique|policy)", _I)),
    ("share", re.compile(
        r"(?:partager|share(?: this)?|tweet|imprimer|print|envoyer à un ami|send (?:a link )?to a friend|"
        r"e-?mail|facebook|twitter|linkedin|whatsapp)\s*(?:sur|on|this|cet article|article)?\s*[:!.]?$|"
        r"(?:follow|suivez)\s+.{1,60}\s+(?:on|sur)\s+(?:twitter|facebook|instagram|linkedin|x)\.?$", _I)),
    ("comments", re.compile(
        r"(?:\d+\s+)?(?:comments?|commentaires?)\s*:?\s*\d*$|post a comment|enregistrer un commentaire|"
        r"aucun commentaire|soyez le premier|votre (?:adresse )?e-?mail ne sera pas|tous les champs sont obligatoires|"
        r"merci pour votre commentaire|il n['’]y a (?:actuellement )?aucun commentaire|you must be logged in|leave a (?:comment|reply)|laisser un commentaire|"
        r"connectez-vous à votre compte .{0,40}(?:participer|commenter)|loading\.\.\.$|chargement|"
        r"please keep your comments|.{0,80}community guidelines", _I)),
    ("credit", re.compile(
        r"(?:copyright|©|\(c\)\s*\d{4}|tous droits réservés|all rights reserved|our standards:|"
        r"reporting by .{0,80}(?:editing|writing) by|some information for this report|"
        r"(?:avec|with|source\s*:?)\s*(?:afp|reuters|ap|belga|ats|dpa)$|(?:afp|reuters|ap|belga|ats|dpa|"
        r"associated press|getty images)$|source(?: link)?\s*:?$|market news and data brought to you|"
        r"edited by\s+\w+(?:\s+\w+){0,3}$|this is a developing story|"
        r"\(reporting by .{0,80}(?:editing|writing) by|written by\s+[A-Z][\w.'’-]+(?:\s+\S+){0,10}$|"
        r"l['’]actualité .{0,60} présentée en partenariat)", _I)),
    ("ad", re.compile(r"(?:\[ad_\d+\]|advertisement(?: \d+)?$|publicité$|article content$|sponsored|"
                      r"annonce$|this article is more than$)", _I)),
    ("byline", re.compile(
        r"[-–—]?\s*(?:by\s+|par\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?:author|reporter|correspondent|"
        r"editor|journaliste|rédact|envoyée? spéciale?)", 0)),
    ("category", re.compile(r"(?:categories|catégories|tags|mots-clés|rubriques?)\s*:", _I)),
]
# anywhere in the line
_CAPTION = re.compile(r"(?:\bphotos?\s*:|\(crédits?\s*:|crédits? photo|\bgetty images\b|/afp\b|afp photo|"
                      r"\bimage\s*:|\(photo\b)", _I)
# every line _CAPTION finds holds one of these (the same case folding): a quick test first
_CAPTION_HINT = re.compile(r"[pcgai](?:hoto|rédit|etty|fp|mage)", _I)
_TIME = re.compile(r"\b\d{1,2}\s?(?:[:h]\s?\d{2}|(?:am|pm)\b)", _I)
_DATE = re.compile(r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}|"
                   r"\w+\.?\s+\d{1,2},\s+\d{4})\b")
_UPDATED = re.compile(r"\b(?:mis à jour|actualisé|publié le|updated|published|posted)\b", _I)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCRAPED_DATE = re.compile(r"date\s+\d{4}-\d{2}\b", _I)
_SENTENCE = re.compile(r"[.!?…»”\"]\s*$")
_SOURCE = re.compile(r"\([^()]*\)")
_UI_TOKEN = re.compile(r"^[•*·\-–]?\s*[a-z]+(?:-[a-z]+){2,}$")


def line_kind(line: str) -> str | None:
    """The kind of non-article line ``line`` is, by its form, or None for an article line."""
    s = line.strip()
    if not s:
        return None
    words = _WORD.findall(s)
    if not words:  # digits and punctuation only: "0 : 0", "-", "| |"
        return "punctuation"
    if len(s) <= 400:
        for kind, rule in _LINE_RULES:
            if rule.match(s):
                return kind
    if len(s) <= 300 and _CAPTION_HINT.search(s) and _CAPTION.search(s):
        return "caption"
    if _UI_TOKEN.match(s):
        return "menu"
    n = len(words)
    # a time stamp line is short ("12 h 30 | Le Monde avec AFP"), starts with its time (a feed of the
    # latest news: "17h10 Château-Gontier. Un million d'euros investis…") or has a date too; another
    # line with a time is news ("- Shares in Codan were down 14.99 per cent to $11.46 at 2:22 pm AEDT")
    if n <= 14 and not _SENTENCE.search(s) and (
            _UPDATED.search(s) or (_TIME.search(s) and (n <= 8 or _TIME.match(s) or _DATE.search(s)))):
        return "date"
    # "date 2022-03", "date 2022-03 (CercleFinance.com)" are a scraper's stamp; "date 2021-10 Blake
    # Jorgensen quitte ses fonctions" is a headline glued to it, hence article text
    scraped = _SCRAPED_DATE.match(s)
    glued = scraped is not None and len(_WORD.findall(_SOURCE.sub(" ", s[scraped.end():]))) > 3
    if not glued and not _SENTENCE.search(s) and ((n <= 6 and _DATE.search(s)) or (n <= 14 and scraped)):
        return "date"
    if max(s) < "\u0250" and _LOW_NOT_LATIN.isdisjoint(s):  # every word starts with a Latin letter
        latin = n
    else:
        latin = sum(1 for w in words if _is_latin(w))
    if latin * 2 < n:  # mostly another script in a French or English page: a widget of the site
        return "other_script"
    if s.startswith("|") or re.match(r"^\|?\s*\|\s*\|", s):
        return "menu"
    return None


def _is_latin(word: str) -> bool:
    c = word[0]
    return c.isascii() or "LATIN" in unicodedata.name(c, "")


# the letters below U+0250 that _is_latin refuses (ª, µ, º, superscript digits, fractions...)
_LOW_NOT_LATIN = frozenset(c for c in map(chr, range(0x250)) if _WORD.fullmatch(c) and not _is_latin(c))


def normalise_line(line: str) -> str:
    """What two lines must share to count as the same template line (case and spacing folded)."""
    return " ".join(line.split()).casefold()


def line_hash(line: str) -> str:
    return hashlib.blake2b(normalise_line(line).encode("utf-8"), digest_size=8).hexdigest()


def template_candidates(text: str) -> Iterator[str]:
    """Hashes of the distinct lines of ``text`` that may be template lines (short enough)."""
    seen: set[str] = set()
    for s, e in paragraphs(text):
        if e - s <= MAX_TEMPLATE_LINE:
            h = line_hash(text[s:e])
            if h not in seen:
                seen.add(h)
                yield h


def boilerplate_lines(text: str, template: Iterable[str] = (), overrides: dict[tuple[int, int], bool] | None = None,
                      ) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every non-article line of ``text``.

    ``template``: hashes (:func:`line_hash`) of lines repeated across the source's documents (kind
    "repeated"). ``overrides``: ``{(start, end): is_boilerplate}`` set by hand, which win.
    """
    template = set(template)
    overrides = overrides or {}
    out = []
    for s, e in paragraphs(text):
        line = text[s:e]
        manual = overrides.get((s, e))
        if manual is not None:
            if manual:
                out.append((s, e, "manual"))
            continue
        kind = line_kind(line)
        if kind is None and template and e - s <= MAX_TEMPLATE_LINE and line_hash(line) in template:
            kind = "repeated"
        if kind is not None:
            out.append((s, e, kind))
    return out


def inside(ranges: list[tuple[int, int]] | list[tuple[int, int, str]], start: int, end: int) -> bool:
    """True if ``[start, end)`` overlaps one of ``ranges`` (sorted or not; a few per document)."""
    return any(start < r[1] and r[0] < end for r in ranges)


def strip_lines(text: str, ranges: Iterable[tuple[int, ...]]) -> tuple[str, "OffsetMap"]:
    """``text`` without the lines in ``ranges`` (each with the line break after it), and the map
    from old offsets to new ones. Used by export: training text holds the article only."""
    cuts: list[tuple[int, int]] = []
    for r in sorted(ranges):
        s, e = r[0], r[1]
        while e < len(text) and text[e] in " \t\r":
            e += 1
        if e < len(text) and text[e] == "\n":
            e += 1
        if cuts and s <= cuts[-1][1]:
            cuts[-1] = (cuts[-1][0], max(e, cuts[-1][1]))
        else:
            cuts.append((s, e))
    pieces, pos = [], 0
    for s, e in cuts:
        pieces.append(text[pos:s])
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces), OffsetMap(cuts)


class OffsetMap:
    """Old offset -> new offset after :func:`strip_lines` (None inside a removed line)."""

    def __init__(self, cuts: list[tuple[int, int]]):
        self.cuts = cuts

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        removed = 0
        for s, e in self.cuts:
            if start < e and s < end:
                return None
            if e <= start:
                removed += e - s
        return start - removed, end - removed
