"""The demo data's products and records, dated relative to ``today`` (see
:mod:`tracker.service.demo`, which adds and marks them in one transaction), named in the
interface's language (:data:`ENGLISH`, :data:`CHINESE`): the Chinese lenders' products
keep their Chinese names in both, the US card and Klarna their brand names."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from tracker.service import bills, charges, payments, plans, products
from tracker.storage import Store


@dataclass(frozen=True)
class Texts:
    """The names and descriptions of the demo data, in one language."""

    baitiao: str
    baitiao_notes: str
    huabei: str
    cn_card: str
    us_card: str
    klarna: str
    repayment: str  # a bill paid
    instalment: str  # a plan's period paid
    phone_plan: str
    groceries: str
    headphones: str
    first_instalment: str


ENGLISH = Texts(
    baitiao="京东白条",
    baitiao_notes="手机分 12 期，每月 26 日还款",
    huabei="花呗",
    cn_card="招商银行信用卡",
    us_card="Chase Freedom",
    klarna="Klarna",
    repayment="Repayment",
    instalment="Instalment",
    phone_plan="iPhone 12 期",
    groceries="超市购物",
    headphones="Headphones, pay in 4",
    first_instalment="Instalment 1",
)
#: The same products; what the demo user wrote in Chinese.
CHINESE = replace(
    ENGLISH,
    repayment="账单还款",
    instalment="分期还款",
    headphones="耳机分 4 期",
    first_instalment="第 1 期还款",
)


def add_products(store: Store, today: date, chinese: bool = False) -> list[int]:
    """Add the five demo products with their records (inside the caller's transaction),
    named in Chinese or English; returns their ids."""
    t = CHINESE if chinese else ENGLISH
    return [
        _baitiao(store, today, t),
        _huabei(store, today, t),
        _cn_card(store, today, t),
        _us_card(store, today, t),
        _klarna(store, today, t),
    ]


def _product(store: Store, name: str, preset: str, statement: date, **settings: str) -> int:
    settings = {"statement_day": str(statement.day), **settings}
    product = products.add_product(store, name, preset, settings)
    assert product.id is not None
    return product.id


def _bill(
    store: Store,
    pid: int,
    due: date,
    offset: int,
    amount: int,
    paid: date | None,
    today: date,
    t: Texts,
) -> None:
    d = bills.add_bill(store, pid, due - timedelta(days=offset), due, amount, today)
    if paid is not None:
        payments.add_payment(store, pid, paid, d.total, today, t.repayment)


def _baitiao(store: Store, today: date, t: Texts) -> int:
    due = today - timedelta(days=5)
    pid = _product(
        store,
        t.baitiao,
        "baitiao",
        due - timedelta(days=9),
        credit_limit="20000",
        notes=t.baitiao_notes,
    )
    last = due - relativedelta(months=1)
    _bill(store, pid, last, 9, 128_850, last, today, t)
    _bill(store, pid, due, 9, 86_420, None, today, t)  # 5 days overdue, unpaid
    first = due - relativedelta(months=3)
    plan = plans.add_plan(store, pid, 699_900, 12, first, t.phone_plan)
    for d in plan:
        if d.due_date < today - timedelta(days=5):
            payments.add_payment(store, pid, d.due_date, d.total, today, t.instalment)
    return pid


def _huabei(store: Store, today: date, t: Texts) -> int:
    due = today + timedelta(days=3)
    pid = _product(store, t.huabei, "huabei", due - timedelta(days=9), credit_limit="15000")
    last = due - relativedelta(months=1)
    _bill(store, pid, last, 9, 210_330, last - timedelta(days=2), today, t)
    _bill(store, pid, due, 9, 324_560, None, today, t)
    return pid


def _cn_card(store: Store, today: date, t: Texts) -> int:
    due = today + timedelta(days=10)
    pid = _product(
        store,
        t.cn_card,
        "cn-credit-card",
        due - timedelta(days=19),
        credit_limit="50000",
        service_phone="95555",
    )
    last = due - relativedelta(months=1)
    # Last month slipped by six days: past the 3 grace days, so it was reported.
    _bill(store, pid, last, 19, 623_410, last + timedelta(days=6), today, t)
    _bill(store, pid, due, 19, 856_000, None, today, t)
    charges.add_charge(store, pid, today - timedelta(days=2), 45_800, today, t.groceries)
    return pid


def _us_card(store: Store, today: date, t: Texts) -> int:
    due = today + timedelta(days=18)
    pid = _product(
        store,
        t.us_card,
        "us-credit-card",
        due - timedelta(days=25),
        credit_limit="8000",
        service_phone="1-800-524-3880",
    )
    last = due - relativedelta(months=1)
    _bill(store, pid, last, 25, 98_765, last - timedelta(days=3), today, t)
    _bill(store, pid, due, 25, 123_456, None, today, t)
    return pid


def _klarna(store: Store, today: date, t: Texts) -> int:
    first = today - timedelta(days=10)
    pid = _product(store, t.klarna, "pay-in-4", first)
    plan = plans.add_plan(store, pid, 24_000, 4, first, t.headphones)
    payments.add_payment(store, pid, first, plan[0].total, today, t.first_instalment)
    return pid
