"""Dialogs: each returns a typed draft; the caller saves it through the service."""
