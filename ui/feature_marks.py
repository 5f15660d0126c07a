"""Spare PySide6 reading the source of every module imported after it (issue 12).

PySide6 replaces ``__import__``; after the first import of each module it reads that
module's whole source (``inspect.getsource``, kept by ``linecache``) to look for the
word "PySide6", which decides whether its ``from __feature__ import snake_case``
switching applies to the module: ~115 files, ~10 ms of the app's start. This app selects
no ``__feature__``, and the answer is known without reading: ``ui`` uses PySide6 (mark 0:
no feature selected, as the check finds), the Qt-free ``tracker`` package
(tests/core/test_layering.py), dateutil and the standard library do not (-1: ignored, as
the check finds; a frozen bundle, without sources, marks every module so). :func:`install`
puts a finder at the head of ``sys.meta_path`` that writes the mark when such a module
is first looked for (and marks those already imported); PySide6 then finds them
marked and reads nothing. Other modules are
left to PySide6's own check, and without the mark table (another PySide6) nothing is done.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

#: Top-level packages that never use PySide6, besides the standard library's.
QT_FREE = frozenset({"tracker", "dateutil", "six"})


class _Marks:
    """A meta-path finder that finds nothing: it only marks modules before their import."""

    def __init__(self, marks: dict[str, int]) -> None:
        self.marks = marks

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        self.mark(fullname)
        return None

    def mark(self, name: str) -> None:
        if name not in self.marks:
            top = name.partition(".")[0]
            if top == "ui":
                self.marks[name] = 0
            elif top in QT_FREE or top in sys.stdlib_module_names:
                self.marks[name] = -1


def install() -> bool:
    """Mark modules as PySide6 would (see above); True when its mark table was found."""
    import PySide6  # noqa: F401  (its import sets up the table)

    feature: Any = sys.modules.get("__feature__")
    marks = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(marks, dict):
        return False
    if not any(isinstance(f, _Marks) for f in sys.meta_path):
        finder = _Marks(marks)
        for name in list(sys.modules):  # imported already, checked at their next import
            finder.mark(name)
        sys.meta_path.insert(0, finder)
    return True
