"""Each payment shows on the row of the instalment it pays (DESIGN.md § The account
engine: the timeline's "paid" column).

A loan's or a pay-in-N instalment is a statement due the day it is issued. Until
2026-12-03 a payment on that day was counted before the day's statement (as a card's
payment on its statement day belongs to the cycle that statement closes), so every
loan payment showed one row early and the last row showed nothing paid; a payment made
a few days ahead showed on the row before, and the first one on no row at all.
"""

from __future__ import annotations

from datetime import date, timedelta

from tracker.engine import Account, Paid, PartDue, play
from tracker.products import from_preset

LOAN = from_preset("loan", "loan")
#: Three monthly instalments of ¥1,000.00 + ¥50.00 interest, due on the 10th.
PARTS = tuple(PartDue(date(2026, m, 10), 100_000, 5_000) for m in (1, 2, 3))


def _paid(payments: tuple[Paid, ...]) -> list[tuple[date, int, int, int]]:
    out = play(Account(LOAN, parts=PARTS, payments=payments), until=date(2026, 4, 1))
    assert out.cost == 3 * 5_000 and out.owed == 0 and out.worst_days_past_due == 0
    return [(r.due_date, r.minimum, r.paid, r.days_past_due) for r in out.rows]


def test_a_loan_paid_on_its_due_dates_shows_each_payment_on_its_row() -> None:
    # ¥1,050.00 paid on 10 Jan, 10 Feb, 10 Mar: each row asks ¥1,050.00 and shows
    # ¥1,050.00 paid (it showed Jan 1,050 (the Feb payment), Feb 1,050, Mar 0).
    pays = tuple(Paid(date(2026, m, 10), 105_000) for m in (1, 2, 3))
    assert _paid(pays) == [(date(2026, m, 10), 105_000, 105_000, 0) for m in (1, 2, 3)]


def test_a_loan_paid_ahead_shows_the_payment_on_the_instalment_it_pays() -> None:
    # Paid two days ahead (8 Jan, 8 Feb, 8 Mar), when nothing was owed yet: each
    # instalment still asks ¥1,050.00, and the payment made for it shows on its row.
    pays = tuple(Paid(date(2026, m, 8), 105_000) for m in (1, 2, 3))
    assert _paid(pays) == [(date(2026, m, 10), 105_000, 105_000, 0) for m in (1, 2, 3)]


def test_pay_in_4_paid_on_its_due_dates() -> None:
    # Pay-in-4: $25.00 every 2 weeks from 1 Jan, each paid on its day: four rows of $25.00
    # asked and $25.00 paid, no fee.
    p4 = from_preset("pay-in-4", "p4")
    parts = tuple(PartDue(date(2026, 1, 1) + timedelta(days=14 * k), 2_500) for k in range(4))
    pays = tuple(Paid(x.due_date, 2_500) for x in parts)
    out = play(Account(p4, parts=parts, payments=pays), until=date(2026, 3, 1))
    assert [(r.minimum, r.paid, r.late_fee) for r in out.rows] == [(2_500, 2_500, 0)] * 4
    assert out.cost == 0 and out.owed == 0


def test_one_payment_for_several_instalments_ahead_shows_on_each_of_them() -> None:
    # ¥3,150.00 paid on 5 Jan, before the first instalment: it pays all three (3 ×
    # ¥1,050.00). Each row shows the ¥1,050.00 it paid (it showed ¥3,150.00 on January's
    # row and nothing on February's and March's).
    assert _paid((Paid(date(2026, 1, 5), 315_000),)) == [
        (date(2026, m, 10), 105_000, 105_000, 0) for m in (1, 2, 3)
    ]
    # ¥2,100.00 ahead, then March's ¥1,050.00 on its day: January and February show what
    # the early payment paid, March its own payment.
    pays = (Paid(date(2026, 1, 5), 210_000), Paid(date(2026, 3, 10), 105_000))
    assert _paid(pays) == [(date(2026, m, 10), 105_000, 105_000, 0) for m in (1, 2, 3)]


def test_an_instalment_of_negative_principal_shows_nothing_paid() -> None:
    # Found by a random differential test: a loan whose period is −¥0.01 (a refund larger
    # than what was left of the plan) asks nothing; nothing was paid, so its row and the
    # next show ¥0.00 paid (the general loop showed −0.01, then +0.01, where the fast
    # path showed 0.00 and 0.00).
    start = date(2026, 3, 5)
    parts = tuple(PartDue(start + timedelta(days=k), -1 if k == 5 else 0, 0) for k in range(1, 7))
    out = play(Account(LOAN, parts=parts), until=date(2026, 4, 1))
    assert [r.paid for r in out.rows] == [0] * 6
