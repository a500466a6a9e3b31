"""The review window now lives in :mod:`annotator.ui.review` (the curation view); this module
keeps the old import path (``annotator review`` and the main window's menu use it)."""

from annotator.ui.review import PositionMap, ReviewWindow, run_review

__all__ = ["PositionMap", "ReviewWindow", "run_review"]
