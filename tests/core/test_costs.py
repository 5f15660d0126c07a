"""Cost formulas: minimum payment, revolving interest, late fee, overdue, negotiated plans.

Every expected number is worked out by hand from DESIGN.md "Cost formulas"; the
arithmetic is in the comment next to it (amounts in fen / cents).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.costs import (
    NegotiatedPlan,
    OverdueCost,
    late_fee,
    minimum_payment,
    negotiated_plan,
    overdue_cost,
    penalty_so_far,
    revolving_interest,
)
from tracker.errors import InputError
from tracker.money import round_minor
from tracker.products import PRESETS, Product, from_preset

BAITIAO = from_preset("baitiao", "京东白条")
HUABEI = from_preset("huabei", "花呗")
CN_CARD = from_preset("cn-credit-card", "招行信用卡")
US_CARD = from_preset("us-credit-card", "Chase")
PAY_IN_4 = from_preset("pay-in-4", "Afterpay")
LOAN = from_preset("loan", "Car loan")
ALL = [BAITIAO, HUABEI, CN_CARD, US_CARD, PAY_IN_4, LOAN]

# Baitiao / Huabei: statement 2026-12-01, due 2026-12-10.
DUE = date(2026, 12, 10)
# CN card: spending posted 2026-10-10, statement 2026-11-05, due 2026-11-24 (+19 days).
CN_POST, CN_DUE = date(2026, 10, 10), date(2026, 11, 24)
# US card: spending posted 2026-11-05, statement 2026-11-15, due 2026-12-10 (+25 days).
US_POST = date(2026, 11, 5)


def days(n: int, start: date = DUE) -> date:
    return start + timedelta(days=n)


# -- minimum_payment ----------------------------------------------------------------
def test_minimum_baitiao_is_ten_percent() -> None:
    # 324560 × 0.10 = 32456 → ¥324.56
    assert minimum_payment(BAITIAO, 324_560) == 32_456


def test_minimum_huabei_ten_percent_rounds_half_up() -> None:
    # 123455 × 0.10 = 12345.5 → 12346 (half up) → ¥123.46
    assert minimum_payment(HUABEI, 123_455) == 12_346


def test_minimum_huabei_instalment_part_in_full() -> None:
    # (200000 − 30000) × 0.10 = 17000, + instalment 30000 in full = 47000
    assert minimum_payment(HUABEI, 200_000, installment_due=30_000) == 47_000


def test_minimum_cn_card_interest_and_fees_inside_the_ten_percent() -> None:
    # 500000 × 0.10 = 50000; interest 2000 and fees 1000 are part of the balance base.
    assert minimum_payment(CN_CARD, 500_000, interest=2_000, fees=1_000) == 50_000


def test_minimum_cn_card_with_instalment_and_past_due() -> None:
    # (500000 − 60000) × 0.10 = 44000; + instalment 60000 + last unpaid minimum 5000
    # = 109000 → ¥1,090.00
    got = minimum_payment(
        CN_CARD,
        500_000,
        interest=2_000,
        fees=1_000,
        installment_due=60_000,
        past_due_minimum=5_000,
    )
    assert got == 109_000


def test_minimum_us_one_percent_plus_interest_below_floor() -> None:
    # (100000 − 1500) × 0.01 = 985; + interest 1500 = 2485 < floor 2500 → $25.00
    assert minimum_payment(US_CARD, 100_000, interest=1_500) == 2_500


def test_minimum_us_one_percent_plus_interest_and_fees() -> None:
    # (500000 − 6000 − 3000) × 0.01 = 4910; + 6000 + 3000 = 13910 → $139.10
    assert minimum_payment(US_CARD, 500_000, interest=6_000, fees=3_000) == 13_910


def test_minimum_us_past_due_added_after_floor() -> None:
    # 300000 × 0.01 = 3000 (≥ floor 2500); + past-due minimum 2500 = 5500 → $55.00
    assert minimum_payment(US_CARD, 300_000, past_due_minimum=2_500) == 5_500


def test_minimum_us_floor_never_above_balance() -> None:
    # floor $25.00 but only $20.00 owed → $20.00
    assert minimum_payment(US_CARD, 2_000) == 2_000
    assert minimum_payment(US_CARD, 0) == 0


def test_minimum_pay_in_4_and_loan_are_the_whole_amount() -> None:
    # rate 1: 2500 × 1 = 2500; 100000 × 1 = 100000
    assert minimum_payment(PAY_IN_4, 2_500) == 2_500
    assert minimum_payment(LOAN, 100_000) == 100_000


@pytest.mark.parametrize(
    "kwargs", [{"balance": -1}, {"interest": -1}, {"fees": -5}, {"installment_due": -1}]
)
def test_minimum_rejects_negative_amounts(kwargs: dict[str, int]) -> None:
    balance = kwargs.pop("balance", 10_000)
    with pytest.raises(InputError, match="must not be negative"):
        minimum_payment(BAITIAO, balance, **kwargs)


def test_minimum_rejects_float_money() -> None:
    with pytest.raises(InputError, match="whole minor units"):
        minimum_payment(BAITIAO, 100.5)  # type: ignore[arg-type]


@given(
    preset=st.sampled_from(sorted(PRESETS)),
    balance=st.integers(0, 10**9),
    parts=st.lists(st.integers(0, 10**8), min_size=4, max_size=4),
)
def test_minimum_between_zero_and_balance(preset: str, balance: int, parts: list[int]) -> None:
    product = from_preset(preset, "x")
    interest, fees, inst, past = parts
    got = minimum_payment(
        product, balance, interest=interest, fees=fees, installment_due=inst, past_due_minimum=past
    )
    assert 0 <= got <= balance
    assert got >= min(balance, inst + past)


# -- revolving_interest --------------------------------------------------------------
def test_interest_baitiao_remainder_from_due() -> None:
    # R = 324560 − 32456 = 292104; 292104 × 0.0005 × 30 = 4381.56 → 4382 → ¥43.82
    assert (
        revolving_interest(BAITIAO, 324_560, 292_104, date(2026, 11, 20), DUE, days(30)) == 4_382
    )


def test_interest_huabei_remainder_from_due() -> None:
    # 90000 × 0.0005 × 15 = 675 → ¥6.75
    assert revolving_interest(HUABEI, 100_000, 90_000, date(2026, 11, 20), DUE, days(15)) == 675


def test_interest_monthly_compounding_anchored_on_month_end() -> None:
    product = HUABEI.with_changes(compound_monthly=True)
    due, pay = date(2027, 1, 31), date(2027, 3, 31)
    # Anniversary 31 Jan + 1 month = 28 Feb 2027.
    # 31 Jan → 28 Feb: 100000 × 0.0005 × 28 = 1400 (capitalised on 28 Feb)
    # 28 Feb → 31 Mar: 101400 × 0.0005 × 31 = 1571.7
    # 1400 + 1571.7 = 2971.7 → 2972 (simple would be 100000 × 0.0005 × 59 = 2950)
    assert revolving_interest(product, 100_000, 100_000, due, due, pay) == 2_972


def test_cn_card_minimum_only_loses_interest_free_period_simple() -> None:
    product = CN_CARD.with_changes(compound_monthly=False)
    # Whole bill from posting: 1000000 × 0.0005 × 45 (10 Oct → 24 Nov) = 22500
    # rest after the minimum:   900000 × 0.0005 × 30 (24 Nov → 24 Dec) = 13500
    # 22500 + 13500 = 36000 → ¥360.00
    got = revolving_interest(product, 1_000_000, 900_000, CN_POST, CN_DUE, date(2026, 12, 24))
    assert got == 36_000


def test_cn_card_minimum_only_loses_interest_free_period_compounded() -> None:
    # Anniversaries of 10 Oct: 10 Nov, 10 Dec.
    # 10 Oct → 10 Nov (31 d): 1000000 × 0.0005 × 31 = 15500 → capitalised 10 Nov
    # 10 Nov → 24 Nov (14 d): (1000000 + 15500) × 0.0005 × 14 = 7108.5
    # 24 Nov → 10 Dec (16 d): (900000 + 15500) × 0.0005 × 16 = 7324
    #   capitalised 10 Dec: 15500 + 7108.5 + 7324 = 29932.5
    # 10 Dec → 24 Dec (14 d): (900000 + 29932.5) × 0.0005 × 14 = 6509.5275
    # 29932.5 + 6509.5275 = 36442.0275 → 36442 → ¥364.42
    got = revolving_interest(CN_CARD, 1_000_000, 900_000, CN_POST, CN_DUE, date(2026, 12, 24))
    assert got == 36_442


def test_us_card_remainder_from_posting() -> None:
    # 100000 × 0.0006846575 × 60 (1 Nov → 31 Dec) = 4107.945 → 4108 → $41.08
    got = revolving_interest(US_CARD, 200_000, 100_000, date(2026, 11, 1), DUE, date(2026, 12, 31))
    assert got == 4_108


@pytest.mark.parametrize("product", [PAY_IN_4, LOAN])
def test_products_without_revolving_rate_charge_no_interest(product: Product) -> None:
    # daily rate 0: 100000 × 0 × 30 = 0
    assert revolving_interest(product, 100_000, 100_000, DUE, DUE, days(30)) == 0


def test_paid_in_full_or_within_grace_or_tolerance_costs_nothing() -> None:
    pay = date(2026, 12, 24)
    # Nothing left after the due date: no interest on any basis.
    for product in ALL:
        assert revolving_interest(product, 1_000_000, 0, CN_POST, CN_DUE, pay) == 0
    # CN card: rest paid 3 days after the due date is within grace → as on time.
    assert revolving_interest(CN_CARD, 1_000_000, 900_000, CN_POST, CN_DUE, days(3, CN_DUE)) == 0
    # CN card: ¥10.00 left is within the tolerance → counts as paid in full.
    assert revolving_interest(CN_CARD, 1_000_000, 1_000, CN_POST, CN_DUE, pay) == 0


def test_interest_rejects_bad_input() -> None:
    with pytest.raises(InputError, match="before the due date"):
        revolving_interest(BAITIAO, 10_000, 9_000, DUE, DUE, days(-1))
    with pytest.raises(InputError, match="more than the bill"):
        revolving_interest(BAITIAO, 10_000, 10_001, DUE, DUE, days(5))
    with pytest.raises(InputError, match="posting date"):
        revolving_interest(BAITIAO, 10_000, 9_000, days(1), DUE, days(5))
    with pytest.raises(InputError, match="must not be negative"):
        revolving_interest(BAITIAO, -10_000, 0, DUE, DUE, days(5))


@given(
    bill=st.integers(1, 10**8),
    share=st.integers(0, 100),
    lead=st.integers(0, 60),
    late=st.integers(0, 400),
)
def test_losing_the_free_period_and_compounding_never_cost_less(
    bill: int, share: int, lead: int, late: int
) -> None:
    rest = bill * share // 100
    posting, pay = DUE - timedelta(days=lead), DUE + timedelta(days=late)
    simple = CN_CARD.with_changes(compound_monthly=False)
    from_due = simple.with_changes(interest_basis="remainder_from_due")
    whole = revolving_interest(simple, bill, rest, posting, DUE, pay)
    assert whole >= revolving_interest(from_due, bill, rest, posting, DUE, pay)
    assert revolving_interest(CN_CARD, bill, rest, posting, DUE, pay) >= whole


# -- late_fee ------------------------------------------------------------------------
def test_late_fee_cn_card_rate_and_floor() -> None:
    # 50000 × 0.05 = 2500 ≥ floor 1000 → ¥25.00
    assert late_fee(CN_CARD, 50_000) == 2_500
    # 10000 × 0.05 = 500 < floor 1000 → ¥10.00
    assert late_fee(CN_CARD, 10_000) == 1_000


def test_late_fee_us_capped_at_small_minimum() -> None:
    # $30 fee on a $20 minimum → capped at $20.00
    assert late_fee(US_CARD, 2_000) == 2_000
    # $30 fee on a $50 minimum → $30.00
    assert late_fee(US_CARD, 5_000) == 3_000
    # capped at the minimum that was due, not at what is left of it: a $25 minimum
    # with $10 paid leaves $15 unpaid; the fee is min($30, $25) = $25.
    assert late_fee(US_CARD, 1_500, 2_500) == 2_500


def test_late_fee_pay_in_4_fixed_and_not_capped() -> None:
    # fixed $7.00 even on a $5.00 instalment (no cap to minimum)
    assert late_fee(PAY_IN_4, 500) == 700


@pytest.mark.parametrize("product", [BAITIAO, HUABEI, LOAN])
def test_penalty_products_without_late_fee(product: Product) -> None:
    # rate 0, floor 0: max(0, 100000 × 0) = 0
    assert late_fee(product, 100_000) == 0


@pytest.mark.parametrize("product", ALL)
def test_no_late_fee_without_unpaid_minimum(product: Product) -> None:
    assert late_fee(product, 0) == 0
    assert late_fee(product, -100) == 0


@given(st.integers(1, 10**8))
def test_us_late_fee_never_above_the_minimum(unpaid_minimum: int) -> None:
    assert 0 < late_fee(US_CARD, unpaid_minimum) <= min(3_000, unpaid_minimum)


# -- overdue_cost --------------------------------------------------------------------
def test_baitiao_30_days_late_penalty() -> None:
    # 324560 × 0.0005 × 30 = 4868.4 → 4868 → ¥48.68
    cost = overdue_cost(
        BAITIAO, bill=324_560, minimum=32_456, unpaid=324_560, posting=DUE, due=DUE, pay=days(30)
    )
    assert cost == OverdueCost(days=30, in_grace=False, penalty=4_868, interest=0, late_fee=0)
    assert cost.total == 4_868


def test_huabei_10_days_late_penalty() -> None:
    # 100000 × 0.0005 × 10 = 500 → ¥5.00
    cost = overdue_cost(
        HUABEI, bill=100_000, minimum=10_000, unpaid=100_000, posting=DUE, due=DUE, pay=days(10)
    )
    assert (cost.penalty, cost.total) == (500, 500)


def test_loan_repayment_10_days_late_penalty() -> None:
    # 100000 × 0.0005 × 10 = 500 → ¥5.00
    cost = overdue_cost(
        LOAN, bill=100_000, minimum=100_000, unpaid=100_000, posting=DUE, due=DUE, pay=days(10)
    )
    assert cost.total == 500


def test_pay_in_4_late_fee_only() -> None:
    # penalty 2500 × 0 × 5 = 0; late fee fixed $7.00
    cost = overdue_cost(
        PAY_IN_4, bill=2_500, minimum=2_500, unpaid=2_500, posting=DUE, due=DUE, pay=days(5)
    )
    assert cost == OverdueCost(days=5, in_grace=False, penalty=0, interest=0, late_fee=700)


def test_cn_card_grace_days_save_the_user() -> None:
    # 2 days late with 3 grace days → as if paid on the due date: nothing at all.
    cost = overdue_cost(
        CN_CARD,
        bill=1_000_000,
        minimum=100_000,
        unpaid=1_000_000,
        posting=CN_POST,
        due=CN_DUE,
        pay=days(2, CN_DUE),
    )
    assert cost == OverdueCost(days=2, in_grace=True, penalty=0, interest=0, late_fee=0)
    assert cost.total == 0


def test_cn_card_unpaid_within_tolerance_is_paid() -> None:
    # ¥8.00 left for 40 days ≤ tolerance ¥10.00 → treated as paid in full.
    cost = overdue_cost(
        CN_CARD,
        bill=1_000_000,
        minimum=100_000,
        unpaid=800,
        posting=CN_POST,
        due=CN_DUE,
        pay=days(40, CN_DUE),
    )
    assert cost.in_grace and cost.total == 0


def test_cn_card_4_days_late_interest_on_whole_bill_plus_fee() -> None:
    # Whole bill from posting, compounded on 10 Nov (anniversary of 10 Oct):
    # 10 Oct → 10 Nov (31 d): 1000000 × 0.0005 × 31 = 15500
    # 10 Nov → 28 Nov (18 d): 1015500 × 0.0005 × 18 = 9139.5
    # 15500 + 9139.5 = 24639.5 → 24640 (half up)
    # late fee: nothing paid → unpaid minimum 100000 × 0.05 = 5000 (≥ ¥10)
    # total 24640 + 5000 = 29640 → ¥296.40
    cost = overdue_cost(
        CN_CARD,
        bill=1_000_000,
        minimum=100_000,
        unpaid=1_000_000,
        posting=CN_POST,
        due=CN_DUE,
        pay=days(4, CN_DUE),
    )
    assert cost == OverdueCost(days=4, in_grace=False, penalty=0, interest=24_640, late_fee=5_000)
    assert cost.total == 29_640


def test_cn_card_partly_paid_fee_on_the_unpaid_part_of_the_minimum() -> None:
    product = CN_CARD.with_changes(compound_monthly=False)
    # paid 60000 before the due date → unpaid 940000, unpaid minimum 100000 − 60000 = 40000
    # interest: 1000000 × 0.0005 × 45 = 22500 + 940000 × 0.0005 × 4 = 1880 → 24380
    # late fee: 40000 × 0.05 = 2000 (≥ ¥10)
    cost = overdue_cost(
        product,
        bill=1_000_000,
        minimum=100_000,
        unpaid=940_000,
        posting=CN_POST,
        due=CN_DUE,
        pay=days(4, CN_DUE),
    )
    assert (cost.interest, cost.late_fee, cost.total) == (24_380, 2_000, 26_380)


def test_us_card_30_days_late_interest_and_capped_fee() -> None:
    # interest from posting: 200000 × 0.0006846575 × 65 (5 Nov → 9 Jan) = 8900.5475 → 8901
    # minimum = max(200000 × 0.01 = 2000, floor 2500) = 2500; fee $30 capped → 2500
    # total 8901 + 2500 = 11401 → $114.01
    minimum = minimum_payment(US_CARD, 200_000)
    assert minimum == 2_500
    cost = overdue_cost(
        US_CARD,
        bill=200_000,
        minimum=minimum,
        unpaid=200_000,
        posting=US_POST,
        due=DUE,
        pay=days(30),
    )
    assert cost == OverdueCost(days=30, in_grace=False, penalty=0, interest=8_901, late_fee=2_500)
    assert cost.total == 11_401


def test_overdue_rejects_bad_input() -> None:
    kwargs: dict[str, Any] = {
        "bill": 10_000,
        "minimum": 1_000,
        "unpaid": 10_000,
        "posting": DUE,
        "due": DUE,
    }
    with pytest.raises(InputError, match="before the due date"):
        overdue_cost(BAITIAO, **kwargs, pay=days(-3))
    with pytest.raises(InputError, match="minimum"):
        overdue_cost(BAITIAO, **{**kwargs, "minimum": 20_000}, pay=days(3))
    with pytest.raises(InputError, match="unpaid amount"):
        overdue_cost(BAITIAO, **{**kwargs, "unpaid": 10_001}, pay=days(3))
    with pytest.raises(InputError, match="must not be negative"):
        overdue_cost(BAITIAO, **{**kwargs, "unpaid": -1}, pay=days(3))


@given(unpaid=st.integers(1, 10**9), d1=st.integers(1, 2_000), d2=st.integers(1, 2_000))
def test_penalty_is_linear_in_days(unpaid: int, d1: int, d2: int) -> None:
    def penalty(d: int) -> int:
        return overdue_cost(
            BAITIAO, bill=unpaid, minimum=0, unpaid=unpaid, posting=DUE, due=DUE, pay=days(d)
        ).penalty

    assert penalty(d1) == round_minor(Decimal(unpaid) * Decimal("0.0005") * d1)
    # Simple interest: additive in days up to one rounding step per term.
    assert abs(penalty(d1 + d2) - penalty(d1) - penalty(d2)) <= 1
    assert penalty(d1 + d2) >= max(penalty(d1), penalty(d2))


# -- penalty_so_far ------------------------------------------------------------------
def test_penalty_so_far_baitiao() -> None:
    # 324560 × 0.0005 × 30 = 4868.4 → 4868
    assert penalty_so_far(BAITIAO, 324_560, DUE, days(30)) == 4_868
    assert penalty_so_far(BAITIAO, 324_560, DUE, DUE) == 0
    assert penalty_so_far(BAITIAO, 324_560, DUE, days(-12)) == 0  # not due yet


def test_penalty_so_far_respects_grace_and_tolerance() -> None:
    # CN card: 3 days is grace → 0; 10 days: 100000 × 0.0005 × 10 = 500
    assert penalty_so_far(CN_CARD, 100_000, DUE, days(3)) == 0
    assert penalty_so_far(CN_CARD, 100_000, DUE, days(10)) == 500
    assert penalty_so_far(CN_CARD, 1_000, DUE, days(10)) == 0  # ≤ ¥10 tolerance


def test_penalty_so_far_other_presets() -> None:
    # Huabei: 50000 × 0.0005 × 7 = 175; loan: 100000 × 0.0005 × 1 = 50
    # US: 100000 × 0.0006846575 × 10 = 684.6575 → 685; pay-in-4: rate 0 → 0
    assert penalty_so_far(HUABEI, 50_000, DUE, days(7)) == 175
    assert penalty_so_far(LOAN, 100_000, DUE, days(1)) == 50
    assert penalty_so_far(US_CARD, 100_000, DUE, days(10)) == 685
    assert penalty_so_far(PAY_IN_4, 2_500, DUE, days(10)) == 0


def test_penalty_so_far_rejects_negative() -> None:
    with pytest.raises(InputError, match="unpaid must not be negative"):
        penalty_so_far(BAITIAO, -1, DUE, days(3))


# -- negotiated_plan -----------------------------------------------------------------
def test_negotiated_plan_twenty_percent_waiver_twelve_months() -> None:
    # (1000000 + 50000) × (1 − 0.2) = 840000 → 840000 // 12 = 70000 × 12 → ¥700.00 a month
    plan = negotiated_plan(1_000_000, 50_000, Decimal("0.2"), 12, date(2027, 1, 15))
    assert plan.balance == 840_000
    assert [amount for _, amount in plan.periods] == [70_000] * 12
    assert plan.periods[0][0] == date(2027, 1, 15)
    assert plan.periods[-1][0] == date(2027, 12, 15)


def test_negotiated_plan_leftover_in_the_last_payment() -> None:
    # 100000 // 3 = 33333; last 100000 − 2 × 33333 = 33334
    plan = negotiated_plan(100_000, 0, Decimal("0"), 3, date(2027, 1, 31))
    assert plan == NegotiatedPlan(
        balance=100_000,
        periods=(
            (date(2027, 1, 31), 33_333),
            (date(2027, 2, 28), 33_333),  # anchored on the 31st, clamped to February
            (date(2027, 3, 31), 33_334),
        ),
    )


def test_negotiated_plan_waiver_rounds_half_up_and_full_waiver() -> None:
    # (1001 + 0) × (1 − 0.5) = 500.5 → 501
    assert negotiated_plan(1_001, 0, Decimal("0.5"), 1, DUE).balance == 501
    assert negotiated_plan(1_001, 99, Decimal("1"), 2, DUE).periods[-1][1] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((-1, 0, Decimal("0"), 12), "unpaid must not be negative"),
        ((100, -1, Decimal("0"), 12), "penalty must not be negative"),
        ((100, 0, Decimal("1.5"), 12), "waiver must be between 0 and 1"),
        ((100, 0, Decimal("-0.1"), 12), "waiver must be between 0 and 1"),
        ((100, 0, Decimal("NaN"), 12), "waiver must be between 0 and 1"),
        ((100, 0, 0.2, 12), "decimal fraction"),
        ((100, 0, Decimal("0.2"), 0), "1–60, not 0"),
        ((100, 0, Decimal("0.2"), 61), "1–60, not 61"),
    ],
)
def test_negotiated_plan_rejects(args: tuple[Any, ...], message: str) -> None:
    with pytest.raises(InputError, match=message):
        unpaid, penalty, waiver, periods = args
        negotiated_plan(unpaid, penalty, waiver, periods, DUE)


@given(
    unpaid=st.integers(0, 10**9),
    penalty=st.integers(0, 10**7),
    waiver=st.decimals(0, 1, places=3),
    n=st.integers(1, 60),
)
def test_negotiated_plan_sums_to_balance(
    unpaid: int, penalty: int, waiver: Decimal, n: int
) -> None:
    plan = negotiated_plan(unpaid, penalty, waiver, n, DUE)
    amounts = [a for _, a in plan.periods]
    assert len(amounts) == n
    assert sum(amounts) == plan.balance <= unpaid + penalty
    assert len(set(amounts[:-1])) <= 1
    assert 0 <= amounts[-1] - amounts[0] < n
    assert [d for d, _ in plan.periods] == sorted(d for d, _ in plan.periods)
