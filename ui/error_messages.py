"""The core's error templates, for lupdate (by scripts/error_strings.py; do not edit)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
)
