"""Rates: written as plain decimal strings (never "1E-7"), and typed rates within limits."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.errors import InputError
from tracker.products import coerce_field, from_preset, from_record, parse_rate, to_record
from tracker.service import products
from tracker.storage import Store


def test_rates_are_written_without_exponents() -> None:
    p = from_preset(
        "huabei",
        "H",
        penalty_daily_rate=Decimal("1E-7"),
        installment_total_rates={3: Decimal("2.5E-2")},
    )
    loan = from_preset("loan", "L", annual_rate=Decimal("1E+1"))
    rec = to_record(p)
    assert rec["penalty_daily_rate"] == "0.0000001"
    assert rec["installment_total_rates"] == "3:0.025"
    assert rec["min_payment_rate"] == "0.10"  # the preset's own digits are kept
    assert to_record(loan)["annual_rate"] == "10"
    assert from_record(rec) == p


def test_percent_input_is_stored_plain(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "r.db", create=True)
    # 0.00001 % = 0.0000001 (Decimal would say 1E-7); 1000 % = 10 (Decimal: 1E+1).
    products.add_product(store, "H", "huabei", {"penalty_daily_rate": "0.00001%"})
    products.add_product(store, "L", "loan", {"annual_rate": "1000%"})
    raw = [json.loads(r[0]) for r in store.db.execute("SELECT rules FROM products ORDER BY id")]
    store.close()
    assert raw[0]["penalty_daily_rate"] == "0.0000001"
    assert raw[1]["annual_rate"] == "10"


@pytest.mark.parametrize(
    ("key", "text", "says"),
    [
        ("revolving_daily_rate", "0.0101", "at most 0.01 (1%)"),
        ("penalty_daily_rate", "0.05", "at most 0.01 (1%)"),
        ("penalty_daily_rate", "2%", "at most 0.01 (1%)"),
        ("min_payment_rate", "1.01", "at most 1 (100%)"),
        ("late_fee_rate", "2", "at most 1"),
        ("installment_fee_rate", "1.5", "at most 1 (100%)"),
        ("installment_total_rates", "3:0.025,6:1.2", "of 1.2 is too high: at most 1 (100%"),
        ("annual_rate", "10.5", "at most 10 (1000%)"),
    ],
)
def test_typed_rates_above_their_field_limit_are_refused(key: str, text: str, says: str) -> None:
    with pytest.raises(InputError, match=re.escape(says)) as caught:
        coerce_field(key, text)
    assert str(caught.value).startswith(key) and "too high" in str(caught.value)


def test_rates_at_their_limits_are_accepted() -> None:
    assert coerce_field("penalty_daily_rate", "0.01") == Decimal("0.01")
    assert coerce_field("penalty_daily_rate", "1%") == Decimal("0.01")
    assert coerce_field("min_payment_rate", "1") == Decimal("1")
    assert coerce_field("annual_rate", "10") == Decimal("10")
    assert parse_rate("0.5", "--waiver") == Decimal("0.5")


def test_a_saved_row_above_the_new_limits_still_opens() -> None:
    # Written before the limits: loading must not make the file unusable.
    rec = to_record(from_preset("huabei", "H"))
    rec["penalty_daily_rate"] = "0.05"
    assert from_record(rec).penalty_daily_rate == Decimal("0.05")


def test_a_5000_digit_rate_is_too_long_not_malformed() -> None:
    # `simulate --waiver 999…9` (5,000 nines) said "is not a decimal rate such as
    # 0.0005" — it is one, only far too long; amounts and counts say "too large/long"
    # (QA pass, 2026-12-04).
    import pytest

    from tracker.errors import InputError

    with pytest.raises(InputError, match=r"^--waiver '9{10}.*' is too long for a rate$"):
        parse_rate("9" * 5_000, "--waiver")
    with pytest.raises(InputError, match=r"is not a decimal rate such as 0\.0005"):
        parse_rate("12,34.5", "--waiver")
