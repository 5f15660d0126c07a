"""Percent ↔ fraction conversion of typed rates (tracker/percent.py): exact, both ways."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker import percent
from tracker.errors import InputError
from tracker.products import parse_rate


@pytest.mark.parametrize(
    ("key", "typed", "fraction"),
    [
        ("revolving_daily_rate", "0.05", "0.0005"),  # 0.05 % a day
        ("revolving_daily_rate", "0.05%", "0.0005"),
        ("penalty_daily_rate", " 0.05 ％", "0.0005"),  # full-width sign from an IME
        ("revolving_daily_rate", "0.06846575", "0.0006846575"),  # 24.99 % / 365, exact
        ("annual_rate", "18", "0.18"),
        ("min_payment_rate", "10", "0.1"),
        ("installment_total_rates", "3:2.5,6:4.5", "3:0.025,6:0.045"),
        ("late_fee_rate", "", "0"),
        ("annual_rate", "0", "0"),
    ],
)
def test_typed_percent_becomes_the_fraction(key: str, typed: str, fraction: str) -> None:
    assert percent.fraction_text(key, typed) == fraction


@pytest.mark.parametrize(
    ("key", "typed", "message"),
    [
        ("revolving_daily_rate", "0.0005", "did you mean 0.05%?"),  # a fraction by habit
        ("annual_rate", "0.06", "did you mean 6%?"),
        ("revolving_daily_rate", "1.5", "at most 1%"),
        ("min_payment_rate", "101", "at most 100%"),
        ("annual_rate", "-0.01", "cannot be negative (-0.01 was typed)"),
        ("annual_rate", "1e2", "is not a percentage such as 0.05"),
        ("annual_rate", "nan", "is not a percentage such as 0.05"),
        ("annual_rate", "５", "is not a percentage such as 0.05"),
    ],
)
def test_implausible_percentages_are_refused(key: str, typed: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        percent.fraction_text(key, typed)
    assert message in str(caught.value)
    assert caught.value.field == key


@given(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1"), places=8))
def test_shown_percent_round_trips_exactly(daily: Decimal) -> None:
    """percent → fraction → percent gives the same number back (× and ÷ 100 are exact)."""
    fraction = parse_rate(percent.fraction_text("revolving_daily_rate", str(daily)))
    assert fraction * 100 == daily
    assert Decimal(percent.percent_text("revolving_daily_rate", fraction)) == daily
