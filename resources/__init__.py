"""Packaged resources (schema, patterns, gazetteer, lexicon, samples, icons, styles).

This folder is installed as the data package ``annotator.resources`` and read with
``importlib.resources``, so it works from a source checkout, a wheel and a frozen bundle alike.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    node = resources.files(__name__)
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def default_schema():  # -> annotator.core.schema.Schema
    from annotator.core.schema import Schema

    return Schema.from_dict(json.loads(read_text("schema", "default.json")), origin="resources/schema/default.json")
