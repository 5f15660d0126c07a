"""SQLite's quick check after the first paint (issue 12, cold start): the app's start no
longer reads every page of the file before its window, yet a damaged file still gets the
restore offer, nothing is written to it, and the first write waits for a check.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.torture import damage
from tests.ui.conftest import TODAY
from tests.ui.test_file_safety import click_when_modal
from tracker.errors import DamagedFileError, StorageError
from tracker.service import backups, files, products
from tracker.storage import SCHEMA_VERSION, Store, checks
from ui import app
from ui.main_window import MainWindow
from ui.upkeep import Upkeep


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_root_page(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` (a closed file) with random bytes."""
    conn = sqlite3.connect(path)
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
    ).fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = random.Random(7).randbytes(page_size)
    path.write_bytes(bytes(data))


def with_import_rows(path: Path) -> Path:
    """Rows in ``import_rows``: a table the dashboard (the first paint) never reads."""
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO imports (id, product_id, file_name, profile, encoding, added, duplicates)"
        " VALUES (1, 1, 'bill.csv', 'generic', 'utf-8', 3, 0)"
    )
    conn.executemany(
        "INSERT INTO import_rows VALUES (1, ?, 1, 'charges', ?)",
        [(f"key-{n}", n) for n in range(3)],
    )
    conn.commit()
    conn.close()
    return path


