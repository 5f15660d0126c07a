"""Account-engine rules corrected in issue 11's second pass (DESIGN.md § Presets and
§ The account engine); each figure worked out by hand in the comments (minor units)."""

from __future__ import annotations

from datetime import date, timedelta

from tracker.engine import Account, Paid, PartDue, Policy, RecordedBill, play, rules
from tracker.products import from_preset


def test_minimum_rate_is_on_principal_not_already_past_due() -> None:
    # Huabei March (tests/core/test_engine_six_cycles.py): principal 100,000; past due
    # 20,100 = January's 10,000 + February's 9,000 + 1,100 penalty. The 1,100 penalty
    # is owed in full inside the past due amount, so 20,100 − 1,100 = 19,000 of it is
    # principal, and the 10 % is on 100,000 − 19,000 = 81,000 → 8,100 (not 7,990).
    assert rules.past_due_principal(100_000, 20_100, 1_100) == 19_000
    huabei = from_preset("huabei", "hb")
    parts = rules.StatementParts(
        new_principal=0,
        carried_principal=100_000 - 19_000,
        penalty=1_400,
        past_due=20_100,
        balance=100_000 + 1_100 + 1_400,
    )
    # 8,100 + this statement's penalty 1,400 + the past due 20,100 = 29,600.
    assert rules.minimum_due(huabei, parts) == 8_100 + 1_400 + 20_100 == 29_600
    # Never more principal than is owed, never less than none: charges owed beyond the
    # past due amount leave no principal in it.
    assert rules.past_due_principal(5_000, 20_000, 1_000) == 5_000
    assert rules.past_due_principal(100_000, 1_000, 3_000) == 0


def test_a_negative_instalment_part_puts_no_principal_past_due() -> None:
    # An instalment part of −1 (a refund larger than what was left of its plan) posted
    # and not yet applied: what is owed beside the principal is −1. With nothing past
    # due nothing of the principal is past due (it said 0 − (−1) = 1), and with 5 past
    # due at most those 5 are (it said 6, more than was past due).
    assert rules.past_due_principal(15, 0, -1) == 0
    assert rules.past_due_principal(15, 5, -1) == 5


def test_the_statement_after_a_refund_part_asks_ten_percent_of_the_principal() -> None:
    # Found by tests/core/test_engine_speed_exact.py (the general loop and the steady
    # path disagreed). Baitiao (10 %, no floor), a recorded bill of 23 (statement
    # 13 Feb, due 5 Mar), zero-principal parts due 6, 7, 8, 18, 19, 20 Mar and a part of
    # −1 due 21 Mar; each statement's minimum paid on its due date. By 13 Mar: 23 − the
    # minimums 2 + 2 + 2 + 2 paid 5–8 Mar = 15 of principal, the −1 part posted on its
    # own statement (12 Mar: 10 % of 15 = 1.5 → 2, + the part −1 = 1). The cycle's own
    # statement of 13 Mar holds no part: 10 % of 15 = 1.5 → 2 (it said 1: 10 % of 14).
    baitiao = from_preset("baitiao", "bt")
    start = date(2026, 3, 5)
    days = [start + timedelta(days=n) for n in (1, 2, 3, 13, 14, 15, 16)]
    parts = tuple(PartDue(d, -1 if d == date(2026, 3, 21) else 0, 0) for d in days)
    bill = RecordedBill(start - timedelta(days=20), start, 23)
    out = play(Account(baitiao, bills=(bill,), parts=parts), Policy(on_due="minimum"))
    by_statement = {r.statement_date: r for r in out.rows}
    assert by_statement[date(2026, 3, 12)].minimum == 1
    march = by_statement[date(2026, 3, 13)]
    assert (march.balance, march.minimum) == (14, 2)
    # Paid on 22 Mar: 2 + 2 + 2 + 1 (the 18–21 Mar statements were paid on their own
    # days; the row shows what was paid in its cycle) + 2 = 9.
    assert march.paid == 9


def test_pay_in_4_late_fees_are_capped_per_order() -> None:
    # DESIGN.md § Presets: pay-in-4 "costs a fixed fee per missed instalment, capped per
    # order" — at most 25% of the order's value (rules.PAY_IN_N_FEE_CAP). Two orders on
    # one account, $40.00 (4 × $10, order 1) and $200.00 (4 × $50, order 2), every
    # instalment missed until 30 Apr: order 1's cap is $10.00 → $7 + $3 + 0 + 0; order
    # 2's cap $50.00 is never reached by 4 × $7 = $28.
    p4 = from_preset("pay-in-4", "p4")
    first = date(2026, 1, 1)
    small = [PartDue(first + timedelta(days=14 * k), 1_000, order=1) for k in range(4)]
    large = [PartDue(first + timedelta(days=7 + 14 * k), 5_000, order=2) for k in range(4)]
    out = play(Account(p4, parts=tuple(small + large)), Policy(settle_on=date(2026, 4, 30)))
    assert sorted(r.late_fee for r in out.rows if r.late_fee) == sorted([700, 300] + [700] * 4)
    # 700 + 300 + 4 × 700 = 3,800; paid: 4,000 + 20,000 + 3,800 = 27,800.
    assert out.late_fees == 3_800
    assert sum(c.principal + c.cost for c in out.cash) == 27_800
    assert rules.capped_per_order(700, 4_000, 700) == 300
    assert rules.capped_per_order(700, 4_000, 1_000) == 0
    # "Never exceed 25 %" (Klarna's agreement, docs/engine.md): rounded down. A $49.99
    # order: 25 % is $12.4975, so the cap is $12.49 and the second fee $5.49 (it was
    # $5.50: 12.50 in all, above 25 %). Found by a QA pass, 2026-12-04.
    assert rules.capped_per_order(700, 4_999, 700) == 549
    assert rules.capped_per_order(700, 4_999, 1_249) == 0


def test_an_instalment_period_bears_no_interest_before_its_due_date() -> None:
    # Baitiao (statement 1st, due + 9, 0.05 %/day on the remainder from the due date
    # after an on-time minimum). 1,000.00 stated 1 Jan, due 10 Jan, its minimum 100.00
    # paid on time: 900.00 revolves. On 1 Feb a 300.00 instalment period posts, due
    # 10 Feb; it bears nothing before 10 Feb (DESIGN.md § The account engine: interest
    # only on balances that lost their grace). The 1 Feb → 1 Mar cycle:
    #   1 → 10 Feb: 90,000 × 0.0005 × 9 = 405;
    #   10 Feb: the minimum 10 % × 90,000 + 990 interest + the 30,000 period = 39,990
    #           pays the interest, the period and 9,000 of principal;
    #   10 Feb → 1 Mar: 81,000 × 0.0005 × 19 = 769.5; 405 + 769.5 = 1,174.5 → 1,175
    #   (with the period bearing from 1 Feb: + 30,000 × 0.0005 × 9 = 135 → 1,310).
    baitiao = from_preset("baitiao", "bt", statement_day=1)
    acc = Account(
        baitiao,
        bills=(RecordedBill(date(2026, 1, 1), date(2026, 1, 10), 100_000, 10_000),),
        parts=(PartDue(date(2026, 2, 10), 30_000),),
        payments=(Paid(date(2026, 1, 10), 10_000),),
    )
    out = play(acc, Policy(on_due="minimum", start=date(2026, 2, 1)), until=date(2026, 3, 1))
    # 10 Jan → 1 Feb: 90,000 × 0.0005 × 22 = 990, posted on 1 Feb.
    assert [r.interest for r in out.rows[:3]] == [0, 990, 1_175]
