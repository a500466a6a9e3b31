"""Entity spans fixed by their form, after the statistical model (mostly English news).

The small English pipeline tags names well but draws their edges and labels in ways that cost exact
matches on real news. These rules look only at the text and the spans (no word lists of companies):

* **edges**: a leading article ("the European Commission" -> "European Commission"), a lower-case tail
  after a preposition ("Altran sur neuf mois" -> "Altran"), a possessive
  ("Vodafone Plc's" -> "Vodafone Plc", when the name also stands without it or has several words);
  a legal form right after a company joins it ("RAI Services" + "Co" -> "RAI Services Co");
* **not names**: temporal words the model takes for names ("Today's"), and an acronym the article
  spells out in lower-case words ("liquefied natural gas (LNG)");
* **datelines**: the capitalised place that opens a news line ("SEATTLE - Microsoft Corp...",
  "(DETROIT) —", "MELBOURNE, Australia (AP) —", "BRUSSELS, June 27. /TASS/.") is a place, cut from a
  name the model ran into it;
* **people's names**: a surname or first name of a person named in full in the article is that
  person ("Ed Zander" ... "Zander" tagged LOC; "Bill Gates" ... "Gates" untagged);
* **acronyms**: "European Commission (EC)": EC takes the label of the name it abbreviates.

Applied by :meth:`annotator.nlp.enrich.Enricher.annotate` after the gazetteer (whose spans, with a
company key, are left alone) and before the company cues.
"""

from __future__ import annotations

import re

from annotator.core.model import MODEL, Span
from annotator.nlp.scan import guarded_alternation

FORM_CONFIDENCE = 0.6
_LEAD_ARTICLE = re.compile(r"^(?:the|The|THE)\s+(?=[A-Z0-9])")
# lower-case words the model ran into a name ("la recharge électrique ZePlug", "l'aciérie Industeel",
# "ex-Potain"); name particles ("de Gaulle", "van Gogh", "al-Assad") stay
_LEAD_LOWER = re.compile(
    r"^(?:(?!(?:de|du|des|d|van|von|der|den|da|di|dos|das|del|della|le|la|les|l|al|el|bin|ben|y|e)[\s'’])"
    r"[a-zà-ÿ][a-zà-ÿ'’-]*[ \t]+)+(?=[A-ZÀ-ÖØ-Þ])|^ex-(?=[A-ZÀ-ÖØ-Þ])")
# a lower-case phrase the model ran on after a name ("Altran sur neuf mois", "Zorb pour 3 milliards"):
# a preposition that never stands inside a name, then lower-case words and numbers to the end
_TAIL_LOWER = re.compile(
    r"[ \t]+(?:sur|pour|dans|depuis|avec|après|avant|contre|chez|selon|pendant|durant|during|since|after|before)"
    r"(?:[ \t]+[a-zà-ÿ0-9][\w'’,.%-]*)+$")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_TEMPORAL = frozenset(
    "today yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday sunday "
    "january february march april june july august september october november december".split()
)
_LEGAL_AFTER = re.compile(r"^[ \t]+(Inc|Corp|Co|Ltd|Plc|plc|PLC|LLC|AG|SA|SE|NV|GmbH|Group|Holdings)(\.)?(?!\w)")
_LEGAL_DOT = re.compile(r"(?<!\w)(?:Inc|Corp|Co|Ltd)\.$")
_SENTENCE_NEXT = re.compile(r"^(?:\s+[A-Z][a-z]|\s*$)")
_COMPOUND_ADJECTIVE = re.compile(r"^(?:Anglo|Franco|Sino|Russo|Indo|Italo|Germano|Hispano|Afro|Euro|Austro)-[A-Z][a-z]+$")
_SITE = re.compile(r"(?<=\w)[ \t]+(?:Assembly|Plant|Works|Refinery|Mine|Factory|Airport)$")
_SP = r"[ \t]"
# a line-opening place in capitals: "SEATTLE -", "(DETROIT) —", "MELBOURNE, Australia (AP) —",
# "BRUSSELS, June 27. /TASS/.", "PARIS (Reuters) -" (after a scraper's " date 2024-05-09 " stamp too)
_DATELINE = re.compile(
    r"^[ \t]*(?:date[ \t]+\S+[ \t]+)?\(?([A-Z][A-Z.'’-]+(?:" + _SP + r"[A-Z][A-Z.'’-]+){0,2})\)?"
    r"(?=(?:,(?:" + _SP + r"+[A-Z][\w.'’-]*(?:" + _SP + r"+\d{1,2}\.?)?){1,3})?" + _SP + r"*(?:\([A-Za-z. ]{2,20}\)" + _SP + r"*)?(?:[-–—]" + _SP + r"|/[A-Z]+/))",
    re.MULTILINE,
)
_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_AFTER_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.&-]*[ \t]+$")
_BEFORE_NAME = re.compile(r"^[ \t]+[A-ZÀ-ÖØ-Þ0-9]")
# "its Office software", "their Camel branded cigarettes": a product of the company, not the company
_PRODUCT_BEFORE = re.compile(r"(?<!\w)(?:its|their)\s+(?:[a-z-]+\s+){0,2}$")
_PRODUCT_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}(?:software|operating system|player|phone|smartphone|handset|console|game|app|"
    r"platform|device|brand|branded|cigarettes?|tablet|processor|vehicle|drug|vaccine|product|computer)s?(?!\w)")
