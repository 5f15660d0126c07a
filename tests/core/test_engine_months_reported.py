"""The months a delinquency is reported (DESIGN.md § The account engine, 5).

Cards report each month as of its statement date: the month that ends a delinquency
within its cycle is reported only when it reached a higher code (a delinquency of D days
is ⌈D/30⌉ months, never the same code twice in a row for it); until 2026-12-03 it
repeated the previous month's code. US: 30/60/90 days late, ⌊D/30⌋, from 30 days.
BNPL lines and loans may report at their due dates: every month a delinquency touches
counts (the app never calls a month clean that a lender may report).

Products (DESIGN.md § Presets): Huabei and the CN card reported from 1 day past due
(the card after its 3 grace days); Huabei statement on the 1st, due the 10th, penalty
0.05 % a day on the whole unpaid amount once the minimum is missed. The US card reports
from 30 days.
"""

from __future__ import annotations

from datetime import date

from tracker.engine import Account, Outcome, Paid, Spend, play
from tracker.engine.rules import red_line
from tracker.products import Product, from_preset
from tracker.simulator import simulate

HUABEI = from_preset("huabei", "hb", statement_day=1)
CARD = from_preset("cn-credit-card", "card", statement_day=1)
US = from_preset("us-credit-card", "us", statement_day=1)
#: ¥1,000.00 spent on 15 Dec 2025: the 1 Jan 2026 statement, Huabei due 10 Jan,
#: minimum ¥100.00 (10 %), not paid.
SPENT = (Spend(date(2025, 12, 15), 100_000),)


def _codes(
    product: Product, payments: tuple[Paid, ...], until: date
) -> tuple[Outcome, list[tuple[date, int, int]]]:
    out = play(Account(product, spends=SPENT, payments=payments), until=until)
    return out, [(r.statement_date, r.days_past_due, r.report_code) for r in out.rows]


def test_huabei_counts_every_month_a_delinquency_touches() -> None:
    # BNPL lines and loans may report at their due dates, where the month a delinquency
    # ends in can still be past due: unsure, the engine counts every month it touches
    # (report_codes; a numbers check of 2026-12-03 found that reading the card's rule
    # here said "no red line" at 60 days where a due-date report shows 连三累六).
    # Due 10 Jan, paid 9 Feb (30 days, ¥1,000.00 + ¥15.00 penalty): "1", "1".
    out, rows = _codes(HUABEI, (Paid(date(2026, 2, 9), 101_500),), date(2026, 7, 1))
    assert out.owed == 0 and out.penalty == 1_500
    assert [(d, c) for _, d, c in rows] == [(22, 1), (30, 1)]
    # Paid 11 Mar (60 days, + ¥30.00): the 10 Mar due was missed too: "1", "2", "2" — three
    # months in a row, 连三累六.
    out, rows = _codes(HUABEI, (Paid(date(2026, 3, 11), 103_000),), date(2026, 8, 1))
    assert out.owed == 0 and out.penalty == 3_000
    assert [(d, c) for _, d, c in rows] == [(22, 1), (50, 2), (60, 2)]
    assert red_line(out.red_line_months, date(2026, 8, 1)).crossed
    sim = simulate(HUABEI, 324_560, date(2026, 1, 10), overdue_days=(30, 60), periods=[])
    late = {o.days: o for o in sim.options if o.kind == "overdue"}
    assert [(late[d].months_reported, late[d].red_line) for d in (30, 60)] == [
        (2, False),
        (3, True),
    ]


def test_huabei_61_days_late_reaches_a_third_month() -> None:
    # Paid on 12 Mar, 61 days late (¥1,000.00 + ¥30.50): the 1 Mar month reached 61 days,
    # ⌈61/30⌉ = 3 — a third month past due ("61–90 days"), reported, and 连三 (three in a
    # row) is crossed: the boundary is a day, as the grid's is.
    out, rows = _codes(HUABEI, (Paid(date(2026, 3, 12), 103_050),), date(2026, 8, 1))
    assert out.owed == 0
    assert [c for _, _, c in rows] == [1, 2, 3]
    assert red_line(out.red_line_months, date(2026, 8, 1)).crossed


