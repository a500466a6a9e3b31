"""spaCy DocBin (``.spacy``): existing training data imported as one annotator's version, to
review or correct.

``doc.ents`` -> entities; ``doc.spans["sentiment"]`` (the key of our export; ``--spans-key``
elsewhere) -> the sentiment of the company mentioned there, when the span's label is a sentiment
value; ``doc.cats`` with a score of 0.5 or more -> event types. The annotator is ``--annotator``,
else the file name. A record's place is ``file.spacy:N``, N the Doc's number in the file.

Export: ``annotator export P OUT`` (the default format) writes the DocBins.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.services.formats.core import E_SYNTAX, FormatImportReport, Problem, Version
from annotator.store.project import Project

NAME = "spacy"


def parse(path: Path, problems: list[Problem], report: FormatImportReport, *, annotator: str | None = None,
          spans_key: str = "sentiment", **_: Any) -> list[Version]:
    from annotator.nlp.conll import read_docbin

    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(E_SYNTAX, f"{path.name}:1", f"cannot read the file ({exc.strerror or exc})"))
        return []
    try:
        docs = read_docbin(data, spans_key)
    except ValueError as exc:
        problems.append(Problem(E_SYNTAX, f"{path.name}:1", f"not a spaCy DocBin ({str(exc)[:120]})"))
        return []
    name = annotator or path.name.split(".")[0]
    out = []
    for n, (text, ents, spans, cats) in enumerate(docs, 1):
        v = Version(where=f"{path.name}:{n}", text=text, annotator=name)
        v.entities = ents
        v.sentiments = spans
        v.events = sorted(k for k, score in cats.items() if score >= 0.5)
        out.append(v)
    return out


def export(project: Project, outdir: Any, **kwargs: Any):  # pragma: no cover - the default export
    raise NotImplementedError("spaCy DocBins are written by annotator.services.export")
