"""The app starts even when its daily backup cannot be written, and says so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tracker import service
from ui import app


def test_the_window_opens_when_the_daily_backup_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    db = tmp_path / "full.db"
    service.open_store(db, create=True).close()
    real_connect = sqlite3.connect

    def unwritable_backup(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if "backups" in str(target):  # the disk holding backups/ is full or failing
            uri = f"{Path(str(target)).resolve().as_uri()}?mode=ro"
            return real_connect(uri, uri=True)
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", unwritable_backup)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    messages: list[str] = []
    monkeypatch.setattr(app, "_save_and_quit", lambda w, _t: _quit(w, messages))
    status = app.main(["--db", str(db), "--today", "2026-12-01", "--screenshot", "x.png"])
    assert status == 0 and shown == []
    assert messages and messages[0].startswith("Could not back up the data file: not backed up")
    leftovers = [p.name for p in tmp_path.rglob("*") if p.is_file() and "backups" in str(p)]
    assert leftovers == []  # no .part file


def _quit(window: object, messages: list[str]) -> None:
    from PySide6.QtWidgets import QApplication

    messages.append(window.statusBar().currentMessage())  # type: ignore[attr-defined]
    window.close()  # type: ignore[attr-defined]
    QApplication.instance().exit(0)
