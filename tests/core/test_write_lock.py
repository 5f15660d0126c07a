"""A write that must wait for another process's write: it waits, and never says "locked"."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from tracker.errors import StorageError
from tracker.service import products as core
from tracker.storage import Store


def hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another connection writes for ``seconds`` (as a second copy of the app would)."""
    ready = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        ready.set()
        time.sleep(seconds)
        other.execute("ROLLBACK")
        other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait()
    return thread


def test_a_read_then_write_waits_for_the_other_writer(empty_store: Store) -> None:
    holder = hold_write_lock(empty_store.path, 0.5)
    # add_product reads (is the name taken?) then writes: it waits ~0.5 s, then saves.
    core.add_product(empty_store, "Huabei", "huabei", {})
    holder.join()
    assert [p.name for p in empty_store.list_products()] == ["Huabei"]


def test_after_the_timeout_the_user_is_told_to_try_again(empty_store: Store) -> None:
    empty_store.db.execute("PRAGMA busy_timeout = 200")  # 0.2 s instead of 10 s
    holder = hold_write_lock(empty_store.path, 1.5)
    with pytest.raises(StorageError) as caught:
        core.add_product(empty_store, "Huabei", "huabei", {})
    holder.join()
    assert str(caught.value) == "another copy of Debt Tracker is saving; try again"
    assert "locked" not in str(caught.value)
    assert empty_store.list_products() == []
