"""Simulator reference tests: every preset, every option kind, each number worked by hand.

All amounts are minor units (fen / cents). The due date is 10 December 2026 throughout;
"minimum" pays the rest one month later (10 January 2027, 31 days). APR/EAR values of
instalments are the IRR of the schedule; each one is checked independently below by
showing the exact NPV changes sign within half a 6-place step of the rate (``brackets``).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest

from tracker.errors import InputError
from tracker.products import Product, from_preset
from tracker.simulator import Option, Simulation, simulate

DUE = date(2026, 12, 10)
PAY = date(2027, 1, 10)  # default pay date of the "minimum" option: due + 1 month, 31 days


def preset(name: str, **changes: object) -> Product:
    return from_preset(name, name, **changes)


def only(sim: Simulation, kind: str, *, periods: int | None = None, days: int | None = None):
    """The one option of ``kind`` (with those periods / days)."""
    found = [
        o
        for o in sim.options
        if o.kind == kind
        and (periods is None or o.periods == periods)
        and (days is None or o.days == days)
    ]
    assert len(found) == 1, found
    return found[0]


def rows(o: Option) -> list[tuple[date, int, int]]:
    return [(p.due_date, p.principal, p.fee) for p in o.schedule]


def impact(o: Option) -> tuple[int, bool, bool, date | None]:
    return (o.impact.code, o.impact.reported, o.impact.serious, o.impact.visible_until)


CLEAN = (0, False, False, None)


def brackets(o: Option, per_year: int = 12) -> None:
    """APR and EAR are the 6-place roundings of the schedule's exact IRR.

    With i± = (APR ± 0.0000005) / per_year, the exact NPV must be ≥ 0 at i− and ≤ 0 at
    i+; EAR must lie between (1 + i−)^per_year − 1 and (1 + i+)^per_year − 1 (± half a step).
    """
    assert o.apr is not None and o.ear is not None
    half = Fraction(1, 2_000_000)
    lo, hi = (Fraction(o.apr) - half) / per_year, (Fraction(o.apr) + half) / per_year

    def npv(i: Fraction) -> Fraction:
        return sum(
            (Fraction(p.payment) / (1 + i) ** k for k, p in enumerate(o.schedule, 1)),
            Fraction(0),
        ) - sum(p.principal for p in o.schedule)

    assert npv(lo) >= 0 >= npv(hi)
    assert (1 + lo) ** per_year - 1 - half <= Fraction(o.ear) <= (1 + hi) ** per_year - 1 + half


# -- the DESIGN.md worked example -------------------------------------------------------
def test_worked_example_cn_card_12_periods_at_0_6_percent() -> None:
    sim = simulate(preset("cn-credit-card"), 1_200_000, DUE, periods=[12])
    o = only(sim, "installment", periods=12)
    # principal 1,200,000 / 12 = 100,000; fee round(1,200,000 × 0.006) = 7,200 a period
    # → 107,200 = 1,072.00 a month; fees 12 × 7,200 = 86,400 = 864.00.
    assert {p.payment for p in o.schedule} == {107_200}
    assert rows(o)[0] == (date(2027, 1, 10), 100_000, 7_200)
    assert rows(o)[-1] == (date(2027, 12, 10), 100_000, 7_200)
    assert o.total_cost == 86_400
    # IRR: 1,200,000 = Σ 107,200 / (1+i)^k → i ≈ 0.0108618; APR 12·i, EAR (1+i)^12 − 1.
    assert (o.apr, o.ear) == (Decimal("0.130342"), Decimal("0.138418"))
    brackets(o)
    assert o.cost_ratio == Decimal("0.0720")  # 86,400 / 1,200,000 — the 7.2 % it seems
    assert impact(o) == CLEAN


# -- Baitiao: flat 0.5 % a period, penalty model ----------------------------------------
BAITIAO = simulate(preset("baitiao"), 100_000, DUE, overdue_days=(15, 91))


def test_baitiao_pay_in_full_costs_nothing() -> None:
    o = only(BAITIAO, "pay_in_full")
    assert (o.total_cost, rows(o), impact(o)) == (0, [(DUE, 100_000, 0)], CLEAN)


def test_baitiao_minimum_interest_on_the_remainder_from_due() -> None:
    o = only(BAITIAO, "minimum", days=31)
    # M = 10 % × 100,000 = 10,000; R = 90,000; 90,000 × 0.0005 × 31 days = 1,395.
    assert BAITIAO.minimum == 10_000
    assert rows(o) == [(DUE, 10_000, 0), (PAY, 90_000, 1_395)]
    assert (o.total_cost, o.days) == (1_395, 31)
    # APR = 1,395 / 90,000 × 365 / 31 = 0.0005 × 365 = 0.1825 exactly;
    # EAR = (1 + 1,395 / 90,000)^(365 / 31) − 1 = 1.0155^11.774 − 1 = 0.198535.
    assert o.apr == Decimal("0.182500") and o.ear == Decimal("0.198535")
    assert impact(o) == CLEAN


def test_baitiao_instalments_flat_fee_leftover_last() -> None:
    three = only(BAITIAO, "installment", periods=3)
    # fee round(100,000 × 0.005) = 500 a period; principal round(100,000 / 3) = 33,333,
    # last 100,000 − 2 × 33,333 = 33,334.
    assert rows(three) == [
        (date(2027, 1, 10), 33_333, 500),
        (date(2027, 2, 10), 33_333, 500),
        (date(2027, 3, 10), 33_334, 500),
    ]
    assert three.total_cost == 1_500  # 3 × 500
    assert (three.apr, three.ear) == (Decimal("0.089777"), Decimal("0.093564"))
    brackets(three)
    six = only(BAITIAO, "installment", periods=6)
    # principal rounded down (DESIGN.md): 16,666 × 5 = 83,330; last 16,670.
    assert rows(six)[0][1:] == (16_666, 500) and rows(six)[-1][1:] == (16_670, 500)
    twelve, twenty_four = (only(BAITIAO, "installment", periods=n) for n in (12, 24))
    # 12: 8,333 × 11 = 91,663, last 8,337; 24: 4,166 × 23 = 95,818, last 4,182
    assert (rows(twelve)[-1][1], rows(twenty_four)[-1][1]) == (8_337, 4_182)
    assert [o.total_cost for o in (six, twelve, twenty_four)] == [3_000, 6_000, 12_000]
    for o in (six, twelve, twenty_four):
        brackets(o)
    assert [o.periods for o in BAITIAO.options if o.kind == "installment"] == [3, 6, 12, 24]


def test_baitiao_overdue_penalty_and_report() -> None:
    late = only(BAITIAO, "overdue", days=15)
    # 100,000 × 0.0005 × 15 = 750; reported after 1 day, code ⌈15/30⌉ = 1, 5 years.
    assert rows(late) == [(date(2026, 12, 25), 100_000, 750)]
    assert impact(late) == (1, True, False, date(2031, 12, 25))
    serious = only(BAITIAO, "overdue", days=91)
    # 10 Dec + 91 days = 11 Mar 2027 (21 + 31 + 28 + 11); 100,000 × 0.0005 × 91 = 4,550;
    # code ⌈91/30⌉ = 4; over 90 days is serious.
    assert rows(serious) == [(date(2027, 3, 11), 100_000, 4_550)]
    assert impact(serious) == (4, True, True, date(2032, 3, 11))


def test_baitiao_negotiated_after_90_days() -> None:
    o = only(BAITIAO, "negotiated")
    # Starts 10 Dec + 90 = 10 Mar 2027; penalty so far 100,000 × 0.0005 × 90 = 4,500;
    # balance 104,500 in 12: 104,500 // 12 = 8,708, last 104,500 − 11 × 8,708 = 8,712.
    assert (o.periods, o.days, o.total_cost) == (12, 90, 4_500)
    payments = [p.payment for p in o.schedule]
    assert payments == [8_708] * 11 + [8_712]
    assert (o.schedule[0].due_date, o.schedule[-1].due_date) == (
        date(2027, 4, 10),
        date(2028, 3, 10),
    )
    # allocated as the ledger does, penalty first: the first payment is 4,500 penalty +
    # 4,208 principal; the rest is principal (11 × 8,708 + 8,712 − 4,500 = 100,000).
    assert rows(o)[0] == (date(2027, 4, 10), 4_208, 4_500)
    assert rows(o)[-1] == (date(2028, 3, 10), 8_712, 0)
    assert sum(p.principal for p in o.schedule) == 100_000
    # code ⌈90/30⌉ = 3 (exactly 90 is not yet serious); visible 5 years after the last payment.
    assert impact(o) == (3, True, False, date(2033, 3, 10))


def test_baitiao_negotiated_waiver() -> None:
    sim = simulate(
        preset("baitiao"), 100_000, DUE, negotiate_after=60, waiver=Decimal("0.2"),
        negotiate_periods=6,
    )  # fmt: skip
    o = only(sim, "negotiated")
    # 10 Dec + 60 = 8 Feb 2027; penalty 100,000 × 0.0005 × 60 = 3,000;
    # (100,000 + 3,000) × 0.8 = 82,400 → 82,400 // 6 = 13,733, last 82,400 − 5 × 13,733 = 13,735
    assert [p.payment for p in o.schedule] == [13_733] * 5 + [13_735]
    assert o.schedule[0].due_date == date(2027, 3, 8)
    # The waiver saves money (−17,600 against the bill) but the report still shows it.
    assert o.total_cost == 82_400 - 100_000
    assert impact(o) == (2, True, False, date(2032, 8, 8))


def test_baitiao_cheapest_clean_is_the_minimum_with_the_rest_soonest() -> None:
    # Options on equal terms (DESIGN.md): "the minimum now, the rest 15 days later" costs
    # 90,000 × 0.0005 × 15 = 675 and stays clean; "pay 15 days late" costs 750, reported.
    assert BAITIAO.cheapest_clean is only(BAITIAO, "minimum", days=15)
    assert only(BAITIAO, "minimum", days=15).total_cost == 675
    assert only(BAITIAO, "overdue", days=15).impact.reported


# -- Huabei: a total rate spread evenly ---------------------------------------------------
HUABEI = simulate(preset("huabei"), 100_100, DUE, overdue_days=(1,))


def test_huabei_3_periods_rounding_leftovers_in_the_last_period() -> None:
    o = only(HUABEI, "installment", periods=3)
    # fee total round(100,100 × 0.025) = round(2,502.5) = 2,503 (half up);
    # fee each round(2,503 / 3) = round(834.33) = 834, last 2,503 − 1,668 = 835;
    # principal rounded down (DESIGN.md): 100,100 // 3 = 33,366, last 100,100 − 66,732 =
    # 33,368.
    assert rows(o) == [
        (date(2027, 1, 10), 33_366, 834),
        (date(2027, 2, 10), 33_366, 834),
        (date(2027, 3, 10), 33_368, 835),
    ]
    assert o.total_cost == 2_503
    # 12 × IRR of (100,100; 34,200, 34,200, 34,203), checked by brackets() below.
    assert (o.apr, o.ear) == (Decimal("0.149411"), Decimal("0.160080"))
    brackets(o)


def test_huabei_6_and_12_periods_totals() -> None:
    six, twelve = (only(HUABEI, "installment", periods=n) for n in (6, 12))
    # 6: round(100,100 × 0.045) = round(4,504.5) = 4,505; round(750.83) = 751 × 5, last 750.
    assert [p.fee for p in six.schedule] == [751] * 5 + [750]
    # 12: round(100,100 × 0.088) = 8,808.8 → 8,809; round(734.08) = 734 × 11, last 735;
    # principal 100,100 // 12 = 8,341 × 11 = 91,751, last 8,349.
    assert [p.fee for p in twelve.schedule] == [734] * 11 + [735]
    assert rows(twelve)[-1][1] == 8_349
    assert (six.total_cost, twelve.total_cost) == (4_505, 8_809)
    brackets(six)
    brackets(twelve)


def test_huabei_minimum_overdue_negotiated() -> None:
    o = only(HUABEI, "minimum", days=31)
    # M = round(10,010) = 10,010; R = 90,090 from the due date, posted at each statement:
    # 10 Dec → 1 Jan 22 d: 90,090 × 0.0005 × 22 = 990.99 → 991; 1 → 10 Jan 9 d:
    # 405.405 → 405; 991 + 405 = 1,396;
    # APR = 1,396 × 365 / (90,090 × 31) = 509,540 / 2,792,790 = 0.1824484 → 0.182448.
    assert rows(o) == [(DUE, 10_010, 0), (PAY, 90_090, 1_396)]
    assert o.apr == Decimal("0.182448")
    late = only(HUABEI, "overdue", days=1)
    # One day late: 100,100 × 0.0005 = 50.05 → 50, and already on the report (after 1 day).
    assert rows(late) == [(date(2026, 12, 11), 100_100, 50)]
    assert impact(late) == (1, True, False, date(2031, 12, 11))
    neg = only(HUABEI, "negotiated")
    # The penalty 100,100 × 0.0005 = 50.05 a day posts on each statement, rounded there:
    # 10 Dec → 1 Jan 22 d = 1,101.1 → 1,101; → 1 Feb 31 d = 1,551.55 → 1,552;
    # → 1 Mar 28 d = 1,401.4 → 1,401; → 10 Mar 9 d = 450.45 → 450; total 4,504.
    # (100,100 + 4,504) // 12 = 8,717 (× 11 = 95,887), last 104,604 − 95,887 = 8,717.
    assert neg.total_cost == 4_504
    assert [p.payment for p in neg.schedule] == [8_717] * 12
    # The minimum now, the rest a day later: 90,090 × 0.0005 = 45.045 → 45, clean.
    assert HUABEI.cheapest_clean is only(HUABEI, "minimum", days=1)
    assert HUABEI.cheapest_clean.total_cost == 45


# -- CN credit card: grace, whole-from-posting, compounding, late fee --------------------
CARD = simulate(preset("cn-credit-card"), 1_200_000, DUE, overdue_days=(3, 4, 30))
POSTING = date(2026, 11, 21)  # default: the statement date, due − 19 days


def test_cn_card_minimum_loses_the_interest_free_period() -> None:
    o = only(CARD, "minimum", days=31)
    # whole_from_posting; the statement of 21 Dec posts (and compounds) the interest:
    #   21 Nov → 10 Dec, 19 days on the whole bill: 1,200,000 × 0.0005 × 19 = 11,400
    #   10 Dec → 21 Dec, 11 days on R = 1,080,000:   1,080,000 × 0.0005 × 11 =  5,940
    #   21 Dec: 17,340 posted on the next statement, and from then on bears interest
    #   21 Dec → 10 Jan, 20 days: (1,080,000 + 17,340) × 0.0005 × 20 = 10,973.4
    #   total 28,313.4 → 28,313 (only 10 % was short, yet interest runs on 100 %).
    assert CARD.minimum == 120_000
    assert rows(o) == [(DUE, 120_000, 0), (PAY, 1_080_000, 28_313)]
    # APR = 28,313 / 1,080,000 × 365 / 31 = 0.308669
    assert o.apr == Decimal("0.308669")


def test_cn_card_minimum_without_compounding_is_the_design_formula() -> None:
    sim = simulate(preset("cn-credit-card", compound_monthly=False), 1_200_000, DUE)
    # B·r·(T − posting) + R·r·(P − T) = 1,200,000 × 0.0005 × 19 + 1,080,000 × 0.0005 × 31
    #                                 = 11,400 + 16,740 = 28,140
    assert only(sim, "minimum", days=31).total_cost == 28_140


def test_cn_card_rest_paid_within_grace_costs_nothing() -> None:
    sim = simulate(preset("cn-credit-card"), 1_200_000, DUE, pay_date=date(2026, 12, 13))
    # 3 days ≤ grace_days 3: as if on time
    assert only(sim, "minimum", days=3).total_cost == 0


def test_cn_card_grace_period_saves_the_user() -> None:
    o = only(CARD, "overdue", days=3)
    # 3 days ≤ 3 grace days: no interest, no late fee, not reported.
    assert (o.total_cost, impact(o)) == (0, CLEAN)


def test_cn_card_one_day_past_grace() -> None:
    o = only(CARD, "overdue", days=4)
    # Interest on the whole bill from posting, 19 + 4 = 23 days (no anniversary before
    # 14 Dec): 1,200,000 × 0.0005 × 23 = 13,800; late fee 5 % × 120,000 = 6,000 (> ¥10 floor)
    assert rows(o) == [(date(2026, 12, 14), 1_200_000, 13_800 + 6_000)]
    assert impact(o) == (1, True, False, date(2031, 12, 14))


def test_cn_card_30_days_late_compounds() -> None:
    o = only(CARD, "overdue", days=30)
    # 21 Nov → 21 Dec: 30 × 600 = 18,000 capitalised; 21 Dec → 9 Jan: 19 × 609 = 11,571;
    # + late fee 6,000 = 35,571.
    assert o.total_cost == 18_000 + 11_571 + 6_000
    assert impact(o) == (1, True, False, date(2032, 1, 9))


def test_cn_card_negotiated() -> None:
    o = only(CARD, "negotiated")
    # So far at 10 Mar 2027, interest posted (and compounded) on each statement, the 21st:
    #   30 d × 1,200,000 × 0.0005 = 18,000
    #   31 d × 1,218,000 × 0.0005 = 18,879
    #   31 d × 1,236,879 × 0.0005 = 19,171.62 → 19,172
    #   17 d × 1,256,051 × 0.0005 = 10,676.43 → 10,676; interest 66,727.
    # A late fee for EVERY missed statement (DESIGN.md), 5 % of its unpaid minimum:
    #   10 Dec: 5 % × 120,000 = 6,000
    #    9 Jan: minimum 10 % × (1,200,000 − 120,000 past due) + 18,000 + 6,000 + 120,000
    #           = 252,000 → 12,600
    #    9 Feb: 10 % of the principal not already past due: the past due 252,000 holds
    #           the 18,000 interest and 6,000 fee in full, so 228,000 of it is principal
    #           (this test used to subtract all 252,000; DESIGN.md § Presets):
    #           10 % × 972,000 = 97,200 + 18,879 + 12,600 + 252,000 = 380,679 → 19,033.95
    #           → 19,034
    #   (12 Mar is after the agreement on 10 Mar: no fee). Was one fee, 6,000 (72,727).
    # 66,727 + 6,000 + 12,600 + 19,034 = 104,361; 1,304,361 // 12 = 108,696 (× 11 =
    # 1,195,656), last 108,705.
    assert o.total_cost == 104_361
    assert [r.late_fee for r in o.timeline[:3]] == [6_000, 12_600, 19_034]
    assert [p.payment for p in o.schedule] == [108_696] * 11 + [108_705]
    assert impact(o) == (3, True, False, date(2033, 3, 10))
    assert o.red_line  # three delinquent months in a row


def test_cn_card_cheapest_clean_is_paying_within_grace() -> None:
    # Clean at 0: the rest (or all of it) within the 3 grace days.
    assert (CARD.cheapest_clean.total_cost, CARD.cheapest_clean.days) == (0, 3)
    assert only(CARD, "overdue", days=3).total_cost == 0
    sim = simulate(preset("cn-credit-card"), 1_200_000, DUE, overdue_days=(30,))
    # Without the grace scenario: 3 periods × 7,200 = 21,600 < the minimum with the rest
    # 30 days later (27,765) or 31 (28,313).
    assert sim.cheapest_clean is only(sim, "installment", periods=3)


# -- US credit card: remainder from posting, capped late fee, reported at 30 days --------
US = simulate(preset("us-credit-card"), 100_000, DUE, overdue_days=(15, 30))
# R = 0.0006846575 a day (24.99 % / 365) in the comments below.


def test_us_card_minimum_is_the_floor_and_interest_from_posting() -> None:
    o = only(US, "minimum", days=31)
    # max($25 floor, 1 % × $1,000 = $10) = 2,500. Interest from the statement date
    # 15 Nov (never earlier: Reg Z 1026.54) on the average daily balance — the 2,500
    # minimum repaid on 10 Dec lowers it from that day (it was taken off from 15 Nov:
    # 3,774) —, posted on each statement, the interest charged in the daily balance
    # after it (rules.charges_bear_interest):
    # 15 Nov → 10 Dec 25 d × 100,000 + 10 → 15 Dec 5 d × 97,500 = 2,987,500 × R
    #   = 2,045.41 → 2,045;
    # 15 Dec → 10 Jan 26 d: (97,500 + 2,045) × R × 26 = 1,772.04 → 1,772; 3,817.
    assert US.minimum == 2_500
    assert rows(o) == [(DUE, 2_500, 0), (PAY, 97_500, 3_817)]
    # APR = 3,817 × 365 / (97,500 × 31) = 1,393,205 / 3,022,500 = 0.4609446 → 0.460945
    assert o.apr == Decimal("0.460945")


def test_us_card_no_interest_before_the_statement_date() -> None:
    # Posting 20 Oct, statement 15 Nov: interest still starts 15 Nov (was 20 Oct), as
    # test_us_card_minimum_is_the_floor_and_interest_from_posting: 3,817.
    sim = simulate(preset("us-credit-card"), 100_000, DUE, posting=date(2026, 10, 20))
    assert only(sim, "minimum", days=31).total_cost == 3_817


def test_us_card_offers_no_instalments() -> None:
    assert [o for o in US.options if o.kind == "installment"] == []
    with pytest.raises(InputError, match="does not offer instalments"):
        simulate(preset("us-credit-card"), 100_000, DUE, periods=[3])


def test_us_card_late_but_not_yet_reported() -> None:
    o = only(US, "overdue", days=15)
    # 15 Nov → 15 Dec 30 d: 100,000 × R × 30 = 2,053.97 → 2,054; the late fee, $30 capped
    # at the $25 minimum = 2,500, charged 10 Dec and on the 15 Dec statement; → 25 Dec
    # 10 d on 100,000 + 2,054 + 2,500 = 104,554: 715.84 → 716; 2,770 of interest;
    # reported only at 30 days.
    assert o.total_cost == 2_770 + 2_500
    assert impact(o) == CLEAN
    month = only(US, "overdue", days=30)
    # 30 d → 2,054; 15 Dec → 9 Jan 25 d on 104,554: 1,789.60 → 1,790; 3,844 + 2,500; code
    # ⌊30/30⌋ = 1; kept 7 years from the first delinquency, 10 Dec 2026 (FCRA §605), not
    # from payment.
    assert month.total_cost == 3_844 + 2_500
    assert impact(month) == (1, True, False, date(2033, 12, 10))


def test_us_report_codes_are_floor_of_days_over_30() -> None:
    # 31–59 days late is "30 days late", code 1 (was 2): ⌊45/30⌋ = 1.
    sim = simulate(preset("us-credit-card"), 100_000, DUE, overdue_days=(29, 45, 60))
    assert [only(sim, "overdue", days=d).impact.code for d in (29, 45, 60)] == [0, 1, 2]


def test_us_card_negotiated_and_cheapest() -> None:
    o = only(US, "negotiated")
    # Interest per statement, on the balance with the interest and fees charged: 15 Dec
    # 100,000 × 30 d × R = 2,053.97 → 2,054; 15 Jan (100,000 + 2,054 + 2,500 = 104,554) ×
    # 31 d = 2,219.04 → 2,219; 15 Feb 110,873 × 31 d = 2,353.15 → 2,353; 15 Feb → 10 Mar
    # 117,326 × 23 d = 1,847.55 → 1,848; interest 8,474 (7,873 on the principal alone).
    # No penalty APR: it may apply from 106 days past due (not received
    # within 60 days, + the 45 days' notice, Reg Z 1026.55(b)(4), 1026.9(g)), 26 Mar,
    # after the plan took over (it was applied from 8 Feb, 60 days: 8,284).
    # Late fees, one per missed statement: $30 capped at the $25 minimum = 2,500; then
    # $41 repeats (another fee within 6 statements) = 4,100, twice. 8,474 + 10,700 = 19,174.
    assert o.total_cost == 19_174
    assert [r.late_fee for r in o.timeline[:3]] == [2_500, 4_100, 4_100]
    assert impact(o) == (3, True, False, date(2033, 12, 10))
    # "The minimum now, the rest on day 15" (2,045 as above + 99,545 × 10 d × R = 681.54
    # → 682: 2,727) beats "pay 15 days late" (5,270).
    assert US.cheapest_clean is only(US, "minimum", days=15)
    assert US.cheapest_clean.total_cost == 2_727


# -- pay-in-4: four payments two weeks apart, no fee, fixed late fee ---------------------
PAY4 = simulate(preset("pay-in-4"), 10_001, DUE, overdue_days=(15, 30))


def test_pay_in_4_schedule_is_an_instalment_option() -> None:
    o = only(PAY4, "installment", periods=4)
    # round(10,001 / 4) = round(2,500.25) = 2,500 × 3, last 2,501; first payment on the due
    # date, then every 14 days; no fee → APR and EAR exactly 0.
    assert rows(o) == [
        (date(2026, 12, 10), 2_500, 0),
        (date(2026, 12, 24), 2_500, 0),
        (date(2027, 1, 7), 2_500, 0),
        (date(2027, 1, 21), 2_501, 0),
    ]
    assert (o.total_cost, o.apr, o.ear) == (0, Decimal("0.000000"), Decimal("0.000000"))


def test_pay_in_4_late_fee_and_report() -> None:
    # The minimum is the whole amount (rate 1): no "pay the minimum" option at all.
    assert PAY4.minimum == 10_001
    assert [o for o in PAY4.options if o.kind == "minimum"] == []
    late = only(PAY4, "overdue", days=15)
    # No daily penalty; the fixed $7 late fee (not capped); reported only at 30 days.
    assert (late.total_cost, impact(late)) == (700, CLEAN)
    month = only(PAY4, "overdue", days=30)
    # First delinquency 10 Dec 2026 + 7 years.
    assert (month.total_cost, impact(month)) == (700, (1, True, False, date(2033, 12, 10)))
    neg = only(PAY4, "negotiated")
    # One $7 fee per missed instalment (not per later reminder statement):
    # (10,001 + 700) // 12 = 891 (× 11 = 9,801), last 10,701 − 9,801 = 900.
    assert [p.payment for p in neg.schedule] == [891] * 11 + [900]
    # Tie at 0 between the minimum and the 4 payments: the instalment plan is preferred.
    assert PAY4.cheapest_clean is only(PAY4, "installment", periods=4)


def test_pay_in_4_late_fee_is_capped_at_a_quarter_of_the_amount() -> None:
    # The amount simulated is the order (it is offered split into 4): its late fees never
    # exceed 25 % of it (DESIGN.md § Presets, pay_in_4; rules.capped_per_order, rounded
    # down). $5.00: 25 % = $1.25, not the $7.00 fee (140 % of it); $20.00: $5.00; the
    # $100.01 above: $25.00 ≥ $7.00, so $7.00.
    small = simulate(preset("pay-in-4"), 500, DUE, overdue_days=(15, 90))
    assert [only(small, "overdue", days=d).total_cost for d in (15, 90)] == [125, 125]
    twenty = simulate(preset("pay-in-4"), 2_000, DUE, overdue_days=(15,))
    assert only(twenty, "overdue", days=15).total_cost == 500
    assert only(PAY4, "overdue", days=15).total_cost == 700


# -- loan: amortising at 6 % a year, penalty model ---------------------------------------
LOAN = simulate(preset("loan"), 1_200_000, DUE, overdue_days=(10,))


def test_loan_amortising_12_months() -> None:
    o = only(LOAN, "installment", periods=12)
    # i = 0.06 / 12 = 0.005; payment 1,200,000 × 0.005 / (1 − 1.005^−12)
    #   = 6,000 / 0.0580947 = 103,279.72 → 103,280.
    # Month 1: interest 1,200,000 × 0.005 = 6,000, principal 97,280.
    # Month 2: balance 1,102,720 × 0.005 = 5,513.6 → 5,514, principal 103,280 − 5,514 = 97,766.
    assert rows(o)[:2] == [(date(2027, 1, 10), 97_280, 6_000), (date(2027, 2, 10), 97_766, 5_514)]
    assert sum(p.principal for p in o.schedule) == 1_200_000
    # The last period clears the balance exactly: 102,764 + 514 = 103,278.
    assert rows(o)[-1] == (date(2027, 12, 10), 102_764, 514)
    assert o.total_cost == sum(p.fee for p in o.schedule) == 39_358
    # 6 % nominal; the payment rounded up by 0.28 fen makes the IRR a hair above 0.005:
    # APR 0.060002 (not 0.060000); EAR ≈ 1.005^12 − 1 = 0.0616778 → 0.061680.
    assert (o.apr, o.ear) == (Decimal("0.060002"), Decimal("0.061680"))
    brackets(o)
    assert [x.periods for x in LOAN.options if x.kind == "installment"] == [12, 24, 36, 60]


def test_loan_repayment_late() -> None:
    o = only(LOAN, "overdue", days=10)
    # The contract rate + 50 % (PBOC): 6 % × 1.5 / 360 = 0.025 % a day (was 0.05 %):
    # 1,200,000 × 0.00025 × 10 = 3,000; reported after 1 day.
    assert (o.total_cost, impact(o)) == (3_000, (1, True, False, date(2031, 12, 20)))
    neg = only(LOAN, "negotiated")
    # On the overdue instalment only, posted monthly: 31 + 31 + 28 days × 300 = 27,000
    # (never penalty on penalty); 1,227,000 / 12 = 102,250 exactly.
    assert (neg.total_cost, {p.payment for p in neg.schedule}) == (27_000, {102_250})
    # "Pay the minimum" is not offered: a loan repayment's minimum is all of it.
    assert [x for x in LOAN.options if x.kind == "minimum"] == []


# -- option details and refusals ----------------------------------------------------------
def test_monthly_cash_groups_payments_by_calendar_month() -> None:
    o = only(PAY4, "installment", periods=4)
    assert o.monthly_cash() == [("2026-12", 5_000), ("2027-01", 5_001)]
    assert only(BAITIAO, "overdue", days=15).cost_ratio == Decimal("0.0075")  # 750 / 100,000


def test_options_come_in_the_design_order() -> None:
    kinds = [(o.kind, o.days) for o in BAITIAO.options if o.kind != "installment"]
    # BAITIAO has overdue_days (15, 91): the minimum now and the rest on day 15, 31 (the
    # pay date) and 91 stand next to paying 15 and 91 days late; then every cycle.
    assert kinds == [
        ("pay_in_full", None), ("minimum", 15), ("minimum", 31), ("minimum", 91),
        ("minimum", None), ("overdue", 15), ("overdue", 91), ("negotiated", 90),
    ]  # fmt: skip
    assert [o.kind for o in BAITIAO.options].index("installment") == 5


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"periods": [0]}, "1–60"),
        ({"periods": [61]}, "1–60"),
        ({"periods": [5]}, "offers 3, 6, 12, 24 periods, not 5"),
        ({"pay_date": DUE}, "must be after the due date"),
        ({"pay_date": date(2026, 12, 1)}, "must be after the due date"),
        ({"overdue_days": [0]}, "greater than zero"),
        ({"negotiate_periods": 61}, "1–60"),
        ({"waiver": Decimal("1.5")}, "between 0 and 1"),
    ],
)
def test_bad_scenarios_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        simulate(preset("baitiao"), 100_000, DUE, **kwargs)  # type: ignore[arg-type]


def test_amount_must_be_positive() -> None:
    with pytest.raises(InputError, match="greater than zero"):
        simulate(preset("baitiao"), 0, DUE)


def test_a_split_of_a_bill_due_on_the_31st_keeps_the_month_end() -> None:
    # Due 31 Jan: periods 28 Feb, 31 Mar, 30 Apr (was 28 Feb, 28 Mar, 28 Apr for ever).
    sim = simulate(preset("baitiao"), 90_000, date(2027, 1, 31), periods=[3])
    o = only(sim, "installment", periods=3)
    assert [p.due_date for p in o.schedule] == [
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]


def test_a_split_too_small_for_its_periods_is_not_offered() -> None:
    # ¥0.05 in 12 would be 11 × ¥0.00: only counts of at most 5 periods remain.
    sim = simulate(preset("cn-credit-card"), 5, DUE)
    assert [o.periods for o in sim.options if o.kind == "installment"] == [3]
    assert all(p.principal > 0 for o in sim.options for p in o.schedule)


def test_a_rate_too_large_for_a_decimal_is_left_out_not_raised() -> None:
    # "The rest paid 1 day later" where the rest is ¥0.01 and the cost ¥1,000.00:
    # growth 100,000 → (1 + 100,000)^365 has ~1,825 digits, past a Decimal's 28, and
    # quantize raised InvalidOperation (a traceback in the simulator). Shown without
    # an APR/EAR instead.
    from tracker import credit
    from tracker.simulator import ScheduledPayment, _with_rate

    clean = credit.CreditImpact(code=0, reported=False, serious=False, visible_until=None)
    first = ScheduledPayment(date(2026, 1, 1), 99, 0)
    option = Option("pay_late", 100, 100_000, (first,), clean, days=1)
    assert _with_rate(option, 1) == option
    # an ordinary one still gets its rate: ¥1.00 over ¥10.00 for 10 days = 10% →
    # APR 0.1 × 365 / 10 = 3.65; EAR 1.1^36.5 − 1 ≈ 31.35
    plain = Option("pay_late", 1_100, 100, (ScheduledPayment(date(2026, 1, 1), 100, 0),), clean)
    rated = _with_rate(plain, 10)
    assert rated.apr == Decimal("3.650000")
    assert rated.ear is not None and Decimal("31") < rated.ear < Decimal("32")


def test_only_a_chinese_product_crosses_the_red_line() -> None:
    # 90 days unpaid: three statements in a row past due. On the CN card that is 连三
    # (codes 1, 2, 3 in three consecutive months; DESIGN.md § The account engine,
    # derived facts). A US card's 30/60/90 days late is reported and serious there, but
    # 连三累六 is the Chinese lenders' rule: `simulate` printed "(red line)" for it.
    cn = only(simulate(preset("cn-credit-card"), 120_000, DUE, overdue_days=(90,)), "overdue")
    us = only(simulate(preset("us-credit-card"), 120_000, DUE, overdue_days=(90,)), "overdue")
    assert cn.red_line and cn.impact.reported
    assert not us.red_line
    assert us.impact.reported and us.impact.code == 3  # ⌊90 / 30⌋: "90 days late"


def test_a_rate_too_large_to_print_is_no_rate_not_a_crash() -> None:
    # Found by tests/core/test_engine_fast_paths.py (2026-12-06): a Baitiao bill of
    # ¥170.06, 41 % and 49 % of it already paid a day and 16 days after its due date.
    # "The minimum every cycle" then repays ¥17.01 with payments whose monthly IRR is
    # so large that (1 + i)^12 has more digits than a Decimal holds: `simulate` raised
    # InvalidOperation. The option now has no APR/EAR (as "the rest D days later" when
    # its rate overflows); its cost and schedule stand.
    product = from_preset("baitiao", "baitiao", statement_day=1)
    due = date(2026, 1, 1)
    paid = [
        (due + timedelta(days=1), 17006 * 41 // 100),
        (due + timedelta(days=16), 17006 * 49 // 100),
    ]
    sim = simulate(
        product, 17006, due, pay_date=due + timedelta(days=1), overdue_days=[1], paid=paid
    )
    (every,) = [o for o in sim.options if o.kind == "minimum" and o.days is None]
    assert every.total_cost > 0
    assert all(o.apr is None or o.apr.is_finite() for o in sim.options)


def test_a_us_due_day_the_preset_lacks_becomes_the_cards_day_every_month() -> None:
    # The us-credit-card preset falls due on the 10th, 26 days after its statement on
    # the 15th. Asked about a due on 25 Dec, the simulator put the statement on 15 Dec
    # (10 days before) and the next due on 10 Feb (QA pass 2026-12-06). Now the 25th is
    # the card's due day every month (Reg Z 1026.7(b)(11)), the statement 26 days before
    # on 29 Nov, a day every month has: 28 Nov; then 28 Dec → 25 Jan.
    sim = simulate(preset("us-credit-card"), 123_456, date(2026, 12, 25),
                   pay_date=date(2026, 12, 31), overdue_days=(15,))  # fmt: skip
    rest = only(sim, "minimum", days=6)
    dates = [(r.statement_date, r.due_date) for r in rest.timeline[:2]]
    assert dates == [
        (date(2026, 11, 28), date(2026, 12, 25)),
        (date(2026, 12, 28), date(2027, 1, 25)),
    ]
    # The $25 minimum on 25 Dec, the rest on 31 Dec; the average daily balance (R =
    # 0.0006846575): 27 days × 123,456 (28 Nov → 25 Dec) + 3 days × 120,956 (→ 28 Dec) =
    # 3,696,180 × R = 2,530.62 → 2,531 posted on 28 Dec; then 3 days × (120,956 + 2,531)
    # = 370,461 × R = 253.64 → 254 to the 31 Dec payoff: 2,785.
    assert rest.total_cost == 2_785
