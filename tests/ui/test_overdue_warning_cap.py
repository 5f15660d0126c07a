"""The overdue warning shows at most five lines and counts the rest: a pay-in-4 with
every instalment of two orders unpaid is eight lines of it otherwise (the benchmark's
generated file had 69, a wall above the dues table). A refresh with nothing changed
leaves its lines as they are (it rebuilt 69 rows of widgets every time: 22 ms of a
warm dashboard refresh at 10k charges)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from tracker.service import plans, products
from ui.i18n import apply_language
from ui.pages.dashboard import DashboardPage


def test_the_overdue_warning_has_five_lines_and_counts_the_rest(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=False, today=date(2026, 3, 14))

    def record(store):  # type: ignore[no-untyped-def]
        pid = products.add_product(store, "Klarna", "pay-in-4", {}).saved_id
        plans.add_plan(store, pid, 10_000, 4, date(2026, 1, 1), "Shoes")
        plans.add_plan(store, pid, 2_000, 4, date(2026, 1, 20), "Socks")

    window.ctx.change(record, {"products", "plans"})
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    banner = page.warning
    # Eight instalments due 1 Jan – 3 Mar, none paid: all eight overdue on 14 Mar.
    assert len(banner.warnings) == 8
    assert banner.heading.text() == "⚠ Overdue: 8 dues not paid"
    assert len(banner.lines) == len(banner.buttons) == 5
    more = banner.findChild(QLabel, "overdueMore")
    assert more.isVisible()
    assert more.text() == "…and 3 more overdue dues: the list below has them all."
    # The oldest first: Shoes 1/4, due 1 Jan.
    assert banner.lines[0].text().startswith("Klarna · Shoes 1/4: $25.00, 72 days late")
    # Shoes 1/4's $7.00 fee (its retries over on 11 Jan) is asked with the next
    # instalment, Shoes 2/4 (15 Jan): $25.00 + $7.00, and the line says so.
    assert (
        banner.lines[1]
        .text()
        .startswith("Klarna · Shoes 2/4 (incl. $7.00 late charges): $32.00, 58 days late")
    )
    # The USD card: nothing not yet late is due, but it does not say "Nothing due soon"
    # beside $121.00 overdue (QA pass, 2026-12-04).
    assert page.findChild(QLabel, "nextDueUSD").text() == "Nothing else due soon"
    # Nothing changed: the same widgets stay.
    before = list(banner.lines)
    page.refresh()
    assert all(a is b for a, b in zip(banner.lines, before, strict=True))
    apply_language("zh_CN")
    page.retranslate()
    assert more.text() == "……另有 3 笔逾期未还，下方列表中可查看全部。"
    assert banner.lines[1].text().startswith("Klarna · Shoes 2/4（含逾期费用 $7.00）：$32.00")
