"""The enricher's fast paths give what the plain code gives (the speed work must change no output)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from annotator.core.model import MODEL, Span
from annotator.nlp.enrich_text import Analysis, _word_before
from annotator.nlp.events import _Within
from test_enrich import make_parts


def test_span_with_is_dataclasses_replace():
    s = Span(3, 9, "ORG", source=MODEL, confidence=0.5, company="acme", id=7)
    for changes in ({}, {"company": None}, {"label": "LOC", "confidence": 0.7}, {"start": 4, "end": 8},
                    {"source": "manual", "id": None}):
        assert s.with_(**changes) == replace(s, **changes)
        assert type(s.with_(**changes)) is Span
    with pytest.raises(TypeError):
        s.with_(colour="red")


def test_within_matches_a_plain_scan():
    rng = random.Random(4)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, 40)
            spans.append((a, a + rng.randint(1, 15)))
        within = _Within(spans)
        for _ in range(20):
            a = rng.randint(0, 50)
            where = (a, a + rng.randint(1, 8))
            assert within(where) == any(s <= where[0] and where[1] <= e for s, e in spans)


def test_tokens_are_the_same_when_the_docs_already_have_lemmas():
    text = ("Renault va supprimer 300 emplois\nLe constructeur l’a annoncé mardi, et les ventes "
            "ont progressé.\n\nAcme was charged with fraud.")
    parts, _ = make_parts(text)
    first = [(t.start, t.end, t.lower, t.lemma) for t in Analysis(text, parts).tokens]  # writes LEMMA
    again = [(t.start, t.end, t.lower, t.lemma) for t in Analysis(text, parts).tokens]  # reads it back
    assert first == again and first
    a = Analysis(text, parts)
    for k, (off, doc) in enumerate(parts):
        starts, lengths, _, _ = a.part_arrays(k)
        assert [(off + s, off + s + n) for s, n in zip(starts, lengths)] == \
               [(off + t.idx, off + t.idx + len(t.text)) for t in doc]


@pytest.mark.parametrize("text", ["abc", "abc\n", "abc\n\n", "a.b.\n", "", "\n", "x y", "é_1.", "  \n",
                                  "M. Dupont", "Walmart Inc", "rachète Zorb S.A", "1,5 Md"])
def test_word_before_a_full_stop_is_the_regex_capture(text):
    import re

    for lo in range(len(text) + 1):
        m = re.search(r"([\w.]+)$", text[lo:])
        assert _word_before(text, lo, len(text)) == (m.group(1) if m else "")


# --- whole-text scans in the form re skips through (annotator.nlp.scan) ------------------------------

def _random_texts(rng: random.Random, alphabet: str, n: int = 300) -> list[str]:
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


@pytest.mark.parametrize("guard", [r"\w", r"[\w&-]", r"[\w&.-]"])
def test_guarded_alternation_matches_the_look_behind_form(guard):
    import re

    from annotator.nlp.scan import guarded_alternation

    rng = random.Random(guard)
    alphabet = "abAB é-&.'’ \n1"
    for _ in range(60):
        words = [re.escape("".join(rng.choice("abAB-&.'é") for _ in range(rng.randint(1, 4)))) for _ in range(rng.randint(1, 5))]
        plain = re.compile(r"(?<!" + guard + r")(?:" + "|".join(words) + r")(?!\w)")
        fast = re.compile(guarded_alternation(words, guard) + r"(?!\w)")
        for text in _random_texts(rng, alphabet, 40):
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (words, text)


def test_scan_patterns_match_their_plain_forms():
    import re

    from annotator.nlp import company_cues, companies, salience

    rng = random.Random(7)
    pairs = [
        (companies._NAME_WORD, re.compile(r"(?<!\w)[A-ZÀ-ÖØ-Þ0-9]\w*")),
        (salience._YEAR, re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")),
        (company_cues._CUE, re.compile(company_cues._CUE_PLAIN)),
        (company_cues._ROLE_AFTER,
         re.compile(r"\b(?:CEO|chief executive|shareholders|stockholders|analyst(?=[ \t]+[A-Z])|shares|share price|"
                    r"stock(?![ \t]+(?:exchanges?|markets?|ind(?:ex|ices|exes))))(?!\w)")),
    ]
    texts = _random_texts(rng, "aA É1920x ", 300) + _random_texts(rng, "12905 a_-", 300) + [
        "Zorb CEO Jo said; the CEOs, xCEO and chief executive of X. analyst Jo, an analyst at BTIG",
        "Zorb shares, Zorb share price, Zorb stock exchange, Zorb stock index, Zorb stocks, stock markets, xshares",
        "le groupe Acme, xgroupe Zorb, la société de conseil Zorb Conseil, the carmaker Zorb, maker Acme Inc, "
        "le P-DG d'Acme, l'américain Zorb, rachats de Zorb, Fonds Acme, jeune pousse Quorvan, bankAcme bank Acme",
        "en 1999, 2012 et 20121; 1949 x2019 2019x 2049", "Éric et 3M ont vu Acme"]
    for fast, plain in pairs:
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
                   [(m.span(), m.groups()) for m in plain.finditer(text)], (plain.pattern, text)


def test_gazetteer_odd_names_and_repeated_names_match_the_plain_forms():
    import re

    from annotator.core.model import MODEL as SRC
    from annotator.nlp.companies import Entry, Gazetteer
    from annotator.nlp.company_shape import add_repeated_mentions

    odd = ["eBay", "easyJet", "eXp World", "eXp World Holdings, Inc.", "bioMérieux", "l'Oréal x"]
    g = Gazetteer([Entry("ORG", n, n.lower()) for n in odd])
    plain = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n).replace("'", "['’]")
                                                for n in sorted(odd, key=len, reverse=True)) + r")(?!\w)")
    text = ("eBay, easyJet et eXp World Holdings, Inc. ; xeBay eBays bioMérieux. l’Oréal x, l'Oréal xy "
            "eXp World\neBay")
    assert [m.span() for m in g._regex.finditer(text)] == [m.span() for m in plain.finditer(text)]
    text = "Acme, Acme-Bis, &Acme, Acme Corp et Acme Corporation; xAcme Acme."
    ents = [Span(0, 4, "ORG", source=SRC), Span(text.index("Acme Corp"), text.index("Acme Corp") + 9, "ORG", source=SRC)]
    got = [(s.start, s.end) for s in add_repeated_mentions(text, ents, "ORG")[2:]]
    names = sorted({"Acme", "Acme Corp"}, key=len, reverse=True)
    rx = re.compile(r"(?<![\w&-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w&-])")
    taken = [(s.start, s.end) for s in ents]
    assert got == [m.span() for m in rx.finditer(text) if not any(a < m.end() and m.start() < b for a, b in taken)]


def test_paren_starts_are_the_regex_match_starts():
    import re

    from annotator.nlp.company_shape import _paren_starts

    rng = random.Random(3)
    for text in _random_texts(rng, " \t(a)\n", 500) + ["", "(", " (", "a \t (( ( x"]:
        assert list(_paren_starts(text)) == [m.start() for m in re.finditer(r"[ \t]*\(", text)], text


# --- tokens as columns, sentence valence over them ---------------------------------------------------

def _plain_valence(scorer, tokens, lang, quoted=frozenset()):
    """The sentence valence as first written: every token visited, Token objects (the reference)."""
    from annotator.nlp.sentiment import NEGATION_SCALAR, QUOTED

    lang = lang if lang in scorer.lexicons else "fr"
    phrases, mods, lex = scorer.phrases.get(lang, {}), scorer.modifiers.get(lang, {}), scorer.lexicons[lang]
    first = scorer._first[lang] if phrases else frozenset()
    total, n, i = 0.0, len(tokens), 0
    while i < n:
        tok, v, width = tokens[i], None, 1
        if phrases and (tok.lower in first or tok.lemma in first):
            for length in (4, 3, 2):
                if i + length <= n:
                    v = phrases.get(tuple(t.lower for t in tokens[i:i + length]),
                                    phrases.get(tuple(t.lemma for t in tokens[i:i + length])))
                    if v is not None:
                        width = length
                        break
        if v is None:
            if tok.lower in mods:
                i += 1
                continue
            v = lex.get(tok.lower)
            if v is None and tok.lemma != tok.lower:
                v = lex.get(tok.lemma)
        if v:
            negated = False
            for k in range(max(0, i - 3), i):
                kind, value = mods.get(tokens[k].lower, ("", 0.0))
                if kind == "negation":
                    negated = True
                elif kind in ("intensifier", "diminisher") and k >= i - 2:
                    v = v * (1.0 + value)
            for k in range(i + width, min(n, i + width + 2)):
                if tokens[k].lower in ("pas", "plus", "jamais", "guère", "point") and any(
                        tokens[m].lower in ("ne", "n'", "n’") for m in range(max(0, i - 3), i)):
                    negated = True
            v = v * NEGATION_SCALAR if negated else v
            total += v * QUOTED if i in quoted else v
        i += width
    return total


def test_valence_over_columns_is_the_plain_loop():
    from pathlib import Path

    from annotator.nlp.evaluate import load_gold
    from annotator.nlp.sentiment import SentimentScorer
    from annotator.resources import default_schema, read_text

    schema = default_schema()
    scorer = SentimentScorer.from_text(read_text("lexicon", "lexicon.tsv"), "lexicon.tsv",
                                       read_text("lexicon", "modifiers.tsv"), "modifiers.tsv", schema=schema)
    rng = random.Random(5)
    gold = load_gold(Path(__file__).parent / "data" / "gold" / "real_dev.jsonl", schema)[:40]
    checked = 0
    for g in gold:
        parts, _ = make_parts(g.text)
        a = Analysis(g.text, parts)
        tokens = list(a.tokens)
        starts, lengths, lowers, lemmas = a.columns()
        assert [(t.start, t.end, t.lower, t.lemma) for t in tokens] == \
               [(s, s + n, lo, le) for s, n, lo, le in zip(starts, lengths, lowers, lemmas)]
        for s, e in a.sentences:
            i = next((k for k, t in enumerate(tokens) if t.start >= s), len(tokens))
            j = next((k for k, t in enumerate(tokens) if t.start >= e), len(tokens))
            quoted = {k for k in range(i, j) if rng.random() < 0.2}
            want = _plain_valence(scorer, tokens[i:j], a.lang, {k - i for k in quoted})
            assert scorer._valence(lowers, lemmas, i, j, a.lang, quoted) == want
            assert scorer.sentence_valence(tokens[i:j], a.lang, {k - i for k in quoted}) == want
            checked += 1
    assert checked > 300


def test_clause_around_with_the_sentence_boundaries_is_the_plain_scan():
    from annotator.nlp.clauses import boundaries, clause_around

    rng = random.Random(11)
    words = ["Acme", "a", "vendu", ",", ";", " - ", "mais", "alors que", "Zorb", "(x)", "but", "while", "- -", "—", "1,5"]
    for _ in range(400):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        sent = (0, len(text))
        marks = boundaries(text, sent)
        for _ in range(5):
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            for min_chars in (5, 25):
                assert clause_around(text, sent, a, b, min_chars, marks=marks) == clause_around(text, sent, a, b, min_chars)


def test_quick_word_tests_never_skip_an_ignore_case_match():
    import re

    from annotator.nlp import clauses, salience
    from annotator.nlp.clauses import boundaries
    from annotator.nlp.scan import may_hold

    rng = random.Random(13)
    pieces = ["Mais", "MAIS", "jamais", "alors QUE", "but", "BUT", "ſince its", "SINCE ITS", "ıl y a deux ans",
              "İL Y A", "had", "HAD", "Avait", "l’an dernier", "L'AN DERNIER", "in the past", "Once", ", ", " - ",
              "; ", "1,5", "Malgré", "naguÈre", "x", "Acme", "ago", "years AGO", "ǅ", "K", "Å"]
    background = re.compile(salience._BACKGROUND.pattern, re.IGNORECASE)
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        if background.search(text):
            assert may_hold(text, salience._BACKGROUND_WORDS), text
        plain = [m.span() for m in clauses._BOUNDARY.finditer(text, 0, len(text))]
        assert boundaries(text, (0, len(text))) == plain, text
        s = rng.randint(0, len(text))
        e = rng.randint(s, len(text))
        assert boundaries(text, (s, e)) == [m.span() for m in clauses._BOUNDARY.finditer(text, s, e)], (text, s, e)


def test_the_quick_cue_test_never_skips_a_cue():
    from annotator.nlp.companies import _CUE_BEFORE, _may_be_cued

    rng = random.Random(17)
    pieces = ["le", "Groupe", "GROUPE", "fabricant", "l'", "d’", "L'", "de", "x", "shares of", "SHARES  OF", "\n", " ",
              "chez", "ſhares of", "jeune pousse", "start-up", "américain", "la banque"]
    hits = 0
    for _ in range(5000):
        before = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\n"]) for _ in range(rng.randint(0, 6)))
        if _CUE_BEFORE.search(before):
            hits += 1
            assert _may_be_cued(before), repr(before)
    assert hits > 200


def test_quick_substring_tests_hold_every_match():
    from annotator.nlp import company_cues as C
    from annotator.nlp.company_spans import _TOKEN, _tokens_after, _tokens_before

    rng = random.Random(19)
    pieces = ["rachète", "racheter", "s’offrir", "s'est offert", "absorbe", "acquired", "buys", "took over", "Zorb",
              "CEO", "chief executive", "shareholders", "analyst", "Jo", "x", "l’a", "\n", ",", "Acme Inc",
              "shares", "share price", "stock", "stock exchange"]
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        if C._BUYS.search(text):
            assert any(w in text for w in C._BUYS_STEMS), text
        if C._ROLE_AFTER.search(text):
            assert any(w in text for w in C._ROLE_WORDS), text
        for k in (0, len(text) // 2, len(text)):
            seg_before = text[max(text.rfind("\n", 0, k) + 1, k - 60):k]
            assert _tokens_before(text, k) == [t.lower().replace("’", "'") for t in _TOKEN.findall(seg_before)][-2:]
            line_end = text.find("\n", k)
            seg_after = text[k:min(len(text) if line_end < 0 else line_end, k + 60)]
            assert _tokens_after(text, k) == [t.lower().replace("’", "'") for t in _TOKEN.findall(seg_after)][:2]


def test_company_features_come_in_the_order_of_features():
    from annotator.nlp.company_features import FEATURES, company_features

    feats = company_features("Acme gagne.\\nAcme et Zorb.", "fr", {"acme": [(0, 4), (12, 16)], "zorb": [(20, 24)]},
                             {"acme": [(0, 11)], "zorb": [(12, 25)]}, {(0, 11): 0.5, (12, 25): -0.3}, {}, ("acquisition",),
                             (0, 11), 600, {"acme": "positive"}, tone=[0.5])
    for f in feats.values():
        assert tuple(f) == FEATURES


def test_tokens_survive_emptied_caches():
    from annotator.nlp import enrich_text

    text = "Renault va supprimer 300 emplois\nLe constructeur l’a annoncé mardi."
    parts, _ = make_parts(text)
    want = [(t.start, t.end, t.lower, t.lemma) for t in Analysis(text, parts).tokens]

    class Forgetful(dict):  # a cache another thread empties between its filling and its reading
        def __getitem__(self, key):
            raise KeyError(key)

    for name in ("_LOWER", "_GIVEN_LEMMAS"):
        saved = getattr(enrich_text, name)
        setattr(enrich_text, name, Forgetful())
        try:
            assert [(t.start, t.end, t.lower, t.lemma) for t in Analysis(text, parts).tokens] == want
        finally:
            setattr(enrich_text, name, saved)
    fresh, _ = make_parts(text)
    saved = dict(enrich_text._LEMMA)
    enrich_text._LEMMA.clear()
    enrich_text._LEMMA.update({lang: Forgetful() for lang in ("fr", "en")})
    try:
        assert [(t.start, t.end, t.lower, t.lemma) for t in Analysis(text, fresh).tokens] == want
    finally:
        enrich_text._LEMMA.clear()
        enrich_text._LEMMA.update(saved)


# --- eighth session (speed8): the cue scan's first-letter groups, quick tests, warm caches -------------

def test_the_cue_scan_grouped_by_first_letter_is_the_plain_alternation():
    import re
    from pathlib import Path

    from annotator.nlp import company_cues as C
    from annotator.nlp.evaluate import load_gold
    from annotator.resources import default_schema

    plain = re.compile(C._CUE_PLAIN)
    rng = random.Random(23)
    pieces = ["groupe", "groupes", "group", "groups", "Group", "firm", "firme", "firmes", "fund", "fonds", "funds",
              "company", "companies", "compagnie", "start-up", "startup", "startups", "jeune pousse", "bank",
              "banks", "maker", "carmaker", "xgroupe", "de", "the", "Zorb", "Acme Corp", "Banque", "français", "of",
              "Éric", "l’", "\n", "\t", ","]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    texts += [g.text for g in load_gold(Path(__file__).parent / "data" / "gold" / "real_dev.jsonl", default_schema())]
    hits = 0
    for text in texts:
        got = [(m.span(), m.span(1)) for m in C._CUE.finditer(text)]
        assert got == [(m.span(), m.span(1)) for m in plain.finditer(text)], text
        hits += len(got)
    assert hits > 500


def test_may_hold_tests_the_odd_case_characters_as_a_set_would():
    from annotator.nlp.scan import _CASE_ODD, may_hold

    rng = random.Random(31)
    for _ in range(2000):
        text = "".join(rng.choice("abıſİ’x ") for _ in range(rng.randint(0, 6)))
        assert may_hold(text, ("zz",)) == bool(_CASE_ODD.intersection(text)), text


def test_tokens_are_the_same_with_cold_and_warm_caches():
    from annotator.nlp import enrich_text

    text = ("Renault va supprimer 300 emplois\nLe constructeur l’a annoncé mardi, et les ventes "
            "ont progressé.\n\nAcme was charged with fraud.")
    warm_parts, _ = make_parts(text)
    want = Analysis(text, warm_parts).columns()
    assert Analysis(text, warm_parts).columns() == want  # lemmas now given by the Docs, caches warm
    saved = (dict(enrich_text._LOWER), dict(enrich_text._GIVEN_LEMMAS), dict(enrich_text._ADDED),
             {k: dict(v) for k, v in enrich_text._LEMMA.items()})
    try:
        for cache in (enrich_text._LOWER, enrich_text._GIVEN_LEMMAS, enrich_text._ADDED, enrich_text._LEMMA):
            cache.clear()
        cold_parts, _ = make_parts(text)
        assert Analysis(text, cold_parts).columns() == want
        enrich_text._GIVEN_LEMMAS.clear()
        enrich_text._LOWER.clear()
        assert Analysis(text, cold_parts).columns() == want  # lemmas given, caches cold
        fresh, _ = make_parts(text)
        assert Analysis(text, fresh).columns() == want  # fresh Docs, caches warm
        assert [[t.lemma_ for t in d] for _, d in fresh] == [[t.lemma_ for t in d] for _, d in warm_parts]
    finally:
        enrich_text._LOWER.update(saved[0])
        enrich_text._GIVEN_LEMMAS.update(saved[1])
        enrich_text._ADDED.update(saved[2])
        enrich_text._LEMMA.update(saved[3])


def _plain_edges(text, s, company_label):
    """entity_form._edges as first written (every pattern tried on every name): the reference."""
    import re

    from annotator.nlp import entity_form as F
    from annotator.nlp.scan import guarded_alternation

    a, b = s.start, s.end
    if s.company:
        m = F._LEGAL_AFTER.match(text[b:b + 12])
        return s.with_(end=b + m.end(1)) if m and not m.group(2) else s
    m = F._LEAD_ARTICLE.match(text[a:b])
    if m and b - a - m.end() >= 2:
        a += m.end()
    m = F._LEAD_LOWER.match(text[a:b])
    if m and b - a - m.end() >= 2:
        a += m.end()
    m = F._TAIL_LOWER.search(text[a:b])
    if m and m.start() >= 2:
        b = a + m.start()
    surface = text[a:b]
    p = F._POSSESSIVE.search(surface)
    if p and b - a - len(p.group()) >= 2:
        bare = surface[: -len(p.group())]
        elsewhere = re.search(guarded_alternation([re.escape(bare)], r"\w") + r"(?!['’]|\w)", text)
        if len(bare.split()) > 1 or elsewhere:
            b -= len(p.group())
    if F._POSSESSIVE.sub("", text[a:b]).casefold() in F._TEMPORAL or F._COMPOUND_ADJECTIVE.match(text[a:b]):
        return None
    if s.label == company_label and F._SITE.search(text[a:b]):
        s = s.with_(label="LOC", confidence=F.FORM_CONFIDENCE)
    if s.label == company_label:
        if F._LEGAL_DOT.search(text[a:b]) and F._SENTENCE_NEXT.match(text[b:b + 4]):
            b -= 1
        m = F._LEGAL_AFTER.match(text[b:b + 12])
        if m:
            b += m.end(1)
            after = text[b + 1:b + 3] if m.group(2) else ""
            if m.group(2) and (after[:1] in {",", ";", ":", ")"} or (after[:1] == " " and after[1:2].islower())):
                b += 1
    if (a, b) == (s.start, s.end):
        return s
    return s.with_(start=a, end=b)


def test_name_edges_with_quick_character_tests_are_the_plain_edges():
    from annotator.nlp.entity_form import _edges

    rng = random.Random(37)
    words = ["the", "The", "Zorb", "Acme", "la", "recharge", "électrique", "ZePlug", "ex-Potain", "de", "Gaulle",
             "sur", "neuf", "mois", "pour", "3", "Varian's", "Varian’s", "Friday's", "Anglo-French", "Plant",
             "Assembly", "Corp.", "Inc", "Ltd.", "Co.", "\t", "÷x", "ÿacht", "àla", "Monday", "s'", "Banks'", "Mine"]
    checked = 0
    for _ in range(4000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) + rng.choice(["", ".", ". The x", ", Inc., y", " Inc. Zorb", "\n"])
        a = rng.randint(0, len(text) - 1)
        b = rng.randint(a + 1, len(text))
        for label, company in (("ORG", None), ("PER", None), ("ORG", "zorb")):
            s = Span(a, b, label, source=MODEL, confidence=0.5, company=company)
            assert _edges(text, s, "ORG") == _plain_edges(text, s, "ORG"), (text, a, b, label)
            checked += 1
    assert checked == 12000


def test_the_cue_word_scan_with_its_first_letter_look_ahead_is_the_plain_scan():
    import re
    from pathlib import Path

    from annotator.nlp import company_cues as C
    from annotator.nlp.evaluate import load_gold
    from annotator.resources import default_schema

    plain = re.compile(r"\b(?:" + "|".join(sorted(C._CUE_WORDS, key=len, reverse=True)) + r")")
    rng = random.Random(41)
    pieces = C._CUE_WORDS[::3] + ["x", "Zorb", "sud-coréen", "P-DG", "l’américain", "\n", ",", "groupement", "éditeurs"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(2000)]
    texts += [g.text for g in load_gold(Path(__file__).parent / "data" / "gold" / "real_dev.jsonl", default_schema())]
    hits = 0
    for text in texts:
        got = [m.span() for m in C._KEYWORDS.finditer(text)]
        assert got == [m.span() for m in plain.finditer(text)], text
        hits += len(got)
    assert hits > 2000


def test_candidate_words_of_the_whole_columns_are_those_of_the_sliced_scan():
    from itertools import compress, islice
    from operator import or_

    from annotator.nlp.sentiment import SentimentScorer
    from annotator.resources import default_schema, read_text

    scorer = SentimentScorer.from_text(read_text("lexicon", "lexicon.tsv"), "lexicon.tsv",
                                       read_text("lexicon", "modifiers.tsv"), "modifiers.tsv", schema=default_schema())
    rng = random.Random(43)
    vocab = ["hausse", "baisse", "recul", "ne", "pas", "bénéfice", "x", "Acme", "gains", "losses", "fell", "rose", "the"]
    for _ in range(300):
        n = rng.randint(0, 30)
        lowers = [rng.choice(vocab) for _ in range(n)]
        lemmas = [rng.choice(vocab) for _ in range(n)]
        for lang in ("fr", "en"):
            hot_lower, hot_lemma = scorer._hot(lang)
            for a, b in ((0, n), (0, n + 3), (min(2, n), n)):
                plain = list(compress(range(a, b), map(or_, map(hot_lower.__contains__, islice(lowers, a, b)),
                                                        map(hot_lemma.__contains__, islice(lemmas, a, b)))))
                assert scorer._candidates(lowers, lemmas, a, b, lang) == plain


def test_gazetteer_odd_name_scan_skipped_only_where_no_name_can_match():
    from annotator.nlp.companies import Entry, Gazetteer

    odd = ["eBay", "easyJet", "eXp World", "bioMérieux", "l'Oréal x", "Acme", "Zorb Corp"]
    g = Gazetteer([Entry("ORG", n, n.lower()) for n in odd])
    assert set(g._odd_pieces) == {"bioMérieux", "eXp World", "easyJet", "l", "eBay"}
    plain = Gazetteer([Entry("ORG", n, n.lower()) for n in odd])
    plain._odd_pieces = None  # scans every text
    rng = random.Random(47)
    pieces = ["eBay", "ebay", "easy", "Jet", "eXp", "World", "l’Oréal x", "l'Oréal", "bioMérieux", "Acme", "Zorb Corp",
              "x", "\n", "eBays", "xeBay"]
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert g.matches(text) == plain.matches(text), text
    apostrophe_first = Gazetteer([Entry("ORG", n, n.lower()) for n in ["'t Hart", "eBay"]])
    assert apostrophe_first._odd_pieces is None
