"""Render resources/icons/debt-tracker.svg to the PNG sizes the desktops use.

    .venv/bin/python scripts/render_icons.py           # rewrite resources/icons/*.png
    .venv/bin/python scripts/render_icons.py --check   # exit 1 if a PNG is stale

Uses Qt's own SVG renderer (QSvgRenderer), so the result is what Qt draws from the SVG.
Run it after editing the SVG and commit the PNGs (tests/ui/test_icons.py checks them).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.desktop import ICON_SIZES  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "debt-tracker.svg"


def render(size: int) -> bytes:
    """The icon as PNG bytes, ``size`` × ``size`` pixels, transparent background."""
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: Qt cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _same_pixels(committed: bytes, rendered: bytes) -> bool:
    """Whether two PNGs hold the same picture, each channel within 2 of 255: the
    antialiased edges' rounding differs by a unit between CPUs (a 256 px render here
    had 8 channel values 1 off the committed file), which is not a stale icon."""
    a, b = QImage.fromData(committed), QImage.fromData(rendered)
    if a.isNull() or a.size() != b.size():
        return False
    fmt = QImage.Format.Format_ARGB32
    pa, pb = bytes(a.convertToFormat(fmt).constBits()), bytes(b.convertToFormat(fmt).constBits())
    return len(pa) == len(pb) and all(abs(x - y) <= 2 for x, y in zip(pa, pb, strict=True))


def main(argv: list[str]) -> int:
    check = "--check" in argv
    _app = QGuiApplication.instance() or QGuiApplication([])
    stale = []
    for size in ICON_SIZES:
        target = ICONS / f"debt-tracker-{size}.png"
        png = render(size)
        if check:
            if not target.is_file() or not _same_pixels(target.read_bytes(), png):
                stale.append(target.name)
        else:
            target.write_bytes(png)
            print(f"render_icons: wrote {target.relative_to(ROOT)} ({len(png)} bytes)")
    if stale:
        print(f"render_icons: stale: {', '.join(stale)} (run scripts/render_icons.py)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
