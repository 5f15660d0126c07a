"""Credit-report consequences: status codes, reporting thresholds, retention, red line."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.credit import (
    CreditImpact,
    RedLine,
    credit_code,
    credit_impact,
    is_reported,
    is_serious,
    red_line,
    visible_until,
)
from tracker.errors import InputError
from tracker.products import Product, from_preset

BAITIAO = from_preset("baitiao", "京东白条")
HUABEI = from_preset("huabei", "花呗")
CN_CARD = from_preset("cn-credit-card", "招行信用卡")
US_CARD = from_preset("us-credit-card", "Chase")
PAY_IN_4 = from_preset("pay-in-4", "Afterpay")
LOAN = from_preset("loan", "Car loan")
SETTLED = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("days", "code"),
    [
        (-5, 0),
        (0, 0),
        (1, 1),  # ⌈1/30⌉ = 1
        (30, 1),  # ⌈30/30⌉ = 1
        (31, 2),  # ⌈31/30⌉ = 2
        (60, 2),
        (61, 3),
        (90, 3),
        (91, 4),
        (180, 6),  # ⌈180/30⌉ = 6
        (181, 7),  # ⌈181/30⌉ = 7
        (400, 7),  # ⌈400/30⌉ = 14 → capped at 7
    ],
)
def test_credit_code(days: int, code: int) -> None:
    assert credit_code(days) == code


@given(st.integers(1, 10_000))
def test_credit_code_matches_ceiling_formula(d: int) -> None:
    assert credit_code(d) == min(7, (d + 29) // 30)


@pytest.mark.parametrize(
    ("product", "not_yet", "reported"),
    [
        (BAITIAO, 0, 1),  # reported after 1 day
        (HUABEI, 0, 1),
        (LOAN, 0, 1),
        (CN_CARD, 3, 4),  # 3 grace days, then reported
        (US_CARD, 29, 30),  # reported at 30 days
        (PAY_IN_4, 29, 30),
    ],
)
def test_is_reported_by_preset(product: Product, not_yet: int, reported: int) -> None:
    assert not is_reported(product, not_yet)
    assert is_reported(product, reported)


def test_is_serious_past_90_days() -> None:
    assert not is_serious(90)
    assert is_serious(91)


def test_visible_until() -> None:
    # 29 Feb 2028 + 5 years: 2033 has no 29 Feb → 28 Feb
    assert visible_until(date(2028, 2, 29), 5) == date(2033, 2, 28)
    # 29 Feb 2028 + 4 years = 29 Feb 2032 (leap year)
    assert visible_until(date(2028, 2, 29), 4) == date(2032, 2, 29)
    assert visible_until(SETTLED, 7) == date(2033, 11, 28)
    with pytest.raises(InputError, match="retention years"):
        visible_until(SETTLED, -1)


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ([], RedLine(0, 0, False)),
        ([0, 0, 0], RedLine(0, 0, False)),
        ([0, 5, 10, 0, 3], RedLine(2, 3, False)),
        ([0, 1, 2, 3, 0], RedLine(3, 3, True)),  # three in a row
        ([5, 0, 5, 0, 5, 0, 5, 0, 5], RedLine(1, 5, False)),
        ([5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5], RedLine(1, 6, True)),  # six in total
        ([40, 40, 0, 200, 200, 200, 200], RedLine(4, 6, True)),
    ],
)
def test_red_line(history: list[int], expected: RedLine) -> None:
    assert red_line(history) == expected


def test_red_line_rejects_negative() -> None:
    with pytest.raises(InputError, match="cannot be negative"):
        red_line([0, -1])


def test_impact_baitiao_31_days() -> None:
    # ⌈31/30⌉ = 2; kept 5 years after settlement
    assert credit_impact(BAITIAO, 31, SETTLED) == CreditImpact(2, True, False, date(2031, 11, 28))


def test_impact_huabei_and_loan_one_day() -> None:
    assert credit_impact(HUABEI, 1, SETTLED) == CreditImpact(1, True, False, date(2031, 11, 28))
    assert credit_impact(LOAN, 1, SETTLED).reported


def test_impact_cn_card_grace_days_keep_the_report_clean() -> None:
    assert credit_impact(CN_CARD, 2, SETTLED) == CreditImpact(0, False, False, None)
    assert credit_impact(CN_CARD, 4, SETTLED) == CreditImpact(1, True, False, date(2031, 11, 28))


def test_impact_us_card_and_pay_in_4() -> None:
    # 20 days: not reported yet; 120 days: ⌈120/30⌉ = 4, serious, kept 7 years
    assert credit_impact(US_CARD, 20, SETTLED) == CreditImpact(0, False, False, None)
    assert credit_impact(US_CARD, 120, date(2027, 3, 10)) == CreditImpact(
        4, True, True, date(2034, 3, 10)
    )
    assert credit_impact(PAY_IN_4, 30, SETTLED) == CreditImpact(1, True, False, date(2033, 11, 28))


def test_impact_not_settled_has_no_end_date() -> None:
    assert credit_impact(BAITIAO, 200, None) == CreditImpact(7, True, True, None)
