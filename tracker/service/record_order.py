"""The ids of a product's records in a table's order: sorted by a column and kept to those
matching a search, in SQL (issue 12, goal 4b — the product ledger's tables sort and search
every row, not the fetched ones, without a proxy mapping every row).

:func:`record_ids` is what the GUI's ledger tables ask for; the rows themselves are then
built a batch at a time as they are shown (``bills.bill_views``, ``charges.charges`` …).
"""

from __future__ import annotations

from typing import Literal

from tracker.money import currency
from tracker.storage import Store
from tracker.storage import record_order as stored

RecordKind = Literal["bill", "charge", "plan", "payment"]
#: How a table shows amounts: ``"symbol"`` (``¥1,234.56``) or ``"code"`` (``CNY 1,234.56``).
MoneyDisplay = Literal["symbol", "code"]

_TABLES = {"bill": "bills", "charge": "charges", "plan": "plans", "payment": "payments"}


def sortable(kind: RecordKind) -> frozenset[str]:
    """The columns :func:`record_ids` sorts ``kind`` by (each record's stored values)."""
    return frozenset(stored.SORTABLE[_TABLES[kind]])


def searchable(kind: RecordKind) -> bool:
    """Whether :func:`record_ids` can search ``kind``: every column its table shows is a
    stored value (charges and payments: date, amount, description)."""
    return _TABLES[kind] in stored.SEARCHED


def record_ids(
    store: Store,
    kind: RecordKind,
    product_id: int,
    sort: tuple[str, bool] | None = None,
    search: str = "",
    money_display: MoneyDisplay = "symbol",
) -> list[int]:
    """The ids of the product's ``kind`` records, newest first (the reverse of the list
    order: by date, then id).

    Args:
        sort: ``(column, descending)``, a column of :func:`sortable`; equal values keep
            the newest-first order, in both directions.
        search: keep the records whose date (ISO), amount (as the tables show it, in the
            product's currency and ``money_display``) or description contains it, in
            any case (only for :func:`searchable` kinds).
    """
    table = _TABLES[kind]
    prefix, digits = "", 2
    if search:
        cur = currency(store.get_product(product_id).currency)
        prefix = cur.symbol if money_display == "symbol" else f"{cur.code} "
        digits = cur.digits
    return stored.ordered_ids(store, table, product_id, sort, search, prefix, digits)
