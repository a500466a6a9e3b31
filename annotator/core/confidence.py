"""When a model suggestion counts as uncertain (plain data, no I/O).

The sentiment confidences are calibrated on the real-news development set (docs/quality.md): a
value given with confidence c was right about c of the time there. Below ``UNCERTAIN_BELOW`` a
suggestion is right roughly two times in three or less, so the window shows it apart ("?", a hollow
dot, a tooltip) for the annotator to check first.
"""

from __future__ import annotations

UNCERTAIN_BELOW = 0.7


def is_uncertain(confidence: float | None) -> bool:
    """True for a model value whose confidence is known and below ``UNCERTAIN_BELOW``."""
    return confidence is not None and confidence < UNCERTAIN_BELOW
