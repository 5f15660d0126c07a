"""Debt Tracker desktop GUI (PySide6)."""
