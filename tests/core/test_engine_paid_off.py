"""Paying an account off pays what has accrued to the day; a card's interest "whole
statement from posting" counts each purchase from its own posting day (DESIGN.md
§ Presets, § The account engine).

Both were wrong in the engine until 2026-12-02:

* a payment of everything owed (the accrued interest or penalty included, as the app
  asks for it) left the accrual unposted and the same amount as a credit; with nothing
  owed no later statement comes, so the charge was never made (a late loan paid off:
  ¥75.00 of penalty gone, "cost ¥0.00");
* the engine counted a statement's purchases as posted on the statement date, so a CN
  card's interest from posting missed the days from each purchase to its statement —
  for the engine's own statements and for recorded bills whose charges are recorded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tracker.engine import Account, AccountPlay, Paid, PartDue, Spend, play
from tracker.products import from_preset
from tracker.service import accounts, bills, charges, files, payments, products
from tracker.storage import cycles as stored_cycles


def _owed_on(account: Account, day: date) -> int:
    engine = AccountPlay(account, until=day)
    engine.run()
    return engine.owed()


def test_a_late_loan_paid_off_pays_its_penalty() -> None:
    # A loan instalment of ¥10,000.00 due 10 Jan 2026 (no grace), paid 30 days late on
    # 9 Feb. Overdue instalments bear the contract rate + 50%: 0.025% a day (DESIGN.md
    # § Presets, PBOC 银发〔2003〕251号): ¥10,000.00 × 0.025% × 30 = ¥75.00.
    loan = from_preset("loan", "loan")
    parts = (PartDue(date(2026, 1, 10), 1_000_000, 0),)
    day = date(2026, 2, 9)
    assert _owed_on(Account(loan, parts=parts), day) == 1_007_500
    paid = Account(loan, parts=parts, payments=(Paid(day, 1_007_500),))
    out = play(paid, until=date(2026, 9, 1))
    # The ¥10,075.00 pays the instalment and the ¥75.00: nothing owed, no credit.
    assert (out.penalty, out.cost, out.owed) == (7_500, 7_500, 0)
    assert [(r.paid, r.penalty, r.days_past_due) for r in out.rows] == [(1_007_500, 7_500, 30)]


def test_a_card_counts_interest_from_each_purchase_and_charges_it_when_paid_off() -> None:
    # A CN card (statement on the 5th, due 19 days later, 3 grace days; 0.05% a day,
    # whole statement from posting, compounded monthly): ¥10,000.00 spent on 10 Jan
    # 2026; the 5 Feb statement, due 24 Feb, minimum ¥1,000.00, paid on 20 Feb.
    card = from_preset("cn-credit-card", "card", statement_day=5)
    spends = (Spend(date(2026, 1, 10), 1_000_000),)
    pays = (Paid(date(2026, 2, 20), 100_000),)
    # Not paid in full by 24 Feb + 3: the whole statement bears interest from its
    # posting day to the due date — the ¥1,000.00 repaid on 20 Feb only to that day
    # (test_a_card_part_repaid_early_…) — the ¥9,000.00 left for the 3 grace days, then
    # daily:
    #   ¥10,000.00 × 0.05% × 45 days (10 Jan → 24 Feb) = ¥225.00
    #   less ¥1,000.00 × 0.05% × 4 days (20 → 24 Feb)  =  −¥2.00
    #   ¥9,000.00 × 0.05% × 3 days (24 → 27 Feb)       =  ¥13.50
    #   ¥9,000.00 × 0.05% × 6 days (27 Feb → 5 Mar)    =  ¥27.00
    # = ¥263.50 on the 5 Mar statement (it was ¥135.50: 19 days from the statement date;
    # then ¥265.50, the repaid part to the due date).
    before = play(Account(card, spends=spends, payments=pays), until=date(2026, 3, 15))
    assert [(r.statement_date, r.balance, r.interest) for r in before.rows] == [
        (date(2026, 2, 5), 1_000_000, 0),
        (date(2026, 3, 5), 926_350, 26_350),
    ]
    # 15 Mar: ¥9,263.50 (compounded) × 0.05% × 10 days = ¥46.3175 → ¥46.32 accrued; all
    # owed ¥9,263.50 + ¥46.32 = ¥9,309.82.
    day = date(2026, 3, 15)
    assert _owed_on(Account(card, spends=spends, payments=pays), day) == 930_982
    # Paid that on 15 Mar: the ¥46.32 is charged then and paid with it — no credit, and
    # the interest is ¥263.50 + ¥46.32 = ¥309.82 (it was ¥263.50 and a ¥46.32 credit).
    paid = Account(card, spends=spends, payments=(*pays, Paid(day, 930_982)))
    out = play(paid, until=date(2026, 9, 1))
    assert (out.interest, out.cost, out.owed) == (30_982, 30_982, 0)


def test_a_purchase_paid_before_its_statement_comes_off_the_oldest() -> None:
    # The card above, ¥6,000.00 spent on 10 Jan and ¥4,000.00 on 30 Jan; ¥5,000.00
    # paid on 1 Feb, before the 5 Feb statement: ¥5,000.00 is stated, and what the
    # payment took comes off the oldest purchase first (as a payment pays the oldest
    # first): ¥1,000.00 of 10 Jan and ¥4,000.00 of 30 Jan are left. Nothing more paid:
    # by 27 Feb, interest from posting to the due date on each, then 3 grace days:
    #   ¥1,000.00 × 0.05% × 45 days (10 Jan → 24 Feb) = ¥22.50
    #   ¥4,000.00 × 0.05% × 25 days (30 Jan → 24 Feb) = ¥50.00
    #   ¥5,000.00 × 0.05% × 3 days                    =  ¥7.50
    # then ¥5,000.00 × 0.05% × 6 days (27 Feb → 5 Mar) = ¥15.00: ¥95.00 on 5 Mar,
    # beside the late fee for the missed ¥500.00 minimum, 5% = ¥25.00.
    card = from_preset("cn-credit-card", "card", statement_day=5)
    account = Account(
        card,
        spends=(Spend(date(2026, 1, 10), 600_000), Spend(date(2026, 1, 30), 400_000)),
        payments=(Paid(date(2026, 2, 1), 500_000),),
    )
    out = play(account, until=date(2026, 3, 6))
    assert [(r.statement_date, r.balance, r.interest) for r in out.rows] == [
        (date(2026, 2, 5), 500_000, 0),
        (date(2026, 3, 5), 500_000 + 2_500 + 9_500, 9_500),
    ]


def test_a_recorded_bill_counts_interest_from_its_charges_days(tmp_path: Path) -> None:
    # A CN card on the 5th (as above). ¥2,000.00 spent on 10 Dec 2025, billed 5 Jan
    # (due 24 Jan) and paid in full on 20 Jan: that cycle closes (stored). ¥6,000.00
    # spent on 10 Jan and ¥4,000.00 on 30 Jan, billed 5 Feb: ¥10,000.00 due 24 Feb,
    # ¥1,000.00 paid on 20 Feb. Not paid in full by 24 Feb + 3: the bank charges
    # interest on the whole statement from each purchase's posting day —
    #   ¥6,000.00 × 0.05% × 45 days (10 Jan → 24 Feb) = ¥135.00
    #   ¥4,000.00 × 0.05% × 25 days (30 Jan → 24 Feb) =  ¥50.00
    #   ¥9,000.00 × 0.05% × 3 days (24 → 27 Feb)      =  ¥13.50
    #   ¥9,000.00 × 0.05% × 6 days (27 Feb → 5 Mar)   =  ¥27.00
    #   less the ¥1,000.00 repaid on 20 Feb, 4 days before the due date: −¥2.00
    # = ¥223.50 estimated on the 5 Mar statement (it was ¥135.50: the bill's ¥10,000.00
    # counted from its statement date, 19 days).
    today = date(2026, 3, 6)
    store = files.open_store(tmp_path / "card.db", create=True)
    pid = products.add_product(store, "Card", "cn-credit-card", {"statement_day": "5"}).saved_id
    charges.add_charge(store, pid, date(2025, 12, 10), 200_000, today)
    bills.add_bill(store, pid, date(2026, 1, 5), date(2026, 1, 24), 200_000, today)
    payments.add_payment(store, pid, date(2026, 1, 20), 200_000, today)
    charges.add_charge(store, pid, date(2026, 1, 10), 600_000, today)
    charges.add_charge(store, pid, date(2026, 1, 30), 400_000, today)
    bills.add_bill(store, pid, date(2026, 2, 5), date(2026, 2, 24), 1_000_000, today)
    payments.add_payment(store, pid, date(2026, 2, 20), 100_000, today)
    product = store.get_product(pid)
    # Played as the app plays it (resumed after the closed January cycle, which began
    # on 5 Jan: the 10 Jan charge is before the stored day but in the bill's cycle) and
    # from the first record: the same statements.
    stored = stored_cycles.load(store, pid)
    assert stored is not None and date(2026, 1, 24) <= stored[0] < date(2026, 2, 5)
    resumed = accounts.played_to(store, product, today).outcome
    whole = play(accounts.account_for(store, product), until=today)
    for out in (resumed, whole):
        assert [(r.statement_date, r.interest) for r in out.rows][-1] == (
            date(2026, 3, 5),
            22_350,
        )
    assert resumed.rows[-1] == whole.rows[-1]
    store.close()


def test_a_card_part_repaid_early_bears_interest_to_its_own_day() -> None:
    # The same purchase: ¥10,000.00 on 10 Jan 2026, the 5 Feb statement due 24 Feb (min
    # ¥1,000.00). Not paid in full, the whole statement bears interest from posting — but
    # what was repaid before the due date only to its repayment day (CMB, BOC terms:
    # 已还部分计至还款日, 未还部分计至清偿日; DESIGN.md § Presets, whole statement).
    card = from_preset("cn-credit-card", "card", statement_day=5)
    spends = (Spend(date(2026, 1, 10), 1_000_000),)

    def interest(*pays: Paid) -> int:
        out = play(Account(card, spends=spends, payments=pays), until=date(2026, 3, 6))
        return out.rows[1].interest

    # ¥9,000.00 repaid on 10 Feb:
    #   ¥10,000.00 × 0.05 % × 31 days (10 Jan → 10 Feb)              = ¥155.00
    #   ¥1,000.00 × 0.05 % × 14 days (10 → 24 Feb)                   =   ¥7.00
    #   ¥1,000.00 × 0.05 % × 9 days (24 Feb → 5 Mar, grace included) =   ¥4.50
    # = ¥166.50 on the 5 Mar statement (it was ¥229.50: all ¥10,000.00 to 24 Feb).
    assert interest(Paid(date(2026, 2, 10), 900_000)) == 16_650
    # ¥5,000.00 on 10 Feb and ¥4,000.00 on 20 Feb: 10,000 × 45 − 5,000 × 14 − 4,000 × 4
    # = 364,000 yuan-days × 0.05 % = ¥182.00, + ¥4.50 = ¥186.50.
    assert interest(Paid(date(2026, 2, 10), 500_000), Paid(date(2026, 2, 20), 400_000)) == 18_650
    # Repaid on the due date itself: nothing earlier, ¥225.00 + ¥4.50 = ¥229.50.
    assert interest(Paid(date(2026, 2, 24), 900_000)) == 22_950


def test_a_repayment_of_the_carried_balance_does_not_shorten_the_purchases_interest() -> None:
    # Found by a numbers check: a payment credited to the purchases' interest was all of
    # it, though it first paid what the statement carried. CN card on the 5th: ¥5,000.00
    # spent 10 Dec, its ¥500.00 minimum paid 20 Jan; ¥10,000.00 spent 10 Jan. The 5 Feb
    # statement holds ¥4,638.50 carried (¥4,500.00 + ¥138.50 interest) and the ¥10,000.00;
    # ¥4,600.00 paid on 6 Feb pays the carried part (none of the purchases), ¥9,000.00 on
    # 23 Feb pays its last ¥38.50 and ¥8,961.50 of them. Not paid in full by 24 Feb:
    #   purchases: 10,000 × 44 days (10 Jan → 23 Feb) + 1,038.50 × 10 (23 Feb → 5 Mar)
    #              = 450,385 yuan-days × 0.05 % = ¥225.19
    #   carried:   4,638.50 × 1 day (5 → 6 Feb) + 38.50 × 17 (6 → 23 Feb) = ¥2.65
    # = ¥227.84 on 5 Mar (it gave ¥188.74: the ¥4,600.00 credited from 6 Feb, −¥39.10).
    card = from_preset("cn-credit-card", "card", statement_day=5)
    spends = (Spend(date(2025, 12, 10), 500_000), Spend(date(2026, 1, 10), 1_000_000))
    pays = (
        Paid(date(2026, 1, 20), 50_000),
        Paid(date(2026, 2, 6), 460_000),
        Paid(date(2026, 2, 23), 900_000),
    )
    out = play(Account(card, spends=spends, payments=pays), until=date(2026, 3, 6))
    assert out.rows[-1].interest == 22_784
