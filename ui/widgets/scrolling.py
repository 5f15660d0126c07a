"""A page body that scrolls when the window is smaller than it (a 1024×640 screen)
instead of making the window taller or wider than the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

#: The widest a page's content grows (pixels): on a 1920-pixel screen amounts and buttons
#: stay near the text they belong to instead of drifting to the far edge.
MAX_CONTENT_WIDTH = 1280


def scroll_area(content: QWidget, object_name: str) -> QScrollArea:
    """``content`` in a frameless scroll area, at most :data:`MAX_CONTENT_WIDTH` wide."""
    area = QScrollArea(objectName=object_name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(at_most_wide(content))
    return area


def at_most_wide(content: QWidget, width: int = MAX_CONTENT_WIDTH) -> QWidget:
    """``content`` capped at ``width`` pixels, left-aligned, in a holder that takes any
    width."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    content.setMaximumWidth(width)
    row.addWidget(content, 1)
    row.addStretch(0)
    return holder
