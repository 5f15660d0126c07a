"""Which credit report a product's lender writes to, and the US days-late buckets."""

from __future__ import annotations

from tracker.credit import report_system, us_days_late
from tracker.products import from_preset


def test_dollar_products_report_to_the_us_bureaus() -> None:
    assert report_system(from_preset("us-credit-card", "Chase")) == "us"
    assert report_system(from_preset("pay-in-4", "Klarna")) == "us"
    assert report_system(from_preset("huabei", "花呗")) == "cn"
    assert report_system(from_preset("cn-credit-card", "招商银行信用卡")) == "cn"


def test_us_days_late_buckets() -> None:
    # Under 30 days nothing; 30–59 → 30; 89 → 60; 90 → 90; 179 → 150; 180 and on → 180.
    cases = {0: 0, 29: 0, 30: 30, 59: 30, 89: 60, 90: 90, 179: 150, 180: 180, 400: 180}
    assert {d: us_days_late(d) for d in cases} == cases