# "competitor Wyeth", "Rite Aid shareholders", "Rite Aid CEO John Standley": a company
_COMPANY_BEFORE = re.compile(r"(?<!\w)(?:rival|rivals|competitor|competitors)\s+$")
_COMPANY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?:shareholders|stockholders|shares\s+(?:rose|fell|jumped|dropped|"
    r"climbed|slipped|soared|surged|tumbled|sank|gained|lost|were|have|closed))(?!\w)"
    r"|(?:CEO|chief executive|analyst)[ \t]+[A-Z])")  # "Rite Aid CEO John Standley": the name follows
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+$")


def fix_by_form(text: str, entities: list[Span], company_label: str,
                skip: "list[tuple[int, ...]] | tuple" = ()) -> list[Span]:
    """``entities`` with the fixes of the module doc (sorted by position)."""
    ents = [_edges(text, s, company_label) for s in entities]
    ents = [s for s in ents if s is not None]
    ents = _acronyms(text, ents, skip)
    ents = _datelines(text, ents, skip)
    ents = _people(text, ents, company_label, skip)
    ents = _roles(text, ents, company_label)
    return sorted(ents, key=lambda s: (s.start, s.end, s.label))


def _edges(text: str, s: Span, company_label: str) -> Span | None:
    # (each pattern below is tried only where the characters it needs stand: a lower-case letter
    # first for _LEAD_LOWER, a space or tab for _TAIL_LOWER and _SITE, an apostrophe for
    # _POSSESSIVE, a dot for _LEGAL_DOT; most names have none of them. A test checks the plain form.)
    a, b = s.start, s.end
    if s.company:  # a gazetteer match: its edges are the gazetteer's, a legal form after it joins it
        m = _LEGAL_AFTER.match(text[b:b + 12])
        return s.with_(end=b + m.end(1)) if m and not m.group(2) else s
    m = _LEAD_ARTICLE.match(text[a:b])
    if m and b - a - m.end() >= 2:
        a += m.end()
    first = text[a:a + 1]
    m = _LEAD_LOWER.match(text[a:b]) if ("a" <= first <= "z" or "à" <= first <= "ÿ") else None
    if m and b - a - m.end() >= 2:
        a += m.end()
    surface = text[a:b]
    spaced = " " in surface or "\t" in surface
    m = _TAIL_LOWER.search(surface) if spaced else None
    if m and m.start() >= 2:
        b = a + m.start()
    surface = text[a:b]
    apostrophe = "'" in surface or "’" in surface
    p = _POSSESSIVE.search(surface) if apostrophe else None
    if p and b - a - len(p.group()) >= 2:
        bare = surface[: -len(p.group())]
        elsewhere = re.search(guarded_alternation([re.escape(bare)], r"\w") + r"(?!['’]|\w)", text)
        if len(bare.split()) > 1 or elsewhere:
            b -= len(p.group())
    surface = text[a:b]
    if (_POSSESSIVE.sub("", surface) if apostrophe else surface).casefold() in _TEMPORAL \
            or _COMPOUND_ADJECTIVE.match(surface):
        return None
    if s.label == company_label and spaced and _SITE.search(surface):
        s = s.with_(label="LOC", confidence=FORM_CONFIDENCE)
    if s.label == company_label:
        if "." in surface and _LEGAL_DOT.search(surface) and _SENTENCE_NEXT.match(text[b:b + 4]):
            b -= 1  # "Mobil Corp. Chevron merged": the dot ends the sentence
        m = _LEGAL_AFTER.match(text[b:b + 12])
        if m:
            b += m.end(1)
            after = text[b + 1:b + 3] if m.group(2) else ""
            # the dot of "Ltd., reported" belongs to the name; "Mobil Corp. Chevron" ends a sentence
            if m.group(2) and (after[:1] in {",", ";", ":", ")"} or (after[:1] == " " and after[1:2].islower())):
                b += 1
    if (a, b) == (s.start, s.end):
        return s
    return s.with_(start=a, end=b)


