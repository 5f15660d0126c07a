"""Whole numbers, dates and rates take ASCII digits only: no "1_5", no full-width digits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.counts import parse_whole
from tracker.dates import parse_date
from tracker.errors import InputError
from tracker.products import coerce_field, parse_rate


def test_whole_numbers() -> None:
    assert parse_whole(" 15 ", "--days") == 15
    assert parse_whole("-3") == -3
    for text in ("1_5", "１２", "1.0", "", "1e2", "٣", "1 5"):
        with pytest.raises(InputError, match="whole number"):
            parse_whole(text, "--days")


def test_product_whole_number_settings() -> None:
    assert coerce_field("statement_day", "12") == 12
    with pytest.raises(InputError, match="statement_day must be a whole number"):
        coerce_field("statement_day", "1_2")
    with pytest.raises(InputError, match="grace_days must be a whole number"):
        coerce_field("grace_days", "３")
    assert coerce_field("allowed_periods", "3,6,12") == (3, 6, 12)
    with pytest.raises(InputError, match="whole numbers joined by commas"):
        coerce_field("allowed_periods", "3,1_2")


def test_dates_in_ascii_digits_only() -> None:
    assert parse_date(" 2026-12-01 ") == date(2026, 12, 1)
    for text in ("２０２６-12-01", "2026-１２-01", "2026-12-0١"):
        with pytest.raises(InputError, match="YYYY-MM-DD"):
            parse_date(text, "--date")


def test_rates_in_ascii_digits_only() -> None:
    assert parse_rate("0.05%") == Decimal("0.0005")
    for text in ("0.000_5", "０.0005", "0. 0005"):
        with pytest.raises(InputError, match="not a decimal rate"):
            parse_rate(text, "penalty_daily_rate")


@pytest.mark.parametrize(
    "args",
    [
        ["due", "--days", "1_5"],
        ["product", "add", "X", "--preset", "huabei", "--statement-day", "1_5"],
        ["plan", "add", "花呗", "--principal", "600", "--periods", "1_2", "--first-due",
         "2026-12-20"],
        ["payoff", "--budget", "3000", "--months", "1_2"],
        ["simulate", "--preset", "huabei", "--amount", "100", "--due", "2026-12-20",
         "--periods", "3,1_2"],
        ["pay", "花呗", "--date", "2026-11-30", "--amount", "12 34"],
        ["pay", "花呗", "--date", "２０２６-11-30", "--amount", "1"],
        ["pay", "花呗", "--date", "2026-11-30", "--amount", "１２"],
    ],
)  # fmt: skip
def test_cli_refuses_lenient_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    db = tmp_path / "s.db"
    assert main(["--db", str(db), "--today", "2026-12-01", "init", "--demo"]) == 0
    before = db.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(db), "--today", "2026-12-01", *args]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert db.read_bytes() == before
