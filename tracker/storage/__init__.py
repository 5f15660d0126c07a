"""Storage: the only package with SQL. Open a data file with :meth:`Store.open`."""

from __future__ import annotations

from tracker.storage.schema import SCHEMA_VERSION
from tracker.storage.store import Store

__all__ = ["SCHEMA_VERSION", "Store"]
