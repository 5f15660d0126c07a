"""Exceptions the core raises; the CLI and GUI turn them into one clear message."""

from __future__ import annotations


class TrackerError(Exception):
    """Base class for every error the core reports to a user."""


class InputError(TrackerError, ValueError):
    """A value the user typed (amount, date, rate, name, option) is not acceptable.

    The message names the problem and the offending value; nothing has been written.
    ``field`` optionally names the setting or form field at fault (for the GUI).
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(TrackerError, LookupError):
    """A product, bill, plan or payment that the user named does not exist."""


class StorageError(TrackerError):
    """The data file cannot be used: not SQLite, not ours, newer schema, locked, corrupt."""
