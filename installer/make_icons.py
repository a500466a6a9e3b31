"""Regenerate the application icons from ``resources/icons/annotator.svg``.

    python installer/make_icons.py

Writes ``resources/icons/annotator-<N>.png`` for the hicolor sizes (Qt's own SVG renderer, so no
extra tool is needed for them), ``annotator.ico`` (Windows: 16–256) and ``annotator.icns`` (macOS:
16–1024) with Pillow (``pip install pillow``: a tool of this script only, not a dependency of the
app). The results are committed; builds only copy them.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "annotator.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # hicolor sizes; the window takes them all
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    """PNG bytes of the SVG at ``size`` × ``size``."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data)


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, image plugins)
    pngs = {size: render(size) for size in (*SIZES, 1024)}
    for size in SIZES:
        (ICONS / f"annotator-{size}.png").write_bytes(pngs[size])
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is missing (pip install pillow): PNGs written, ICO and ICNS left as they are")
        return 1
    big = Image.open(io.BytesIO(pngs[1024])).convert("RGBA")
    # Pillow scales each ICO size down from the largest image with a good filter
    big.save(ICONS / "annotator.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    big.save(ICONS / "annotator.icns", format="ICNS")
    print(f"wrote {len(SIZES)} PNGs, annotator.ico and annotator.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
