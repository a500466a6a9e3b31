"""Desktop integration without building anything: `annotator FILE.annotator` opens the file, the
.desktop file and MIME type are valid, the icon set is complete (icons read through
importlib.resources), the installer files name each other consistently."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator.cli import COMMANDS, main
from annotator.cli.launch import route

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "installer" / "linux"
HICOLOR = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MIME = "application/x-annotator-project"


def test_a_project_file_on_the_command_line_opens_the_window():
    assert route(["news.annotator"], COMMANDS) == ["gui", "news.annotator"]
    assert route(["/home/a/Mes projets/N.ANNOTATOR"], COMMANDS) == ["gui", "/home/a/Mes projets/N.ANNOTATOR"]
    # commands, options and other files are left alone (argparse then says what is wrong)
    assert route(["export", "p.annotator", "out"], COMMANDS) == ["export", "p.annotator", "out"]
    assert route(["--version"], COMMANDS) == ["--version"]
    assert route(["notes.txt"], COMMANDS) == ["notes.txt"]
    assert route([], COMMANDS) == []  # from a terminal: the usage, not a window


def test_a_frozen_app_started_without_arguments_opens_the_window(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert route([], COMMANDS) == ["gui"]


def test_a_broken_project_file_given_alone_is_refused_before_any_window(tmp_path, capsys):
    bad = tmp_path / "broken.annotator"
    bad.write_bytes(b"not a project at all")
    assert main([str(bad)]) == 2
    assert "[E2" in capsys.readouterr().err
    assert bad.read_bytes() == b"not a project at all"


def test_desktop_file_declares_the_app_and_the_project_type():
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(LINUX / "annotator.desktop", encoding="utf-8")
    entry = cp["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Icon"] == "annotator"
    assert entry["Exec"] == "annotator gui %f"
    assert entry["MimeType"] == f"{MIME};"
    assert entry["StartupWMClass"] == "annotator"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_file_is_valid():
    out = subprocess.run(["desktop-file-validate", str(LINUX / "annotator.desktop")], capture_output=True,
                         text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


def test_mime_type_matches_the_name_and_the_sqlite_application_id():
    from annotator.store.migrations import APPLICATION_ID

    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime = ET.parse(LINUX / "annotator-mime.xml").getroot().find(f"{ns}mime-type")
    assert mime.get("type") == MIME
    assert mime.find(f"{ns}glob").get("pattern") == "*.annotator"
    inner = mime.find(f"{ns}magic/{ns}match/{ns}match")
    assert int(inner.get("value"), 16) == APPLICATION_ID and inner.get("offset") == "68"


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info not installed")
def test_mime_database_accepts_the_type(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy2(LINUX / "annotator-mime.xml", packages / "annotator.xml")
    subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True, capture_output=True)
    assert (tmp_path / "mime" / "application" / "x-annotator-project.xml").is_file()
    assert "*.annotator" in (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")


def test_icons_every_size_read_through_importlib_resources():
    from annotator.resources import resource

    icons = resource("icons")
    assert icons.joinpath("annotator.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in HICOLOR:
        png = icons.joinpath(f"annotator-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png[16:20], "big") == size and int.from_bytes(png[20:24], "big") == size
    ico = icons.joinpath("annotator.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 6  # 16..256
    icns = icons.joinpath("annotator.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)


def test_installer_files_agree_on_names():
    spec = (ROOT / "installer" / "annotator.spec").read_text(encoding="utf-8")
    assert "copy_metadata(\"annotator\", recursive=True)" in spec and "collect_entry_point" in spec
    assert "CFBundleDocumentTypes" in spec and "org.annotator.project" in spec
    iss = (ROOT / "installer" / "windows" / "annotator.iss").read_text(encoding="utf-8")
    assert ".annotator" in iss and "annotator.exe" in iss
