"""Instalment schedules and true rates: hand-checked reference cases and property laws.

Every expected number is worked out by hand from DESIGN.md "Cost formulas"; the
arithmetic is in the comment next to it (amounts in fen / cents). Where a rate has no
closed form, the test checks it independently: the net present value computed here,
with exact fractions, changes sign across the reported value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tracker.errors import InputError
from tracker.plans import (
    Period,
    Schedule,
    amortizing_schedule,
    flat_schedule,
    installment_schedule,
    irr,
    no_fee_schedule,
    period_dates,
    total_rate_schedule,
    true_rate,
)
from tracker.products import Product, from_preset

BAITIAO = from_preset("baitiao", "京东白条")
HUABEI = from_preset("huabei", "花呗")
CN_CARD = from_preset("cn-credit-card", "招行信用卡")
US_CARD = from_preset("us-credit-card", "Chase")
PAY_IN_4 = from_preset("pay-in-4", "Afterpay")
LOAN = from_preset("loan", "Car loan")
FIRST = date(2026, 12, 28)


def npv(principal: int, payments: list[int], rate: Fraction) -> Fraction:
    """Σ payₖ / (1+rate)^k − principal, exactly (independent of the implementation)."""
    return sum(Fraction(p) / (1 + rate) ** k for k, p in enumerate(payments, 1)) - principal


def brackets_root(principal: int, payments: list[int], rate: Decimal, width: str) -> bool:
    """Whether the exact NPV changes sign between rate − width and rate + width."""
    lo, hi = Fraction(rate - Decimal(width)), Fraction(rate + Decimal(width))
    return npv(principal, payments, lo) > 0 > npv(principal, payments, hi)


def payments(s: Schedule) -> list[int]:
    return [p.payment for p in s.periods]


# -- the worked example (DESIGN.md) -------------------------------------------------
def test_worked_example_schedule() -> None:
    # ¥12,000.00 × 0.6% = ¥72.00 fee a month; 1,200,000 / 12 = 100,000 principal a month;
    # 100,000 + 7,200 = 107,200 (¥1,072.00) a month; fees 12 × 7,200 = 86,400 (¥864.00).
    s = flat_schedule(1_200_000, 12, Decimal("0.006"), FIRST)
    assert [p.payment for p in s.periods] == [107_200] * 12
    assert [p.principal for p in s.periods] == [100_000] * 12
    assert [p.fee for p in s.periods] == [7_200] * 12
    assert (s.total_fee, s.total_payment, s.count) == (86_400, 1_286_400, 12)


def test_worked_example_true_rate() -> None:
    # 1,200,000 = 107,200 · (1 − (1+i)^−12) / i  →  i ≈ 0.01086185 a month;
    # APR = 12 i ≈ 0.130342 (13.03%, not the 7.2% = 12 × 0.6% it seems);
    # EAR = 1.01086185^12 − 1 ≈ 0.138418.
    s = flat_schedule(1_200_000, 12, Decimal("0.006"), FIRST)
    apr, ear = true_rate(s)
    assert (apr, ear) == (Decimal("0.130342"), Decimal("0.138418"))
    i = irr(1_200_000, payments(s))
    assert brackets_root(1_200_000, payments(s), i, "1e-20")
    assert brackets_root(1_200_000, payments(s), apr / 12, "0.0000005")


# -- flat model (Baitiao 0.5%) ------------------------------------------------------
@pytest.mark.parametrize(
    ("n", "each", "last"),
    [
        # 120,001 fen (¥1,200.01) = 24·5,000 + 1, so 1 fen is left over for every N:
        (3, 40_000, 40_001),  # 120001 / 3 = 40000.33 → 40000; 120001 − 2·40000 = 40001
        (6, 20_000, 20_001),  # 120001 / 6 = 20000.17 → 20000; 120001 − 5·20000 = 20001
        (12, 10_000, 10_001),  # 120001 / 12 = 10000.08 → 10000; 120001 − 11·10000 = 10001
        (24, 5_000, 5_001),  # 120001 / 24 = 5000.04 → 5000; 120001 − 23·5000 = 5001
    ],
)
def test_baitiao_leftover_fen_in_last_period(n: int, each: int, last: int) -> None:
    # fee on the original principal every period: 120001 × 0.005 = 600.005 → 600.
    s = installment_schedule(BAITIAO, 120_001, n, FIRST)
    assert [p.principal for p in s.periods] == [each] * (n - 1) + [last]
    assert [p.fee for p in s.periods] == [600] * n
    assert s.total_fee == 600 * n
    assert sum(p.principal for p in s.periods) == 120_001


def test_flat_fee_rounds_half_up() -> None:
    # 100,100 × 0.005 = 500.5 → 501 (half up); principal 100100 / 3 = 33366.67 is
    # rounded DOWN to 33366 (DESIGN.md, instalment rounding), the last period gets
    # 100100 − 2·33366 = 33368.
    s = flat_schedule(100_100, 3, Decimal("0.005"), FIRST)
    assert [(p.principal, p.fee) for p in s.periods] == [
        (33_366, 501),
        (33_366, 501),
        (33_368, 501),
    ]


def test_principal_rounds_down_remainder_last_lenders_practice() -> None:
    # DESIGN.md: 1,000.00 / 60 → 100,000 // 60 = 1,666 (16.66) × 59 = 98,294,
    # last 100,000 − 98,294 = 1,706 (17.06); never 59 × 16.67 + 16.47.
    s = flat_schedule(100_000, 60, Decimal("0"), FIRST)
    assert [p.principal for p in s.periods] == [1_666] * 59 + [1_706]


def test_one_period_flat_rate_is_the_fee_rate() -> None:
    # 100,000 + fee 100000 × 0.005 = 500 paid after one month: 100,000 = 100,500/(1+i)
    # → i = 0.005 exactly; APR = 12 × 0.005 = 0.06; EAR = 1.005^12 − 1 = 0.0616778… → 0.061678.
    s = flat_schedule(100_000, 1, Decimal("0.005"), FIRST)
    assert payments(s) == [100_500]
    assert irr(100_000, payments(s)) == Decimal("0.005")
    assert true_rate(s) == (Decimal("0.060000"), Decimal("0.061678"))


def test_two_weekly_flat_uses_26_periods_a_year() -> None:
    # One fortnight at 1%: i = 0.01; APR = 26 × 0.01 = 0.26; EAR = 1.01^26 − 1 = 0.2952563…
    s = flat_schedule(50_000, 1, Decimal("0.01"), FIRST, interval="2weeks")
    assert true_rate(s) == (Decimal("0.260000"), Decimal("0.295256"))


def test_sixty_periods() -> None:
    # CN card 0.6% × 60 on ¥60,000.00: principal 6,000,000 / 60 = 100,000; fee
    # 6,000,000 × 0.006 = 36,000; payment 136,000; fees 60 × 36,000 = 2,160,000.
    s = installment_schedule(CN_CARD, 6_000_000, 60, date(2027, 1, 31))
    assert payments(s) == [136_000] * 60
    assert s.total_fee == 2_160_000
    assert s.periods[-1].due_date == date(2031, 12, 31)  # 59 months after 31 Jan 2027
    apr, ear = true_rate(s)
    assert brackets_root(6_000_000, payments(s), apr / 12, "0.0000005")
    # The fee is charged on the whole principal while on average only about half is
    # still owed, so the true rate lies between f and 2f a month: 0.072 < APR < 0.144.
    assert Decimal("0.072") < apr < Decimal("0.144")
    assert ear > apr


# -- total-rate model (Huabei) -------------------------------------------------------
def test_huabei_3_periods_fee_and_principal_leftovers_last() -> None:
    # ¥1,000.00 at 2.5% total: fee 100000 × 0.025 = 2500; 2500 / 3 = 833.33 → 833, last
    # 2500 − 2·833 = 834. Principal 100000 / 3 = 33333.33 → 33333, last 33334.
    s = installment_schedule(HUABEI, 100_000, 3, FIRST)
    assert [(p.principal, p.fee) for p in s.periods] == [
        (33_333, 833),
        (33_333, 833),
        (33_334, 834),
    ]
    assert (s.total_fee, s.total_payment) == (2_500, 102_500)


def test_huabei_12_periods() -> None:
    # 8.8% total on 100,000: fee 8,800; 8800 / 12 = 733.33 → 733, last 8800 − 11·733 = 737.
    # principal 100000 / 12 = 8333.33 → 8333, last 100000 − 11·8333 = 8337.
    s = installment_schedule(HUABEI, 100_000, 12, FIRST)
    assert [p.fee for p in s.periods] == [733] * 11 + [737]
    assert [p.principal for p in s.periods] == [8_333] * 11 + [8_337]
    assert s.total_fee == 8_800


def test_total_rate_tiny_amount_never_goes_negative() -> None:
    # 7 fen over 12 at 8.8%: fee 7 × 0.088 = 0.616 → 1. round(7/12) = 1 would leave the
    # last period 7 − 11 = −4, so each period takes 7 // 12 = 0 and the last all 7;
    # likewise the fee: round(1/12) = 0, last 1. Payments 0 × 11, then 8.
    s = total_rate_schedule(7, 12, Decimal("0.088"), FIRST)
    assert payments(s) == [0] * 11 + [8]
    # 7 = 8 / (1+i)^12  →  (1+i)^12 = 8/7.
    i = irr(7, payments(s))
    assert abs((1 + i) ** 12 - Decimal(8) / 7) < Decimal("1e-25")


# -- amortizing model (loan) ---------------------------------------------------------
def test_amortizing_loan_10000_at_6_percent() -> None:
    # i = 0.06 / 12 = 0.005; payment 1,000,000 × 0.005 / (1 − 1.005^−12) = 86,066.43 → 86,066.
    # Interest = round(balance × 0.005), principal = 86,066 − interest:
    #  1,000,000 → 5000, 81066 → 918,934 → 4594.67→4595, 81471 → 837,463
    #  → 4187.315→4187, 81879 → 755,584 → 3777.92→3778, 82288 → 673,296
    #  → 3366.48→3366, 82700 → 590,596 → 2952.98→2953, 83113 → 507,483
    #  → 2537.415→2537, 83529 → 423,954 → 2119.77→2120, 83946 → 340,008
    #  → 1700.04→1700, 84366 → 255,642 → 1278.21→1278, 84788 → 170,854
    #  → 854.27→854, 85212 → 85,642 → last: 428.21→428 + 85,642 = 86,070.
    # Total interest 5000+4595+4187+3778+3366+2953+2537+2120+1700+1278+854+428 = 32,796.
    s = installment_schedule(LOAN, 1_000_000, 12, FIRST)
    assert payments(s) == [86_066] * 11 + [86_070]
    assert [p.fee for p in s.periods] == [
        5000, 4595, 4187, 3778, 3366, 2953, 2537, 2120, 1700, 1278, 854, 428,
    ]  # fmt: skip
    assert s.total_fee == 32_796
    assert s.periods[-1].principal == 85_642
    # 6% a year, a hair below: the payment was rounded down by 0.43 fen, so 32,796 of
    # interest is 1.16 fen less than the exact 12 × 86,066.43 − 1,000,000 = 32,797.16.
    apr, _ = true_rate(s)
    assert Decimal("0.0599") < apr < Decimal("0.0600")
    assert brackets_root(1_000_000, payments(s), apr / 12, "0.0000005")


def test_amortizing_interest_exact_half_rounds_up() -> None:
    # 7% a year on 600 fen: 600 × 0.07 / 12 = 3.5 exactly → 4 (half up), not 3.
    s = amortizing_schedule(600, 1, Decimal("0.07"), FIRST)
    assert [(p.principal, p.fee) for p in s.periods] == [(600, 4)]


def test_amortizing_zero_rate_is_equal_parts() -> None:
    # 100,000 / 3 = 33333.33 → 33333, last 33334; no interest.
    s = amortizing_schedule(100_000, 3, Decimal("0"), FIRST)
    assert payments(s) == [33_333, 33_333, 33_334]
    assert true_rate(s) == (Decimal("0"), Decimal("0"))


# -- no fee (pay-in-4) ---------------------------------------------------------------
def test_pay_in_4() -> None:
    # $100.01 = 10,001 cents / 4 = 2500.25 → 2500, last 10001 − 3·2500 = 2501; every 14 days.
    s = installment_schedule(PAY_IN_4, 10_001, 4, date(2026, 12, 1))
    assert [(p.due_date, p.principal, p.fee) for p in s.periods] == [
        (date(2026, 12, 1), 2_500, 0),
        (date(2026, 12, 15), 2_500, 0),
        (date(2026, 12, 29), 2_500, 0),
        (date(2027, 1, 12), 2_501, 0),
    ]
    assert s.interval == "2weeks"
    assert true_rate(s) == (Decimal("0"), Decimal("0"))


def test_zero_fee_gives_exactly_zero_rate() -> None:
    s = flat_schedule(1_200_000, 12, Decimal("0"), FIRST)
    assert s.total_fee == 0
    assert irr(1_200_000, payments(s)) == 0
    apr, ear = true_rate(s)
    assert apr == 0 and ear == 0


def test_no_fee_schedule_monthly() -> None:
    s = no_fee_schedule(900, 3, FIRST, "month")
    assert [(p.due_date, p.payment) for p in s.periods] == [
        (date(2026, 12, 28), 300),
        (date(2027, 1, 28), 300),
        (date(2027, 2, 28), 300),
    ]


# -- dates ---------------------------------------------------------------------------
def test_monthly_dates_are_anchored_on_the_first() -> None:
    # 31 Jan → 28 Feb (2027 is not a leap year) → 31 Mar (not 28 Mar) → 30 Apr.
    assert period_dates(date(2027, 1, 31), 4) == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    assert period_dates(date(2028, 1, 31), 2)[1] == date(2028, 2, 29)  # leap year


def test_two_weekly_dates() -> None:
    assert period_dates(date(2026, 12, 28), 3, "2weeks") == [
        date(2026, 12, 28),
        date(2027, 1, 11),
        date(2027, 1, 25),
    ]


# -- dispatch and validation ---------------------------------------------------------
def test_product_without_instalments_is_refused() -> None:
    with pytest.raises(InputError, match="does not offer instalments"):
        installment_schedule(US_CARD, 100_000, 3, FIRST)


def test_period_count_the_product_does_not_offer() -> None:
    with pytest.raises(InputError, match="offers 3, 6, 9, 12 periods, not 5"):
        installment_schedule(HUABEI, 100_000, 5, FIRST)
    # Unchecked, Baitiao's flat rate applies to any count ...
    s = installment_schedule(BAITIAO, 100_000, 5, FIRST, check_allowed=False)
    assert [p.fee for p in s.periods] == [500] * 5  # 100000 × 0.005
    # ... but Huabei has no total rate for 5 periods.
    with pytest.raises(InputError, match="no total rate for 5 periods"):
        installment_schedule(HUABEI, 100_000, 5, FIRST, check_allowed=False)


def test_product_listing_no_counts_accepts_any() -> None:
    p = Product(name="Store card", installment_fee_rate=Decimal("0.01"))
    assert installment_schedule(p, 70_000, 7, FIRST).count == 7


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: flat_schedule(100, 61, Decimal(0), FIRST),
            "number of periods must be 1–60, not 61",
        ),
        (
            lambda: flat_schedule(100, 0, Decimal(0), FIRST),
            "number of periods must be 1–60, not 0",
        ),
        (lambda: flat_schedule(0, 3, Decimal(0), FIRST), "principal must be positive"),
        (lambda: flat_schedule(-5, 3, Decimal(0), FIRST), "principal must be positive"),
        (lambda: flat_schedule(10.5, 3, Decimal(0), FIRST), "whole number of minor units"),  # type: ignore[arg-type]
        (lambda: flat_schedule(100, 3, Decimal("-0.01"), FIRST), "cannot be negative"),
        (lambda: flat_schedule(100, 3, 0.005, FIRST), "decimal rate"),  # type: ignore[arg-type]
        (lambda: total_rate_schedule(100, 3, Decimal("-1"), FIRST), "cannot be negative"),
        (lambda: amortizing_schedule(100, 3, Decimal("11"), FIRST), "implausibly high"),
        (lambda: no_fee_schedule(100, 4, FIRST, "week"), "interval must be one of"),
        (lambda: period_dates(FIRST, 61), "not 61"),
        (lambda: installment_schedule(CN_CARD, 100, 61, FIRST), "not 61"),
        (lambda: irr(100, []), "at least one payment"),
        (lambda: irr(100, [0, 0]), "every payment is zero"),
        (lambda: irr(100, [200, -50]), "non-negative"),
        (lambda: irr(0, [1]), "principal must be positive"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(
    call: Callable[[], object], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        call()


# -- irr -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("principal", "pays", "expected"),
    [
        (3, [1, 1, 1], Decimal(0)),  # ¥0.03 back as 3 × ¥0.01: no cost
        (3, [0, 0, 24], Decimal(1)),  # 3 (1+i)^3 = 24 → (1+i)^3 = 8 → i = 1
        (1, [2], Decimal(1)),  # 1 fen → 2 fen after one period: 100%
        (4, [1], Decimal("-0.75")),  # 4 → 1: 1 + i = 1/4
        (200, [110, 121], Decimal("0.1")),  # 110/1.1 + 121/1.21 = 100 + 100
        (10**13, [2 * 10**13], Decimal(1)),  # the largest principal, doubled
        (10**13, [1], Decimal("-0.9999999999999")),  # 1 + i = 10^−13
    ],
)
def test_irr_exact_cases(principal: int, pays: list[int], expected: Decimal) -> None:
    assert abs(irr(principal, pays) - expected) < Decimal("1e-25")


def test_irr_sixty_periods_doubling() -> None:
    # 1 fen grows to 2 fen over 60 periods: (1+i)^60 = 2.
    i = irr(1, [0] * 59 + [2])
    assert abs((1 + i) ** 60 - 2) < Decimal("1e-25")


def test_irr_tiny_uneven_payments() -> None:
    # 3 fen repaid 1, 1, 2 costs 1 fen, so i > 0. The same 4 fen all at the end gives
    # (1+i)^3 = 4/3, i ≈ 0.1006; repaying part of it sooner means a higher rate.
    i = irr(3, [1, 1, 2])
    assert brackets_root(3, [1, 1, 2], i, "1e-25")
    assert i > irr(3, [0, 0, 4]) > 0


# -- properties ----------------------------------------------------------------------
principals = st.integers(1, 10**11)
counts = st.integers(1, 60)
first_dues = st.dates(date(2020, 1, 1), date(2035, 12, 31))
intervals = st.sampled_from(["month", "2weeks"])


def rate(max_units: int, places: int) -> st.SearchStrategy[Decimal]:
    return st.integers(0, max_units).map(lambda n: Decimal(n).scaleb(-places))


def check_shape(s: Schedule, principal: int, n: int) -> None:
    assert s.count == n and [p.number for p in s.periods] == list(range(1, n + 1))
    assert sum(p.principal for p in s.periods) == principal
    assert all(p.principal >= 0 and p.fee >= 0 and p.payment >= 0 for p in s.periods)
    dates = [p.due_date for p in s.periods]
    assert dates == sorted(set(dates))


@given(principals, counts, rate(1000, 5), first_dues, intervals)
def test_flat_schedule_laws(p: int, n: int, f: Decimal, first: date, interval: str) -> None:
    s = flat_schedule(p, n, f, first, interval)
    check_shape(s, p, n)
    fee = int(Fraction(p) * Fraction(f) + Fraction(1, 2))  # half up, exactly
    assert [x.fee for x in s.periods] == [fee] * n
    assert s.total_fee == n * fee


@given(principals, counts, rate(2000, 4), first_dues, intervals)
def test_total_rate_schedule_laws(p: int, n: int, f: Decimal, first: date, interval: str) -> None:
    s = total_rate_schedule(p, n, f, first, interval)
    check_shape(s, p, n)
    assert s.total_fee == int(Fraction(p) * Fraction(f) + Fraction(1, 2))
    # every period but the last carries the same fee and principal
    assert len({(x.principal, x.fee) for x in s.periods[:-1]}) <= 1


@given(principals, counts, rate(3600, 4), first_dues)
def test_amortizing_schedule_laws(p: int, n: int, annual: Decimal, first: date) -> None:
    s = amortizing_schedule(p, n, annual, first)
    check_shape(s, p, n)
    if annual == 0:
        return
    monthly = Fraction(annual) / 12
    exact = Fraction(p) * monthly / (1 - (1 + monthly) ** -n)
    assert abs(s.periods[0].payment - exact) <= Fraction(1, 2)  # payment is the rounded annuity
    balance = p
    for period in s.periods:
        assert period.fee == int(balance * monthly + Fraction(1, 2))  # interest half up
        balance -= period.principal
    assert balance == 0


@given(principals, counts, first_dues, intervals)
def test_no_fee_schedule_laws(p: int, n: int, first: date, interval: str) -> None:
    s = no_fee_schedule(p, n, first, interval)
    check_shape(s, p, n)
    assert s.total_fee == 0 and s.total_payment == p
    assert irr(p, payments(s)) == 0


@given(
    st.integers(100_000, 10**11),
    counts,
    st.integers(0, 199),
    st.integers(1, 100),
)
def test_apr_rises_strictly_with_the_flat_fee(p: int, n: int, bp: int, step: int) -> None:
    # Rates a < b differ by ≥ 1 basis point, so on ≥ 100,000 fen the fee differs by ≥ 9
    # fen a period; i rises by about ≥ Δf, i.e. the APR by ≥ 0.0012 ≫ the 6-place quantum.
    low = flat_schedule(p, n, Decimal(bp).scaleb(-4), FIRST)
    high = flat_schedule(p, n, Decimal(bp + step).scaleb(-4), FIRST)
    assert irr(p, payments(low)) < irr(p, payments(high))
    assert true_rate(low)[0] < true_rate(high)[0]
    assert true_rate(low)[1] < true_rate(high)[1]


@example(371823270, [1])
@given(st.integers(1, 10**9), st.lists(st.integers(0, 10**9), min_size=1, max_size=60))
def test_irr_solves_the_npv_equation(p: int, pays: list[int]) -> None:
    if sum(pays) == 0:
        return
    i = irr(p, pays)
    assert i > -1
    assert (i > 0) == (sum(pays) > p) and (i == 0) == (sum(pays) == p)
    # the exact NPV changes sign within a relative 1e-20 of the returned rate; the bracket
    # is built in Fractions: Decimal's default 28 digits would round i (30 digits) by more
    # than the width when 1 + i is tiny (p=371823270, pays=[1] gives 1 + i ≈ 2.7e-9).
    width = Fraction(1, 10**20) * (1 + Fraction(i))
    lo, hi = Fraction(i) - width, Fraction(i) + width
    assert npv(p, pays, lo) >= 0 >= npv(p, pays, hi)


def test_period_and_schedule_properties() -> None:
    period = Period(1, FIRST, 1_000, 25)
    s = Schedule(2_000, (period, Period(2, FIRST + timedelta(days=31), 1_000, 30)))
    assert period.payment == 1_025
    assert (s.total_fee, s.total_payment, s.count, s.interval) == (55, 2_055, 2, "month")
