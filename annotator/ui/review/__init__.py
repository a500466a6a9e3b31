"""The curation view (review window), in small modules: positions, words, columns, document
list and the window itself."""

from annotator.ui.review.positions import PositionMap
from annotator.ui.review.window import ReviewWindow, run_review

__all__ = ["PositionMap", "ReviewWindow", "run_review"]
