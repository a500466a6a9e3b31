"""Opening documents without writing: a session that touches the project only with a first edit.

* An annotator name the project does not know yet is written with that person's first edit, not
  when a window opens (a mistyped name must not become a permanent annotator).
* A project opened read-only (``project.read_only``) is only ever read.
* Until the first edit of a document, the window shows the annotator's own version, or the
  model's pre-annotation when there is none; :meth:`LazySession.begin` turns that preview into
  the annotator's starting point (``start-from-model``) just before the edit is written.
"""

from __future__ import annotations

from annotator.core.model import DocAnnotations
from annotator.services.annotate import MODEL_ANNOTATOR_KEY, AnnotationSession
from annotator.store.project import Project


def is_read_only(project: Project) -> bool:
    return bool(getattr(project, "read_only", False))


def known_annotators(project: Project) -> list[str]:
    """People (not models, not gold) who already have a name in the project."""
    return [n for n in project.annotators() if project.annotator_kind(n) == "human"]


def preview(project: Project, doc_id: int, annotator: str) -> DocAnnotations:
    """What the annotator would start from, read only: their version, else the model's."""
    own = project.annotations(doc_id, annotator) if project.annotator_kind(annotator) else DocAnnotations()
    if not own.is_empty() or project.status(doc_id, annotator)["updated_at"] is not None:
        return own
    model = project.get_meta(MODEL_ANNOTATOR_KEY)
    if model and model != annotator:
        return project.annotations(doc_id, model)
    return own


class LazySession(AnnotationSession):
    """An :class:`AnnotationSession` that writes the annotator's name only on :meth:`begin`."""

    def __init__(self, project: Project, annotator: str):  # no super().__init__: it writes the name
        self.project = project
        self.annotator = annotator
        self._texts: dict[int, str] = {}
        self.started = project.annotator_kind(annotator) is not None and not is_read_only(project)

    @property
    def read_only(self) -> bool:
        return is_read_only(self.project)

    def begin(self) -> None:
        """Before the first write: make the annotator known to the project."""
        if not self.started:
            self.project.ensure_annotator(self.annotator, "gold" if self.annotator == "gold" else "human")
            self.started = True

    def open(self, doc_id: int) -> DocAnnotations:
        if not self.started:
            return preview(self.project, doc_id, self.annotator)
        return super().open(doc_id)

    def needs_start(self, doc_id: int) -> bool:
        """True while the document shows a preview that the first edit must first make real."""
        if not self.started:
            return True
        return False
