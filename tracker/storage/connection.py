"""The open connection as the store uses it."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any


class Database:
    """An open connection as the store uses it (``execute``, ``conn``, ``close``). This
    was sqlite-utils' ``Database``, of which nothing else was used; importing that
    library (and click, pluggy, its plugins) cost every start ~80 ms (issue 12). As it
    did, recursive triggers are on."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute("PRAGMA recursive_triggers = ON")

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> sqlite3.Cursor:
        """``sql`` on the connection (autocommit: a write outside a transaction is
        committed by SQLite at once)."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def table_names(self) -> list[str]:
        """The file's tables."""
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [r[0] for r in rows.fetchall()]

    def close(self) -> None:
        self.conn.close()
