"""Render the dashboard with estimated dues (issue 11), in English and Chinese, as it
looks on a 1024×640 and a 1920×1080 screen: docs/screenshots/estimates-*.png.

The demo file (today = 2026-12-01) and two cards with charges and no bill recorded
(CN card preset): "Card A" (statement day 5, ¥1,000.00 on 10 Sep: the engine's 5 Oct
statement is 38 days late) and "Card B" (statement day 25, ¥600.00 on 10 Nov: its
25 Nov statement is due 14 Dec). Their estimates are hollow rings on the timeline; the
countdown names Card B only when it is the soonest (the demo's 花呗 is due 4 Dec). A
second file holds Card B alone: the countdown then names its estimate. At 1024×640 the
page is also shot scrolled to the bottom (the timeline). Offscreen.

    .venv/bin/python scripts/estimate_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent"  # no notifications

from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from tracker.service import charges, demo, files, products  # noqa: E402
from tracker.storage import Store  # noqa: E402
from ui.app import create_main_window  # noqa: E402
from ui.i18n import apply_language  # noqa: E402

SIZES = ((1024, 640), (1920, 1080))
OUT = ROOT / "docs" / "screenshots"
TODAY = date(2026, 12, 1)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _card(store: Store, name: str, day: str, when: date, amount: int) -> None:
    pid = products.add_product(store, name, "cn-credit-card", {"statement_day": day}).saved_id
    charges.add_charge(store, pid, when, amount, when)


def _file(path: Path, with_demo: bool) -> Path:
    store = files.open_store(path, create=True)
    if with_demo:
        demo.populate(store, TODAY)
        _card(store, "Card A", "5", date(2026, 9, 10), 100_000)
    _card(store, "Card B", "25", date(2026, 11, 10), 60_000)
    store.close()
    return path


def main() -> int:
    app = QApplication([sys.argv[0]])
    app.setApplicationName("debt-tracker-screenshots")
    work = Path(tempfile.mkdtemp(prefix="estimate-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "zh_CN"):
        for width, height in SIZES:
            for kind, with_demo in (("demo", True), ("only", False)):
                apply_language(lang)
                db = _file(work / f"{lang}-{width}-{kind}.db", with_demo)
                window = create_main_window(db, TODAY)
                window.resize(width, height)
                window.show()
                page = window.show_page("dashboard")
                _settle(app)
                name = f"estimates-{kind}-{lang}-{width}x{height}"
                window.grab().save(str(OUT / f"{name}.png"))
                scroll = page.findChild(QScrollArea, "dashboardScroll")
                bar = scroll.verticalScrollBar()
                if bar.maximum() > 0:
                    bar.setValue(bar.maximum())
                    _settle(app)
                    window.grab().save(str(OUT / f"{name}-bottom.png"))
                window.close()
                window.deleteLater()
                _settle(app)
    print(f"estimate_screenshots: written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
