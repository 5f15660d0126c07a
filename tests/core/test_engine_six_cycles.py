"""A bill (or an instalment) left unpaid for six cycles, cycle by cycle, per product kind:
minimum, interest, fees, late fee, penalty, days past due, report code (issue 11,
acceptance 1; Baitiao's is in tests/core/test_engine.py). Each figure is worked out by
hand below from DESIGN.md § Presets and § The account engine; amounts in minor units,
every accrual rounded half up once, when it posts.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from tracker.engine import Account, CycleRow, PartDue, Policy, RecordedBill, play, rules
from tracker.products import from_preset


def columns(rows: tuple[CycleRow, ...]) -> list[tuple[int, ...]]:
    """(minimum, interest, fees, late fee, penalty, days past due, code) per cycle."""
    return [
        (r.minimum, r.interest, r.fees, r.late_fee, r.penalty, r.days_past_due, r.report_code)
        for r in rows
    ]


def test_cn_card_unpaid_six_statements() -> None:
    # CN card (5th, due + 19 days, 3 grace days, 0.05%/day whole statement from posting,
    # compounded monthly; late fee 5% of each missed minimum, at least ¥10; minimum 10% of
    # principal not already past due + 100% of interest, fees and past due).
    # 1,000.00 stated 5 Jan, due 24 Jan; nothing paid until 24 Jul.
    card = from_preset("cn-credit-card", "card", statement_day=5)
    acc = Account(card, bills=(RecordedBill(date(2026, 1, 5), date(2026, 1, 24), 100_000),))
    out = play(acc, Policy(settle_on=date(2026, 7, 24)))
    # Interest (r = 0.0005; bearing = principal + interest posted so far):
    #  5 Feb: 100,000 × r × (19 days posting → due + 3 grace + 9 days to 5 Feb) = 1,550
    #  5 Mar: 101,550 × r × 28 = 1,421.7 → 1,422
    #  5 Apr: 102,972 × r × 31 = 1,596.07 → 1,596
    #  5 May: 104,568 × r × 30 = 1,568.52 → 1,569
    #  5 Jun: 106,137 × r × 31 = 1,645.12 → 1,645
    #  5 Jul: 107,782 × r × 30 = 1,616.73 → 1,617; to 24 Jul 109,399 × r × 19 = 1,039.29
    #         → 1,039, with the payment: 1,617 + 1,039 = 2,656 on that row.
    # Minimum = 10% × (100,000 − the principal already past due) + interest + late fee +
    # past due (DESIGN.md § Presets: 10% of spending and carried principal). The past due
    # amount P holds the earlier interest and late fees in full (asked at 100%), so its
    # principal is P − (interest + fees posted before); earlier this test took 10% of
    # 100,000 − P, which wrongly left the charges past due out of the principal too.
    # Late fee = max(1,000, 5% × that minimum), all unpaid:
    #  Jan: 10% × 100,000 = 10,000                                → fee 1,000 (floor)
    #  Feb: P 10,000, no charges before: 10% × 90,000 = 9,000 + 1,550 + 1,000 + 10,000
    #       = 21,550                                              → fee 1,077.5 → 1,078
    #  Mar: P 21,550 − (1,550 + 1,000) = 19,000 past due principal: 10% × 81,000 = 8,100
    #       + 1,422 + 1,078 + 21,550 = 32,150                      → fee 1,607.5 → 1,608
    #  Apr: 32,150 − (2,550 + 1,422 + 1,078 = 5,050) = 27,100: 10% × 72,900 = 7,290
    #       + 1,596 + 1,608 + 32,150 = 42,644                      → fee 2,132.2 → 2,132
    #  May: 42,644 − (5,050 + 1,596 + 1,608 = 8,254) = 34,390: 10% × 65,610 = 6,561
    #       + 1,569 + 2,132 + 42,644 = 52,906                      → fee 2,645.3 → 2,645
    #  Jun: 52,906 − (8,254 + 1,569 + 2,132 = 11,955) = 40,951: 10% × 59,049 → 5,905
    #       + 1,645 + 2,645 + 52,906 = 63,101                      → fee 3,155.05 → 3,155
    #  Jul: 63,101 − (11,955 + 1,645 + 2,645 = 16,245) = 46,856: 10% × 53,144 → 5,314
    #       + 1,617 + 3,155 + 63,101 = 73,187; paid on its due date: no fee.
    # Days past due (from 24 Jan) at each cycle's end: 12, 40, 71, 101, 132, 162, and 181
    # on the payment day; CN codes ⌈days/30⌉: 1 … 7. No penalty on a card (interest and
    # late fees instead); no instalment fees.
    assert columns(out.rows) == [
        (10_000, 0, 0, 1_000, 0, 12, 1),
        (21_550, 1_550, 0, 1_078, 0, 40, 2),
        (32_150, 1_422, 0, 1_608, 0, 71, 3),
        (42_644, 1_596, 0, 2_132, 0, 101, 4),
        (52_906, 1_569, 0, 2_645, 0, 132, 5),
        (63_101, 1_645, 0, 3_155, 0, 162, 6),
        (73_187, 2_656, 0, 0, 0, 181, 7),
    ]
    # Balances: 100,000; + 1,550 + 1,000 = 102,550; + 1,422 + 1,078 = 105,050;
    # + 1,596 + 1,608 = 108,254; …
    assert [r.balance for r in out.rows][:4] == [100_000, 102_550, 105_050, 108_254]
    # Late fees 1,000 + 1,078 + 1,608 + 2,132 + 2,645 + 3,155 = 11,618; interest to 5 Jul
    # 1,550 + 1,422 + 1,596 + 1,569 + 1,645 + 1,617 = 9,399, + 1,039 after = 10,438.
    # Paid on 24 Jul: 100,000 + 9,399 + 11,618 = 121,017 (the 5 Jul balance) + 1,039.
    assert out.rows[-1].paid == 121_017 + 1_039 == 122_056
    assert (out.interest, out.late_fees) == (10_438, 11_618)
    assert rules.red_line(out.red_line_months, out.end).crossed


def test_us_card_unpaid_six_statements_every_column() -> None:
    # US card: statement 15th, due the 10th of every month; APR 24.99%/365 = 0.0006846575
    # a day on the remainder from the statement date (Reg Z 1026.54), 29.99% penalty APR
    # (0.0008216438) once the minimum was not received within 60 days (day 61) and the
    # 45 days' notice have passed (1026.55(b)(4), 1026.9(g)): from 106 days past due,
    # 27 May; late fee $30, $41 for a
    # repeat within 6 cycles, never above the minimum; minimum max($25, 1% of principal +
    # interest + fees) + past due. $1,000 stated 15 Jan, due 10 Feb; nothing paid until
    # 10 Aug.
    us = from_preset("us-credit-card", "us")
    acc = Account(us, bills=(RecordedBill(date(2026, 1, 15), date(2026, 2, 10), 100_000),))
    out = play(acc, Policy(settle_on=date(2026, 8, 10)))
    # Interest on the daily balance, fees and interest charged included — an issuer's
    # "average daily balance (including new transactions)" (rules.charges_bear_interest;
    # until 2026-12-03 on the 100,000 alone, 15,199 in all): 0.0006846575 a day at the
    # APR, 0.0008216438 at the penalty APR, on the balance of each statement (a late fee
    # joins it when the statement after its due date posts):
    #  15 Feb: 100,000 × 31 days (15 Jan → 15 Feb) = 2,122.44 → 2,122
    #  15 Mar: (100,000 + 2,122 + 2,500) = 104,622 × 28 days = 2,005.67 → 2,006
    #  15 Apr: 104,622 + 2,006 + 4,100 = 110,728 × 31 = 2,350.16 → 2,350
    #  15 May: 117,178 × 30 = 2,406.80 → 2,407
    #  15 Jun: 123,685 × 12 days at the APR (to 27 May, 106 days past due) = 1,016.19
    #          + 19 days at the penalty APR = 1,930.88: 2,947.07 → 2,947
    #  15 Jul: 130,732 × 30 days at the penalty APR = 3,222.45 → 3,222; then 138,054 ×
    #          26 days to 10 Aug = 2,949.21 → 2,949, with the payment: 6,171.
    # Minimums and late fees (all unpaid, past due P carried at 100%). The 1% is of all
    # the principal, the past due amount's too — "1% of the New Balance" (Chase, Citi
    # agreements; DESIGN.md § Presets: "1% of principal + interest + fees … plus any
    # past-due amount").
    #  Jan: max(2,500, 1,000) = 2,500; fee $30 capped at that minimum = 2,500
    #  Feb: 1% × 100,000 = 1,000 + 2,122 + 2,500 = 5,622 + 2,500 = 8,122; fee $41
    #  Mar: 1,000 + 2,006 + 4,100 = 7,106 + 8,122 = 15,228; $41
    #  Apr: 1,000 + 2,350 + 4,100 = 7,450 + 15,228 = 22,678; $41
    #  May: 1,000 + 2,407 + 4,100 = 7,507 + 22,678 = 30,185; $41
    #  Jun: 1,000 + 2,947 + 4,100 = 8,047 + 30,185 = 38,232; $41
    #  Jul: 1,000 + 3,222 + 4,100 = 8,322 + 38,232 = 46,554; paid on its due date.
    # Days past due (from 10 Feb) at each cycle's end: 5, 33, 64, 94, 125, 155, 181;
    # US codes ⌊days/30⌋ from 30 days: 0, 1, 2, 3, 4, 5, 6 (charged off at 180).
    assert columns(out.rows) == [
        (2_500, 0, 0, 2_500, 0, 5, 0),
        (8_122, 2_122, 0, 4_100, 0, 33, 1),
        (15_228, 2_006, 0, 4_100, 0, 64, 2),
        (22_678, 2_350, 0, 4_100, 0, 94, 3),
        (30_185, 2_407, 0, 4_100, 0, 125, 4),
        (38_232, 2_947, 0, 4_100, 0, 155, 5),
        (46_554, 6_171, 0, 0, 0, 181, 6),
    ]
    # Balance on 15 Jul: 100,000 + interest 15,054 (to 15 Jul) + fees 2,500 + 5 × 4,100
    # = 138,054; paid 10 Aug with 2,949 more = 141,003.
    assert out.rows[-1].balance == 138_054 and out.rows[-1].paid == 141_003
    assert (out.interest, out.late_fees) == (18_003, 23_000)
    assert out.charged_off
    assert out.visible_until == date(2033, 2, 10) + timedelta(days=180)


def test_huabei_bill_unpaid_six_statements() -> None:
    # Huabei (BNPL, 1st, due + 9): once the minimum is missed, 0.05%/day penalty on the
    # whole unpaid amount (not on penalty), no interest and no late fee; minimum 10% of
    # principal not already past due + penalty + past due. 1,000.00 stated 1 Jan, due
    # 10 Jan, nothing paid until 10 Jul.
    huabei = from_preset("huabei", "hb", statement_day=1)
    acc = Account(huabei, bills=(RecordedBill(date(2026, 1, 1), date(2026, 1, 10), 100_000),))
    out = play(acc, Policy(settle_on=date(2026, 7, 10)))
    # Penalty 100,000 × 0.0005 = 50 a day: 1 Feb 22 days = 1,100; 1 Mar 28 = 1,400;
    # 1 Apr 31 = 1,550; 1 May 30 = 1,500; 1 Jun 31 = 1,550; 1 Jul 30 = 1,500, and 9 more
    # days to 10 Jul = 450 with the payment (1,950 on that row).
    # Minimums (past due P; the 10% is on principal not already past due, i.e. on
    # 100,000 − (P − the penalty posted before, which P holds in full); earlier this test
    # took 10% of 100,000 − P, e.g. 7,990 in March where 8,100 is right):
    # Jan 10,000; Feb 10% × 90,000 + 1,100 + 10,000 = 20,100;
    # Mar P 20,100 − 1,100 = 19,000: 10% × 81,000 = 8,100 + 1,400 + 20,100 = 29,600;
    # Apr 29,600 − 2,500 = 27,100: 10% × 72,900 = 7,290 + 1,550 + 29,600 = 38,440;
    # May 38,440 − 4,050 = 34,390: 10% × 65,610 = 6,561 + 1,500 + 38,440 = 46,501;
    # Jun 46,501 − 5,550 = 40,951: 10% × 59,049 → 5,905 + 1,550 + 46,501 = 53,956;
    # Jul 53,956 − 7,100 = 46,856: 10% × 53,144 → 5,314 + 1,500 + 53,956 = 60,770.
    # Days past due (from 10 Jan): 22, 50, 81, 111, 142, 172, 181 → codes 1 … 7.
    assert columns(out.rows) == [
        (10_000, 0, 0, 0, 0, 22, 1),
        (20_100, 0, 0, 0, 1_100, 50, 2),
        (29_600, 0, 0, 0, 1_400, 81, 3),
        (38_440, 0, 0, 0, 1_550, 111, 4),
        (46_501, 0, 0, 0, 1_500, 142, 5),
        (53_956, 0, 0, 0, 1_550, 172, 6),
        (60_770, 0, 0, 0, 1_950, 181, 7),
    ]
    assert out.penalty == 100_000 * 5 * 181 // 10_000 == 9_050  # 50 a day × 181 days


def test_loan_six_instalments_unpaid() -> None:
    # Loan: monthly instalments of 1,000.00 principal + 50.00 interest from 10 Jan; none
    # paid until 10 Jul. Overdue instalments bear the contract rate + 50% (PBOC
    # 银发〔2003〕251号): 6% × 1.5 / 360 = 0.025% a day, on what is overdue (not on
    # penalty); the minimum is everything due; no late fee.
    loan = from_preset("loan", "loan")
    parts = tuple(
        PartDue(date(2026, 1, 10) + relativedelta(months=k), 100_000, 5_000) for k in range(6)
    )
    out = play(Account(loan, parts=parts), Policy(settle_on=date(2026, 7, 10)))
    # Penalty on the overdue instalments (105,000 each) × 0.00025:
    #  10 Feb: 105,000 × 31 days = 813.75 → 814
    #  10 Mar: 210,000 × 28 = 1,470
    #  10 Apr: 315,000 × 31 = 2,441.25 → 2,441
    #  10 May: 420,000 × 30 = 3,150
    #  10 Jun: 525,000 × 31 = 4,068.75 → 4,069; to 10 Jul 630,000 × 30 = 4,725, with the
    #          payment: 8,794 on that row.
    # Minimums: everything owed: 105,000; 210,000 + 814 = 210,814; + 105,000 + 1,470 =
    # 317,284; + 105,000 + 2,441 = 424,725; + 105,000 + 3,150 = 532,875; + 105,000 + 4,069
    # = 641,944. Fees: each instalment's 5,000 interest part.
    # Days past due (from 10 Jan) at each cycle's end: 31, 59, 90, 120, 151, 181 → CN
    # codes ⌈days/30⌉: 2, 2, 3, 4, 6, 7.
    assert columns(out.rows) == [
        (105_000, 0, 5_000, 0, 0, 31, 2),
        (210_814, 0, 5_000, 0, 814, 59, 2),
        (317_284, 0, 5_000, 0, 1_470, 90, 3),
        (424_725, 0, 5_000, 0, 2_441, 120, 4),
        (532_875, 0, 5_000, 0, 3_150, 151, 6),
        (641_944, 0, 5_000, 0, 8_794, 181, 7),
    ]
    assert out.penalty == 814 + 1_470 + 2_441 + 3_150 + 8_794 == 16_669
    assert out.rows[-1].paid == 630_000 + 16_669


def test_pay_in_4_every_instalment_missed() -> None:
    # Pay-in-4: $25 every 2 weeks from 1 Jan, none paid until 31 Mar. Each missed
    # instalment is retried for 10 days, then costs $7 once (never from day one, never
    # on the reminder statement after the last one), the fees of one order capped at 25%
    # of its value (DESIGN.md § Presets: "capped per order"; Klarna/Afterpay US terms):
    # $100 × 25% = $25, so the fourth fee is $25 − 3 × $7 = $4 (this test used to charge
    # 4 × $7 = $28, over the cap); no interest, no penalty; reported from 30 days (US
    # codes ⌊days/30⌋).
    p4 = from_preset("pay-in-4", "p4")
    parts = tuple(PartDue(date(2026, 1, 1) + timedelta(days=14 * k), 2_500) for k in range(4))
    out = play(Account(p4, parts=parts), Policy(settle_on=date(2026, 3, 31)))
    # Minimum = everything owed: 2,500; + 2,500 + the 11 Jan fee 700 = 5,700; + 2,500 +
    # 700 = 8,900; + 2,500 + 700 = 12,100; the last fee (22 Feb, capped: 400) is asked at
    # once, on a statement of its own on 23 Feb: 12,500 (it waited for a 12 Mar reminder
    # statement before, docs/engine.md); then the monthly reminder of 23 Mar: 12,500.
    # Days past due (from 1 Jan) at each cycle's end: 15 Jan 14, 29 Jan 28, 12 Feb 42,
    # 23 Feb 53, 23 Mar 81, 31 Mar 89 → codes 0, 0, 1, 1, 2, 2 (a pay-in-N lender may
    # report at its due dates: every month the delinquency touches counts).
    assert columns(out.rows) == [
        (2_500, 0, 0, 700, 0, 14, 0),
        (5_700, 0, 0, 700, 0, 28, 0),
        (8_900, 0, 0, 700, 0, 42, 1),
        (12_100, 0, 0, 400, 0, 53, 1),
        (12_500, 0, 0, 0, 0, 81, 2),
        (12_500, 0, 0, 0, 0, 89, 2),
    ]
    assert out.late_fees == 3 * 700 + 400 == 2_500 and out.rows[-1].paid == 12_500
