"""The core's error templates, for lupdate (from scripts/error_strings.py)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
)
