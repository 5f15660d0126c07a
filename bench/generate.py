"""Benchmark data: a realistic data file with years of history, written fast.

Run ``python bench/generate.py --charges N --out FILE [--seed S] [--today D]``. It makes
20 products of every preset (Baitiao, Huabei, CN and US credit cards, pay-in-4, a loan)
with ten years of history ending on ``--today``: purchases spread over the months of the
card-like products, one bill per cycle (the sum of its cycle's purchases, its minimum by
the product's rule), instalment plans now and then, pay-in-4 orders, an amortising loan,
and payments — mostly in full on time, some only the minimum (the rest a cycle later),
some late (5–60 days). Bills not yet due are left open and the purchases after the
last statement unbilled. Same seed, same file.

The file is created through the store's own schema (``Store.create``) and filled in one
transaction with ``executemany`` (each product's closed cycle stored before it commits,
as every write of the app does), then passes the store's full integrity check (SQLite's
``integrity_check`` and every row decoded), so the app and ``debt-tracker-cli`` open it
like any data file.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker import cycles, plans
from tracker.products import Product, from_preset
from tracker.service import closed_cycles
from tracker.service import dues as dues_service
from tracker.service import plans as plans_service
from tracker.storage import Store

PRODUCTS = 20
YEARS = 10
PRESETS = ("baitiao", "huabei", "cn-credit-card", "us-credit-card", "pay-in-4", "loan")
BILLED = ("baitiao", "huabei", "cn-credit-card", "us-credit-card")
#: Purchase texts: Chinese, commas and quotes, and a leading sign a spreadsheet would run.
TEXTS = (
    "京东 订单", "美团外卖", "Groceries", "Coffee", 'Dinner, "Bistro"', "-refund check",
    "Train ticket", "淘宝", "Fuel", "=SUM(A1)", "Books", "Pharmacy",
)  # fmt: skip


@dataclass
class Rows:
    """The rows of every table, with the next free id of each."""

    products: list[tuple[Any, ...]] = field(default_factory=list)
    bills: list[tuple[Any, ...]] = field(default_factory=list)
    plans: list[tuple[Any, ...]] = field(default_factory=list)
    charges: list[tuple[Any, ...]] = field(default_factory=list)
    dues: list[tuple[Any, ...]] = field(default_factory=list)
    payments: list[tuple[Any, ...]] = field(default_factory=list)
    next_id: dict[str, int] = field(default_factory=dict)

    def new_id(self, table: str) -> int:
        n = self.next_id.get(table, 1)
        self.next_id[table] = n + 1
        return n


def statements(product: Product, today: date) -> list[date]:
    """The product's statement dates of the last ``YEARS`` years, up to ``today``."""
    rule = cycles.CycleRule.from_product(product)
    start = today - relativedelta(years=YEARS)
    return [s for s in cycles.statements_between(rule, start, today) if s <= today]


def charge_days(rng: random.Random, first: date, last: date, count: int) -> Iterator[date]:
    """``count`` purchase days in (first, last], in date order."""
    span = (last - first).days
    for offset in sorted(rng.randint(1, span) for _ in range(count)):
        yield first + timedelta(days=offset)


def add_plan(
    rows: Rows, product: Product, pid: int, principal: int, periods: int, first: date,
    today: date, rng: random.Random, late: bool = False,
) -> None:  # fmt: skip
    """One instalment plan with its dues; periods due by ``today`` are paid."""
    schedule = plans.installment_schedule(product, principal, periods, first)
    rate = plans_service.rate_text(plans_service.plan_rate(product, periods))
    plan_id = rows.new_id("plans")
    text = f"{periods}-period plan"
    rows.plans.append(
        (plan_id, pid, principal, periods, product.installment_fee_model, rate,
         first.isoformat(), text)
    )  # fmt: skip
    for period in schedule.periods:
        rows.dues.append(
            (rows.new_id("dues"), pid, "installment", None, plan_id, period.number, None,
             period.due_date.isoformat(), period.principal, period.fee, 0, 0, None,
             f"{text} {period.number}/{periods}")
        )  # fmt: skip
        # Late: 5–40 days; a pay-in-4's within its 10 retry days (3–9): its payments
        # are pooled oldest first (one Klarna account, not one per order), so one paid
        # 40 days late made each later instalment of every order late in turn, with a
        # late fee each that no generated payment pays — 200 fees and 30 instalments
        # overdue on one account (2026-12-04), not the "mostly on time" history meant.
        days = (3, 9) if product.kind == "pay_in_n" else (5, 40)
        paid_on = period.due_date + timedelta(days=rng.randint(*days) if late else 0)
        if paid_on <= today:
            pay(rows, pid, paid_on, period.principal + period.fee, "")


def pay(rows: Rows, pid: int, day: date, amount: int, text: str) -> None:
    if amount > 0:
        rows.payments.append((rows.new_id("payments"), pid, day.isoformat(), amount, text))


