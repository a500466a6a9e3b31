"""The wheel carries every package and the resources (pyproject lists packages explicitly)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_python_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "annotator").rglob("__init__.py")
    } | {"annotator.resources"}
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_resources_are_read_through_importlib_resources():
    from annotator.resources import default_schema, resource

    assert resource("schema", "default.json").is_file()
    assert resource("samples").is_dir() and any(resource("samples").iterdir())
    assert default_schema().company_label == "ORG"
