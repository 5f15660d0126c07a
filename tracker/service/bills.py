"""Bills (statements): record, list with their state, delete; default dates and minimum.

Amounts are minor units.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from dateutil.relativedelta import relativedelta

from tracker import cycles
from tracker.errors import not_found, refuse
from tracker.money import format_money
from tracker.products import Product
from tracker.records import Bill, Due, bill_description
from tracker.service import accounts, differences, dues, minimums, products, records
from tracker.service.products import Amount
from tracker.storage import Store


def due_for_statement(store: Store, product_id: int, statement: date) -> date:
    """The due date of a bill issued on ``statement``, by the product's cycle rule."""
    rule = cycles.CycleRule.from_product(products.find_product(store, product_id))
    return cycles.due_date_for(rule, statement)


def bill_dates(store: Store, product_id: int, today: date) -> tuple[date, date]:
    """(statement, due) a new bill most likely has, by the product's cycle.

    The latest statement on or before ``today`` (a bill is recorded once issued, like a
    charge or a payment once made).
    """
    rule = cycles.CycleRule.from_product(products.find_product(store, product_id))
    statement = cycles.statement_date(rule, today.year, today.month)
    if statement > today:
        statement = _shift(rule, statement, -1)
    return statement, cycles.due_date_for(rule, statement)


def next_bill_dates(store: Store, product_id: int, today: date) -> tuple[date, date]:
    """(statement, due) of the next bill to record: the statement after the newest one
    already recorded, by the product's cycle (never a statement the file already has).

    Without a recorded bill: the latest statement on or before ``today``
    (:func:`bill_dates`). The next statement may be after ``today`` — it is the one
    the user will record next, once the lender has issued it.
    """
    rule = cycles.CycleRule.from_product(products.find_product(store, product_id))
    recorded = {b.statement_date for b in store.list_bills(product_id)}
    if not recorded:
        return bill_dates(store, product_id, today)
    newest = max(recorded)
    statement = cycles.statement_date(rule, newest.year, newest.month)
    while statement <= newest:
        statement = _shift(rule, statement, 1)
    return statement, cycles.due_date_for(rule, statement)


def _shift(rule: cycles.CycleRule, statement: date, months: int) -> date:
    """The statement ``months`` cycles away (day clamped to the month's end)."""
    moved = statement.replace(day=1) + relativedelta(months=months)
    return cycles.statement_date(rule, moved.year, moved.month)


def add_bill(
    store: Store,
    ref: str | int,
    statement: date,
    due: date,
    amount: Amount,
    today: date,
    minimum: Amount | None = None,
) -> Due:
    """Record a statement (one per statement date and product); it becomes one due.

    Args:
        amount: the bill, minor units or the typed text (in the product's currency).
        today: a statement dated after today is refused (not issued yet), as a charge
            or a payment dated after today is.
        minimum: None: from the product's rules.

    Raises:
        InputError: with ``field`` (statement, due, amount, minimum): a statement date
            already recorded or after ``today``, a due date before
            it, a bad amount or minimum, another currency's sign. Nothing is saved then.
    """
    product = products.find_product(store, ref)
    value, least = _checked(store, product, statement, due, amount, today, minimum)
    own = minimums.own_minimum(store, product, statement, due, value, least)
    with store.transaction():
        bill_id = store.insert_bill(product.saved_id, statement, due, value, least)
        draft = Due(
            0,
            product.saved_id,
            due,
            value,
            minimum=own,
            kind="bill",
            statement_date=statement,
            description=bill_description(statement),
        )
        due_id = store.insert_due(draft, bill_id=bill_id)
    return replace(draft, id=due_id, source_id=bill_id)


def _checked(
    store: Store,
    product: Product,
    statement: date,
    due: date,
    amount: Amount,
    today: date,
    minimum: Amount | None,
    bill_id: int | None = None,
) -> tuple[int, int | None]:
    """[minor units] (amount, minimum) of a bill to save, after every check of
    :func:`add_bill` (``bill_id``: the bill being edited, which may keep its date); the
    minimum None when left blank."""
    value = products.amount_in(product, amount)
    least = None if minimum is None else products.amount_in(product, minimum, field="minimum")
    if statement > today:
        raise refuse(
            "statement date {statement} is in the future (today is {today}): record a bill "
            "once the lender has issued it",
            field="statement",
            statement=statement,
            today=today,
        )
    if any(
        b.statement_date == statement and b.id != bill_id
        for b in store.list_bills(product.saved_id)
    ):
        raise refuse(
            "a bill with statement date {statement} is already recorded",
            field="statement",
            statement=statement,
        )
    if value <= 0:
        raise refuse("bill amount must be greater than zero", field="amount")
    if due < statement:
        raise refuse(
            "due date {due} is before the statement date {statement}",
            field="due",
            due=due,
            statement=statement,
        )
    if least is None:
        return value, None
    if least < 0:
        raise refuse("minimum payment must be between 0 and the bill amount", field="minimum")
    if least > value:
        # A minimum printed on the bill is the statement's whole minimum: instalment
        # periods and unpaid earlier minimums included, so it may be more than what this
        # bill adds — never more than the bill and all else the account owes by its due.
        most = value + accounts.played_to(store, product, due).outcome.owed
        if least > most:
            raise refuse(
                "minimum payment {minimum} is more than the bill and everything else "
                "{product_name} owes by its due date ({most})",
                field="minimum",
                minimum=format_money(least, product.currency),
                product_name=product.name,
                most=format_money(most, product.currency),
            )
    return value, least


