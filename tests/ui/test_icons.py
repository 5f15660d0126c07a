"""The app icon: rendered from its SVG at every size, set on the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from tracker.desktop import ICON_SIZES, icon_file
from ui.icons import app_icon
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_pngs_are_rendered_from_the_committed_svg() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/render_icons.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_size_is_square_and_uses_the_corners_of_its_grid() -> None:
    for size in ICON_SIZES:
        image = QImage(str(icon_file(size)))
        assert (image.width(), image.height()) == (size, size)
        # The page's outline (#22324a) spans x = 16..32 of 256 units, i.e. pixels
        # [size/16, size/8): the first whole pixel in it, ceil(size/16), is all outline
        # (16 px: pixel 1; 24 px: [1.5, 3) → pixel 2). Left of it is transparent.
        x = -(-size // 16)
        assert image.pixelColor(0, size // 2).alpha() == 0
        assert image.pixelColor(x, size // 2).name() == "#22324a"


def test_the_16_px_icon_shows_the_red_band_and_the_gold_coin() -> None:
    # At 16 px one pixel is 16 SVG units. The header band is y 48..96 → rows 3..5, and
    # x 32..192 → columns 2..11 (the rings are at columns 4 and 9): pixel (6, 4) is red.
    # The coin's face is a circle r 48 at (184, 184): pixel (11, 11) covers 176..192,
    # gold mixed with the darker bars, so it is a warm yellow rather than exactly #f4b41a.
    image = QImage(str(icon_file(16)))
    assert image.pixelColor(6, 4).name() == "#d8433b"
    coin = image.pixelColor(11, 11)
    assert coin.red() > 0xC0 and 0x80 < coin.green() < 0xC0 and coin.blue() < 0x40


def test_the_window_and_the_app_carry_the_icon(window: MainWindow) -> None:
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    # Qt picks the exact file for each size (no scaling).
    assert icon.pixmap(QSize(48, 48)).toImage() == QImage(str(icon_file(48))).convertToFormat(
        icon.pixmap(QSize(48, 48)).toImage().format()
    )
    assert not window.windowIcon().isNull()
    assert window.windowIcon().availableSizes() == icon.availableSizes()
