"""A credit balance is netted into the next statement (DESIGN.md § The account engine,
3: the statement balance in buckets, the minimum by the product's rule on it).

Until 2026-12-03 a credit (paid beyond what was owed) waited until the next statement
had posted on the gross new spending and only then paid it: the statement showed
¥800.00 where ¥300.00 was owed, its minimum was 10 % of ¥800.00, and a CN card's
interest from posting ran on all ¥800.00 of purchases. A lender's statement shows the
previous balance (−¥500.00) plus the purchases: ¥300.00, with the minimum on that; the
credit is no payment of the new minimum.

Every case: ¥1,000.00 spent on 5 Jan 2026, the 1 Feb statement of ¥1,000.00 paid with
¥1,500.00 on 10 Feb (¥500.00 of credit), ¥800.00 spent on 15 Feb; statements on the 1st.
"""

from __future__ import annotations

from datetime import date

from tracker.engine import Account, Outcome, Paid, Spend, play
from tracker.products import from_preset

SPENT = (Spend(date(2026, 1, 5), 100_000), Spend(date(2026, 2, 15), 80_000))


def _play(preset: str, minimum_paid: Paid) -> Outcome:
    product = from_preset(preset, preset, statement_day=1)
    pays = (Paid(date(2026, 2, 10), 150_000), minimum_paid)
    return play(Account(product, spends=SPENT, payments=pays), until=date(2026, 4, 2))


def test_a_cn_card_statement_shows_what_is_left_after_the_credit() -> None:
    # CN card: due the 20th, 3 grace days, 0.05 % a day, whole statement from posting.
    out = _play("cn-credit-card", Paid(date(2026, 3, 15), 3_000))
    mar, apr = out.rows[1], out.rows[2]
    # 1 Mar: 800.00 − 500.00 = 300.00, minimum 10 % = 30.00 (it said 800.00 and 80.00),
    # paid on 15 Mar: on time.
    assert (mar.balance, mar.minimum, mar.paid, mar.late_fee, mar.days_past_due) == (
        30_000,
        3_000,
        3_000,
        0,
        0,
    )
    # Not paid in full, so interest from posting — on what the credit left of the
    # purchase, 300.00 (the credit paid its first 500.00): 300.00 × 33 days (15 Feb →
    # 20 Mar) less the 30.00 repaid on 15 Mar, 5 days before the due date, = 9,750
    # yuan-days, + 270.00 × 12 days (20 Mar → 1 Apr) = 3,240: 12,990 × 0.05 % = 6.495
    # → 6.50 on the 1 Apr statement (it was 14.82, on 800.00).
    assert apr.interest == 650
    # 1 Apr: 270.00 + 6.50 = 276.50; minimum 10 % × 270.00 + 6.50 = 33.50.
    assert (apr.balance, apr.minimum) == (27_650, 3_350)
    assert out.cost == 650 and out.credit_charges == ()


def test_huabei_minimum_and_daily_fee_are_on_the_net_balance() -> None:
    # Huabei: due the 10th; after an on-time minimum the remainder bears 0.05 % a day
    # from the due date.
    out = _play("huabei", Paid(date(2026, 3, 9), 3_000))
    mar, apr = out.rows[1], out.rows[2]
    assert (mar.balance, mar.minimum, mar.days_past_due) == (30_000, 3_000, 0)
    # 270.00 × 0.05 % × 22 days (10 Mar → 1 Apr) = 2.97; the 1 Apr minimum 27.00 + 2.97.
    assert (apr.interest, apr.balance, apr.minimum) == (297, 27_297, 2_997)


def test_the_credit_is_no_payment_of_the_new_minimum() -> None:
    # Huabei again, the ¥30.00 minimum paid on 15 Mar, 5 days after its 10 Mar due: late,
    # although the credit was ¥500.00 — it paid the purchases, not the minimum asked on
    # what was left (before, it counted as paying a minimum of ¥80.00 and hid the
    # delinquency). Reported from 1 day: the 1 Mar month is "1".
    out = _play("huabei", Paid(date(2026, 3, 15), 3_000))
    mar = out.rows[1]
    assert (mar.minimum, mar.days_past_due, mar.report_code) == (3_000, 5, 1)


def test_a_us_card_nets_the_credit_and_asks_its_floor() -> None:
    # US card: due the 10th; minimum max($25, 1 % + interest) = $25 on $300.00; interest
    # on the average daily balance from the statement date at the earliest (Reg Z
    # 1026.54), 24.99 % / 365 = 0.0006846575 a day: $300.00 × 8 days (1 → 9 Mar, the $25
    # paid then) + $275.00 × 23 days (→ 1 Apr) = 8,725.00 × R = 5.9736 → $5.97 (it took
    # the $25 off from 1 Mar: $5.84).
    out = _play("us-credit-card", Paid(date(2026, 3, 9), 2_500))
    mar, apr = out.rows[1], out.rows[2]
    assert (mar.balance, mar.minimum, mar.days_past_due) == (30_000, 2_500, 0)
    assert apr.interest == 597
