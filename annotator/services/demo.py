"""The demo project: the sample articles of ``resources/samples`` imported and pre-annotated.

``build_demo(path)`` creates the project (refusing to overwrite any existing file that is not a
demo project it built), imports the samples (read through importlib.resources and copied to a
temporary folder, so it works from a wheel or a frozen bundle) and pre-annotates them. Running it
again on the demo it built is quick: the samples are duplicates and pre-annotation skips the
documents already done.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.errors import ProjectError
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.resources import resource
from annotator.services.importer import SUPPORTED, ImportReport, import_paths
from annotator.store.project import Project

DEMO_META = "demo"


@dataclass
class DemoReport:
    path: Path
    created: bool
    imported: ImportReport
    preannotated: Any = None  # the PreannotateReport, or None when skipped


def sample_files() -> list[tuple[str, bytes]]:
    """(name, bytes) of every packaged sample article."""
    folder = resource("samples")
    return sorted((f.name, f.read_bytes()) for f in folder.iterdir()
                  if f.is_file() and os.path.splitext(f.name)[1].lower() in SUPPORTED)


def open_or_create_demo(path: str | os.PathLike[str]) -> tuple[Project, bool]:
    path = Path(path)
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        try:
            project = Project.open(path)
        except ProjectError as exc:
            raise ProjectError(f"{path}: exists and is not a demo project; refusing to overwrite it "
                               f"({exc.message})", code="E240") from None
        if project.get_meta(DEMO_META) != "1":
            project.close()
            raise ProjectError(f"{path}: is a project that the demo did not build; refusing to change it "
                               "(give another path)", code="E240")
        return project, False
    project = Project.create(path)
    try:
        project.set_meta(DEMO_META, "1")
    except BaseException:
        project.close()
        raise
    return project, True


def build_demo(path: str | os.PathLike[str], *, preannotate: bool = True, n_process: int = 1,
               progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> DemoReport:
    project, created = open_or_create_demo(path)
    try:
        with tempfile.TemporaryDirectory(prefix="annotator-samples-") as tmp:
            for name, data in sample_files():
                Path(tmp, name).write_bytes(data)
            imported = import_paths(project, [tmp], progress=progress, cancel=cancel)
        report = DemoReport(path=Path(path), created=created, imported=imported)
        if preannotate:
            from annotator.services.preannotate import preannotate as run_preannotate  # spaCy: loaded lazily

            report.preannotated = run_preannotate(project, n_process=n_process, progress=progress, cancel=cancel)
        return report
    finally:
        project.close()
