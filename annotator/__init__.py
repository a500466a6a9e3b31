"""annotator: label news articles for spaCy (entities, company sentiment, event types)."""

__version__ = "0.1.0"