def edit_bill(
    store: Store,
    bill_id: int,
    statement: date,
    due: date,
    amount: Amount,
    today: date,
    minimum: Amount | None = None,
) -> Bill:
    """Change a recorded bill's dates, amount and minimum (its due follows), in one
    transaction; the bill stays on its product.

    Args:
        amount: minor units or the typed text (in the product's currency).
        minimum: None: from the product's rules for the new amount.

    Returns:
        The bill as saved.

    Raises:
        NotFoundError: no such bill.
        InputError: every refusal of :func:`add_bill` (another bill of the product
            already has that statement date, a future statement, a due date before the
            statement, a bad amount or minimum). Nothing is saved then.
    """
    old = bill(store, bill_id)
    product = store.get_product(old.product_id)
    value, least = _checked(store, product, statement, due, amount, today, minimum, bill_id)
    own = minimums.own_minimum(store, product, statement, due, value, least, bill_id)
    with store.transaction():
        store.update_bill(bill_id, statement, due, value, least, due_minimum=own)
    return bill(store, bill_id)


def bill(store: Store, bill_id: int) -> Bill:
    """One bill by id (NotFoundError when it is gone)."""
    found = store.list_bills(ids=[bill_id])
    if not found:
        raise not_found("no bill with id {bill_id}", bill_id=bill_id)
    return found[0]


def delete_bill(store: Store, bill_id: int) -> records.Deleted:
    """Delete one bill and its due. Returns both for undo."""
    return records.delete_record(store, "bill", bill_id)


@dataclass(frozen=True)
class BillView:
    """A bill with what is still owed on it today (minor units)."""

    bill: Bill
    outstanding: int
    state: str
    days_past_due: int
    days_late: int = 0  # how late its minimum was met (0: on time or not yet)
    reported: bool = False  # that lateness reached the credit report
    #: [minor units] the amount − the account engine's estimate of it (None: no
    #: estimate, its cycle has no recorded charges); > 0: the lender charged more.
    difference: int | None = None
    #: The day a repayment plan agreed with the lender took over what was left of it
    #: (issue 17; None: not taken over). Its lateness stays on the report.
    rescheduled_on: date | None = None
    #: [minor units] Its minimum: the one typed from the statement, else (left blank)
    #: what its own due asks (:func:`tracker.service.minimums.default_minimum`).
    minimum: int | None = None

    @property
    def id(self) -> int:
        return self.bill.id


def bill_views(
    store: Store,
    today: date,
    product_id: int,
    ids: Sequence[int] | None = None,
    estimate: bool = True,
) -> list[BillView]:
    """The product's bills (all, or those in ``ids``) with their state on ``today``;
    ``estimate`` False: without their differences (None; the product page fills them in
    after its first paint, :func:`tracker.service.differences.of_file`)."""
    product = store.get_product(product_id)
    by_bill = {
        s.due.source_id: s
        for s in dues.product_statuses(store, today, product)
        if s.due.kind == "bill"
    }
    # Whether a bill's month reached the report: the account engine's row for it (a
    # minimum paid late past grace stays reported after the payment).
    rows = accounts.played_to(store, product, today).outcome.rows
    codes = {r.statement_date: r.report_code for r in rows}
    found = differences.bill_differences(store, product) if estimate else {}
    asked = store.bill_due_minimums(product_id)
    out = []
    for b in store.list_bills(product_id, ids):
        st = by_bill.get(b.id)
        least = asked.get(b.id) if b.minimum is None else b.minimum
        if st is None:
            out.append(BillView(b, 0, "paid", 0, difference=found.get(b.id), minimum=least))
        else:
            late = st.days_late if st.days_late > product.grace_days else 0
            reported = codes.get(b.statement_date, 0) > 0
            view = BillView(
                b, st.state.outstanding, st.state_name, st.days_past_due, late, reported
            )
            moved = st.due.rescheduled_on if st.state.rescheduled else None
            out.append(
                replace(view, difference=found.get(b.id), rescheduled_on=moved, minimum=least)
            )
    return out


def difference(store: Store, bill_id: int, product_id: int) -> int | None:
    """[minor units] the bill's amount − the account engine's estimate of it (None:
    nothing to compare, see :func:`tracker.service.differences.bill_differences`)."""
    product = store.get_product(product_id)
    return differences.bill_differences(store, product).get(bill_id)


def bill_ids(store: Store, product_id: int) -> list[int]:
    """The ids of the product's bills, oldest first (cheap: no rows built)."""
    return store.record_ids("bills", product_id)
