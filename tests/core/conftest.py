"""Core fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.service import files
from tracker.storage import Store


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """A new, empty data file (no products), closed after the test."""
    s = files.open_store(tmp_path / "empty.db", create=True)
    yield s
    s.close()
