"""Companies the model did not tag at all, found by what the article calls them.

"le fonds Long Journey", "le fabricant Obut", "cigarette maker Reynolds American", "RAI Services
Co": a capitalised name right after a company noun (or before a legal form) is a company even when
the statistical model saw nothing there. Only names that overlap no entity are added (the others are
relabelled by :func:`annotator.nlp.companies.promote_by_cues`); confidence ``CUE_CONFIDENCE``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.core.model import MODEL, Span
from annotator.nlp.scan import grouped_alternation, guarded_alternation

CUE_CONFIDENCE = 0.55
_SP = r"[ \t\u00a0]+"  # spaces within a line: a name never runs onto the next line
_NAME = r"[A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:" + _SP + r"(?:(?:de|du|des|&|and|of)" + _SP + r")?[A-ZÀ-ÖØ-Þ][\w&.'’-]*){0,3}"
_CUE_NOUNS = (
    "groupes?|sociétés?|entreprises?|firmes?|fabricants?|constructeurs?|équipementiers?|distributeurs?|"
    "enseignes?|assureurs?|opérateurs?|start-up|startups?|jeune pousse|fonds|compagnies?|laboratoires?|"
    "sidérurgistes?|éditeurs?|holding|filiales?|company|companies|group|firm|maker|manufacturer|carmaker|"
    "automaker|retailer|supplier|operator|airline|chipmaker|subsidiary|fund|lender|insurer|bank").split("|")
_CUE_AFTER = r"(?:" + _SP + r"(?:[a-zà-ÿ][\w'’-]*)){0,2}" + _SP + r"(" + _NAME + r")"
_CUE_PLAIN = r"\b(?:" + "|".join(_CUE_NOUNS) + r")" + _CUE_AFTER
"""What :data:`_CUE` matches, in the plain form (tests compare the two)."""


def _word_start(words: list[str]) -> str:
    """``\\b`` and a look-ahead for the first letters of ``words``: the same matches as ``\\b`` alone
    before an alternation of them (its first letter must be one of these), but ``re`` gives up at
    most word starts before trying the branches (3.4 ms against 4.5 ms for the cue-word scan over
    the benchmark texts, 2.6 ms against 2.8 ms for the company nouns)."""
    return r"\b(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + r"])"


# grouped by first letter, the leading \b kept: over these common first letters that is faster than
# the guard of scan.py (2.8 ms against 4.7 ms over the benchmark texts; plain 5.0 ms)
_CUE = re.compile(_word_start(_CUE_NOUNS) + r"(?:" + grouped_alternation(_CUE_NOUNS) + r")" + _CUE_AFTER)
_LEGAL_FORM = r"(?:SA|SAS|Inc\.?|Ltd\.?|plc|GmbH|AG|NV|Corp\.?|LLC|Co\.?)(?!\w)"
_LEGAL = re.compile(r"(" + _NAME + r")" + _SP + _LEGAL_FORM)
_LEGAL_HINT = re.compile(r"[ \t\u00a0]" + _LEGAL_FORM)
"""What every match of ``_LEGAL`` holds (a quick scan: no legal form, no ``_LEGAL`` scan)."""
_NOT_A_NAME = frozenset(
    "Le La Les L Un Une The A An Il Elle Ils It Its This That These Ce Cette Ces Mais But Selon According "
    "Monday Tuesday Wednesday Thursday Friday Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche".split()
)
_TRAILING = re.compile(r"(?:[ \t]+(?:de|du|des|&|and|of))+$")

# More cues, from the missed companies of the development set (kinds of wording, not names):
# * a trade noun followed by what it makes, "le producteur de pellets de minerai de fer X", "rival X",
#   "the tech giant X" (weak: such a noun can name a person too, "le producteur Luc Besson");
# * a rank in a trade, "le numéro trois polonais de l'énergie, Enea" (weak);
# * a nationality used as a noun, lower case after an article: "l'américain L-1", "le suisse
#   Nestlé" (French business style; a person is "l'Américain John Smith"; weak);
# * a company role *of* the name: "P-DG d'Hachette Livre", "actionnaire de X", "CEO of X" (strong:
#   only a company has a chief executive or shareholders; never a place).
_LOWER = r"[a-zà-ÿ][\w'’-]*"
# a lower-case word that is no function word: a chain of them never ends on "de" ("l'entreprise de
# transport de Lyon" names no company)
_CONTENT = (r"(?!(?:de|du|des|d|en|à|au|aux|la|le|les|l|et|ou|par|pour|sur|dans|avec|a|est|que|qui|of|the|and|by|in)"
            r"(?![\w'’]))" + _LOWER)
_DE_GROUP = (r"(?:" + _SP + r"(?:(?:de|du|des|en|à|au|aux)" + _SP + r"(?:la" + _SP + r")?|d['’])"
             + _LOWER + r"(?:" + _SP + _CONTENT + r"){0,2})")
_CHAIN = r"(?:" + _SP + _CONTENT + r"){0,2}" + _DE_GROUP + r"{0,3}"
# a company noun with what the company makes, "le groupe de matériel sanitaire X" (strong: a group
# or a maker of something is a company; the short forms are promote_by_cues's own cues)
_STRONG = (r"groupes?|sociétés?|entreprises?|firmes?|fabricants?|constructeurs?|équipementiers?|distributeurs?|"
           r"laboratoires?|enseignes?|courtiers?|brokers?|éditeurs?|studios?|company|maker|manufacturer")
# "an analyst at BTIG", "analysts with X": the analyst's employer (strong: a firm, whatever the model said)
_ANALYST = r"[aA]nalysts?[ \t]+(?:at|with)[ \t]+"
_TRADE = (r"producteurs?|fournisseurs?|prestataires?|concurrents?|rivale?s?|spécialistes?|géants?|exploitants?|"
          r"investisseurs?|investors?|"
          r"armateurs?|cabinets?|rivals?|competitors?|giants?|providers?|drugmakers?|miners?|brewers?|"
          r"conglomerates?|peers?|carriers?")
_NATIONS = (r"américaine?|allemande?|française?|britannique|italienne?|espagnole?|japonaise?|chinoise?|suisse|"
            r"néerlandaise?|belge|suédoise?|norvégienne?|danoise?|finlandaise?|canadienne?|coréenne?|"
            r"sud-coréenne?|indienne?|russe|polonaise?|brésilienne?|australienne?|autrichienne?|irlandaise?|"
            r"luxembourgeoise?|portugaise?|mexicaine?|israélienne?|taïwanaise?|singapourienne?|saoudienne?|"
            r"turque?|grecque?|tchèque|hongroise?|européenne?|nippone?|hollandaise?|texane?|californienne?")
_RANK = r"numéro[ \t]+(?:un|deux|trois|quatre|cinq|\d+)"
# ... and a deal *of* the name: "le rachat de BO", "l'intégration d'Altran", "the takeover of Zorb"
# (what is bought or merged is a company far more often than anything else, and never a place)
_ROLES = (r"p-?dg|directeur général|directrice générale|patronne?|actionnaires?|filiales?|propriétaires?|"
          r"ceo|chief executive|owner|parent|rachats?|acquisitions?|reprise|intégration|takeover|purchase")
# matched where a cue word stands (found first by _KEYWORDS); a name must follow
_PREFIX = re.compile(
    r"(?:(?:(?:" + _TRADE + r")" + _CHAIN + r"|" + _RANK + _CHAIN + r",?|(?:" + _NATIONS + r")s?)" + _SP
    + r"|(?P<strong>(?:" + _STRONG + r")(?:" + _SP + _CONTENT + r"){0,2}" + _DE_GROUP + r"{1,3}" + _SP + r"|" + _ANALYST + r")"
    + r"|(?P<role>(?i:(?:" + _ROLES + r")[ \t]+(?:(?:de|of)[ \t]+(?:la[ \t]+|the[ \t]+|l['’])?|du[ \t]+|d['’]))))"
    r"(?=[A-ZÀ-ÖØ-Þ])")
_NATION_AT = re.compile(r"(?:" + _NATIONS + r")s?" + _SP)
# a nationality is a noun after an article: "l'américain", "le suisse", "du japonais"
_ARTICLE_BEFORE = re.compile(r"(?:(?<!\w)(?:le|la|les|du|au|aux)[ \t]+|(?<![\w'’])[lL]['’])$")
# the cue words as plain text (a fast scan; no lookbehind, no case folding), for cue_positions
_CUE_WORDS = (
    "producteur fournisseur prestataire concurrent rival spécialiste géant exploitant armateur cabinet competitor "
    "investisseur investor "
    "giant provider drugmaker miner brewer conglomerate peer numéro américain allemand français britannique "
    "italien espagnol japonais chinois suisse néerlandais belge suédois norvégien danois finlandais canadien coréen "
    "sud-coréen indien russe polonais brésilien australien autrichien irlandais luxembourgeois portugais mexicain "
    "israélien taïwanais singapourien saoudien turc grec tchèque hongrois européen nippon hollandais texan "
    "californien p-dg pdg P-DG PDG P-dg Pdg directeur directrice Directeur Directrice patron Patron actionnaire "
    "Actionnaire filiale Filiale propriétaire Propriétaire ceo CEO Ceo chief Chief owner Owner parent Parent "
    "rachat Rachat acquisition Acquisition reprise Reprise intégration Intégration takeover Takeover purchase "
    "groupe société entreprise firme fabricant constructeur équipementier distributeur laboratoire enseigne courtier "
    "éditeur studio "
    "broker company maker manufacturer carrier analyst Analyst").split()


def _by_first_letter(words: list[str]) -> str:
    """An alternation grouped by first letter: re tries a few branches per word instead of all."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(re.escape(c) + "(?:" + "|".join(sorted(rest, key=len, reverse=True)) + ")"
                    for c, rest in groups.items())


