"""Which lines of a document are not the article, and toggling a line by hand.

Combines the form rules (:func:`annotator.core.boilerplate.line_kind`), the lines repeated across
the documents of the same source (:mod:`annotator.store.boilerplate`) and the annotator's own
choices. Pre-annotation and export skip these lines; the article view greys them.
"""

from __future__ import annotations

from annotator.core.boilerplate import boilerplate_lines
from annotator.core.errors import InputError
from annotator.core.text import paragraphs
from annotator.store.boilerplate import LINE, line_overrides, template_hashes
from annotator.store.project import Project


class BoilerplateFinder:
    """Boilerplate lines of a project's documents (template hashes cached per source)."""

    def __init__(self, project: Project, *, fill: bool = True):
        self.project = project
        self.fill = fill
        self._template: dict[str, set[str]] = {}

    def template(self, source: str) -> set[str]:
        if source not in self._template:
            self._template[source] = template_hashes(self.project, source, fill=self.fill)
        return self._template[source]

    def lines(self, doc_id: int, text: str | None = None, source: str | None = None) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` of the document's non-article lines."""
        if text is None or source is None:
            doc = self.project.document(doc_id)
            text, source = doc.text, doc.source
        return boilerplate_lines(text, self.template(source), line_overrides(self.project, doc_id))


def document_boilerplate(project: Project, doc_id: int, *, fill: bool = True) -> list[tuple[int, int, str]]:
    """The document's non-article lines; ``fill=False`` (the window) uses the line counts as they are."""
    return BoilerplateFinder(project, fill=fill).lines(doc_id)


def toggle_line(project: Project, doc_id: int, offset: int, annotator: str) -> tuple[int, int, bool]:
    """Flip the status of the line holding ``offset`` (article <-> not article); a history row.

    Returns ``(start, end, is_boilerplate_now)``. E321 if ``offset`` is on no line of the text.
    """
    doc = project.document(doc_id)
    line = next(((s, e) for s, e in paragraphs(doc.text) if s <= offset <= e), None)
    if line is None:
        raise InputError(f"document {doc_id}: offset {offset} is on no line of the text", code="E321")
    finder = BoilerplateFinder(project, fill=False)  # as the window shows it (no project-wide count here)
    now_bp = any((s, e) == line for s, e, _ in finder.lines(doc_id, doc.text, doc.source))
    before = line_overrides(project, doc_id).get(line)
    if project.annotator_kind(annotator) is None:
        project.ensure_annotator(annotator, "human")
    project.apply(doc_id, annotator, "line_status",
                  [{"layer": LINE, "key": f"{line[0]}:{line[1]}",
                    "before": None if before is None else {"boilerplate": before},
                    "after": {"boilerplate": not now_bp}}])
    return line[0], line[1], not now_bp


def article_only(doc, ann, ranges):  # -> (Document, DocAnnotations, dropped entities)
    """The document's text without its non-article lines and its annotations moved to match:
    what export writes. Entities in a removed line are dropped (and counted); evidence too."""
    import dataclasses

    from annotator.core.boilerplate import strip_lines
    from annotator.core.model import DocAnnotations

    if not ranges:
        return doc, ann, 0
    text, shift = strip_lines(doc.text, ranges)
    ents, dropped = [], 0
    for s in ann.entities:
        moved = shift.span(s.start, s.end)
        if moved is None:
            dropped += 1
        else:
            ents.append(s.with_(start=moved[0], end=moved[1]))

    def evidence(ev):
        return tuple(m for a, b in ev if (m := shift.span(a, b)) is not None)

    sentiments = {k: dataclasses.replace(v, evidence=evidence(v.evidence)) for k, v in ann.sentiments.items()}
    events = {k: dataclasses.replace(v, evidence=evidence(v.evidence)) for k, v in ann.events.items()}
    return (dataclasses.replace(doc, text=text), DocAnnotations(entities=ents, sentiments=sentiments, events=events),
            dropped)
