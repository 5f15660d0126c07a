"""The dashboard's currency card when no product of the currency has a credit limit:
credit used and available are not known, so they say so instead of ¥0.00.

The card of tests/ui/test_estimated_due_row.py (hand-checked in
tests/core/test_estimated_dues.py): a CN card with one ¥1,000.00 charge of 10 Sep 2026 and
no bill owes ¥1,062.76 on 1 Dec; it has no credit limit.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from tracker.service import charges, products
from ui.formatting import shown_text
from ui.i18n import apply_language
from ui.pages.dashboard import DashboardPage


def _value(page: DashboardPage, name: str) -> QLabel:
    label = page.findChild(QLabel, name)
    assert label is not None, name
    return label


def test_no_limit_shows_a_dash_not_zero_used_and_zero_available(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=False)

    def record(store):  # type: ignore[no-untyped-def]
        pid = products.add_product(store, "Card", "cn-credit-card", {"statement_day": "5"})
        charges.add_charge(store, pid.saved_id, date(2026, 9, 10), 100_000, date(2026, 9, 10))

    window.ctx.change(record, {"products", "charges"})
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    assert shown_text(_value(page, "total_debtCNY").text()) == "¥1,062.76"
    for name in ("credit_usedCNY", "availableCNY"):
        label = _value(page, name)
        assert label.text() == "—"  # was ¥0.00: the card owes ¥1,062.76
        assert label.toolTip() == "Set a credit limit on a product to see this"
    assert _value(page, "limitCNY").text() == "no credit limit set"
    apply_language("zh_CN")
    page.retranslate()
    try:
        assert _value(page, "availableCNY").toolTip() == "在产品中设置信用额度后显示"
        assert _value(page, "availableCNY").text() == "—"
    finally:
        apply_language("en")
