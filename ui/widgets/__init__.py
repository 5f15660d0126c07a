"""Reusable widgets: validated form fields and dialogs."""
