"""Service rules behind the charge and bill dialogs, tested directly (no Qt)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.errors import InputError
from tracker.service import bills, charges, dues, payoff, products
from tracker.storage import Store

TODAY = date(2026, 12, 1)


@pytest.fixture
def store(empty_store: Store) -> Store:
    return empty_store


def counts(s: Store) -> tuple[int, int, int]:
    return len(s.list_charges()), len(s.list_plans()), len(s.list_dues())


def test_a_split_purchase_is_saved_whole_or_not_at_all(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = products.add_product(store, "花呗", "huabei", {"statement_day": "25"})
    before = counts(store)

    def failing_plan(*_args: object, **_kw: object) -> None:
        raise InputError("the plan could not be saved")

    # the charge and its negative twin are written first; the plan then fails
    monkeypatch.setattr(charges.plans_service, "add_plan", failing_plan)
    with pytest.raises(InputError, match="could not be saved"):
        charges.add_charge(store, p.id or 0, date(2026, 11, 28), 60_000, TODAY, "phone", 3)
    assert counts(store) == before
    monkeypatch.undo()
    charges.add_charge(store, p.id or 0, date(2026, 11, 28), 60_000, TODAY, "phone", 3)
    # the charge, its negative twin (it leaves the statement) and a 3-period plan
    assert counts(store) == (before[0] + 2, before[1] + 1, before[2] + 3)


def test_which_products_split_and_when_period_one_is_due(store: Store) -> None:
    huabei = products.add_product(store, "花呗", "huabei", {"statement_day": "25"})
    us = products.add_product(store, "Card", "us-credit-card", {})
    klarna = products.add_product(store, "Klarna", "pay-in-4", {})
    assert charges.split_periods(store, us.id or 0) == ()
    assert charges.split_periods(store, huabei.id or 0) == (
        3,
        6,
        9,
        12,
    )  # DESIGN.md presets: Huabei 9 periods
    assert charges.split_periods(store, klarna.id or 0) == klarna.allowed_periods
    # Pay-in-4 takes part 1 at the till.
    assert charges.first_due_for_split(klarna, date(2026, 11, 28)) == date(2026, 11, 28)
    # Huabei bills on the 25th, due 9 days later: a purchase on 28 Nov is on the
    # 25 Dec statement (due 3 Jan); one on 25 Nov is on that day's statement (due 4 Dec).
    assert charges.first_due_for_split(huabei, date(2026, 11, 28)) == date(2027, 1, 3)
    assert charges.first_due_for_split(huabei, date(2026, 11, 25)) == date(2026, 12, 4)


def test_the_next_bill_dates_clamp_to_the_month_end(store: Store) -> None:
    p = products.add_product(store, "花呗", "huabei", {"statement_day": "31"})
    pid = p.id or 0
    # On 15 Feb 2027 the latest statement is 31 Jan (Feb's is the 28th, still ahead);
    # due 31 Jan + 9 days = 9 Feb.
    assert bills.bill_dates(store, pid, date(2027, 2, 15)) == (date(2027, 1, 31), date(2027, 2, 9))
    # On 28 Feb the statement day 31 is clamped to the 28th; due 28 Feb + 9 = 9 Mar.
    assert bills.bill_dates(store, pid, date(2027, 2, 28)) == (date(2027, 2, 28), date(2027, 3, 9))


def test_a_new_bill_is_offered_the_next_statement_not_recorded(store: Store) -> None:
    """A QA pass: New bill pre-filled the statement of a bill already in the file."""
    p = products.add_product(store, "花呗", "huabei", {"statement_day": "31"})
    pid = p.saved_id
    today = date(2027, 3, 5)
    # Nothing recorded: the latest statement issued, 28 Feb (31 clamped), due 9 Mar.
    assert bills.next_bill_dates(store, pid, today) == (date(2027, 2, 28), date(2027, 3, 9))
    bills.add_bill(store, pid, date(2027, 1, 31), date(2027, 2, 9), 10_000, today)
    # The newest recorded is 31 Jan: next is 28 Feb (clamped), not a recorded one.
    assert bills.next_bill_dates(store, pid, today) == (date(2027, 2, 28), date(2027, 3, 9))
    bills.add_bill(store, pid, date(2027, 2, 28), date(2027, 3, 9), 10_000, today)
    # 28 Feb recorded too: the next statement is 31 Mar (not issued yet on 5 Mar), due 9 Apr;
    # the day of the month comes back to 31 after February's clamp.
    assert bills.next_bill_dates(store, pid, today) == (date(2027, 3, 31), date(2027, 4, 9))


def test_a_bill_cannot_be_recorded_before_its_statement_is_issued(store: Store) -> None:
    p = products.add_product(store, "花呗", "huabei", {"statement_day": "25"})
    with pytest.raises(InputError, match="is in the future") as caught:
        bills.add_bill(store, p.saved_id, date(2026, 12, 25), date(2027, 1, 3), 10_000, TODAY)
    assert caught.value.field == "statement"
    assert bills.bill_views(store, TODAY, p.saved_id) == []


def test_due_list_horizon_limits(store: Store) -> None:
    assert dues.open_dues(store, TODAY, 0) == []
    assert dues.open_dues(store, TODAY, 3660) == []
    for days in (-1, 3661):
        with pytest.raises(InputError, match="between 0 and 3660"):
            dues.open_dues(store, TODAY, days)


def test_currencies_owing_the_same_are_listed_by_code(store: Store) -> None:
    cny = products.add_product(store, "花呗", "huabei", {})
    usd = products.add_product(store, "Card", "us-credit-card", {})
    for pid in (usd.id or 0, cny.id or 0):
        bills.add_bill(store, pid, date(2026, 11, 20), date(2026, 12, 10), 50_000, TODAY)
    assert payoff.debt_currencies(store, TODAY) == ["CNY", "USD"]
    bills.add_bill(store, usd.id or 0, date(2026, 11, 25), date(2026, 12, 15), 1, TODAY)
    assert payoff.debt_currencies(store, TODAY) == ["USD", "CNY"]  # owing most first
