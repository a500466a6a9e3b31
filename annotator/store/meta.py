"""Project metadata (``meta`` key/value table) and the label schema stored in it."""

from __future__ import annotations

import json
from typing import Any

from annotator.core.errors import ProjectError
from annotator.core.schema import Schema
from annotator.store.faults import stored_json


class MetaStore:
    """Mixin of :class:`~annotator.store.project.Project`: needs ``conn``, ``path``, ``write()``."""

    # ------------------------------------------------------------------ meta & schema
    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.write():
            self._set_meta(key, value)

    def get_json(self, key: str, default: Any = None) -> Any:
        raw = self.get_meta(key)
        return default if raw is None else stored_json(raw, f"{self.path}: meta {key!r}")

    def set_json(self, key: str, value: Any) -> None:
        self.set_meta(key, json.dumps(value, ensure_ascii=False))

    @property
    def schema(self) -> Schema:
        if self._schema is None:
            raw = self.get_meta("schema")
            if raw is None:
                raise ProjectError(f"{self.path}: the project has no label schema", code="E207")
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise ProjectError(f"{self.path}: the stored label schema is not JSON: {exc}", code="E208") from exc
            self._schema = Schema.from_dict(data, origin=f"{self.path} (label schema)")
        return self._schema

    def set_schema(self, schema: Schema) -> None:
        self.set_meta("schema", json.dumps(schema.to_dict(), ensure_ascii=False))
        self._schema = schema
