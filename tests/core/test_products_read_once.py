"""Store.list_products reads and decodes the products once per revision of the file
(issue 12: the dashboard's first refresh asked three times); any change shows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tracker.service import products
from tracker.storage import Store
from tracker.storage import rows as stored


def test_products_are_decoded_once_per_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(tmp_path / "debts.db", create=True)
    try:
        products.add_product(store, "Alpha", "huabei", {})
        products.add_product(store, "Beta", "huabei", {})
        decoded: list[object] = []
        real = stored.product
        monkeypatch.setattr(stored, "product", lambda row: decoded.append(row) or real(row))
        first = store.list_products()
        again = store.list_products()
        assert [p.name for p in again] == ["Alpha", "Beta"] == [p.name for p in first]
        assert len(decoded) == 2  # two products, decoded once for both reads
        again.clear()  # a caller's list is its own
        assert len(store.list_products()) == 2
        # A change of this connection: read again (2 + 3 decoded).
        products.add_product(store, "Gamma", "huabei", {})
        assert [p.name for p in store.list_products()] == ["Alpha", "Beta", "Gamma"]
        assert len(decoded) == 5
        # A change by another program (another connection): read again too.
        other = sqlite3.connect(store.path)
        other.execute("UPDATE products SET name = 'Alpha 2' WHERE name = 'Alpha'")
        other.commit()
        other.close()
        assert [p.name for p in store.list_products()] == ["Alpha 2", "Beta", "Gamma"]
        # With archived products: its own reading, then kept the same way.
        assert len(store.list_products(include_archived=True)) == 3
        assert len(decoded) == 11
        store.list_products(include_archived=True)
        assert len(decoded) == 11
    finally:
        store.close()
