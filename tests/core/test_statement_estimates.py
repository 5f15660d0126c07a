"""The CSV statement lists the account engine's interest, late fees and penalty as rows
marked "(estimated)" until a recorded bill replaces them, so its last balance is the
products page's; import skips those rows and the round trip stays byte-identical
(DESIGN.md § The account engine: "a recorded bill is the lender's truth … between bills
the engine's interest, fees and penalty are estimates"; § CSV statement)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from tracker import csvio
from tracker.service import bills, demo, files, imports, overview, products, statement

START, END = date(2000, 1, 1), date(2100, 1, 1)


def _csv(rows: list[csvio.StatementRow]) -> list[str]:
    buffer = io.StringIO(newline="")
    csvio.write_statement(rows, buffer)
    return buffer.getvalue().split("\r\n")[1:-1]


def test_a_card_left_unpaid_lists_each_estimate_on_its_day(tmp_path: Path) -> None:
    # CN card (DESIGN.md § Presets): 1,000.00 stated 5 Jan, due 24 Jan, 3 grace days;
    # nothing paid; the statement taken on 1 Mar.
    store = files.open_store(tmp_path / "card.db", create=True)
    pid = products.add_product(store, "招行", "cn-credit-card", {"statement_day": "5"}).saved_id
    bills.add_bill(store, pid, date(2026, 1, 5), date(2026, 1, 24), 100_000, date(2026, 3, 1))
    today = date(2026, 3, 1)
    rows = statement.statement_rows(store, START, END, pid, today)
    assert _csv(rows) == [
        "2026-01-05,招行,bill,Statement 2026-01-05,1000.00,1000.00,CNY,2026-01-24",
        # Minimum 10% = 100.00 missed at 24 Jan + 3 days: late fee max(¥10, 5% × 100.00)
        # = 10.00, charged 27 Jan.
        "2026-01-27,招行,fee,Late fee (estimated),10.00,1010.00,CNY,",
        # Whole statement from posting: 100,000 × 0.0005 × (19 days to the due date + 3
        # of grace + 9 to 5 Feb) = 1,550 → 15.50, on the 5 Feb statement.
        "2026-02-05,招行,interest,Interest (estimated),15.50,1025.50,CNY,",
        # The 5 Feb minimum, 10% × (1,000.00 − 100.00 past due) + 15.50 + 10.00 + 100.00
        # = 215.50, missed too: 5% × 215.50 = 10.775 → 10.78 on 24 Feb + 3 = 27 Feb.
        "2026-02-27,招行,fee,Late fee (estimated),10.78,1036.28,CNY,",
        # Accrued, not posted yet: (1,000.00 + 15.50, compounded monthly) × 0.0005 × 24
        # days (5 Feb → 1 Mar) = 12.186 → 12.19, on today.
        "2026-03-01,招行,interest,Interest (estimated),12.19,1048.47,CNY,",
    ]
    # The products page says the same, split out: 1,000.00 + 48.47 so far.
    summary = overview.product_summary(store, today, pid)
    assert (summary.balance, summary.charges) == (104_847, 4_847)
    store.close()


def test_a_recorded_bill_replaces_the_estimates_before_it(tmp_path: Path) -> None:
    # The same card, and the lender's 5 Feb bill recorded (1,035.50: it charged 15.50 of
    # interest and 10.00 late fee, and 10.00 more of its own): the 27 Jan fee and the
    # 5 Feb interest are inside that bill, no longer estimates beside it.
    store = files.open_store(tmp_path / "card.db", create=True)
    pid = products.add_product(store, "招行", "cn-credit-card", {"statement_day": "5"}).saved_id
    today = date(2026, 2, 6)
    bills.add_bill(store, pid, date(2026, 1, 5), date(2026, 1, 24), 100_000, today)
    bills.add_bill(store, pid, date(2026, 2, 5), date(2026, 2, 24), 3_550, today)
    rows = statement.statement_rows(store, START, END, pid, today)
    estimated = [r for r in rows if r.description.endswith(csvio.ESTIMATED)]
    # Left: one day's interest after the 5 Feb bill on the 1,000.00 that lost its grace,
    # 100,000 × 0.0005 × 1 = 50 (the new 35.50 bill is within its own interest-free
    # period until 24 Feb), on today.
    assert [(r.date, r.kind, r.amount) for r in estimated] == [(today, "interest", 50)]
    assert rows[-1].balance == overview.product_summary(store, today, pid).balance
    store.close()


def test_round_trip_skips_the_estimates_and_stays_identical(tmp_path: Path) -> None:
    # The demo on 1 Dec 2026: 京东白条's penalty so far, (864.20 + 618.25) × 0.05% × 5
    # days = 3.706 → 3.71, is one estimated row; import skips it (the engine works it out
    # again from the imported records), and the second export is the same bytes.
    today = date(2026, 12, 1)
    first = files.open_store(tmp_path / "a.db", create=True)
    demo.populate(first, today)
    statement.export_statement(first, tmp_path / "a.csv", START, END, today=today)
    exported = (tmp_path / "a.csv").read_bytes()
    assert (
        b"2026-12-01,\xe4\xba\xac\xe4\xb8\x9c\xe7\x99\xbd\xe6\x9d\xa1,penalty,Penalty "
        b"(estimated),3.71," in exported
    )
    second = files.open_store(tmp_path / "b.db", create=True)
    for p in first.list_products():
        second.insert_product(p)
    plan = imports.preview(second, tmp_path / "a.csv", today)
    assert [s.line for s in plan.lines if s.status == "skipped"] == [
        n for n, line in enumerate(exported.split(b"\n"), 1) if b"(estimated)" in line
    ]
    imports.commit(second, plan)
    statement.export_statement(second, tmp_path / "b.csv", START, END, today=today)
    assert (tmp_path / "b.csv").read_bytes() == exported
    first.close()
    second.close()
