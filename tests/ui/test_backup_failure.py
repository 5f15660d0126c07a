"""The app starts even when its daily backup cannot be written, and says so.

Before: sqlite3.OperationalError from the backup escaped ui.app.main (the GUI did not
start) and a 0-byte 0644 ``.part`` file was left behind.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.ui.conftest import TODAY
from ui import app
from ui.upkeep import Upkeep


def test_the_window_opens_when_the_daily_backup_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    db = tmp_path / "full.db"
    window = app.create_main_window(db, TODAY)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    real_connect = sqlite3.connect

    def unwritable_backup(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if "backups" in str(target):  # the disk holding backups/ is full or failing
            uri = f"{Path(str(target)).resolve().as_uri()}?mode=ro"
            return real_connect(uri, uri=True)
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", unwritable_backup)
    upkeep = Upkeep(window)  # what main() starts after the first paint
    with qtbot.waitSignal(upkeep.finished, timeout=10000):  # type: ignore[attr-defined]
        upkeep.start()
    monkeypatch.undo()
    message = window.statusBar().currentMessage()
    assert message.startswith("Could not back up the data file: not backed up"), message
    leftovers = [p.name for p in tmp_path.rglob("*") if p.is_file() and "backups" in str(p)]
    assert leftovers == []  # no .part file
    assert window.pages  # the window is built and usable
