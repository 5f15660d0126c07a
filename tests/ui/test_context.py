"""AppContext: change payloads reach only the views they concern; today rolls over."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from tracker.service import payments
from ui.context import RECORD_KINDS, AppContext, Change
from ui.main_window import MainWindow
from ui.pages.base import Page


def test_a_change_touches_the_kinds_and_the_product_it_names() -> None:
    paid = Change(frozenset({"payments"}), product_id=2)
    assert paid.touches(RECORD_KINDS)  # a view of every product
    assert paid.touches({"payments"}, product_id=2)
    assert not paid.touches({"payments"}, product_id=3)  # another product's page
    assert not paid.touches({"settings"})
    # A new day concerns every product's view.
    assert Change(frozenset({"today"})).touches({"today"}, product_id=3)


def test_today_rolls_over_at_midnight_and_a_fixed_today_stays(
    window: MainWindow, qtbot: QtBot
) -> None:
    days = iter([date(2026, 12, 1), date(2026, 12, 1), date(2026, 12, 2)])
    ctx = AppContext(window.ctx.store, clock=lambda: next(days))
    assert ctx.follows_clock and ctx.today == date(2026, 12, 1)
    assert not ctx.check_today()  # same day: nothing
    with qtbot.waitSignal(ctx.changed) as blocker:
        assert ctx.check_today()  # the clock passed midnight (or the machine woke up)
    assert ctx.today == date(2026, 12, 2)
    assert blocker.args[0].kinds == frozenset({"today"})
    # --today (and the tests' window) never rolls over.
    assert not window.ctx.follows_clock and not window.ctx.check_today()


def test_a_page_refreshes_for_its_own_product_only(window: MainWindow) -> None:
    class Counting(Page):
        refreshed = 0

        def shown_product(self) -> int | None:
            return 2

        def refresh(self) -> None:
            self.refreshed += 1

    page = Counting(window.ctx, "countingPage")
    page.show()
    ctx = window.ctx
    ctx.change(
        lambda s: payments.add_payment(s, 3, date(2026, 11, 30), 100, ctx.today),
        {"payments"},
        product_id=3,
    )
    assert page.refreshed == 0  # another product's payment
    ctx.change(
        lambda s: payments.add_payment(s, 2, date(2026, 11, 30), 100, ctx.today),
        {"payments"},
        product_id=2,
    )
    assert page.refreshed == 1
    page.hide()
    ctx.notify({"display"})
    assert page.refreshed == 1  # hidden: refreshes when shown again
    page.show()
    assert page.refreshed == 2
