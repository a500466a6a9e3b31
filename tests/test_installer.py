"""The desktop bundle, built from scratch: smoke mode, packages, the .deb installed and removed.

Slow (several minutes: a clean venv, PyInstaller, three launches of the bundle), so it runs only
with ``ANNOTATOR_INSTALLER_TEST=1``: ``make installer-test``, which ``.ci/run`` calls after
``make test``. The .deb part needs root and apt-get (as on CI).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from smoke_checks import check_smoke_project, smoke_env

ROOT = Path(__file__).resolve().parents[1]
HICOLOR = (16, 22, 24, 32, 48, 64, 128, 256, 512)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("ANNOTATOR_INSTALLER_TEST") != "1",
                       reason="builds the desktop bundle (minutes): run `make installer-test`"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """``installer/build.py`` from scratch (new venv, PyInstaller --clean), packages in a temp dir."""
    out = tmp_path_factory.mktemp("packages")
    subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--out", str(out)], cwd=ROOT,
                   check=True, timeout=3600)
    report = json.loads((ROOT / "build" / "installer" / "report.json").read_text(encoding="utf-8"))
    return out, report


def test_bundle_smoke_mode_wrote_a_real_project(built):
    _, report = built
    smoke = json.loads((ROOT / "build" / "installer" / "smoke" / "report.json").read_text(encoding="utf-8"))
    assert smoke["frozen"] is True
    check_smoke_project(Path(smoke["project"]), smoke)
    assert report["desktop_file"].startswith("valid")


def test_tarball_runs_from_anywhere_and_carries_desktop_integration(built, tmp_path):
    out, report = built
    with tarfile.open(report["tarball"]) as tar:
        tar.extractall(tmp_path, filter="tar")
    (top,) = tmp_path.iterdir()
    share = top / "share"
    for size in HICOLOR:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "annotator.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "annotator.svg").is_file()
    mime = ET.parse(share / "mime" / "packages" / "annotator.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    assert mime.find(f"{ns}mime-type").get("type") == "application/x-annotator-project"
    desktop = (share / "applications" / "annotator.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-annotator-project;" in desktop and "Exec=annotator gui %f" in desktop
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(share / "applications" / "annotator.desktop")], check=True)
    # the unpacked bundle starts from its new place
    version = subprocess.run([str(top / "annotator"), "--version"], capture_output=True, text=True,
                             env=smoke_env(tmp_path), timeout=300)
    assert version.returncode == 0 and version.stdout.startswith("annotator "), version.stderr
    # a project file given on the command line is opened (routed to `gui`); a bad one is refused with
    # its coded error before any window
    bad = tmp_path / "broken.annotator"
    bad.write_text("not a project", encoding="utf-8")
    refused = subprocess.run([str(top / "annotator"), str(bad)], capture_output=True, text=True,
                             env=smoke_env(tmp_path), timeout=300)
    assert refused.returncode == 2 and "[E2" in refused.stderr, refused.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"),
                    reason="installing a .deb needs root and apt-get")
def test_deb_installs_runs_its_smoke_mode_and_removes(built, tmp_path):
    _, report = built
    deb = Path(report["deb"])
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                              check=True).stdout
    for path in ("./opt/annotator/annotator", "./usr/bin/annotator", "./usr/share/applications/annotator.desktop",
                 "./usr/share/mime/packages/annotator.xml", "./usr/share/icons/hicolor/48x48/apps/annotator.png"):
        assert path in contents, path
    apt = ["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=600"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [*apt, "install", "--no-install-recommends", str(deb.resolve())]
    if subprocess.run(install, env=env, stdout=subprocess.DEVNULL, timeout=1800).returncode != 0:
        # a fresh machine's package lists may be missing or stale for the Depends (Qt's X libraries)
        subprocess.run([*apt, "update"], check=True, env=env, stdout=subprocess.DEVNULL, timeout=900)
        subprocess.run(install, check=True, env=env, stdout=subprocess.DEVNULL, timeout=1800)
    try:
        assert Path("/opt/annotator/annotator").is_file()
        work = tmp_path / "smoke"
        run = subprocess.run(["/usr/bin/annotator", "smoke", "--workdir", str(work), "--report",
                              str(tmp_path / "report.json")], env=smoke_env(tmp_path), capture_output=True,
                             text=True, timeout=900)
        assert run.returncode == 0, run.stdout + run.stderr
        smoke = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
        check_smoke_project(work / "smoke.annotator", smoke)
        if shutil.which("update-mime-database"):  # dpkg's trigger registered the file type
            assert Path("/usr/share/mime/application/x-annotator-project.xml").is_file()
    finally:
        subprocess.run([*apt, "purge", "annotator"], check=True, env=env, stdout=subprocess.DEVNULL, timeout=900)
    assert not Path("/opt/annotator").exists()
    assert not Path("/usr/bin/annotator").exists()
