"""Money parsing and formatting: integer minor units, clear refusals, round trips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.errors import InputError
from tracker.money import (
    MAX_MINOR,
    format_money,
    parse_amount,
    parse_positive_amount,
    plain,
    round_minor,
)


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("1234.56", 123456),
        ("1,234.56", 123456),
        ("¥1,234.56", 123456),
        ("￥1,234.56", 123456),
        ("$25", 2500),
        ("-12.5", -1250),
        ("0.01", 1),
        (" 3,245.60 ", 324560),
        ("1,000,000", 100000000),
        ("100000000000", MAX_MINOR),
        ("¥ 12.50", 1250),  # a space between the symbol and the number
        ("-¥ 5", -500),
        ("RMB 100", 10000),
        ("\u00a0¥\u00a012\t", 1200),  # any whitespace around it
    ],
)
def test_parse_accepts(text: str, minor: int) -> None:
    assert parse_amount(text) == minor


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("12,34.5", "thousands separators"),
        ("1.234", "more than 2 decimal places"),
        ("0.001", "more than 2 decimal places"),
        ("NaN", "not a number"),
        ("inf", "not a number"),
        ("Infinity", "not a number"),
        ("", "empty"),
        ("   ", "empty"),
        ("1e5", "not a number"),
        ("abc", "not a number"),
        ("100000000000.01", "too large"),
        ("-100000000000.01", "too large"),
        ("1..2", "not a number"),
        ("12 34", "space inside the number"),  # not 1234.00
        ("1 234.56", "space inside the number"),
        ("12\u00a034", "space inside the number"),
        ("- 5", "space inside the number"),
        ("１２", "digits 0-9"),  # full-width
        ("¥１,２３４", "digits 0-9"),
        ("٣", "digits 0-9"),  # Arabic-Indic three
        ("1_000", "not a number"),
    ],
)
def test_parse_refuses_with_a_message_naming_the_problem(text: str, says: str) -> None:
    with pytest.raises(InputError, match=says):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("9" * 5000, "'999999999999999999999999…' is too large (at most 100,000,000,000)"),
        ("¥" + "9" * 5000, "'¥99999999999999999999999…' is too large"),
        ("1," + "999," * 20 + "000.50", "is too large"),
        ("abc" + "9" * 5000, "is too long for an amount"),
        ("9" * 50 + "x", "is too long for an amount"),
    ],
)
def test_a_pasted_huge_number_is_too_large_and_repeated_short(text: str, says: str) -> None:
    """A 5,000-digit paste (a QA pass): the message names the problem — too large, not
    "too long" — and repeats the start of the text with no English words of its own
    ("(5000 characters)" showed in English in the Chinese interface)."""
    with pytest.raises(InputError) as caught:
        parse_amount(text)
    assert says in str(caught.value)
    assert "characters" not in str(caught.value) and len(str(caught.value)) < 120


def test_positive_amount_refuses_zero_and_negative() -> None:
    with pytest.raises(InputError, match="greater than zero"):
        parse_positive_amount("0.00")
    with pytest.raises(InputError, match="negative"):
        parse_positive_amount("-1")


def test_round_minor_is_half_up_away_from_zero() -> None:
    assert round_minor(Decimal("4868.4")) == 4868
    assert round_minor(Decimal("0.5")) == 1
    assert round_minor(Decimal("2.5")) == 3  # not banker's rounding
    assert round_minor(Decimal("-2.5")) == -3


def test_format_by_currency() -> None:
    assert format_money(324560) == "¥3,245.60"
    assert format_money(-2500, "USD") == "-$25.00"
    assert format_money(5, "EUR") == "€0.05"
    assert plain(-123456) == "-1234.56"
    assert plain(7) == "0.07"


def test_float_is_rejected_at_the_boundary() -> None:
    with pytest.raises(TypeError):
        format_money(12.5)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        parse_amount(12.5)  # type: ignore[arg-type]


amounts = st.integers(min_value=-MAX_MINOR, max_value=MAX_MINOR)


@given(amounts)
def test_parse_format_parse_round_trips(minor: int) -> None:
    assert parse_amount(format_money(minor)) == minor
    assert parse_amount(format_money(minor, "USD", grouping=False)) == minor
    assert parse_amount(plain(minor)) == minor


@given(amounts)
def test_format_parse_format_is_stable(minor: int) -> None:
    shown = format_money(minor)
    assert format_money(parse_amount(shown)) == shown


def test_an_amount_in_another_currencys_sign_is_refused() -> None:
    from tracker.money import check_symbol

    for text, code in (("¥12", "CNY"), ("RMB 12", "CNY"), ("$12", "USD"), ("$12", "HKD"),
                       ("12", "USD"), ("-¥3", "CNY"), ("US$ 5", "USD")):  # fmt: skip
        check_symbol(text, code)  # fine: no sign, or the product's own
    for text, code in (("¥12", "USD"), ("$12", "CNY"), ("€5", "GBP"), ("HK$5", "USD")):
        with pytest.raises(InputError, match="is in another currency: this product counts in"):
            check_symbol(text, code)
