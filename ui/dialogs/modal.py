"""Running a modal dialog and then deleting it, at a moment Qt chooses.

A dialog made with a parent lives on as the parent's child after ``exec()``; its Python
wrapper sits in a reference cycle (its own slots), and when the garbage collector frees
that cycle at some random later moment it deletes the dialog — possibly while Qt is
walking the parent's children (a language switch): a crash. ``deleteLater`` deletes it
from the event loop instead, where that cannot happen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run(dialog: QDialog) -> int:
    """``dialog.exec()``, then schedule its deletion; returns what ``exec`` returned.

    The dialog stays usable until control returns to the event loop (read its result).
    """
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