def main_windows() -> list[int]:
    from PySide6.QtWidgets import QApplication

    return [id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def counted_quick_checks(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    calls: list[object] = []
    real = checks.quick_problems
    monkeypatch.setattr(checks, "quick_problems", lambda conn: calls.append(conn) or real(conn))
    return calls


def test_the_start_leaves_the_quick_check_only_for_a_file_opening_does_not_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = damage.sound_file(tmp_path / "debts.db", count=2)
    calls = counted_quick_checks(monkeypatch)
    store = files.open_or_create(db, check_later=True)
    assert calls == [] and store.quick_check_skipped and not store.checked
    store.close()
    # Without check_later (the CLI, File > Open): checked at open, as before.
    store = files.open_or_create(db)
    assert len(calls) == 1 and not store.quick_check_skipped
    store.close()
    # Changes of another connection waiting in the -wal file: closing would checkpoint
    # them into the file, so it is checked first.
    other = sqlite3.connect(db)
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("INSERT INTO settings VALUES ('x', 'y')")
    other.commit()
    assert Path(f"{db}-wal").stat().st_size > 0
    store = files.open_or_create(db, check_later=True)
    assert len(calls) == 2 and not store.quick_check_skipped
    store.close()
    other.close()


def test_a_damaged_file_that_needs_a_migration_is_refused_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = damage.sound_file(tmp_path / "debts.db", count=2)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")  # an older version's file
    conn.close()
    flip_root_page(db, "products")
    before = digest(db)
    calls = counted_quick_checks(monkeypatch)
    with pytest.raises(DamagedFileError, match="is damaged"):
        files.open_or_create(db, check_later=True)
    assert len(calls) == 1  # checked although asked to check later: it would migrate
    assert digest(db) == before
    assert not backups.list_backups(db)  # not even the backup before a migration


def test_damage_the_first_paint_reads_gets_the_offer_at_start(
    tmp_path: Path, qtbot: QtBot
) -> None:
    db = damage.sound_file(tmp_path / "debts.db", count=5)
    backups.back_up(db)
    flip_root_page(db, "products")  # the dashboard lists the products
    before = digest(db)
    seen: list[str] = []
    click_when_modal(qtbot, "notNowButton", seen)
    windows = set(main_windows())
    assert app._open_window(db, TODAY, demo_if_new=False) is None  # not restored: no window
    assert set(main_windows()) <= windows  # nor a half-built one kept alive by the error
    # Named as the quick check at open named it (SQLite's own words), with the backup.
    assert "debts.db is damaged (" in seen[0] and "restore a backup" in seen[0]
    assert "The newest good backup is from" in seen[0]
    assert digest(db) == before  # nothing written


def test_damage_found_after_the_first_paint_gets_the_same_offer(
    tmp_path: Path, qtbot: QtBot
) -> None:
    db = with_import_rows(damage.sound_file(tmp_path / "debts.db", count=5))
    backups.back_up(db)
    flip_root_page(db, "import_rows")  # never read by the first paint
    damaged_bytes = db.read_bytes()
    window = app._open_window(db, TODAY, demo_if_new=False)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    assert window.ctx.store.quick_check_skipped and not window.ctx.store.checked
    upkeep = Upkeep(window)  # as main() does after the first paint
    upkeep.damageFound.connect(lambda message: app._offer_restore(window, message))
    seen: list[str] = []
    click_when_modal(qtbot, "restoreButton", seen)
    with qtbot.waitSignal(upkeep.finished, timeout=20000):
        upkeep.start()
    assert "debts.db is damaged (" in seen[0]
    assert "The newest good backup is from" in seen[0]
    names = [p.name for p in products.list_products(window.ctx.store)]
    assert names == [f"product-{i:02}" for i in range(5)]  # the backup, restored
    (aside,) = [p for p in tmp_path.glob("debts.db.damaged-*") if p.suffix != "-wal"]
    assert aside.read_bytes() == damaged_bytes  # kept aside as it was: nothing written


def test_the_first_write_waits_for_a_check(tmp_path: Path, qtbot: QtBot) -> None:
    db = with_import_rows(damage.sound_file(tmp_path / "debts.db", count=3))
    flip_root_page(db, "import_rows")
    before = digest(db)
    window = app.create_main_window(db, TODAY, check_later=True)
    qtbot.addWidget(window)
    window.show()
    store = window.ctx.store
    assert not store.checked  # shown before any check
    # A change before the background check has reported: the full check runs first,
    # finds the page, and nothing is written.
    with pytest.raises(StorageError, match="is damaged"):
        products.add_product(store, "New", "huabei", {})
    assert store.checked and store.damage
    window.close()
    files.close_store(store)
    assert digest(db) == before


def test_a_sound_file_opened_unchecked_is_checked_by_its_first_write(tmp_path: Path) -> None:
    db = damage.sound_file(tmp_path / "debts.db", count=1)
    store = files.open_or_create(db, check_later=True)
    try:
        assert not store.checked
        products.add_product(store, "New", "huabei", {})
        assert store.checked and store.damage is None
        assert sorted(p.name for p in store.list_products()) == ["New", "product-00"]
    finally:
        store.close()
    again = Store.open(db)  # reopened as the CLI does (quick check at open): sound
    try:
        assert sorted(p.name for p in again.list_products()) == ["New", "product-00"]
    finally:
        again.close()


def test_the_app_offers_the_backup_for_damage_found_after_its_first_paint(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real main(): the window is shown before any check; the background check after
    # the first paint finds the damaged page and the restore offer follows.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    db = with_import_rows(damage.sound_file(tmp_path / "debts.db", count=3))
    backups.back_up(db)
    flip_root_page(db, "import_rows")
    before = digest(db)
    offered: list[tuple[bool, str]] = []
    windows: list[MainWindow] = []

    def offer(window, message: str) -> None:  # type: ignore[no-untyped-def]
        offered.append((window.isVisible(), message))
        windows.append(window)
        # main() returns. Not quit(), which closes the window, and closing the last one
        # posts a quit that would end a later test's dialogs as soon as they start.
        QApplication.setQuitOnLastWindowClosed(False)
        QApplication.exit(0)

    monkeypatch.setattr(app, "_offer_restore", offer)
    guard = QTimer(singleShot=True, interval=30000)  # the test fails, it never hangs
    guard.timeout.connect(lambda: QApplication.exit(1))
    guard.start()
    try:
        status = app.main(["--db", str(db), "--today", TODAY.isoformat(), "--lang", "en"])
    finally:
        guard.stop()
        QApplication.setQuitOnLastWindowClosed(False)  # as above
        for window in windows:  # main()'s window
            window.close()
            window.deleteLater()
        QApplication.processEvents()
        QApplication.setQuitOnLastWindowClosed(True)
    assert status == 0
    assert len(offered) == 1
    shown, message = offered[0]
    assert shown  # the window was on screen: the check came after the first paint
    assert "debts.db is damaged (" in message
    assert digest(db) == before  # nothing written, not even the day's backup
    assert len(backups.list_backups(db)) == 1  # only the one taken before the damage