def test_a_card_15_days_late_is_one_month() -> None:
    # CN card, statement 1 Jan, due 20 Jan, 3 grace days: paid everything on 4 Feb,
    # 15 days late. The 1 Jan month closed on 1 Feb at 12 days → "1"; the 1 Feb month
    # ended it at 15 days, ⌈15/30⌉ = 1: not again.
    play_out = play(Account(CARD, spends=SPENT), until=date(2026, 2, 4))
    owed = play_out.owed
    out, rows = _codes(CARD, (Paid(date(2026, 2, 4), owed),), date(2026, 6, 1))
    assert out.owed == 0
    assert rows[:2] == [(date(2026, 1, 1), 12, 1), (date(2026, 2, 1), 15, 0)]
    assert out.months_reported == 1


def test_a_us_card_30_days_late_is_reported_once_as_30_days() -> None:
    # US card, statement 1 Jan, due 10 Jan: everything paid on 9 Feb, 30 days late. The
    # 1 Jan month closed at 22 days (not reported: under 30); the 1 Feb month reached
    # 30 days: "30 days late", code ⌊30/30⌋ = 1, reported once — the delinquency's first
    # reported month, so kept although it ended within the cycle.
    owed = play(Account(US, spends=SPENT), until=date(2026, 2, 9)).owed
    out, rows = _codes(US, (Paid(date(2026, 2, 9), owed),), date(2026, 6, 1))
    assert out.owed == 0
    assert rows[:2] == [(date(2026, 1, 1), 22, 0), (date(2026, 2, 1), 30, 1)]
    assert out.months_reported == 1 and out.reported


def test_a_month_closed_today_can_still_be_paid_today() -> None:
    # Seen on 1 Feb, the statement day that closes the 1 Jan month (22 days late): a
    # payment dated today still belongs to the month it closes (DESIGN.md: a payment on
    # a statement day counts in the cycle that statement closes), so the month shows its
    # worst so far, "1", whether or not today's payment comes — and paying everything
    # today leaves it "1": 22 days late were reported either way.
    _, today = _codes(HUABEI, (), date(2026, 2, 1))
    _, paid = _codes(HUABEI, (Paid(date(2026, 2, 1), 101_100),), date(2026, 3, 1))
    assert today[0] == (date(2026, 1, 1), 22, 1)
    assert paid[0] == (date(2026, 1, 1), 22, 1)


def test_two_delinquencies_are_two_months() -> None:
    # Two separate delinquencies: the 10 Jan minimum paid on 20 Jan (10 days late, ended
    # within the 1 Jan month), the 10 Feb minimum paid on 15 Feb (5 days late). Each is
    # its own first month: "1", "1" — two months reported (累六 counts both).
    pays = (Paid(date(2026, 1, 20), 10_000), Paid(date(2026, 2, 15), 30_000))
    out, rows = _codes(HUABEI, pays, date(2026, 3, 1))
    assert [(d, c) for _, d, c in rows[:2]] == [(10, 1), (5, 1)]
    assert out.months_reported == 2


def test_the_cli_says_the_red_line_in_english(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # `simulate` without --json prints English; the red line was "(连三累六)" there.
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "tracker.cli", "--db", str(tmp_path / "x.db"),
         "--today", "2026-12-01", "simulate", "--preset", "huabei", "--amount", "3245.60",
         "--due", "2026-12-04", "--overdue-days", "30,61", "--periods", ""],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    lines = {ln.split("  costs")[0].strip(): ln for ln in done.stdout.splitlines()}
    assert "(red line)" in lines["pay 61 days late"], done.stdout + done.stderr
    assert "red line" not in lines["pay 30 days late"]
    assert "连三累六" not in done.stdout
