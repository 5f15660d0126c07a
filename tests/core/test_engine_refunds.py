"""A refund credits the account on its own day (DESIGN.md § The account engine, step 4:
"paid ≥ minimum − tolerance → current").

Until 2026-12-02 the engine held a refund back as negative spending until the next
statement: the open statement's verdict never saw it, so a card whose ¥400.00 refund
covered its ¥100.00 minimum was charged a late fee and reported; and a payment before
the next statement paid the negative spending, so the account paid in full went on
bearing interest (¥19.70) and owed ¥20.01 in January. Now a refund pays what is owed
as a payment does, the oldest first; a CN lender counts it towards the minimum
(退款视同还款), a US issuer does not (a credit is not a payment).
"""

from __future__ import annotations

from datetime import date

from tracker.engine import Account, Paid, Spend, play
from tracker.products import from_preset

CN_CARD = from_preset("cn-credit-card", "cmb")  # statement on the 5th, due 19 days later
BAITIAO = from_preset("baitiao", "bt")  # statement on the 1st, due the 10th


def test_a_refund_meets_a_cn_cards_minimum_and_the_rest_paid_costs_nothing() -> None:
    # ¥1,000.00 on 20 Oct → the 5 Nov statement, minimum 10% = ¥100.00, due 24 Nov;
    # ¥400.00 refunded on 10 Nov, then the ¥600.00 left paid on 24 Nov: the statement is
    # paid in full by its due date (¥400.00 + ¥600.00): no interest, no fee, nothing owed.
    spends = (Spend(date(2026, 10, 20), 100_000), Spend(date(2026, 11, 10), -40_000))
    out = play(
        Account(CN_CARD, spends=spends, payments=(Paid(date(2026, 11, 24), 60_000),)),
        until=date(2027, 1, 28),
    )
    assert (out.interest, out.late_fees, out.owed, out.worst_code) == (0, 0, 0, 0)
    # Nothing more paid: the refund's ¥400.00 is more than the ¥100.00 minimum, so the
    # 24 Nov verdict is "current" — no late fee, no report for November. The ¥600.00
    # left revolves (whole statement from posting, DESIGN.md § Presets):
    #   ¥1,000.00 × 0.05% × 35 days (20 Oct → 24 Nov) = ¥17.50
    #   less the ¥400.00 refunded (repaid) on 10 Nov, 14 days before the due date:
    #   ¥400.00 × 0.05% × 14                           = −¥2.80
    #   ¥600.00 × 0.05% × 3 grace days                 =  ¥0.90
    #   ¥600.00 × 0.05% × 8 days (27 Nov → 5 Dec)      =  ¥2.40   → ¥18.00 on 5 Dec.
    out = play(Account(CN_CARD, spends=spends), until=date(2026, 12, 20))
    first, second = out.rows
    assert (first.late_fee, first.days_past_due, first.report_code) == (0, 0, 0)
    assert (second.balance, second.interest) == (60_000 + 1_800, 1_800)
    assert out.late_fees == 0 and out.worst_code == 0


def test_a_refund_on_baitiao_counts_as_repaid() -> None:
    # ¥1,000.00 on 15 Jan → the 1 Feb statement, due 10 Feb; ¥400.00 refunded on 5 Feb
    # and ¥600.00 paid on 10 Feb: paid in full on time — no fee, no penalty, clean.
    spends = (Spend(date(2026, 1, 15), 100_000), Spend(date(2026, 2, 5), -40_000))
    out = play(
        Account(BAITIAO, spends=spends, payments=(Paid(date(2026, 2, 10), 60_000),)),
        until=date(2026, 3, 28),
    )
    assert (out.cost, out.owed, out.worst_code) == (0, 0, 0)
    # Nothing more paid: the ¥400.00 meets the ¥100.00 minimum — current on 10 Feb (it
    # was 19 days late, reported, with ¥9.50 of penalty); the ¥600.00 left revolves at
    # 0.05% a day from the due date (DESIGN.md § Presets: remainder from due date, only
    # when the minimum was paid on time): 19 days (10 Feb → 1 Mar) × ¥600.00 × 0.05% =
    # ¥5.70 on the 1 Mar statement.
    out = play(Account(BAITIAO, spends=spends), until=date(2026, 3, 5))
    assert [(r.interest, r.penalty, r.days_past_due) for r in out.rows] == [(0, 0, 0), (570, 0, 0)]


def test_a_refund_lowers_a_us_balance_but_is_not_a_payment() -> None:
    # US card (statement on the 15th, due the 10th of the next month; DESIGN.md
    # § Presets: minimum 1% + interest + fees, floor $25; late fee $30, never above the
    # minimum due). $1,000.00 on 20 Jan → the 15 Feb statement, minimum $25.00 due
    # 10 Mar; $400.00 refunded on 20 Feb, nothing paid: the balance is $600.00, but no
    # payment was made, so the minimum is missed — a late fee of $25.00 (the minimum).
    us = from_preset("us-credit-card", "us")
    spends = (Spend(date(2026, 1, 20), 100_000), Spend(date(2026, 2, 20), -40_000))
    out = play(Account(us, spends=spends), until=date(2026, 3, 20))
    first, second = out.rows
    assert (first.minimum, first.late_fee) == (2_500, 2_500)
    assert second.balance == 60_000 + 2_500 + second.interest
