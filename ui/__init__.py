"""Debt Tracker desktop GUI (PySide6)."""

from ui import feature_marks

feature_marks.install()  # before the app's modules: PySide6 need not read their source
