"""US card rules the engine missed until 2026-12-03 (DESIGN.md § Presets, US column):
new purchases have no grace period while the card carries a balance, and an account
charged off at 180 days past due is closed — no late fee after it, all of it due.

The card: statement on the 15th, due the 10th; 24.99 % APR, 0.0006846575 a day, on the
remainder from the statement date (Reg Z 1026.54); minimum max($25, 1 % of principal +
interest + fees) + past due. A $1,000.00 bill stated 15 Jan 2026, due 10 Feb.
"""

from __future__ import annotations

from datetime import date

from tracker.engine import Account, Outcome, Paid, Policy, RecordedBill, Spend, play
from tracker.products import from_preset

US = from_preset("us-credit-card", "us")
BILL = (RecordedBill(date(2026, 1, 15), date(2026, 2, 10), 100_000),)


def _revolving(bought: date) -> Outcome:
    # $25 (the minimum) paid on 5 Feb: the bill is not paid in full by 10 Feb, so it
    # loses its grace; $500.00 bought on ``bought``; $100.00 paid on 9 Mar (the 15 Feb
    # statement's minimum, on time).
    pays = (Paid(date(2026, 2, 5), 2_500), Paid(date(2026, 3, 9), 10_000))
    account = Account(US, bills=BILL, spends=(Spend(bought, 50_000),), payments=pays)
    return play(account, until=date(2026, 4, 16))


def test_a_purchase_while_revolving_bears_interest_from_its_day() -> None:
    out = _revolving(date(2026, 2, 20))
    # 15 Feb: the average daily balance back to 15 Jan: 100,000 × 21 days (to the $25
    # paid on 5 Feb) + 97,500 × 10 days = 3,075,000 × r = 2,105.32 → 2,105 (2,069 when
    # the $25 was taken off from 15 Jan).
    assert out.rows[1].interest == 2_105
    # 15 Mar: 97,500 × 22 days (to the 9 Mar payment, which pays the 2,105 first, then
    # 7,895 of principal) + 89,605 × 6 days + the purchase, no grace while revolving:
    # 50,000 × 23 days (20 Feb → 15 Mar) = 3,832,630 cent-days, + the 2,105 of interest
    # charged on 15 Feb, in the daily balance until it is paid on 9 Mar: 2,105 × 22 =
    # 46,310 (rules.charges_bear_interest) — 3,878,940 × r = 2,655.75 → 2,656 (2,624
    # before interest bore interest; it charged the purchase nothing until the next due
    # before that: 1,836.68 → 1,837).
    assert out.rows[2].interest == 2_656


def test_a_purchase_before_the_grace_was_lost_loses_it_too() -> None:
    out = _revolving(date(2026, 2, 1))
    # Bought on 1 Feb, after the 15 Jan statement; on 10 Feb the bill is not paid in
    # full, so the purchase too bears interest from its own day: 50,000 × 14 days (1 →
    # 15 Feb) = 479.26, + the bill's 2,105.32 (test_a_purchase_while_revolving_bears_
    # interest_from_its_day) = 2,584.58 → 2,585 (it was 2,105: the purchase bore nothing
    # before its own statement's date).
    assert out.rows[1].interest == 2_585


def test_a_charged_off_account_is_closed() -> None:
    # Nothing ever paid: 180 days past due on 9 Aug (from 10 Feb), charged off.
    out = play(Account(US, bills=BILL), until=date(2026, 10, 20))
    assert out.charged_off
    rows = {r.statement_date: r for r in out.rows}
    # The 15 Jul statement's due, 10 Aug, comes after the charge-off: the account is
    # closed, there is no due date to miss and no $41 late fee (it was charged). The
    # balance — fees and interest charged included — still bears interest under the
    # contract (29.99 % penalty APR: 15 Jul's 138,054 (test_engine_six_cycles.py) ×
    # 0.0008216438 × 31 days = 3,516.39 → 3,516 on 15 Aug), and all of it is due: the
    # minimum is the balance, 138,054 + 3,516 = 141,570; 15 Sep: 141,570 × 31 × 0.0008216438
    # = 3,605.98 → 3,606, 145,176.
    assert rows[date(2026, 7, 15)].late_fee == 0
    assert rows[date(2026, 8, 15)].interest == 3_516
    assert [
        (rows[date(2026, m, 15)].minimum, rows[date(2026, m, 15)].balance) for m in (8, 9)
    ] == [
        (141_570, 141_570),
        (145_176, 145_176),
    ]
    assert out.late_fees == 2_500 + 5 * 4_100


def test_a_penalty_rate_stays_until_six_minimums_are_met_on_time() -> None:
    # $1,000.00 stated 15 Jan, due 10 Feb, nothing paid until 1 Jun (111 days past due:
    # the 29.99 % penalty APR P = 0.0008216438 applies from day 106, 27 May), then every
    # minimum on its due date. Reg Z 1026.55(b)(4)(ii): the penalty rate stays until six
    # minimums in a row are received on time — those due 10 Jun … 10 Nov — not only while
    # the account is late (it went back to 24.99 % when the account was cured).
    acc = Account(US, bills=(RecordedBill(date(2026, 1, 15), date(2026, 2, 10), 100_000),))
    out = play(acc, Policy("minimum", on_due_from=date(2026, 6, 1)))
    rows = {r.statement_date: r for r in out.rows}
    june, july = rows[date(2026, 6, 15)], rows[date(2026, 7, 15)]
    # 15 Jun: 123,685 (15 May's balance, its interest and fees bearing interest too,
    # test_engine_six_cycles.py) × 12 days at the APR (to 27 May) = 1,016.19, × 14 days
    # at P (to the 10 Jun payment of 15 May's minimum, 30,185) = 1,422.76, then 93,500
    # × 5 days at P = 384.12: 2,823.07 → 2,823; balance 93,500 + 2,823 = 96,323, its
    # minimum 1 % × 93,500 + 2,823 = 3,758.
    # 15 Jul, at P: 96,323 for 25 days, then 96,323 − 3,758 (paid on 10 Jul: the 2,823 of
    # interest first, then 935) = 92,565 for 5: (96,323 × 25 + 92,565 × 5) × P =
    # 2,870,900 × P = 2,358.85 → 2,359 (at the APR it would be 1,965.58).
    assert (june.balance, june.interest, june.paid) == (96_323, 2_823, 3_758)
    assert july.interest == 2_359
    # The sixth on-time minimum is 10 Nov's: 15 Dec is at the APR again. 15 Nov's
    # balance 91,190 for 25 days, 91,190 − 3,161 = 88,029 for 5: (91,190 × 25 + 88,029 ×
    # 5) × 0.0006846575 = 2,719,895 × 0.0006846575 = 1,862.21 → 1,862.
    november = rows[date(2026, 11, 15)]
    assert (november.balance, november.interest, november.paid) == (91_190, 2_272, 3_161)
    assert rows[date(2026, 12, 15)].interest == 1_862
