"""The GUI and a file that cannot be trusted or changed: damaged, read-only, open twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QTableWidget

from tests.torture import damage
from tests.ui.conftest import TODAY
from tracker.errors import DamagedFileError, StorageError
from tracker.service import backups, products
from ui import app
from ui.dialogs.restore_offer import RestoreOffer
from ui.main_window import MainWindow
from ui.single_instance import SingleInstance
from ui.upkeep import Upkeep


def click_when_modal(qtbot, button_name: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click ``button_name`` in the next modal box, like a person, recording its text."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, click)
            return
        seen.append(box.findChild(QLabel, "qt_msgbox_label").text())
        qtbot.mouseClick(box.findChild(QPushButton, button_name), Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, click)


def test_a_damaged_file_at_start_is_restored_from_the_offered_backup(
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    db = damage.sound_file(tmp_path / "debts.db", count=5)
    backups.back_up(db)
    damage.bad_json(db)  # product-03's rules no longer parse
    with pytest.raises(DamagedFileError):
        app.create_main_window(db, TODAY)
    seen: list[str] = []
    click_when_modal(qtbot, "restoreButton", seen)
    window = app._open_window(db, TODAY, demo_if_new=False)
    assert window is not None
    qtbot.addWidget(window)
    assert "products row 4: its rules are not readable JSON" in seen[0]
    assert "The newest good backup is from" in seen[0]
    names = [p.name for p in products.list_products(window.ctx.store)]
    assert names == [f"product-{i:02}" for i in range(5)]  # the backup's data
    (aside,) = [p for p in tmp_path.glob("debts.db.damaged-*") if p.suffix != "-wal"]
    assert b"[" in aside.read_bytes()  # the damaged file, kept aside


def test_damage_found_in_the_background_stops_writes_and_shows_a_banner(
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    db = damage.sound_file(tmp_path / "debts.db", count=10)
    damage.damage_index(db)  # passes the quick check at start
    window = app.create_main_window(db, TODAY)
    qtbot.addWidget(window)
    window.show()
    banner = window.findChild(QLabel, "fileBanner")
    assert not banner.isVisible()
    upkeep = Upkeep(window)
    found: list[str] = []
    upkeep.damageFound.connect(found.append)
    with qtbot.waitSignal(upkeep.finished, timeout=10000):
        upkeep.start()
    assert found and "sqlite_autoindex_products_1" in found[0]
    assert banner.isVisible() and banner.text().startswith("This data file is damaged")
    with pytest.raises(StorageError, match="is damaged"):
        products.add_product(window.ctx.store, "New", "huabei", {})
    assert not backups.list_backups(db)  # no backup of a damaged file either


def settings_panel(window: MainWindow):  # type: ignore[no-untyped-def]
    window.show_page("settings")
    return window.findChild(QTableWidget, "backupsTable")


def test_settings_backups_lists_backs_up_and_restores(
    window: MainWindow,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    table = settings_panel(window)
    assert table.rowCount() == 0
    qtbot.mouseClick(window.findChild(QPushButton, "backUpNowButton"), Qt.MouseButton.LeftButton)
    assert table.rowCount() == 1
    # The full check runs in the background ("checking…" until it ends).
    qtbot.waitUntil(lambda: table.item(0, 3).text() == "good")
    assert table.item(0, 1).text() == "made by hand"
    before = [p.name for p in products.list_products(window.ctx.store)]
    window.ctx.change(lambda s: products.add_product(s, "Added later", "huabei", {}))
    restore = window.findChild(QPushButton, "restoreBackupButton")
    assert not restore.isEnabled()  # nothing chosen yet
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert restore.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert [p.name for p in products.list_products(window.ctx.store)] == before
    kinds = sorted(table.item(r, 1).text() for r in range(table.rowCount()))
    assert kinds == ["before a risky step", "made by hand"]  # the replaced file, kept
    assert window.findChild(QLabel, "backupMessage").text().startswith("Restored the backup")


def test_a_read_only_file_says_so_and_refuses_changes(
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    db = damage.sound_file(tmp_path / "ro.db", count=2)
    db.chmod(0o444)
    window = app.create_main_window(db, TODAY)
    qtbot.addWidget(window)
    window.show()
    banner = window.findChild(QLabel, "fileBanner")
    assert banner.isVisible()
    assert banner.text() == (
        "Read-only: the file is read-only. You can look at everything, but changes cannot "
        "be saved."
    )
    assert len(products.list_products(window.ctx.store)) == 2
    with pytest.raises(StorageError, match=r"open read-only \(the file is read-only\)"):
        products.add_product(window.ctx.store, "New", "huabei", {})
    assert [p.name for p in tmp_path.iterdir()] == ["ro.db"]  # no -wal, no -shm


def test_a_second_start_for_the_same_file_hands_over(
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    first = SingleInstance(tmp_path / "a.db", QApplication.instance())
    assert first.listen()
    # The same file written another way still finds the first instance.
    second = SingleInstance(tmp_path / "sub" / ".." / "a.db")
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.hand_over()
    assert not SingleInstance(tmp_path / "b.db").hand_over()  # another file: no one there
    first.server.close()  # type: ignore[union-attr]


def test_restore_offer_without_a_backup_only_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = RestoreOffer("the data file is damaged", None)
    qtbot.addWidget(box)
    assert box.restore_button is None
    assert "No good backup of this file was found." in box.text()
