"""The demo data's products and records, dated relative to ``today`` (see
:mod:`tracker.service.demo`, which adds and marks them in one transaction)."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from tracker.service import bills, charges, payments, plans, products
from tracker.storage import Store


def add_products(store: Store, today: date) -> list[int]:
    """Add the five demo products with their records (inside the caller's transaction);
    returns their ids."""
    return [
        _baitiao(store, today),
        _huabei(store, today),
        _cn_card(store, today),
        _us_card(store, today),
        _klarna(store, today),
    ]


def _product(store: Store, name: str, preset: str, statement: date, **settings: str) -> int:
    settings = {"statement_day": str(statement.day), **settings}
    product = products.add_product(store, name, preset, settings)
    assert product.id is not None
    return product.id


def _bill(
    store: Store, pid: int, due: date, offset: int, amount: int, paid: date | None, today: date
) -> None:
    d = bills.add_bill(store, pid, due - timedelta(days=offset), due, amount, today)
    if paid is not None:
        payments.add_payment(store, pid, paid, d.total, today, "Repayment")


def _baitiao(store: Store, today: date) -> int:
    due = today - timedelta(days=5)
    pid = _product(
        store,
        "京东白条",
        "baitiao",
        due - timedelta(days=9),
        credit_limit="20000",
        notes="手机分 12 期，每月 26 日还款",
    )
    last = due - relativedelta(months=1)
    _bill(store, pid, last, 9, 128_850, last, today)
    _bill(store, pid, due, 9, 86_420, None, today)  # 5 days overdue, unpaid
    first = due - relativedelta(months=3)
    plan = plans.add_plan(store, pid, 699_900, 12, first, "iPhone 12 期")
    for d in plan:
        if d.due_date < today - timedelta(days=5):
            payments.add_payment(store, pid, d.due_date, d.total, today, "Instalment")
    return pid


def _huabei(store: Store, today: date) -> int:
    due = today + timedelta(days=3)
    pid = _product(store, "花呗", "huabei", due - timedelta(days=9), credit_limit="15000")
    last = due - relativedelta(months=1)
    _bill(store, pid, last, 9, 210_330, last - timedelta(days=2), today)
    _bill(store, pid, due, 9, 324_560, None, today)
    return pid


def _cn_card(store: Store, today: date) -> int:
    due = today + timedelta(days=10)
    pid = _product(
        store,
        "招商银行信用卡",
        "cn-credit-card",
        due - timedelta(days=19),
        credit_limit="50000",
        service_phone="95555",
    )
    last = due - relativedelta(months=1)
    # Last month slipped by six days: past the 3 grace days, so it was reported.
    _bill(store, pid, last, 19, 623_410, last + timedelta(days=6), today)
    _bill(store, pid, due, 19, 856_000, None, today)
    charges.add_charge(store, pid, today - timedelta(days=2), 45_800, today, "超市购物")
    return pid


def _us_card(store: Store, today: date) -> int:
    due = today + timedelta(days=18)
    pid = _product(
        store,
        "Chase Freedom",
        "us-credit-card",
        due - timedelta(days=25),
        credit_limit="8000",
        service_phone="1-800-524-3880",
    )
    last = due - relativedelta(months=1)
    _bill(store, pid, last, 25, 98_765, last - timedelta(days=3), today)
    _bill(store, pid, due, 25, 123_456, None, today)
    return pid


def _klarna(store: Store, today: date) -> int:
    first = today - timedelta(days=10)
    pid = _product(store, "Klarna", "pay-in-4", first)
    plan = plans.add_plan(store, pid, 24_000, 4, first, "Headphones, pay in 4")
    payments.add_payment(store, pid, first, plan[0].total, today, "Instalment 1")
    return pid
