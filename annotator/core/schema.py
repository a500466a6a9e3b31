"""The label schema: entity labels, sentiment values, event types.

A schema is plain JSON (see ``resources/schema/default.json``). It is copied into each project,
may be edited there, and is validated on every load: :func:`Schema.from_dict` raises a
:class:`~annotator.core.errors.SchemaError` that lists *every* problem with its JSON path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from annotator.core.errors import SchemaError

SCHEMA_FORMAT = 1
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]{0,39}$")


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    colour: str
    key: str
    definition: str
    title: str = ""  # human-readable name; defaults to ``name``

    @property
    def display(self) -> str:
        return self.title or self.name

    def to_dict(self) -> dict[str, str]:
        d = {"name": self.name, "colour": self.colour, "key": self.key, "definition": self.definition}
        if self.title:
            d["title"] = self.title
        return d


@dataclass(frozen=True, slots=True)
class Schema:
    entities: tuple[Label, ...]
    sentiments: tuple[Label, ...]
    events: tuple[Label, ...]
    company_label: str = "ORG"
    model_labels: dict[str, str] = field(default_factory=dict)
    guidelines: str = ""

    # --- lookups ---------------------------------------------------------------------------
    @property
    def entity_names(self) -> list[str]:
        return [label.name for label in self.entities]

    @property
    def sentiment_names(self) -> list[str]:
        return [label.name for label in self.sentiments]

    @property
    def event_names(self) -> list[str]:
        return [label.name for label in self.events]

    def entity(self, name: str) -> Label | None:
        return next((label for label in self.entities if label.name == name), None)

    def event(self, name: str) -> Label | None:
        return next((label for label in self.events if label.name == name), None)

    def sentiment(self, name: str) -> Label | None:
        return next((label for label in self.sentiments if label.name == name), None)

    def map_model_label(self, model_label: str) -> str | None:
        """Project label for a pipeline's label (``PERSON`` -> ``PER``), or None to drop it."""
        if model_label in self.model_labels:
            mapped = self.model_labels[model_label]
            return mapped or None
        return model_label if self.entity(model_label) else None

    # --- (de)serialisation -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": SCHEMA_FORMAT,
            "company_label": self.company_label,
            "entities": [label.to_dict() for label in self.entities],
            "sentiments": [label.to_dict() for label in self.sentiments],
            "events": [label.to_dict() for label in self.events],
            "model_labels": dict(self.model_labels),
            "guidelines": self.guidelines,
        }

    @classmethod
    def from_dict(cls, data: Any, *, origin: str = "schema") -> "Schema":
        problems: list[str] = []
        if not isinstance(data, dict):
            raise SchemaError(f"{origin}: the schema must be a JSON object, got {type(data).__name__}",
                              code="E101")
        fmt = data.get("format", SCHEMA_FORMAT)
        if fmt != SCHEMA_FORMAT:
            problems.append(f"format: expected {SCHEMA_FORMAT}, got {fmt!r}")
        layers = {}
        for layer in ("entities", "sentiments", "events"):
            layers[layer] = _labels(data.get(layer), layer, problems)
        company_label = data.get("company_label", "ORG")
        # Names declared in the file, even by labels with other problems (no misleading follow-up errors).
        declared = {x.get("name") for x in data.get("entities") if isinstance(x, dict)
                    and isinstance(x.get("name"), str)} if isinstance(data.get("entities"), list) else set()
        if not isinstance(company_label, str) or company_label not in declared:
            problems.append(f"company_label: {company_label!r} is not one of the entity labels")
        model_labels = data.get("model_labels", {})
        if not isinstance(model_labels, dict):
            problems.append("model_labels: must be an object mapping model labels to project labels")
            model_labels = {}
        entity_names = declared
        for src, dst in model_labels.items():
            if dst not in ("", None) and (not isinstance(dst, str) or dst not in entity_names):
                problems.append(f"model_labels.{src}: {dst!r} is not an entity label (use \"\" to drop it)")
        guidelines = data.get("guidelines", "")
        if not isinstance(guidelines, str):
            problems.append("guidelines: must be a string")
            guidelines = ""
        unknown = set(data) - {"format", "company_label", "entities", "sentiments", "events",
                               "model_labels", "guidelines"}
        for key in sorted(unknown):
            problems.append(f"{key}: unknown field")
        if problems:
            raise SchemaError(f"{origin}: invalid label schema:\n  " + "\n  ".join(problems), code="E102")
        return cls(
            entities=layers["entities"], sentiments=layers["sentiments"], events=layers["events"],
            company_label=company_label, model_labels={k: (v or "") for k, v in model_labels.items()},
            guidelines=guidelines,
        )


def _labels(items: Any, layer: str, problems: list[str]) -> tuple[Label, ...]:
    if not isinstance(items, list) or not items:
        problems.append(f"{layer}: must be a non-empty list of labels")
        return ()
    out: list[Label] = []
    names: set[str] = set()
    keys: set[str] = set()
    for i, item in enumerate(items):
        where = f"{layer}[{i}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object")
            continue
        name, colour, key, definition = (item.get(k) for k in ("name", "colour", "key", "definition"))
        title = item.get("title", "")
        ok = True
        if not isinstance(name, str) or not _NAME.match(name):
            problems.append(f"{where}.name: {name!r} is not a label name (letters, digits, _ or -)")
            ok = False
        elif name in names:
            problems.append(f"{where}.name: {name!r} appears twice")
            ok = False
        else:
            names.add(name)  # even if another field is wrong, so a later duplicate is still reported
        if not isinstance(colour, str) or not _COLOUR.match(colour):
            problems.append(f"{where}.colour: {colour!r} is not a colour like #1f77b4")
            ok = False
        if not isinstance(key, str) or not (1 <= len(key) <= 12):
            problems.append(f"{where}.key: {key!r} is not a shortcut key")
            ok = False
        elif key.lower() in keys:
            problems.append(f"{where}.key: {key!r} is already used by another {layer[:-1]} label")
            ok = False
        if not isinstance(definition, str) or not definition.strip():
            problems.append(f"{where}.definition: a one-line definition is required")
            ok = False
        if not isinstance(title, str):
            problems.append(f"{where}.title: must be a string")
            ok = False
        extra = set(item) - {"name", "colour", "key", "definition", "title"}
        for k in sorted(extra):
            problems.append(f"{where}.{k}: unknown field")
        if ok:
            names.add(name)
            keys.add(key.lower())
            out.append(Label(name=name, colour=colour.lower(), key=key, definition=definition.strip(),
                             title=title))
    return tuple(out)
