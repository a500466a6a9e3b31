"""The article view and entity correction: the part of the window where text is labelled.

``ArticleView`` shows a document (title, metadata, text) with its entities; ``EntityEditor``
turns keys in it into :class:`~annotator.services.annotate.AnnotationSession` edits (each one
written to the project file before the view redraws); ``SHORTCUTS`` feeds the F1 cheat-sheet.
Offsets are code points outside this package; Qt positions never leave it.
"""

from annotator.ui.article.editor import SHORTCUTS, EntityEditor
from annotator.ui.article.offsets import TextMap
from annotator.ui.article.tokens import Tokens
from annotator.ui.article.view import ArticleView

__all__ = ["SHORTCUTS", "ArticleView", "EntityEditor", "TextMap", "Tokens"]
