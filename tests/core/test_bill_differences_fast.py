"""The bills' differences against the engine's estimate, worked out fast (issue 12 goal
4a; tracker/service/differences.py): the same value for every bill as the play of each
bill from the account's first record that it replaces (kept here as the reference), on
accounts of every preset with late, partial and unpaid bills, instalment periods, refunds
and several charges a day; and the charges read per day keep the damaged-file checks of
the decoded charges.

Amounts are minor units.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.engine import Account, AccountPlay, Paid, PartDue, Policy, RecordedBill
from tracker.engine import Spend as EngineSpend
from tracker.engine.records import counts_purchases, with_purchases
from tracker.errors import DamagedFileError
from tracker.products import PRESETS, Product, from_preset
from tracker.records import Bill, Charge, Due, Payment
from tracker.service import accounts, bills, charges, differences, files, payments, products
from tracker.storage import spending

TODAY = date(2026, 12, 1)


def _bills(
    product: Product, ordered: Sequence[Bill], spent: Sequence[Charge]
) -> tuple[RecordedBill, ...]:
    """The recorded bills as accounts.account_of gives them: for a card counting interest
    from posting, each with its cycle's purchases (their total per day)."""
    recorded = tuple(
        RecordedBill(b.statement_date, b.due_date, b.amount, b.minimum) for b in ordered
    )
    if not counts_purchases(product):
        return recorded
    return with_purchases(recorded, by_day(spent))


def reference(
    product: Product,
    recorded: Sequence[Bill],
    spent: Sequence[Charge],
    dues: Sequence[Due],
    paid: Sequence[Payment],
) -> dict[int, int]:
    """The differences as they were worked out before (accounts.bill_differences up to
    this branch, on the records instead of the store): for each bill, every charge
    scanned for its cycle, and the account played from its first record."""
    ordered = sorted(recorded, key=lambda b: b.statement_date)
    parts = [d for d in dues if d.kind == "installment"]
    out: dict[int, int] = {}
    previous = date.min
    for n, bill in enumerate(ordered):
        stated = bill.statement_date
        spends = [c for c in spent if previous < c.date <= stated]
        if spends:
            account = Account(
                product,
                bills=_bills(product, ordered[:n], spent),
                spends=tuple(EngineSpend(c.date, c.amount) for c in spends),
                parts=tuple(
                    PartDue(d.due_date, d.principal, d.fee, d.source_id or 0) for d in parts
                ),
                payments=tuple(Paid(p.date, p.amount) for p in paid if p.date <= stated),
            )
            engine = AccountPlay(account, Policy(), until=stated)
            engine.run()
            estimated = sum(
                e.amount for e in accounts._estimates(engine, stated, set()) if e.day > previous
            )
            out[bill.id] = bill.amount - sum(c.amount for c in spends) - estimated
        previous = stated
    return out


def by_day(spent: Sequence[Charge]) -> list[tuple[date, int]]:
    totals: dict[date, int] = {}
    for c in spent:
        totals[c.date] = totals.get(c.date, 0) + c.amount
    return sorted(totals.items())


