"""Editing a project's label schema after creation.

The schema is copied into each project and may be edited there: ``annotator schema PROJECT``
prints it, ``--set FILE`` replaces it after validation. A new schema that drops a label still
used by some annotation is refused (listing what uses it), unless forced; nothing is rewritten
behind the annotators' backs.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from annotator.core.errors import SchemaError
from annotator.core.schema import Schema
from annotator.services.newproject import load_schema_file
from annotator.store.project import Project


@dataclass
class SchemaChange:
    added: dict[str, list[str]] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)
    orphaned: list[str] = field(default_factory=list)  # "entities: MISC used 12 times"

    def summary(self) -> str:
        lines = []
        for layer in ("entities", "sentiments", "events"):
            if self.added.get(layer):
                lines.append(f"{layer}: added {', '.join(self.added[layer])}")
            if self.removed.get(layer):
                lines.append(f"{layer}: removed {', '.join(self.removed[layer])}")
        return "\n".join(lines) or "no label added or removed (colours, keys, definitions may have changed)"


def labels_in_use(project: Project) -> dict[str, dict[str, int]]:
    """How often each label is used, per layer, over every annotator's version."""
    q = {
        "entities": "SELECT label, count(*) FROM entities GROUP BY label",
        "sentiments": "SELECT value, count(*) FROM sentiments GROUP BY value",
        "events": "SELECT label, count(*) FROM events GROUP BY label",
    }
    return {layer: dict(project.conn.execute(sql).fetchall()) for layer, sql in q.items()}


def compare(old: Schema, new: Schema, used: dict[str, dict[str, int]]) -> SchemaChange:
    change = SchemaChange()
    for layer, before, after in (
        ("entities", old.entity_names, new.entity_names),
        ("sentiments", old.sentiment_names, new.sentiment_names),
        ("events", old.event_names, new.event_names),
    ):
        change.added[layer] = [n for n in after if n not in before]
        change.removed[layer] = [n for n in before if n not in after]
        for name, count in sorted(used[layer].items()):
            if name not in after:
                change.orphaned.append(f"{layer}: {name} is used {count} times")
    return change


def replace_schema(project: Project, new: Schema, *, force: bool = False) -> SchemaChange:
    """Replace the project's schema; refuse (E106) if labels in use would disappear, unless ``force``."""
    change = compare(project.schema, new, labels_in_use(project))
    if change.orphaned and not force:
        raise SchemaError(
            f"{project.path}: the new schema drops labels that annotations still use; relabel them first, "
            "or pass --force to keep them in the data without a label definition:\n  " + "\n  ".join(change.orphaned),
            code="E106",
        )
    project.set_schema(new)
    return change


def replace_schema_from_file(project: Project, path: str | os.PathLike[str], *, force: bool = False) -> SchemaChange:
    return replace_schema(project, load_schema_file(path), force=force)


def schema_json(project: Project) -> str:
    return json.dumps(project.schema.to_dict(), ensure_ascii=False, indent=2) + "\n"
