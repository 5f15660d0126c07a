"""due_views is computed once per change of the file, and never served stale."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.service import demo, dues, files, payments

TODAY = date(2026, 12, 1)


def owed(views: list[dues.DueView], name: str) -> int:
    return sum(v.amount for v in views if v.product.name == name)


def test_repeated_reads_reuse_the_ledger_and_changes_show_at_once(tmp_path: Path) -> None:
    store = files.open_store(tmp_path / "c.db", create=True)
    demo.populate(store, TODAY)
    first = dues.due_views(store, TODAY)
    again = dues.due_views(store, TODAY)
    assert again == first and again is not first
    assert all(a is b for a, b in zip(again, first, strict=True))  # reused, not recomputed
    # 花呗 owes 3,245.60; a payment of 1,000.00 must show on the very next read.
    assert owed(first, "花呗") == 324_560
    payments.add_payment(store, "花呗", TODAY, 100_000, TODAY)
    assert owed(dues.due_views(store, TODAY), "花呗") == 224_560
    # A product rule change (no due or payment touched) also invalidates. (Archived
    # through the store: the service refuses to archive a product that owes money.)
    huabei = store.find_product("花呗")
    with store.transaction():
        store.update_product(huabei.id or 0, huabei.with_changes(archived=True))
    assert owed(dues.due_views(store, TODAY), "花呗") == 0
    store.close()


def test_a_write_from_another_connection_invalidates(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    gui = files.open_store(path, create=True)
    demo.populate(gui, TODAY)
    assert owed(dues.due_views(gui, TODAY), "花呗") == 324_560
    cli = files.open_store(path)  # e.g. debt-tracker-cli while the window is open
    payments.add_payment(cli, "花呗", TODAY, 24_560, TODAY)
    cli.close()
    assert owed(dues.due_views(gui, TODAY), "花呗") == 300_000
    gui.close()
