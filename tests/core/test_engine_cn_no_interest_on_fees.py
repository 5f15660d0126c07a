"""A CN lender charges no interest on fees and 违约金 (银发〔2016〕111号; DESIGN.md § The
account engine: a recorded bill is the lender's truth).

Until 2026-12-03 the whole amount of a recorded bill joined the principal, so the late
fee (and, on BNPL, the interest) inside it bore revolving interest from the statement's
posting day — about ¥0.30 over the demo's payoff plan. Now what a CN bill holds of them
is principal that bears none (``State.quiet``), paid before the rest of it; a card's
interest inside the bill still compounds monthly (复利), as the estimate's does.
"""

from __future__ import annotations

from datetime import date

from tracker.engine import Account, Paid, RecordedBill, play
from tracker.products import from_preset

CARD = from_preset("cn-credit-card", "card", statement_day=1)
#: January's ¥1,000.00 paid in full on 26 Jan, 6 days late (due 20 Jan, 3 grace days):
#: interest 0.05 % × 1,000.00 × 25 days (1 → 26 Jan) = 12.50 and a late fee of
#: max(10.00, 5 % × 100.00) = 10.00, both inside February's bill of 500.00 of spending:
#: ¥522.50.
JAN = RecordedBill(date(2026, 1, 1), date(2026, 1, 20), 100_000, None)
FEB = RecordedBill(date(2026, 2, 1), date(2026, 2, 20), 52_250, None)
PAID_JAN = Paid(date(2026, 1, 26), 100_000)


def test_the_late_fee_inside_a_bill_bears_no_interest_when_the_minimum_is_paid() -> None:
    # February's minimum, 10 % × 500.00 + 22.50 = ¥72.50, paid on 19 Feb; not paid in
    # full, the statement loses its interest-free period (whole from posting). Its
    # purchases are the 500.00 and the 12.50 of interest (compounded): 512.50 — the
    # ¥10.00 fee is not. The payment pays the fee first (then 62.50 of the purchases,
    # which bear interest only to their repayment day):
    #   512.50 × 19 days (1 → 20 Feb) − 62.50 × 1 day (19 → 20 Feb) + 450.00 × 3 grace
    #   days = 9,737.50 − 62.50 + 1,350.00 = 11,025 × 0.05 % = 5.5125, then 450.00 × 6
    #   days (23 Feb → 1 Mar) × 0.05 % = 1.35: 6.8625 → ¥6.86 on March's statement.
    # (With interest on the fee: 522.50 × 19 − 72.50 + 1,350 = 11,205 → 5.6025 + 1.35 =
    # ¥6.95.)
    out = play(
        Account(CARD, bills=(JAN, FEB), payments=(PAID_JAN, Paid(date(2026, 2, 19), 7_250))),
        until=date(2026, 3, 2),
    )
    march = out.rows[2]
    assert (march.statement_date, march.interest, march.late_fee) == (date(2026, 3, 1), 686, 0)


def test_an_unpaid_late_fee_bears_no_interest_statement_after_statement() -> None:
    # February's ¥522.50 not paid at all. March: 512.50 (the purchases and the 12.50 of
    # interest) × (19 + 3) days to the verdict (23 Feb) + 512.50 × 6 days → 1 Mar = 28
    # days × 0.05 % = 7.175 → ¥7.18 (¥7.32 with the fee: 522.50 × 28 × 0.05 %).
    # April: 512.50 + March's 7.18 of interest (compounded) = 519.68 × 31 days × 0.05 %
    # = 8.0554 → ¥8.06 — the late fees for February (charged 23 Feb, on March's
    # statement) and March (23 Mar, on April's), ¥10.00 each, bear none either.
    out = play(Account(CARD, bills=(JAN, FEB), payments=(PAID_JAN,)), until=date(2026, 4, 2))
    assert [(r.interest, r.late_fee) for r in out.rows[1:4]] == [
        (1_250, 1_000),
        (718, 1_000),
        (806, 0),
    ]
    # What is owed is unchanged by it: February's bill + the two fees + the interest.
    assert out.rows[3].balance == 52_250 + 1_000 + 718 + 1_000 + 806
