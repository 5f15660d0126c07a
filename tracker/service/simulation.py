"""Use cases for the simulator and payoff pages: simulate a due or an amount, explain it.

Everything here returns data (minor units, Decimal rates, dates); the pages build the
sentences with ``tr()``, so no user-facing text lives in ``tracker``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tracker import payoff as payoff_mod
from tracker.errors import not_found, refuse
from tracker.ledger import DueStatus
from tracker.products import PRESETS, Product, from_preset
from tracker.records import Due
from tracker.service import accounts, open_ledger, openings, overview
from tracker.service import payoff as payoff_service
from tracker.service.dues import due_views, open_statuses
from tracker.service.products import find_product
from tracker.simulator import Option, Simulation, simulate
from tracker.storage import Store

#: The lateness the explanation quotes ("paying 30 days late costs …").
LATE_DAYS_QUOTED = 30

#: A typed due date more than this many days before today is probably a mistyped year
#: (2019 for 2029): the simulator still simulates it, and warns, naming the date.
FAR_PAST_DAYS = 365


def far_past(due: date, today: date) -> bool:
    """Whether a due date the user typed is so far before ``today`` (over a year) that
    the simulator warns of it; a recorded due, however late, is what was recorded."""
    return (today - due).days > FAR_PAST_DAYS


@dataclass(frozen=True)
class SimulatableDue:
    """One due the simulator offers: its product and its status (amounts minor units).

    No account is played for it (issue 12: the list of 20 products' open dues does not
    play 20 accounts to today); the costs so far are those of the simulation itself.
    """

    product: Product
    status: DueStatus

    @property
    def due(self) -> Due:
        return self.status.due

    @property
    def amount(self) -> int:
        """What is still owed on this due."""
        return self.status.state.outstanding

    @property
    def minimum(self) -> int:
        """What must still be paid to stay out of overdue."""
        return self.status.state.outstanding_minimum


def simulatable_dues(store: Store, today: date) -> list[SimulatableDue]:
    """Dues with money still owed, overdue and oldest first (the simulator's choices):
    those of :func:`tracker.service.dues.open_views`, from the open statuses alone."""
    found = [
        SimulatableDue(p, s) for p, s in open_statuses(store, today) if s.state.outstanding > 0
    ]
    found.sort(key=lambda v: (v.due.due_date, v.due.id))
    return found


def simulate_due(store: Store, due_id: int, today: date, **options: Any) -> Simulation:
    """Every option for one recorded due, as it stands on ``today``.

    The due is played through the account engine as the bill it is: its whole amount,
    its minimum, its statement date, and the payments already made on it (as the ledger
    allocated them); when it is late, only paying today or later and negotiating are
    left, counted from ``today``. A due with no minimum of its own (an instalment
    period, a loan repayment) is not split again.

    Args:
        options: passed to :func:`tracker.simulator.simulate` (pay_date, periods, …).

    Raises:
        NotFoundError: no due with that id among active products.
        InputError: the due is paid already.
    """
    found = next(((p, s) for p, s in open_statuses(store, today) if s.due.id == due_id), None)
    if found is None:  # settled long ago (paid), or none: as the whole list says
        view = next((v for v in due_views(store, today) if v.due.id == due_id), None)
        found = None if view is None else (view.product, view.status)
    if found is None:
        raise not_found("no due with id {due_id}", due_id=due_id)
    product, status = found
    if status.state.outstanding <= 0:
        raise refuse("due {due_id} is paid already: nothing to simulate", due_id=due_id)
    due = status.due
    if due.minimum_due >= due.total:
        options.setdefault("periods", [])
    # A pay-in-N account's late fees and a loan's penalty are on its dues (with_fees).
    fees = accounts.folded_fees(store, product, today)
    paid = open_ledger.paid_on(store, product.saved_id, due.id, fees)
    late = (today - due.due_date).days > 0
    # A late due's options go on from its account played to the eve of today, resumed
    # from the stored closed cycle when there is one: its records (after that cycle) are
    # the account the options need (today's payments, the last bill), so the whole
    # account is built only when no stored cycle serves (then it is the play's own).
    # A play that did not reach the eve (the engine's row limit) is not used by the
    # simulator, which then plays the whole account itself.
    opening = openings.eve_play(store, product, today) if late else None
    account = None if opening is None else opening.account
    if opening is not None and opening.day != today - timedelta(days=1):
        account = accounts.account_for(store, product)
    return simulate(
        product,
        due.total,
        due.due_date,
        minimum=due.minimum_due,
        posting=due.statement_date,
        paid=paid,
        today=today,
        account=account,
        opening=opening,
        **options,
    )


def simulate_amount(
    store: Store | None,
    source: str | int | Product,
    amount: int,
    due: date,
    *,
    today: date | None = None,
    hypothetical: bool | None = None,
    **options: Any,
) -> Simulation:
    """Every option for ``amount`` (minor units) due on ``due``, under a preset or product.

    Args:
        store: needed only when ``source`` is a product id.
        source: a preset key (``"cn-credit-card"``), a saved product's id, or product
            rules already in hand (e.g. with the CLI's ``--set`` overrides applied).
        today: when given and ``due`` is before it, the due is already late: the options
            are paying today or later and negotiating, counted from ``today``.
        hypothetical: the amount is a made-up one under a preset's rules (default: when
            ``source`` is a preset key). Such an amount was never due, so a due date
            before ``today`` is refused; a saved product's amount may be late already.
        options: passed to :func:`tracker.simulator.simulate`.

    Raises:
        InputError: unknown preset, amount <= 0, bad options, a hypothetical amount
            due before ``today`` (``field="due"``).
        NotFoundError: no product with that id.
    """
    product = rules_for(store, source)
    late = 0 if today is None else (today - due).days
    if hypothetical is None:
        hypothetical = isinstance(source, str)
    if late > 0 and hypothetical:
        raise refuse(
            "due date {due} is before today ({today}): a preset's amount must fall due"
            " today or later (for a debt already late, simulate its product)",
            field="due",
            due=due.isoformat(),
            today=(today or due).isoformat(),
        )
    return simulate(product, amount, due, today=today, **options)


def rules_for(store: Store | None, source: str | int | Product) -> Product:
    """The product rules a simulation runs on: a preset's, a saved product's, or ``source``."""
    if isinstance(source, Product):
        return source
    if isinstance(source, int):
        if store is None:
            raise refuse("a saved product needs the data file")
        return find_product(store, source)
    return from_preset(source, source)


def preset_keys() -> list[str]:
    """Preset keys in their table order (``baitiao``, ``huabei``, …)."""
    return list(PRESETS)


@dataclass(frozen=True)
class Explanation:
    """What the plain-language explanation says, as data (amounts in minor units).

    Attributes:
        currency: ISO code of every amount here.
        amount, due: the bill simulated.
        best: the cheapest option that keeps the report clean (None if there is none).
        late: the "pay 30 days late" option (or the nearest lateness simulated).
        days_late: > 0 when the due is already late; ``now`` is then paying today.
    """

    currency: str
    amount: int
    due: date
    best: Option | None
    late: Option | None
    days_late: int = 0
    now: Option | None = None


def explain(sim: Simulation) -> Explanation:
    """The facts the simulator's sentence quotes, for the page to word with ``tr()``."""
    late = [o for o in sim.options if o.kind == "overdue" and o.days is not None]
    now = next((o for o in late if o.days == sim.days_late), None) if sim.days_late else None
    late = [o for o in late if o is not now]
    quoted = min(late, key=lambda o: (abs((o.days or 0) - LATE_DAYS_QUOTED), o.days), default=None)
    return Explanation(
        sim.product.currency, sim.amount, sim.due, sim.cheapest_clean, quoted, sim.days_late, now
    )


def cost_curve(option: Option, start: date) -> list[tuple[date, int]]:
    """Cumulative cost of an option over time: ``[(start, 0), (payment date, cost so far)…]``.

    Cost is what the option's ``total_cost`` counts (interest, fees and penalty; not the
    instalment fees of the account's own plans, which every option pays alike), minor
    units, counted on the date it is paid: the last point is the table's total cost.
    ``start`` is the due date (a negotiated option is agreed ``option.days`` after it).
    """
    steps = [(p.due_date, p.cost) for p in option.schedule]
    # Charges a credit balance paid when a later statement posted: no payment's, counted
    # on the day they were paid, as the table counts them.
    steps += option.credit_charges
    if option.waived_beyond:  # a waiver beyond the charges: it lowers the cost when agreed
        steps.append((start + timedelta(days=_days(option)), -option.waived_beyond))
    points = [(start, 0)]
    total = 0
    for day, cost in sorted(steps, key=lambda s: s[0]):
        total += cost
        points.append((day, total))
    return points


def late_curve(sim: Simulation) -> list[tuple[date, int]]:
    """Cost of staying unpaid: ``(due, 0)`` then each lateness scenario's (pay date, cost).

    The "pay N days late" options are points on one path (the penalty keeps running),
    so a chart draws them as one line instead of N overlapping ones.
    """
    late = sorted((o for o in sim.options if o.kind == "overdue"), key=_days)
    # Each at its own pay day: the last payment of the option may be a later instalment
    # of the account, paid on time on its own date.
    return [(sim.due, 0)] + [(sim.due + timedelta(days=_days(o)), o.total_cost) for o in late]


@dataclass(frozen=True)
class Curve:
    """One line of the simulator's chart: cumulative cost over time (minor units).

    Attributes:
        options: the options it draws: one, or every "pay D days late" option for the
            line through their costs (:func:`late_curve`).
        points: ``(date, cost so far)`` in date order; each option's cost is a point on
            it, the last point of a one-option line being that option's ``total_cost``.
        recommended: the cheapest option that keeps the report clean.
        reported: the line reaches the credit report (drawn dashed).
    """

    options: tuple[Option, ...]
    points: tuple[tuple[date, int], ...]
    recommended: bool = False
    reported: bool = False

    @property
    def late(self) -> bool:
        """The line through every "pay D days late" option."""
        return self.options[0].kind == "overdue"


def chart_curves(sim: Simulation) -> list[Curve]:
    """The simulator chart's lines, in drawing order: each "minimum" and instalment
    option, the "pay late" line, then the negotiated option (paying in full costs
    nothing: no line). The page only names and styles them."""
    best = sim.cheapest_clean
    curves = [
        Curve((o,), tuple(cost_curve(o, sim.due)), recommended=o is best)
        for o in sim.options
        if o.kind in ("minimum", "installment")
    ]
    late = tuple(sorted((o for o in sim.options if o.kind == "overdue"), key=_days))
    if late:
        curves.append(Curve(late, tuple(late_curve(sim)), reported=True))
    curves += [
        Curve((o,), tuple(cost_curve(o, sim.due)), reported=o.impact.reported)
        for o in sim.options
        if o.kind == "negotiated"
    ]
    return curves


def _days(option: Option) -> int:
    return option.days or 0


# -- payoff page ---------------------------------------------------------------------
def minimums_total(debts: Sequence[payoff_mod.Debt], start: date) -> int:
    """The first month's minimums together, minor units: the least a budget must cover
    (each account's minimum on its next due date from ``start``, on the account engine)."""
    return sum(payoff_service.first_minimums(debts, start).values())


def suggested_budget(debts: Sequence[payoff_mod.Debt], digits: int, start: date) -> int:
    """A round starting budget: the first month's minimums, rounded up to a whole 100.

    Args:
        digits: the currency's minor-unit digits (2: 100.00 = 10000 minor units).
        start: the plan's first day.
    """
    step = 100 * 10**digits
    return -(-minimums_total(debts, start) // step) * step


def balance_curve(plan: payoff_mod.PayoffPlan) -> list[tuple[date, int]]:
    """Total owed over time, ``[(day, minor units), …]``: on the plan's first day before
    any payment, then after each month's payments on its last payment day (its first
    day when nothing was paid): the line reaches 0 on the debt-free day. (It started
    after the first month: a plan clearing ¥87.50 in its first month was one dot at 0,
    QA pass 2026-12-06.)"""
    if not plan.months:
        return []
    first = plan.months[0].month
    return [(first, plan.opening)] + [
        (row.last_paid or row.month, sum(row.balances.values())) for row in plan.months
    ]


def coinciding(plans: dict[str, payoff_mod.PayoffPlan]) -> list[list[str]]:
    """Groups of strategies (keys, in ``plans`` order) whose balance curves are the same
    month for month — drawn, their lines lie on top of each other. Singletons are left out.
    """
    groups: dict[tuple[tuple[date, int], ...], list[str]] = {}
    for key, plan in plans.items():
        groups.setdefault(tuple(balance_curve(plan)), []).append(key)
    return [keys for keys in groups.values() if len(keys) > 1]


def dashboard_minimums(store: Store, today: date, currency: str) -> int:
    """The dashboard's "Minimums due" in ``currency`` (minor units): the minimums of the
    dues falling due this calendar month and of those already overdue, as recorded on
    them (:func:`tracker.service.overview.totals`)."""
    found = overview.totals(store, today).get(currency)
    return found.minimums if found else 0


def plan_all(
    debts: Sequence[payoff_mod.Debt], budget: int, start: date, max_months: int = 360
) -> dict[str, payoff_mod.PayoffPlan]:
    """All three strategies on plain debts — safe to run off the GUI thread (no Store).

    Raises:
        InputError: budget <= 0, or no debts to plan.
    """
    if not debts:
        raise refuse("nothing is owed: no payoff plan to make")
    return payoff_service.compare(debts, budget, start, max_months=max_months)
