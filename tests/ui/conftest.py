"""GUI fixtures: every test gets its own data file, settings and a fresh main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from ui.app import create_main_window
from ui.i18n import apply_language
from ui.main_window import MainWindow

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    """QSettings in the test's own folder, English interface."""
    QCoreApplication.setOrganizationName("debt-tracker-tests")
    QCoreApplication.setApplicationName("debt-tracker-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    apply_language("en")
    yield
    apply_language("en")


@pytest.fixture
def make_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """``make_window(demo=True)`` → a shown MainWindow on a fresh file, closed after."""

    def make(demo: bool = True, today: date = TODAY, name: str = "t.db") -> MainWindow:
        window = create_main_window(tmp_path / name, today, demo_if_new=demo)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on a fresh file with demo data, today = 2026-12-01."""
    return make_window()
