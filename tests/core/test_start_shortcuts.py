"""The start's shortcuts (issue 12, branch startdomain) give what the long way gives.

``estimated_dues`` asks only whether an account has due rows at all
(``open_dues.products_with_dues``, one indexed query) where it used to build the view of
every due of the file (``dues.due_views``) and look for one of the account's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.service import charges, demo, dues, estimated_dues, files, products
from tracker.storage import open_dues


def test_products_with_dues_are_those_with_a_due_view(tmp_path: Path) -> None:
    # The demo file (its products have bills and instalment periods), one card with a
    # charge and no bill (no due row: the estimate's case) and one product archived.
    store = files.open_store(tmp_path / "demo.db", create=True)
    demo.populate(store, date(2026, 12, 1))
    card = products.add_product(store, "Bare card", "cn-credit-card", {"statement_day": "5"})
    charges.add_charge(store, card.saved_id, date(2026, 9, 10), 100_000, date(2026, 9, 10))
    listed = {p.saved_id for p in store.list_products()}
    with_views = {v.product.saved_id for v in dues.due_views(store, date(2026, 12, 1))}
    found = open_dues.products_with_dues(store)
    assert card.saved_id in listed and card.saved_id not in found
    assert len(with_views) >= 3  # the demo's accounts with dues
    assert found & listed == with_views
    # The estimate row of the bare card stands on its having no due row: its minimum is
    # the engine's last statement's (¥228.00, tests/core/test_estimated_dues.py).
    (row,) = [
        r
        for r in estimated_dues.estimated_dues(store, date(2026, 12, 1))
        if r.product.saved_id == card.saved_id
    ]
    assert (row.amount, row.minimum) == (106_276, 22_800)
    store.close()
