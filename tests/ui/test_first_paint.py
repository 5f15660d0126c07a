"""The dashboard's first paint (issue 12, cold start): its dues table is sized once before
it, to the widths Qt's ResizeToContents gives, which keeps them fitted from then on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from ui.app import create_main_window
from ui.i18n import apply_language
from ui.main_window import MainWindow


def qt_widths(view: QTableView) -> list[int]:
    """What ResizeToContents makes each column: the widest of its cells and its title
    (QTableView::resizeColumnToContents); the stretching What column as it is."""
    header = view.horizontalHeader()
    return [
        header.sectionSize(c)
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
        else max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
        for c in range(header.count())
    ]


def widths(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count())]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_dues_columns_at_the_first_paint_are_those_qt_keeps(
    lang: str, tmp_path: Path, qtbot: QtBot
) -> None:
    apply_language(lang)
    window: MainWindow = create_main_window(tmp_path / "t.db", TODAY, demo_if_new=True)
    qtbot.addWidget(window)
    view = window.findChild(QTableView, "upcomingDuesView")
    header = view.horizontalHeader()
    window.show()  # the first paint comes from the event loop: nothing measured again yet
    first = widths(view)
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    qtbot.waitUntil(lambda: header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents)
    assert view.model().rowCount() > 3  # the demo's dues: a real measure
    assert first == qt_widths(view)  # Qt's own measure of the same rows: no jump
    assert widths(view) == first
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch


def test_after_the_first_paint_the_columns_follow_the_rows(
    make_window,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
) -> None:
    window: MainWindow = make_window()
    view = window.findChild(QTableView, "upcomingDuesView")
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionResizeMode(1) == QHeaderView.ResizeMode.ResizeToContents)
    before = widths(view)
    model = view.model()
    assert model.rowCount() == 11  # the demo's open dues, 3 of them Klarna's
    search = window.findChild(QLineEdit, "duesSearch")
    qtbot.keyClicks(search, "Klarna")
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=2000)
    # Qt keeps the columns fitted to the rows left: "Klarna" is narrower than 招商银行信用卡.
    qtbot.waitUntil(lambda: widths(view) == qt_widths(view), timeout=2000)
    assert widths(view)[1] < before[1]
    qtbot.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(search, Qt.Key.Key_Delete)  # every row again: the widths of before
    qtbot.waitUntil(lambda: widths(view) == before, timeout=2000)


def test_modules_are_marked_as_pyside6_would_mark_them_without_reading_them() -> None:
    import shibokensupport.feature as pyside_feature  # PySide6's own check, by name

    import tracker.service.dashboard  # noqa: F401  (loaded, to be marked)
    import ui.pages.dashboard  # noqa: F401  (loaded, to be marked)

    marks = sys.modules["__feature__"].pyside_feature_dict
    ours = [n for n in sys.modules if n.partition(".")[0] in ("tracker", "ui")]
    assert len(ours) > 40 and all(n in marks for n in ours)
    differ = []
    for name in ours:
        module = sys.modules[name]
        pyside_says = 0 if pyside_feature._mod_uses_pyside(module) else -1  # reads the file
        if marks[name] != pyside_says:
            differ.append(name)
    # Where the word "PySide6" decides otherwise, it is not what the module uses: a
    # Qt-free tracker module that names PySide6 in a docstring (tracker.notify, -1: it
    # imports no Qt, tests/core/test_layering.py), a ui package file that does not (0).
    # Either mark means "no feature selected" in an app that selects none.
    assert all(marks[n] == -1 for n in ours if n.startswith("tracker"))
    assert all(marks[n] == 0 for n in ours if n.startswith("ui"))
    assert "tracker.notify" in differ or "tracker.notify" not in sys.modules
    assert len(differ) <= 8, differ
    assert marks["decimal"] == -1 and marks["json"] == -1  # the standard library


def test_currency_cards_look_as_they_did_with_one_style_sheet(window: MainWindow) -> None:
    # The card's one style sheet styles its labels by their "part" (a sheet on each of
    # its 13 labels cost ~4 ms a card): 13 pt bold figures, a 12 pt bold heading, grey
    # captions — as the labels' own sheets made them (a grab of the window: same PNG).
    (card, *_) = window.pages["dashboard"].cards
    value = card.values["total_debt"]
    value.ensurePolished()
    assert (value.font().pointSize(), value.font().bold()) == (13, True)
    card.heading.ensurePolished()
    assert (card.heading.font().pointSize(), card.heading.font().bold()) == (12, True)
    caption = card.captions["total_debt"]
    caption.ensurePolished()
    assert caption.palette().color(caption.foregroundRole()).name() == "#5f6368"
    assert not caption.font().bold()