def _acronyms(text: str, ents: list[Span], skip) -> list[Span]:
    """Acronyms spelled out in lower case are no names; those of a name take its label."""
    drop: set[str] = set()
    label_of: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        words = _WORD.findall(text[max(0, m.start() - 120):m.start()])[-len(acr):]
        if len(words) < len(acr) or "".join(w[0] for w in words).upper() != acr:
            continue
        if all(w[0].islower() for w in words):
            drop.add(acr)
            continue
        long_end = len(text[:m.start()].rstrip())  # the long form's span ends right before " ("
        named = [s for s in ents if s.end == long_end and s.start < long_end]
        if named:
            label_of[acr] = named[0].label
    if not drop and not label_of:
        return ents
    out = [s for s in ents if text[s.start:s.end] not in drop]
    out = [s.with_(label=label_of[text[s.start:s.end]], confidence=FORM_CONFIDENCE)
           if text[s.start:s.end] in label_of and s.label != label_of[text[s.start:s.end]] and not s.company else s
           for s in out]
    for acr, label in label_of.items():
        for m in re.finditer(guarded_alternation([re.escape(acr)], r"\w") + r"(?!\w)", text):
            if _free(out, skip, m.start(), m.end()):
                out.append(Span(m.start(), m.end(), label, source=MODEL, confidence=FORM_CONFIDENCE))
    return out


def _datelines(text: str, ents: list[Span], skip) -> list[Span]:
    out = list(ents)
    for m in _DATELINE.finditer(text):
        a, b = m.span(1)
        if sum(c.isalpha() for c in text[a:b]) < 3 or _in(skip, a, b):
            continue
        over = [s for s in out if s.start < b and a < s.end]
        if any(s.company for s in over):
            continue
        for s in over:
            out.remove(s)
            rest = re.search(r"[A-Z]", text[b:s.end]) if s.end > b else None
            if rest and s.start <= a:  # "SEATTLE - Microsoft Corp": the name after the dash keeps its label
                out.append(s.with_(start=b + rest.start()))
        out.append(Span(a, b, "LOC", source=MODEL, confidence=FORM_CONFIDENCE))
    return out


def _people(text: str, ents: list[Span], company_label: str, skip) -> list[Span]:
    """Name parts of people named in full: relabel their mentions and tag the untagged ones."""
    parts: set[str] = set()
    surnames: set[str] = set()
    for s in ents:
        words = text[s.start:s.end].split()
        if s.label == "PER" and 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in (words[0], words[-1])):
            parts.update((words[0], words[-1]))
            surnames.add(words[-1])
    if not parts:
        return ents
    org_mentions: dict[str, int] = {}
    for s in ents:
        if s.label == company_label:
            org_mentions[text[s.start:s.end]] = org_mentions.get(text[s.start:s.end], 0) + 1
    out = []
    for s in ents:
        name = text[s.start:s.end]
        if (s.label != "PER" and name in parts and not s.company
                and not (s.label == company_label and org_mentions.get(name, 0) > 1)):
            s = s.with_(label="PER", confidence=FORM_CONFIDENCE)
        out.append(s)
    for name in surnames:
        if len(name) < 3:
            continue
        for m in re.finditer(guarded_alternation([re.escape(name)], r"[\w&.-]") + r"(?![\w&-])", text):
            # not inside a longer name ("Rite Aid", "Galaxy Note 9" taken for people by the model)
            if _AFTER_NAME.search(text[max(0, m.start() - 40):m.start()]) or _BEFORE_NAME.match(text[m.end():m.end() + 40]):
                continue
            if _free(out, skip, m.start(), m.end()):
                out.append(Span(m.start(), m.end(), "PER", source=MODEL, confidence=FORM_CONFIDENCE))
    return out


def _roles(text: str, ents: list[Span], company_label: str) -> list[Span]:
    """A name the article itself calls a product (MISC) or a company (ORG), in all its mentions."""
    role: dict[str, str] = {}
    for s in ents:
        if s.company:
            continue
        name = text[s.start:s.end]
        before, after = text[max(0, s.start - 40):s.start], text[s.end:s.end + 60]
        if (s.label != "MISC" and ("its" in before or "their" in before) and _PRODUCT_BEFORE.search(before)
                and _PRODUCT_AFTER.match(after)):
            role[name] = "MISC"
        elif s.label not in (company_label, "LOC") and (
                (("rival" in before or "competitor" in before) and _COMPANY_BEFORE.search(before))
                or _COMPANY_AFTER.match(after)):
            role.setdefault(name, company_label)
    if not role:
        return ents
    return [s.with_(label=role[text[s.start:s.end]], confidence=FORM_CONFIDENCE)
            if text[s.start:s.end] in role and not s.company and s.label != role[text[s.start:s.end]] else s
            for s in ents]


def _in(skip, a: int, b: int) -> bool:
    return any(r[0] < b and a < r[1] for r in skip)


def _free(ents: list[Span], skip, a: int, b: int) -> bool:
    return not any(s.start < b and a < s.end for s in ents) and not _in(skip, a, b)
