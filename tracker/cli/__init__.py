"""``debt-tracker-cli``: the command-line face of :mod:`tracker.service`."""

from __future__ import annotations

from tracker.cli.main import main

__all__ = ["main"]
