"""Companies the model did not tag at all, found by what the article calls them.

"le fonds Long Journey", "le fabricant Obut", "cigarette maker Reynolds American", "RAI Services
Co": a capitalised name right after a company noun (or before a legal form) is a company even when
the statistical model saw nothing there. Only names that overlap no entity are added (the others are
relabelled by :func:`annotator.nlp.companies.promote_by_cues`); confidence ``CUE_CONFIDENCE``.
"""

from __future__ import annotations

import re

from annotator.core.model import MODEL, Span

CUE_CONFIDENCE = 0.55
_SP = r"[ \t\u00a0]+"  # spaces within a line: a name never runs onto the next line
_NAME = r"[A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:" + _SP + r"(?:(?:de|du|des|&|and|of)" + _SP + r")?[A-ZÀ-ÖØ-Þ][\w&.'’-]*){0,3}"
_CUE = re.compile(
    r"\b(?:groupes?|sociétés?|entreprises?|firmes?|fabricants?|constructeurs?|équipementiers?|distributeurs?|"
    r"enseignes?|assureurs?|opérateurs?|start-up|startups?|jeune pousse|fonds|compagnies?|laboratoires?|"
    r"sidérurgistes?|éditeurs?|holding|filiales?|company|companies|group|firm|maker|manufacturer|carmaker|"
    r"automaker|retailer|supplier|operator|airline|chipmaker|subsidiary|fund|lender|insurer|bank)"
    r"(?:" + _SP + r"(?:[a-zà-ÿ][\w'’-]*)){0,2}" + _SP + r"(" + _NAME + r")"
)
_LEGAL = re.compile(r"(" + _NAME + r")" + _SP + r"(?:SA|SAS|Inc\.?|Ltd\.?|plc|GmbH|AG|NV|Corp\.?|LLC|Co\.?)(?!\w)")
_NOT_A_NAME = frozenset(
    "Le La Les L Un Une The A An Il Elle Ils It Its This That These Ce Cette Ces Mais But Selon According "
    "Monday Tuesday Wednesday Thursday Friday Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche".split()
)
_TRAILING = re.compile(r"(?:[ \t]+(?:de|du|des|&|and|of))+$")


def add_cued_companies(text: str, entities: list[Span], company_label: str,
                       skip: "list[tuple[int, ...]] | tuple" = ()) -> list[Span]:
    """``entities`` plus the cued company names that overlap none of them (and no skipped line)."""
    taken = sorted((s.start, s.end) for s in entities)
    added: list[Span] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken) and not any(r[0] < b and a < r[1] for r in skip)

    for rx in (_CUE, _LEGAL):
        for m in rx.finditer(text):
            a, b = m.span(1)
            name = _TRAILING.sub("", text[a:b]).rstrip(".’'")
            b = a + len(name)
            first = name.split()[0].strip("'’") if name.split() else ""
            if not name or first in _NOT_A_NAME or len(name) < 2 or not free(a, b):
                continue
            if rx is _CUE and a > 0 and text[a - 1] == "\n":
                continue
            added.append(Span(a, b, company_label, source=MODEL, confidence=CUE_CONFIDENCE))
            taken.append((a, b))
    return entities + added