@st.composite
def histories(
    draw: st.DrawFn,
) -> tuple[Product, list[Bill], list[Charge], list[Due], list[Payment]]:
    """A product of any preset with 2–16 monthly bills (now and then a month with none,
    a due 9 or 19 days after its statement), charges in most cycles (refunds, several on
    one day), payments anywhere (late, partial, none for months, before a bill) and
    instalment periods of up to three plans."""
    product = from_preset(draw(st.sampled_from(sorted(PRESETS))), "p", statement_day=3)
    start = date(2024, 1, 3)
    months = sorted(draw(st.sets(st.integers(0, 20), min_size=2, max_size=16)))
    recorded = []
    for n, k in enumerate(months):
        stated = start + relativedelta(months=k)
        due = stated + timedelta(days=draw(st.sampled_from([9, 19])))
        amount = draw(st.integers(1, 600_000))
        least = draw(st.one_of(st.none(), st.integers(0, amount)))
        recorded.append(Bill(n + 1, 1, stated, due, amount, least))
    span = 31 * (months[-1] + 2)
    days = st.integers(0, span).map(lambda n: start + timedelta(days=n))
    spent = [
        Charge(n + 1, 1, d, a, "")
        for n, (d, a) in enumerate(
            draw(st.lists(st.tuples(days, st.integers(-20_000, 90_000)), max_size=40))
        )
    ]
    if spent and draw(st.booleans()):  # a second charge on the same day as one
        spent.append(Charge(len(spent) + 1, 1, spent[0].date, 1_234, ""))
    paid = [
        Payment(n + 1, 1, d, a, "")
        for n, (d, a) in enumerate(
            draw(st.lists(st.tuples(days, st.integers(1, 400_000)), max_size=24))
        )
    ]
    dues = [
        Due(n + 1, 1, d, a, fee=a // 40, kind="installment", source_id=plan)
        for n, (d, a, plan) in enumerate(
            draw(st.lists(st.tuples(days, st.integers(1, 60_000), st.integers(1, 3)), max_size=9))
        )
    ]
    return product, recorded, spent, dues, paid


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(history=histories())
def test_the_same_difference_for_every_bill_as_a_play_from_the_first_record(
    history: tuple[Product, list[Bill], list[Charge], list[Due], list[Payment]],
) -> None:
    product, recorded, spent, dues, paid = history
    expected = reference(product, recorded, spent, dues, paid)
    assert differences.of_records(product, recorded, by_day(spent), dues, paid) == expected


def test_a_long_history_resumes_and_keeps_every_value(tmp_path: Path) -> None:
    """Four years of a CN card billed monthly, paid in full after each due (so that every
    cycle closes), 30 charges a cycle: the same values as the reference, from plays that
    resumed (each plays 2–3 statements, not up to 48)."""
    store = files.open_store(tmp_path / "long.db", create=True)
    pid = products.add_product(store, "招行", "cn-credit-card", {"statement_day": "5"}).saved_id
    first = date(2022, 1, 5)
    for k in range(48):
        stated = first + relativedelta(months=k)
        for d in range(30):  # 30 × 100.00 a cycle, the last on the statement day
            charges.add_charge(store, pid, stated - timedelta(days=d), 10_000, TODAY, "x")
        bills.add_bill(store, pid, stated, stated + timedelta(days=19), 300_000 + k, TODAY)
        payments.add_payment(store, pid, stated + timedelta(days=15), 300_000 + k, TODAY)
    product = store.get_product(pid)
    found = store.list_bills(pid)
    expected = reference(
        product,
        found,
        store.list_charges(pid),
        store.list_dues(pid),
        store.list_payments(pid),
    )
    assert differences.bill_differences(store, product) == expected
    assert len(expected) == 48  # every cycle has charges
    # The first bill's cycle holds only its own 30 charges: 300,000 − 30 × 10,000 and no
    # estimated cost (nothing owed before it) = 0.
    assert expected[found[0].id] == 0
    store.close()


def test_a_damaged_charge_is_reported_as_the_decoded_charges_report_it(tmp_path: Path) -> None:
    store = files.open_store(tmp_path / "d.db", create=True)
    pid = products.add_product(store, "招行", "cn-credit-card", {"statement_day": "5"}).saved_id
    charges.add_charge(store, pid, date(2026, 1, 2), 10_000, TODAY, "ok")
    bad = charges.add_charge(store, pid, date(2026, 1, 3), 20_000, TODAY, "flipped")
    both = [(date(2026, 1, 2), 10_000), (date(2026, 1, 3), 20_000)]
    assert spending.spent_by_day(store, pid) == both
    for column, value in (("amount", "2O000"), ("description", b"\x07"), ("date", "2026-01-3x")):
        with store.transaction():
            store.db.execute(f"UPDATE charges SET {column} = ? WHERE id = ?", (value, bad))
        with pytest.raises(DamagedFileError) as decoded:
            store.list_charges(pid)
        store.damage = None
        with pytest.raises(DamagedFileError) as grouped:
            spending.spent_by_day(store, pid)
        assert str(grouped.value) == str(decoded.value)  # the same row, the same words
        assert store.damage  # marked, as a decoded charge marks it
        store.damage = None
        with store.transaction():  # back to a sound row for the next column
            store.db.execute(
                "UPDATE charges SET amount = 20000, description = 'flipped',"
                " date = '2026-01-03' WHERE id = ?",
                (bad,),
            )
    store.close()