def fill_billed(
    rows: Rows, product: Product, pid: int, per_cycle: float, today: date, rng: random.Random
) -> None:
    """Purchases, one bill per cycle, plans now and then, and the payments."""
    scale = 1 if product.currency == "CNY" else 7  # dollars: smaller amounts
    carried, previous = 0, statements(product, today)[0] - relativedelta(months=1)
    dated = statements(product, today)
    rule = cycles.CycleRule.from_product(product)
    for stated in dated:
        count = int(per_cycle) + (rng.random() < per_cycle - int(per_cycle))
        amount = 0
        for day in charge_days(rng, previous, stated, count):
            cents = rng.randint(800, 60_000) // scale
            amount += cents
            rows.charges.append(
                (rows.new_id("charges"), pid, day.isoformat(), cents, rng.choice(TEXTS))
            )
        previous = stated
        if amount <= 0:
            continue
        due = cycles.due_date_for(rule, stated)
        minimum = dues_service.rule_minimum(product, amount)
        bill_id = rows.new_id("bills")
        # Left blank, as the app saves it (its due asks the rule on the amount: about
        # what the engine asks; the engine's own figure would take a play per bill).
        rows.bills.append((bill_id, pid, stated.isoformat(), due.isoformat(), amount, None))
        rows.dues.append(
            (rows.new_id("dues"), pid, "bill", bill_id, None, None, stated.isoformat(),
             due.isoformat(), amount, 0, 0, 0, minimum, f"Statement {stated}")
        )  # fmt: skip
        if due >= today:
            carried += amount  # the bills not yet due stay open
            continue
        luck = rng.random()
        if luck < 0.03:  # late: everything, 5–60 days after the due date
            paid_on = min(today, due + timedelta(days=rng.randint(5, 60)))
            pay(rows, pid, paid_on, carried + amount, "")
            carried = 0
        elif luck < 0.08:  # only the minimum now, the rest with the next bill
            pay(rows, pid, due - timedelta(days=1), minimum, "")
            carried += amount - minimum
        else:
            pay(rows, pid, due - timedelta(days=rng.randint(0, 5)), carried + amount, "")
            carried = 0
        if product.allowed_periods and rng.random() < 0.12:
            periods = rng.choice(product.allowed_periods)
            add_plan(rows, product, pid, rng.randint(1_000, 8_000) * 100 // scale, periods,
                     due + relativedelta(months=1), today, rng)  # fmt: skip


def fill_pay_in_4(rows: Rows, product: Product, pid: int, today: date, rng: random.Random) -> None:
    """An order about every month for ten years, 4 payments two weeks apart."""
    day = today - relativedelta(years=YEARS)
    while day <= today:
        late = rng.random() < 0.05
        add_plan(rows, product, pid, rng.randint(40, 400) * 100, 4, day, today, rng, late)
        day += timedelta(days=rng.randint(20, 45))


def fill_loan(rows: Rows, product: Product, pid: int, today: date, rng: random.Random) -> None:
    """A 60-month amortising loan every five years (the second still running)."""
    for years_ago in (YEARS, YEARS // 2):
        first = (today - relativedelta(years=years_ago)).replace(day=10)
        add_plan(rows, product, pid, rng.randint(50, 200) * 1_000_00, 60, first, today, rng)


def generate(charges: int, seed: int, today: date) -> Rows:
    """Every row of a file with about ``charges`` purchases (see the module docstring)."""
    rng = random.Random(seed)
    rows = Rows()
    billed = [n for n in range(PRODUCTS) if PRESETS[n % len(PRESETS)] in BILLED]
    per_cycle = charges / (len(billed) * YEARS * 12)
    for n in range(PRODUCTS):
        preset = PRESETS[n % len(PRESETS)]
        product = from_preset(preset, f"{preset} {n + 1:02}")
        pid = rows.new_id("products")
        rows.products.append((pid, product))
        if preset in BILLED:
            fill_billed(rows, product, pid, per_cycle, today, rng)
        elif preset == "pay-in-4":
            fill_pay_in_4(rows, product, pid, today, rng)
        else:
            fill_loan(rows, product, pid, today, rng)
    return rows


def write(store: Store, rows: Rows) -> None:
    """Insert ``rows`` (inside the caller's transaction)."""
    for pid, product in rows.products:
        assert store.insert_product(product) == pid
    conn = store.db.conn
    conn.executemany(
        "INSERT INTO bills (id, product_id, statement_date, due_date, amount, minimum)"
        " VALUES (?,?,?,?,?,?)",
        rows.bills,
    )
    conn.executemany(
        "INSERT INTO plans (id, product_id, principal, periods, fee_model, fee_rate,"
        " first_due, description) VALUES (?,?,?,?,?,?,?,?)",
        rows.plans,
    )
    conn.executemany(
        "INSERT INTO charges (id, product_id, date, amount, description) VALUES (?,?,?,?,?)",
        rows.charges,
    )
    conn.executemany(
        "INSERT INTO dues (id, product_id, kind, bill_id, plan_id, period, statement_date,"
        " due_date, principal, fee, interest, penalty, minimum, description)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows.dues,
    )
    conn.executemany(
        "INSERT INTO payments (id, product_id, date, amount, description) VALUES (?,?,?,?,?)",
        rows.payments,
    )
    # As every write does before it commits: each product's closed cycle stored, so the
    # app opens the file as it opens one it wrote itself.
    closed_cycles.save_closed(store)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--charges", type=int, required=True, help="about how many purchases")
    p.add_argument("--out", required=True, help="the data file to create (must not exist)")
    p.add_argument("--seed", type=int, default=12)
    p.add_argument("--today", default="2026-12-01", help="the history ends on this day")
    p.add_argument("--no-check", action="store_true", help="skip the full integrity check")
    args = p.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        print(f"generate: {out} exists; remove it first", file=sys.stderr)
        return 2
    began = time.perf_counter()
    rows = generate(args.charges, args.seed, date.fromisoformat(args.today))
    store = Store.create(out, lambda s: write(s, rows))
    problems = [] if args.no_check else store.check_integrity()
    store.close()
    counts = {t: len(getattr(rows, t)) for t in ("charges", "bills", "plans", "dues", "payments")}
    print(
        f"{out}: "
        + ", ".join(f"{n} {t}" for t, n in counts.items())
        + f" in {time.perf_counter() - began:.1f} s"
        + ("" if args.no_check else f"; integrity {problems or 'ok'}")
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
