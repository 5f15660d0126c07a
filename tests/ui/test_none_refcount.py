"""PySide6 must not drop references to None (6.12.0 on Python 3.11 does: TESTING.md § Known traps).

A tray app makes such calls on every timer tick for days; when None's count reaches zero
the process aborts with "Fatal Python error: none_dealloc". 20,000 calls that return None
must leave ``sys.getrefcount(None)`` where it was (a small drift from caches is allowed).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QWidget

CALLS = 20_000


def test_calls_returning_none_keep_none_alive(qapp: QApplication) -> None:
    widget = QWidget()
    parent = QObject()
    model = QStandardItemModel(1, 1)
    cell = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(CALLS // 4):
        assert widget.layout() is None
        assert parent.findChild(QObject, "nothing-by-this-name") is None
        assert cell.data() is None
        assert QApplication.focusWidget() is None
    after = sys.getrefcount(None)
    # 6.12.0 loses one reference per call (≈ 20,000 here); a sound build stays within noise.
    assert before - after < 100, f"None lost {before - after} references in {CALLS} calls"
    assert QModelIndex().data() is None