# (a leading \b scans faster here than the guard of scan.py: these words begin with common letters)
_KEYWORDS = re.compile(_word_start(_CUE_WORDS) + r"(?:" + _by_first_letter(_CUE_WORDS) + r")")
_NAME_AT = re.compile(_NAME)
# "the former Symantec CEO", "Rite Aid shareholders", "Zorb analyst Jo Smith": a role of the name right after it;
# "Research In Motion shares tumbled", "Zorb stock": only a company has shares (not "the London stock exchange")
_ROLE_AFTER = re.compile(guarded_alternation(["CEO", "chief executive", "shareholders", "stockholders",
                                              r"analyst(?=[ \t]+[A-Z])", "shares", "share price",
                                              r"stock(?![ \t]+(?:exchanges?|markets?|ind(?:ex|ices|exes)))"],
                                             r"\w") + r"(?!\w)")  # \b before
_NAME_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,3})(?:['’]s)?[ \t]+$")
_ROLE_WORDS = ("CEO", "chief executive", "shareholders", "stockholders", "analyst", "shares", "share price", "stock")
"""What every match of ``_ROLE_AFTER`` holds (a quick test before its scan)."""
_NOT_BEFORE_ROLE = frozenset("Former Interim Acting New Then Group Company Chief Deputy Longtime Outgoing Incoming "
                             "Our Their His Her Its Senior Lead Principal Equity Industry Research Market Markets "
                             "Financial Independent Technology Tech Credit Retail Energy Oil Auto Banking Veteran Top "
                             "Sell-side Buy-side Several Many Some Most Other Two Three "
                             # shares of a market, a class or a kind, not of a company: "European shares",
                             # "London shares", "Class A shares", "Nasdaq stocks"
                             "European Asian Chinese Japanese American British German French Indian Australian "
                             "Canadian Korean Swiss Italian Spanish Dutch Russian Brazilian African Gulf Emerging "
                             "Global World US U.S. UK Wall London Tokyo Paris Frankfurt Hong Shanghai Shenzhen Mumbai "
                             "Sydney Toronto Seoul Singapore Zurich Madrid Milan Johannesburg FTSE Nasdaq Nikkei Dow "
                             "S&P CAC DAX JSE TSX ASX NYSE Stoxx Class Ordinary Preferred Preference Common Series "
                             "Treasury Bank Banking Mining Value Growth Blue-chip Chip Defensive Cyclical".split())


@lru_cache(maxsize=4)
def cue_positions(text: str) -> dict[int, str]:
    """Where a name would start right after one of the cues above: offset -> "weak", "strong" or "role".
    One pass over the text, shared by :func:`add_cued_companies` and
    :func:`annotator.nlp.companies.promote_by_cues` (cached for the last few texts)."""
    out: dict[int, str] = {}
    for hit in _KEYWORDS.finditer(text):  # plain words first: the full pattern only where one stands
        m = _PREFIX.match(text, hit.start(), min(len(text), hit.end() + 160))
        if not m:
            continue
        if _NATION_AT.fullmatch(text, hit.start(), m.end()) and not _ARTICLE_BEFORE.search(
                text, max(0, hit.start() - 5), hit.start()):
            continue
        out[m.end()] = "role" if m.group("role") else "strong" if m.group("strong") else "weak"
    if any(w in text for w in _BUYS_STEMS):
        for m in _BUYS.finditer(text):
            out.setdefault(m.end(), "role")
    return out


# what a company buys is a company: "s'offrir Concur", "racheter Zorb", "agreed to acquire Zorb"
_BUYS = re.compile(
    r"\b(?:" + _by_first_letter(["rachète", "racheter", "racheté", "rachetée", "acquérir", "acquiert", "s'offrir",
                                  "s’offrir", "s'offre", "s’offre", "s'est offert", "s’est offert", "absorber",
                                  "absorbe", "acquire", "acquires", "acquired", "acquiring", "buys", "bought",
                                  "takes over", "took over", "take over"]) + r")[ \t]+(?=[A-ZÀ-ÖØ-Þ])")
_BUYS_STEMS = ("rachet", "rachète", "acqu", "offr", "offert", "absorb", "buys", "bought", " over")
"""What every match of ``_BUYS`` holds (a quick test before its scan; the pattern is case-sensitive)."""
# a list joined to a company: "Samsung, HTC and ZTE", "les assureurs GMF, MAAF et MMA"
_LIST_AFTER = re.compile(r"(?:,[ \t]+(?:(?:et|and)[ \t]+)?|[ \t]+(?:et|and|ou|or)[ \t]+)(?=[A-ZÀ-ÖØ-Þ0-9])")
# a listed name: capitalised words, no "and"/"et" inside (they separate the list)
_LIST_NAME = r"[A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:" + _SP + r"(?:(?:de|du|des|of)" + _SP + r")?[A-ZÀ-ÖØ-Þ][\w&.'’-]*){0,2}"
_LIST_NAME_AT = re.compile(_LIST_NAME)
_LIST_BEFORE = re.compile(r"(" + _LIST_NAME + r")(?:,[ \t]+|[ \t]+(?:et|and|ou|or)[ \t]+)$")
_NOT_IN_LIST = frozenset("Inc Inc. Ltd Ltd. Corp Corp. Co Co. LLC SA SAS SE AG NV plc PLC GmbH Group Groupe".split())


def add_listed_with_companies(text: str, entities: list[Span], company_label: str,
                              skip: "list[tuple[int, ...]] | tuple" = ()) -> list[Span]:
    """``entities`` plus the untagged names listed with a company ("Samsung, HTC and ZTE", "GMF,
    MAAF et MMA"): a name the model missed in a list of companies is one too. Names of at most three
    words; a legal form, an article or a weekday is no name; tagged names are left as they are."""
    taken = sorted((s.start, s.end) for s in entities)

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken) and not any(r[0] < b and a < r[1] for r in skip)

    def ok(name: str) -> bool:
        words = name.split()
        return (0 < len(words) <= 3 and words[0].strip("'’") not in _NOT_A_NAME and words[0] not in _NOT_IN_LIST
                and len(name) >= 2)

    frontier = [(s.start, s.end) for s in entities if s.label == company_label]
    added: list[Span] = []
    while frontier:
        a, b = frontier.pop()
        sep = _LIST_AFTER.match(text, b)
        if sep:
            m = _LIST_NAME_AT.match(text, sep.end())
            if m:
                name = _TRAILING.sub("", re.split(r"\.\s", m.group())[0]).rstrip(".’'")
                end = m.start() + len(name)
                if ok(name) and free(m.start(), end):
                    added.append(Span(m.start(), end, company_label, source=MODEL, confidence=CUE_CONFIDENCE))
                    taken.append((m.start(), end))
                    frontier.append((m.start(), end))
        m = _LIST_BEFORE.search(text, max(0, a - 60), a)
        if m:
            name = m.group(1)
            start, end = m.start(1), m.start(1) + len(name)
            if ok(name) and free(start, end) and (start == 0 or text[start - 1] in " \t(«\"“"):
                added.append(Span(start, end, company_label, source=MODEL, confidence=CUE_CONFIDENCE))
                taken.append((start, end))
                frontier.append((start, end))
    return entities + added


def _more_cued_names(text: str):
    """(start, end) of the untagged-name candidates of the cues above."""
    for pos in cue_positions(text):
        m = _NAME_AT.match(text, pos)
        if m:
            yield m.start(), m.end(), None
    for m in _ROLE_AFTER.finditer(text) if any(w in text for w in _ROLE_WORDS) else ():
        nm = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if nm:
            yield nm.start(1), nm.end(1), _NOT_BEFORE_ROLE


def add_cued_companies(text: str, entities: list[Span], company_label: str,
                       skip: "list[tuple[int, ...]] | tuple" = ()) -> list[Span]:
    """``entities`` plus the cued company names that overlap none of them (and no skipped line)."""
    taken = sorted((s.start, s.end) for s in entities)
    added: list[Span] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken) and not any(r[0] < b and a < r[1] for r in skip)

    found = [(*m.span(1), False, frozenset()) for m in _CUE.finditer(text)]
    if _LEGAL_HINT.search(text):
        found += [(*m.span(1), True, frozenset()) for m in _LEGAL.finditer(text)]
    found += [(a, b, False, stop or frozenset()) for a, b, stop in _more_cued_names(text)]
    for a, b, legal, stop in found:
        name = _TRAILING.sub("", re.split(r"\.\s", text[a:b])[0]).rstrip(".’'")  # not past a full stop
        b = a + len(name)
        first = name.split()[0].strip("'’") if name.split() else ""
        if not name or first in _NOT_A_NAME or first in stop or len(name) < 2 or not free(a, b):
            continue
        if not legal and a > 0 and text[a - 1] == "\n":
            continue
        added.append(Span(a, b, company_label, source=MODEL, confidence=CUE_CONFIDENCE))
        taken.append((a, b))
    return entities + added
