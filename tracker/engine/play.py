"""The account engine: play one account forward, statement by statement, under its rules.

Longer than 400 lines: one account's cycle is one state machine whose steps must run in
DESIGN.md's order on shared state; split across modules, that order would be scattered.

DESIGN.md § The account engine. Each day that something happens, in this order:
accrue since the last such day (revolving interest by basis on balances that lost
their grace; the BNPL daily fee on a remainder after an on-time minimum; penalty while
delinquent — BNPL on the whole unpaid amount, loans and pay-in-N on the overdue
instalments); spending; statements post (buckets, minimum); payments (recorded, then the
policy's); verdicts at due date + grace (current, or delinquent: a late fee for this
statement, the unpaid minimum carried at 100%). Days past due are those of the oldest
unpaid minimum; a month's report code is the worst it reached in the cycle.

Money is ``int`` minor units; accruals are exact ``Decimal`` and rounded once, half up,
when they post (at a statement, or when everything is paid off).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Context, Decimal

from tracker.engine import rules, saved, schedule, steady
from tracker.engine.records import (
    Account,
    Agreement,
    CashFlow,
    Negotiation,
    Outcome,
    Paid,
    PartDue,
    Policy,
)
from tracker.engine.schedule import Slot
from tracker.engine.state import Open, Row, State, allocate, bearing, judge_parts, post_parts
from tracker.money import round_minor
from tracker.products import Product

#: A timeline never runs longer than this many statements (50 years).
MAX_ROWS = 600
_EXACT = Context(prec=60)
_ZERO = Decimal(0)


class AccountPlay:
    """One account being played forward; :func:`play` drives it to the end.

    The payoff planner drives it month by month instead: :meth:`advance` to a day, then
    :meth:`pay` what its strategy gives the account.
    """

    def __init__(
        self,
        account: Account,
        policy: Policy | None = None,
        until: date | None = None,
        close_on: date | None = None,
    ):
        self.account = account
        self.product = account.product
        self.policy = policy or Policy()
        self.until = until
        horizon = max(
            [until or date.min]
            + [b.due_date for b in account.bills]
            + [p.due_date for p in account.parts]
            + [s.day for s in account.spends]
            + [p.day for p in account.payments]
        )
        self.slots = schedule.build(account, horizon if horizon != date.min else date.min)
        self.cycle = schedule.cycle_product(account)
        self._next_day_key: object = None
        self._next_day = date.min
        self.next_slot = 0
        self.s = State()
        self.rows: list[Row] = []
        self.opens: list[Open] = []
        self.cash: list[CashFlow] = []
        #: (day, charges) paid by a credit balance, not by a payment (Outcome.credit_charges)
        self.credit_charges: list[tuple[date, int]] = []
        #: Paid ahead of an instalment statement not issued yet: shown on its row.
        self.prepaid = 0
        #: (interest, penalty) accrued and charged at once since the last statement, when
        #: a payment paid the account off (:meth:`_charge_if_paid_off`): the lender's next
        #: statement prints them, so a bill recorded for it holds them, already paid.
        self.between = (0, 0)
        #: A US penalty rate in force, and the minimums met on time in a row since: it
        #: stays until six are (Reg Z 1026.55(b)(4)(ii)), cured or not.
        self.penalty_rate_on = False
        self.on_time_run = 0
        #: [days past due] From when the product's penalty rate applies (0: never),
        #: asked once: every accrual looks at it.
        self.penalty_from = rules.penalty_from(self.product)
        self.totals = {"interest": 0, "fees": 0, "penalty": 0, "late": 0, "waived": 0}
        self.day: date | None = None
        self.worst_dpd = 0
        self.first_delinquency: date | None = None
        self.settled: date | None = None
        self.open_reported = False
        self.charged_off = False
        self.fee_rows: list[int] = []
        #: pay-in-N: order → [its value, late fees charged on it] (the per-order cap).
        self.orders: dict[int, list[int]] = {}
        for part in account.parts:
            self.orders.setdefault(part.order, [0, 0])[0] += part.principal
        self.cycles_paid = 0
        self.negotiated = False
        #: A negotiated plan's last day.
        self.plan_end: date | None = None
        self.plan: tuple[PartDue, ...] = ()
        self._plan_slots: set[int] = set()
        #: Of a negotiated waiver, what it took off beyond the charges (principal, fees).
        self.waived_beyond = 0
        self._events: list[date] = []
        self._seen: set[date] = set()
        self._spends = sorted(account.spends, key=lambda s: s.day)
        #: The purchases (day, amount) in the unbilled spending: interest by posting
        #: date counts each from its own day.
        self._unbilled_items: list[tuple[date, int]] = []
        self._payments = sorted(account.payments, key=lambda p: p.day)
        self._fee_checks: list[tuple[date, Open]] = []
        self._agreements = sorted(account.agreements, key=lambda a: a.day)
        self.agreed = False
        #: Save the state once every event of this day is played (:mod:`saved`) …
        self.close_on = close_on
        #: … here (None: not reached, or not a closed cycle's).
        self.closed: saved.Saved | None = None
        #: Statements posted by this play, and those it resumed with (:func:`saved.resume`).
        self.statements_played = 0
        self.resumed_rows = 0
        #: statement date → (interest, fees, penalty): the engine's estimate of what each
        #: recorded bill this play posted charged, before :func:`rules.inside_bill` caps
        #: it by the amount (what a blank minimum is computed from, service/bills.py).
        self.bill_estimates: dict[date, tuple[int, int, int]] = {}
        for day in self._fixed_days():
            self._push(day)

    # -- the event calendar ------------------------------------------------------------
    def _fixed_days(self) -> list[date]:
        p = self.policy
        days = [s.day for s in self._spends] + [x.day for x in self._payments]
        days += [d for d in (p.settle_on, p.start) if d is not None]
        if p.negotiation is not None:
            days.append(p.negotiation.day)
        days += [a.day for a in self._agreements]
        if self.until is not None:
            days.append(self.until)
        if self.close_on is not None:  # a quiet day (no event) changes nothing played
            days.append(self.close_on)
        for slot in self.slots:
            days += [slot.statement_date, slot.due_date]
        return days

    def _push(self, day: date) -> None:
        if day not in self._seen and (self.day is None or day >= self.day):
            self._seen.add(day)
            heapq.heappush(self._events, day)

    def _extend(self) -> None:
        """Add the next statement of the product's cycle after the last one."""
        day = self._next_statement_day()  # loans, pay-in-N: monthly after the last due
        slot = Slot(day, schedule.due_for(self.cycle, day), generated=True)
        self.slots.append(slot)
        self._push(day)
        self._push(slot.due_date)

    # -- running ---------------------------------------------------------------------
    def run(self) -> None:
        """Play every event until the account is settled with nothing left to happen,
        ``until`` is reached, or :data:`MAX_ROWS` statements."""
        # Whether the fast path can ever take over (its policy-fixed conditions, asked
        # once: most options' policies never can).
        could = steady.ENABLED and steady.possible(self)
        while len(self.rows) < MAX_ROWS:
            if could and steady.ready(self):  # minimum every cycle, nothing else
                steady.run(self, MAX_ROWS)
                if len(self.rows) >= MAX_ROWS:
                    break
            self._extend_before(self._events[0] if self._events else None)
            if not self._events:
                break
            day = heapq.heappop(self._events)
            if self.until is not None and day > self.until:
                break
            self.advance(day)
            self._close_if_due()
            if self.until is not None and day == self.until:
                break
        self._close_if_due()

    def _close_if_due(self) -> None:
        """Save the state at ``close_on`` once nothing more of that day is to be played."""
        day = self.close_on
        if day is None or self.day != day or (self._events and self._events[0] <= day):
            return
        self.closed = saved.capture(self)
        self.close_on = None

    def _extend_before(self, upcoming: date | None) -> None:
        """While something is owed, the product's cycle goes on: add the next statement
        when it comes before ``upcoming`` (or when nothing else is to happen)."""
        if self.next_slot < len(self.slots):
            return
        if upcoming is not None and self.slots and self._next_statement_day() > upcoming:
            return  # not before then, finished or not (asked first: it is cached)
        if self._finished():
            return
        if upcoming is None or self._next_statement_day() <= upcoming:
            self._extend()

    def _next_statement_day(self) -> date:
        key = (len(self.slots), self.slots[-1].statement_date if self.slots else self.day,
               self.s.pending_fees)  # fmt: skip
        if self._next_day_key != key:
            self._next_day_key, self._next_day = key, self._compute_next_statement_day()
        return self._next_day

    def _compute_next_statement_day(self) -> date:
        if not self.slots:
            return schedule.next_statement(self.cycle, self.day or date.min)
        last = self.slots[-1]
        if self.product.kind in ("loan", "pay_in_n"):
            monthly = schedule.add_months(last.due_date, 1)
            if self.product.kind == "pay_in_n" and self.s.pending_fees and self.day:
                # A late fee charged after the last instalment is asked at once, the day
                # after its retries end — with the overdue amount, as Klarna adds it — not
                # a month after the last instalment (DESIGN.md § Presets, pay_in_4).
                return max(last.statement_date + timedelta(days=1),
                           min(monthly, self.day + timedelta(days=1)))  # fmt: skip
            return monthly
        return schedule.next_statement(self.cycle, last.statement_date)

    def run_to(self, day: date) -> None:
        """Play every event up to and including ``day`` (for a driver such as the payoff
        planner, which pays between events with :meth:`schedule_payment`)."""
        while True:
            self._extend_before(self._events[0] if self._events else None)
            if not self._events or self._events[0] > day or len(self.rows) >= MAX_ROWS:
                break
            self.advance(heapq.heappop(self._events))
            self._close_if_due()
        if (self.day is None or day > self.day) and not self._quiet_to(day):
            self.advance(day)

    def _quiet_to(self, day: date) -> bool:
        """:meth:`advance` to ``day`` when nothing of its own is to happen on it (no
        spending, payment, statement, agreement, verdict or late-fee check due by then,
        and a policy that pays nothing of its own; every calendar day before it played):
        only the accrual, and the days past due noted when delinquent. Returns False,
        having done nothing, when the day may hold more (:meth:`advance` then plays it).
        The payoff planner asks for two such days per account and month."""
        pol = self.policy
        if (
            self.day is None
            or pol.on_due != "none"
            or pol.negotiation is not None
            or pol.settle_on is not None
            or (self._events and self._events[0] <= day)
            or (self._spends and self._spends[0].day <= day)
            or (self._payments and self._payments[0].day <= day)
            or (self._agreements and self._agreements[0].day <= day)
            or (
                self.next_slot < len(self.slots)
                and self.slots[self.next_slot].statement_date <= day
            )
            or any(o.judged or o.verdict <= day for o in self.opens)
            or any(d <= day for d, _ in self._fee_checks)
        ):
            return False
        self._accrue_to(day)
        if self.s.arrears:
            self._observe(day)
        return True

    def schedule_payment(self, payment: Paid) -> None:
        """Pay ``payment`` on its day, as a recorded payment (after :meth:`run_to` the
        day before it at the latest)."""
        self._payments.append(payment)
        self._payments.sort(key=lambda p: p.day)
        self._push(payment.day)

    def _finished(self) -> bool:
        return self.owed() <= 0 and all(o.judged for o in self.opens) and not self._spends

    def advance(self, day: date) -> None:
        """Play everything up to and including ``day``'s events."""
        if self.day is not None and day < self.day:
            return
        self._accrue_to(day)
        while self._spends and self._spends[0].day <= day:
            on, net = self._spends[0].day, 0  # a day's purchases and refunds, netted
            while self._spends and self._spends[0].day == on:
                net += self._spends.pop(0).amount
            if net > 0:
                self.s.unbilled += net
                self._unbilled_items.append((on, net))
            elif net < 0:
                self._refund(day, -net)
        if self.s.arrears:  # without arrears no days past due: nothing to note
            self._observe(day)
        # A statement due the day it is issued (a loan's or a pay-in-N instalment) is
        # owed before that day's payments, which pay it; any other statement dated today
        # closes a cycle, and a payment dated on it belongs to that cycle.
        while (
            self.next_slot < len(self.slots)
            and self.slots[self.next_slot].statement_date == self.slots[self.next_slot].due_date
            and self.slots[self.next_slot].statement_date <= day
            and self._payments
            and self._payments[0].day <= day
        ):
            slot = self.slots[self.next_slot]
            self.next_slot += 1
            if not (slot.generated and not slot.parts and self.owed() <= 0):
                self._post(slot, day)
        while self._payments and self._payments[0].day <= day:
            self.pay(day, self._payments.pop(0).amount)
        pol = self.policy
        settle = pol.settle_on == day and (pol.start is None or day >= pol.start)
        # A bill recorded on the day is the lender's truth of what is owed then: settling
        # that day pays it (not the estimate it replaces), so it posts first.
        bill = self.next_slot < len(self.slots) and self.slots[self.next_slot].bill
        if settle and not (bill and self.slots[self.next_slot].statement_date <= day):
            settle = False
            self.settle(day)
        while (
            self.next_slot < len(self.slots) and self.slots[self.next_slot].statement_date <= day
        ):
            slot = self.slots[self.next_slot]
            self.next_slot += 1
            if slot.generated and not slot.parts and self.owed() <= 0:
                continue  # no statement while nothing is owed
            self._post(slot, day)
        if settle:
            self.settle(day)
        while self._agreements and self._agreements[0].day <= day:
            self._agree(self._agreements.pop(0), day)
        self._policy(day)
        self._verdicts(day)
        self._fee_checks_due(day)

    def accrue_to(self, day: date) -> None:
        """Accrue interest and penalty up to ``day`` without playing its events."""
        self._accrue_to(day)

    def _accrue_to(self, day: date) -> None:
        if self.day is not None and day > self.day:
            self._accrue(self.day, day)
        self.day = day

    def _accrue(self, start: date, end: date) -> None:
        days = (end - start).days
        s, p = self.s, self.product
        if days <= 0:
            return
        arrears = s.arrears_total if s.arrears else 0
        delinquent = arrears > p.tolerance
        if delinquent and p.overdue_model == "penalty":
            if p.kind == "bnpl":
                base = s.principal + s.part_principal + s.part_fee + s.interest + s.fees
            else:  # loans, pay-in-N: the overdue instalments, not penalty on penalty
                base = min(arrears, s.posted - s.penalty)
            s.acc_penalty += _EXACT.multiply(Decimal(base * days), p.penalty_daily_rate)
            return
        if not s.revolving:
            return
        rate = p.revolving_daily_rate
        penalty_from = self.penalty_from
        if penalty_from and (
            self.penalty_rate_on or (delinquent and self._dpd(start) >= penalty_from)
        ):
            rate = p.penalty_daily_rate
            self.penalty_rate_on = True
        base = self._bearing()
        if p.jurisdiction == "us" and s.unbilled > 0:
            # Carrying a balance, a US card gives new purchases no grace period: they
            # bear interest from their own day (Reg Z 1026.6(b)(2)(v)).
            base += s.unbilled
        s.acc_interest += _EXACT.multiply(Decimal(base * days), rate)

    def _bearing(self) -> int:
        p = self.product
        return bearing(self.s, p.compound_monthly, rules.charges_bear_interest(p))

    def _dpd(self, day: date) -> int:
        if not self.s.arrears or self.s.arrears_total <= self.product.tolerance:
            return 0
        oldest = self.s.arrears[0][0]
        assert isinstance(oldest, date)
        return max(0, (day - oldest).days)

    def _observe(self, day: date) -> None:
        """Note the days past due reached today on the current row (before payments)."""
        dpd = self._dpd(day)
        if dpd <= 0 or not self.rows:
            return
        row = self.rows[-1]
        row.dpd = max(row.dpd, dpd)
        row.oldest = row.oldest or self.s.arrears[0][0]  # type: ignore[assignment]
        self.worst_dpd = max(self.worst_dpd, dpd)
        if rules.is_reported(self.product, dpd):
            self.open_reported = True
            if self.first_delinquency is None:
                oldest = self.s.arrears[0][0]
                assert isinstance(oldest, date)
                self.first_delinquency = oldest
        if self.product.jurisdiction == "us" and dpd >= rules.CHARGE_OFF_DAYS:
            self.charged_off = True

    # -- statements ------------------------------------------------------------------
    def _post(self, slot: Slot, day: date) -> None:
        self.statements_played += 1
        s, p = self.s, self.product
        revolving = s.revolving  # the spending of this cycle had no grace (US)
        interest = _rounded(s.acc_interest)
        penalty = _rounded(s.acc_penalty)
        fees = s.pending_fees
        new_principal = s.unbilled
        adjustment = 0
        recorded_minimum: int | None = None
        blank: tuple[int, int, int] | None = None  # a blank minimum's estimate inside
        quiet = 0  # of a CN bill's amount, what bears no interest (State.quiet)
        posted = slot.bill.posted if slot.bill and slot.bill.posted else slot.statement_date
        shown = (interest, penalty)
        if slot.bill is not None:
            # The lender's truth replaces the estimate: its whole amount is owed as the
            # bill (what it charged is inside it, so nothing more is owed beside it); the
            # row shows the estimate's share and how far the bill differs from it.
            # What was charged at a payoff since the last statement is on this one too
            # (the lender posts it with the statement), and is paid already: of the
            # bill's amount, the part that holds it is not owed again.
            b_int, b_pen = self.between
            estimate = new_principal + interest + penalty + fees + b_int + b_pen
            amount = slot.bill.amount
            self.bill_estimates[slot.statement_date] = (interest + b_int, fees, penalty + b_pen)
            int_in, fees_in, pen_in = rules.inside_bill(
                amount, interest + b_int, fees, penalty + b_pen
            )
            charged = fees_in + pen_in + int_in
            paid_int, paid_pen = min(b_int, int_in), min(b_pen, pen_in)
            int_in, pen_in = int_in - paid_int, pen_in - paid_pen
            if slot.bill.minimum is None:
                blank = (interest, fees, penalty)
            adjustment = amount - estimate if s.unbilled else charged - (estimate - s.unbilled)
            shown = (int_in, pen_in)
            self.totals["late"] -= fees  # the bill is the truth: what it holds, no more
            new_principal, interest, penalty, fees = amount - paid_int - paid_pen, 0, 0, 0
            if p.jurisdiction != "us":
                # A CN lender charges no interest on fees and 违约金 (银发〔2016〕111号):
                # what the bill holds of them is principal that bears none (State.quiet),
                # and so is its interest unless the product compounds it (a card's 复利).
                quiet = fees_in + pen_in + (0 if p.compound_monthly else int_in)
        self.between = (0, 0)
        s.acc_interest = s.acc_penalty = _ZERO
        s.pending_fees = s.unbilled = 0
        # The rate part applies to principal not already past due: of the unpaid
        # earlier minimums, what is not charges or instalment parts (those are paid first
        # and asked in full, so they are inside the past due amount).
        arrears = s.arrears_total
        principal_past_due = rules.past_due_principal(s.principal, arrears, s.posted - s.principal)
        carried = s.principal - principal_past_due
        s.principal += new_principal
        s.quiet += quiet
        s.interest += interest
        s.penalty += penalty
        s.fees += fees
        part_principal = part_fee = 0
        for x in slot.parts:
            part_principal += x.principal
            part_fee += x.fee
        # A negotiated payment's share of the charges so far is owed as charges (paid
        # before instalment fees, and counted as charges when paid), not as a fee of its
        # own plan's part (:meth:`_negotiate`).
        part_fee -= slot.charges
        s.fees += slot.charges
        s.part_principal += part_principal
        s.part_fee += part_fee
        post_parts(s, slot.due_date, part_principal + part_fee)
        self.totals["interest"] += interest
        self.totals["penalty"] += penalty
        if not self.negotiated:  # a negotiated plan's "fee" is the cost already counted
            self.totals["fees"] += part_fee
        installment = part_principal + part_fee
        due_on_issue = slot.statement_date == slot.due_date
        if s.credit and not due_on_issue:
            # A credit balance (paid beyond what was owed, a refund) is netted into the
            # statement it meets: the statement shows what is left, and its minimum, the
            # purchases that bear interest and its interest-free balance are what is left.
            taken = self._net_credit(day)
            new_principal -= taken[0]
            if slot.bill is None:
                interest, fees, penalty = (
                    interest - taken[1],
                    fees - taken[2],
                    penalty - taken[3],
                )
            installment -= taken[4]
        if blank is not None:
            # The bill's own part: the rule on its principal and all of the charges
            # inside it — on what is left of it once a credit was netted (a credit of
            # 1,000.00 into a 4,000.00 bill: 10 % of 3,000.00) — without a US floor of
            # its own: the floor is the whole minimum's (:func:`rules.minimum_due`).
            left = max(0, new_principal)
            recorded_minimum = rules.blank_bill_minimum(p, left, *blank, floor=False)
        if s.arrears:  # _close_row: without arrears no days past due to note
            self._close_row()
            if self.rows:
                self.rows[-1].late_at_close = self._dpd(day) > 0
        balance = s.posted  # nothing below changes it (nor the arrears)
        parts = rules.StatementParts(
            new_principal=max(0, new_principal),
            carried_principal=carried,
            interest=interest if slot.bill is None else 0,
            fees=fees if slot.bill is None else 0,
            penalty=penalty if slot.bill is None else 0,
            installment=installment,
            past_due=arrears,
            past_due_principal=principal_past_due,
            balance=balance,
            recorded_minimum=recorded_minimum,
            printed_minimum=None if slot.bill is None or blank is not None else slot.bill.minimum,
        )
        minimum = rules.minimum_due(p, parts)
        if self.charged_off:
            minimum = balance  # closed and charged off: all of it is due, at once
        fees_shown = part_fee
        if id(slot) in self._plan_slots:
            # A negotiated payment: its minimum is what was agreed, and the costs it
            # repays were charged (and shown) on earlier statements, not on this one.
            minimum, fees_shown = part_principal + part_fee + slot.charges, 0
        row = Row(slot.statement_date, slot.due_date, balance, minimum, interest=shown[0],
                   fees=fees_shown, penalty=shown[1], adjustment=adjustment)  # fmt: skip
        self.rows.append(row)
        # The purchases of the statement: what of its principal bears interest (not the
        # charges inside a CN bill, State.quiet: the credit netted into it paid them first).
        spend = new_principal - min(quiet, s.quiet)
        items = [(posted, spend)] if spend > 0 else []
        if slot.bill is None and spend > 0 and self._unbilled_items:
            items = _posting_items(self._unbilled_items, spend)
        elif slot.bill is not None and spend > 0 and slot.bill.purchases:
            bought = list(slot.bill.purchases)
            rest = spend - sum(a for _, a in bought)  # the bill's beyond them
            if rest > 0:
                bought.append((posted, rest))
            items = _posting_items(bought, spend)
        self._unbilled_items = []
        if p.jurisdiction == "us" and revolving:
            items = []  # bore interest from their own days: no grace to lose
        else:
            s.grace_principal += max(0, spend)
        verdict = slot.due_date + timedelta(days=p.grace_days)
        self.opens.append(Open(len(self.rows) - 1, slot, verdict, minimum, balance, items))
        self._push(slot.due_date)
        self._push(verdict)
        if self.penalty_from:
            self._push(slot.due_date + timedelta(days=self.penalty_from))
        if due_on_issue:
            # A loan's or pay-in-N instalment, paid ahead: the statement asks it in full
            # and the payment made for it (a credit until now) pays it, on its row.
            # Only what this instalment asks: the rest of a payment made for several
            # instalments ahead is shown on theirs.
            asked = max(0, balance)  # (a refund larger than the plan left: none)
            take = min(self.prepaid, asked) if self._due_on_issue_next() else self.prepaid
            row.paid, self.prepaid = row.paid + take, self.prepaid - take
            if s.credit:
                credit, s.credit = s.credit, 0
                self._apply(day, credit, record=False)

    def _net_credit(self, day: date) -> tuple[int, int, int, int, int]:
        """Pay what the statement just posted with the credit balance (what is left of
        it stays a credit). Returns what it took of (principal, interest, fees, penalty,
        instalment parts)."""
        s = self.s
        before = (s.principal, s.interest, s.fees, s.penalty, s.part_principal + s.part_fee)
        credit, s.credit = s.credit, 0
        _, _, charges = allocate(s, credit)
        if charges:
            self.credit_charges.append((day, charges))
        after = (s.principal, s.interest, s.fees, s.penalty, s.part_principal + s.part_fee)
        p, i, f, n, x = (b - a for b, a in zip(before, after, strict=True))
        return p, i, f, n, x

    def _close_row(self) -> None:
        """Note the days past due at the close of the current row's cycle; a row that
        only began today has nothing to report yet."""
        if self.rows and self.day is not None and self.day > self.rows[-1].statement_date:
            self._observe(self.day)

    # -- payments --------------------------------------------------------------------
    def pay(self, day: date, amount: int) -> None:
        """Pay ``amount`` (minor units) on ``day`` (after advancing to it)."""
        if amount <= 0:
            return
        if self.day is None or day > self.day:
            self.advance(day)
        if self.s.arrears:  # (without arrears there is nothing to note)
            self._observe(day)
        self._apply(day, amount, record=True)
        self._charge_if_paid_off(day)

    def _refund(self, day: date, amount: int) -> None:
        """A refund of ``amount`` credits the account on its day: it pays what is owed
        as a payment does (the oldest first: an open statement before spending not yet
        on one), beyond that a credit balance. A CN lender counts it as repaid towards
        the open statements' minimums (退款视同还款); a US issuer does not (a credit is
        not a payment: it lowers the balance, not the minimum still asked)."""
        if self.product.jurisdiction == "us":
            _, _, charges = allocate(self.s, amount)
            if charges:
                self.credit_charges.append((day, charges))
            self._end_revolving_if_paid()
        else:
            self._apply(day, amount, record=False)
        self._charge_if_paid_off(day)

    def _charge_if_paid_off(self, day: date) -> None:
        s = self.s
        if s.credit and (s.acc_interest or s.acc_penalty) and self.owed() <= 0:
            # Paid off with what has accrued to the day (owed counts it): the lender
            # charges it now. Left accrued, no later statement would post it (none comes
            # while nothing is owed), and the credit would keep what it paid.
            self._post_accrued()
            credit, s.credit = s.credit, 0
            self._apply(day, credit, record=False)
            # What of the prepaid paid what accrued is shown on the last row; the rest
            # (a loan's later instalments, paid ahead) on the rows it pays.
            used = min(self.prepaid, credit - s.credit)
            if used and self.rows:
                self.rows[-1].paid, self.prepaid = self.rows[-1].paid + used, self.prepaid - used

    def _apply(self, day: date, amount: int, record: bool) -> None:
        s = self.s
        # Paid beyond what was owed, ahead of an instalment statement not issued yet:
        # what became a credit is shown on that statement's row (and the next's, for a
        # payment made for several), what paid the posted on the last row. (A late fee
        # charged and not posted yet is no part of it: the credit pays it on the
        # statement that posts it, and meets that statement's minimum.)
        ahead = (
            record
            and self._due_on_issue_next()
            and (not s.posted or amount > self.owed() - s.pending_fees)
        )
        credit_before = s.credit
        paid, cost, charges = allocate(s, amount)
        if record:
            self.cash.append(CashFlow(day, paid, cost, charges))
            early = s.credit - credit_before if ahead else 0  # what became a credit
            self.prepaid += early
            if self.rows and amount > early:
                self.rows[-1].paid += amount - early
        elif charges:
            self.credit_charges.append((day, charges))
        for o in self.opens:
            if not o.judged and o.items:
                o.paid_on.append((day, amount))
        self._pay_arrears(day, amount)
        # Then those judged but still waiting for their late fee (pay-in-N's retry
        # days), where a late payment still avoids the fee.
        self._meet_minimums(amount, [o for _, o in self._fee_checks])

    def _due_on_issue_next(self) -> bool:
        """Whether the next statement is one due the day it is issued (a loan's or a
        pay-in-N instalment): a payment made ahead of it is shown on its row."""
        if self.next_slot >= len(self.slots):
            return False
        slot = self.slots[self.next_slot]
        return slot.statement_date == slot.due_date and bool(slot.parts)

    def _meet_minimums(self, amount: int, waiting: list[Open]) -> None:
        """A payment of ``amount`` towards the open statements' minimums, the one falling
        due first first (a plan's beside a cycle's), then ``waiting``'s; an account paid
        off is no longer revolving. Shared by :meth:`_apply` and the steady path."""
        rest = amount
        pending = [o for o in self.opens if not o.judged]
        if len(pending) > 1:
            pending.sort(key=lambda o: o.slot.due_date)
        for o in pending + waiting:
            o.paid += amount if not o.judged else 0
            take = min(rest, max(0, o.minimum - o.paid_min))
            o.paid_min += take
            rest -= take
        self._end_revolving_if_paid()

    def _end_revolving_if_paid(self) -> None:
        """An account paid off is no longer revolving."""
        s = self.s
        if s.posted == 0 and s.unbilled <= 0:
            s.revolving = False
            s.grace_principal = 0

    def _pay_arrears(self, day: date, amount: int) -> None:
        s = self.s
        if not s.arrears:
            return
        left = amount
        while s.arrears and left > 0:
            owed = int(s.arrears[0][1])  # type: ignore[call-overload]
            take = min(owed, left)
            left -= take
            if take == owed:
                s.arrears.pop(0)
            else:
                s.arrears[0][1] = owed - take
        if s.arrears_total <= self.product.tolerance:
            s.arrears.clear()
            self._delinquency_ended(day)

    def _delinquency_ended(self, day: date) -> None:
        if self.open_reported and not self.negotiated:
            self.settled = day
            self.open_reported = False

    def owed(self) -> int:
        """Everything owed now, accrued interest and penalty included (minor units)."""
        s = self.s
        return (
            s.principal + s.part_principal + s.part_fee + s.interest + s.fees + s.penalty
            + s.unbilled + _rounded(s.acc_interest) + _rounded(s.acc_penalty)
            + s.pending_fees - s.credit
        )  # fmt: skip

    def unpaid_charges(self) -> int:
        """Interest, late fees and penalty charged or accrued and not yet paid (minor
        units; instalment fees are part of their periods, not counted here)."""
        s = self.s
        return (
            s.interest + s.fees + s.penalty + _rounded(s.acc_interest)
            + _rounded(s.acc_penalty) + s.pending_fees
        )  # fmt: skip

    def settle(self, day: date) -> None:
        """Pay everything owed on ``day``: post what has accrued, then pay it all."""
        if self.day is None or day > self.day:
            self.advance(day)
        s = self.s
        self._post_accrued()
        s.fees += s.pending_fees
        s.pending_fees = 0
        if s.credit and s.posted:
            # A credit balance pays what was just posted first, as at a statement: left
            # beside it, the penalty posted here would be owed on no statement's minimum
            # (the next statement's minimum would count the credit as paying its own).
            credit, s.credit = s.credit, 0
            self._apply(day, credit, record=False)
        amount = s.posted + s.unbilled - s.credit
        if amount > 0:
            self.pay(day, amount)

    def _post_accrued(self) -> None:
        """Charge the interest and penalty accrued so far (rounded to the minor unit) on
        the current statement's row."""
        s = self.s
        interest, penalty = _rounded(s.acc_interest), _rounded(s.acc_penalty)
        s.interest += interest
        s.penalty += penalty
        s.acc_interest = s.acc_penalty = _ZERO
        self.between = (self.between[0] + interest, self.between[1] + penalty)
        self.totals["interest"] += interest
        self.totals["penalty"] += penalty
        if self.rows:
            self.rows[-1].interest += interest
            self.rows[-1].penalty += penalty

    def _policy(self, day: date) -> None:
        pol = self.policy
        if pol.on_due == "none" and pol.negotiation is None:
            return  # nothing is paid on due dates (recorded payments only)
        if pol.negotiation is not None and day == pol.negotiation.day and not self.negotiated:
            self._negotiate(pol.negotiation, day)
        active = pol.start is None or day >= pol.start
        for o in self.opens:
            if o.slot.due_date != day or not active or o.judged:
                continue
            # Never more than is owed: a minimum paid already by an earlier statement's
            # payment must not turn into a credit balance.
            owing = max(0, self.owed())
            if self.negotiated:
                self.pay(day, min(owing, max(0, o.minimum - o.paid_min)))
                continue
            if pol.cycles is not None and self.cycles_paid >= pol.cycles:
                continue
            if pol.on_due_from is not None and day < pol.on_due_from:
                continue
            self.cycles_paid += 1
            if pol.on_due == "full":
                self.pay(day, self.s.posted)
            elif pol.on_due == "minimum":
                # … nor more than is left of this statement's balance (paid in full by
                # an earlier payment, its minimum is met: nothing is paid ahead).
                left = max(0, o.balance - o.paid)
                self.pay(day, min(owing, left, max(0, o.minimum - o.paid_min)))

    def _negotiate(self, deal: Negotiation, day: date) -> None:
        """Turn everything owed today into ``deal.periods`` monthly payments (DESIGN.md
        § Negotiated repayment); collection and penalty stop while the plan is kept.
        Later instalment periods are not owed yet: they stay dues, paid on their dates."""
        s = self.s
        total = self.owed()
        if total <= 0:  # nothing owed: nothing to agree; later dues are paid on time
            # A credit balance that covers what is owed: the account is netted on the
            # day of the call, as at a settlement — what has accrued posts and the credit
            # pays it (``credit_charges``), instead of being left beside it unpaid.
            self.settle(day)
            self.negotiated = True
            return
        waived = round_minor(_EXACT.multiply(Decimal(total), deal.waiver))
        balance = total - waived
        # Of the plan's payments, the interest, fees and penalty owed (less the waiver)
        # are charges, as the simulator counts cost; the rest repays principal and
        # instalment fees.
        charges = self.unpaid_charges()
        # A credit balance (netted in ``total``) pays the charges first, as the ledger
        # allocates: those are paid by the credit today, not by the plan.
        by_credit = min(max(0, s.credit), charges)
        if by_credit:
            self.credit_charges.append((day, by_credit))
            charges -= by_credit
        charges_left = max(0, charges - waived)
        self.waived_beyond = max(0, waived - charges)
        self.totals["waived"] += waived
        accrued = round_minor(s.acc_interest), round_minor(s.acc_penalty)
        self.totals["interest"] += accrued[0]
        self.totals["penalty"] += accrued[1]
        if self.rows:  # shown where it accrued, as :meth:`settle` does
            self.rows[-1].interest += accrued[0]
            self.rows[-1].penalty += accrued[1]
        self.negotiated = True
        self.s = State()
        for o in self.opens:
            o.judged = True
        each = balance // deal.periods
        amounts = [each] * (deal.periods - 1) + [balance - each * (deal.periods - 1)]
        # Paid as the ledger allocates: the costs so far first, then the principal.
        cost_left = max(0, balance - (s.principal + s.part_principal + s.unbilled))
        new = []
        for k, amount in enumerate(amounts, start=1):
            when = schedule.add_months(day, k)
            fee = min(amount, cost_left)
            cost_left -= fee
            # Of the costs so far, the charges first (as the ledger allocates): each
            # payment carries its own share, owed as charges when it posts (:meth:`_post`),
            # so the payment that repays them is the one that counts them — not another
            # instalment of the account paid between (a waiver larger than the charges
            # leaves none: :attr:`waived_beyond`).
            share = min(fee, charges_left)
            charges_left -= share
            parts = [PartDue(when, amount - fee, fee)]
            new.append(Slot(when, when, parts=parts, charges=share))
            self._push(when)
        self.plan = tuple(p for slot in new for p in slot.parts)
        self._plan_slots = {id(slot) for slot in new}
        self.plan_end = self.plan[-1].due_date
        # The plan takes over what is owed today, as a recorded agreement does
        # (:meth:`_agree`): the account's later instalment periods stay dues of their
        # own, played (and paid on their dates) beside it. The cycle's own statements
        # with nothing of their own are dropped: they would restate the plan's balance
        # as a statement to pay (and be late on) as well.
        kept = [x for x in self.slots[self.next_slot :] if x.parts or x.bill is not None]
        self.slots[self.next_slot :] = sorted(
            kept + new, key=lambda x: (x.statement_date, x.due_date)
        )
        self._close_row()

    def _agree(self, deal: Agreement, day: date) -> None:
        """A recorded agreement: everything owed today (as :meth:`_negotiate` counts it)
        is replaced by the plan's payments, each a statement of its own; what they leave
        out is waived. Earlier statements are settled by it, so the penalty stops; a plan
        payment missed is judged like any other."""
        s = self.s
        total = sum(p.principal + p.fee for p in deal.parts)
        self.totals["waived"] += self.owed() - total
        self.totals["interest"] += round_minor(s.acc_interest)
        self.totals["penalty"] += round_minor(s.acc_penalty)
        self.agreed = True
        self.s = State()
        for o in self.opens:
            o.judged = True
        self._fee_checks = []
        gap = timedelta(days=schedule.statement_gap(self.cycle))
        first = day + timedelta(days=1)  # today's statements have posted already
        new = [Slot(max(first, p.due_date - gap), p.due_date, parts=[p]) for p in deal.parts]
        rest = sorted(
            self.slots[self.next_slot :] + new, key=lambda x: (x.statement_date, x.due_date)
        )
        self.slots[self.next_slot :] = rest
        for slot in new:
            self._push(slot.statement_date)
            self._push(slot.due_date)
        self._close_row()

    def _verdicts(self, day: date) -> None:
        if day == self.until:
            return  # ``until`` is "today": a minimum due today can still be paid today
        judged = False
        for o in self.opens:
            if o.judged:
                judged = True
            elif o.verdict <= day:
                o.judged = judged = True
                self._judge(o, day)
        # Only statements still waiting for their verdict stay open (a late fee still to
        # come is kept in ``_fee_checks``): each event then looks at a few, not all.
        if judged:
            self.opens = [o for o in self.opens if not o.judged]

    def _judge(self, o: Open, day: date) -> None:
        s, p = self.s, self.product
        remainder = max(0, min(s.posted, o.balance - o.paid))
        items_principal = sum(a for _, a in o.items)
        s.grace_principal = max(0, s.grace_principal - items_principal)
        judge_parts(s, o.slot.due_date)
        # Instalment parts of a later statement still in their grace (a negotiated
        # plan's payment falling due between a cycle's statement and its due date) are
        # not yet owed: no part of this statement's unpaid remainder.
        later = sum(x.principal + x.fee for n in self.opens if not n.judged for x in n.slot.parts)
        if later:
            remainder = max(0, min(remainder, s.posted - later))
        if remainder > p.tolerance:
            self._lose_grace(o, remainder, day)
        elif s.posted <= p.tolerance:
            s.revolving = False
        # A statement paid in full has met its minimum, whatever the payments were
        # counted against (a minimum is never more than what is left of its balance).
        shortfall = min(o.minimum - o.paid_min, remainder)
        if self.penalty_rate_on:
            # Six minimums met on time in a row end a US penalty rate (1026.55(b)(4)(ii)).
            self.on_time_run = self.on_time_run + 1 if shortfall <= p.tolerance else 0
            if self.on_time_run >= rules.PENALTY_CURE_PAYMENTS:
                self.penalty_rate_on, self.on_time_run = False, 0
        if shortfall <= p.tolerance:
            if s.arrears:
                s.arrears.clear()
                self._delinquency_ended(day)
            return
        new_part = max(0, shortfall - s.arrears_total)
        if new_part:
            s.arrears.append([o.slot.due_date, new_part])
        if p.late_fee_after_days:
            check = o.slot.due_date + timedelta(days=p.late_fee_after_days)
            self._fee_checks.append((check, o))
            self._push(check)
        else:
            self._charge_late_fee(o, shortfall)
        self._observe(day)

    def _charge_late_fee(self, o: Open, shortfall: int) -> None:
        if self.product.kind == "pay_in_n" and o.slot.generated:
            return  # pay-in-N: a fee per missed instalment, not per reminder statement
        if self.charged_off:
            # Charged off, the account is closed: no due date, no late fee after it (the
            # balance still bears interest under the contract until it is paid).
            return
        repeat = any(o.row - r <= rules.REPEAT_WINDOW for r in self.fee_rows)
        fee = rules.late_fee(self.product, shortfall, o.minimum, repeat)
        order = None
        if self.product.kind == "pay_in_n" and o.slot.parts:
            order = self.orders.setdefault(o.slot.parts[0].order, [0, 0])
            fee = rules.capped_per_order(fee, order[0], order[1])
        elif self.product.kind == "pay_in_n" and o.slot.bill is not None:
            # A bill on a pay-in-N account (`simulate --amount`, which offers to split it
            # into 4: the amount is the order) is its own order for the 25 % cap, keyed
            # apart from the plans' ids: a $5.00 order's late fee is $1.25, not $7.00.
            bill = o.slot.bill
            key = -bill.statement_date.toordinal()
            order = self.orders.setdefault(key, [bill.amount, 0])
            fee = rules.capped_per_order(fee, order[0], order[1])
        if fee <= 0:
            return
        if order is not None:
            order[1] += fee
        self.fee_rows.append(o.row)
        self.s.pending_fees += fee
        self.totals["late"] += fee
        self.rows[o.row].late_fee += fee

    def _fee_checks_due(self, day: date) -> None:
        if day == self.until:
            return  # as for verdicts: the retry's last day is not over yet
        if not self._fee_checks:
            return
        due = [(d, o) for d, o in self._fee_checks if d <= day]
        self._fee_checks = [(d, o) for d, o in self._fee_checks if d > day]
        for _, o in due:
            # Never more than is still past due of it or older: a later statement's
            # minimum carries an earlier unpaid one at 100 %, so a payment may clear both
            # while counted once; and what a later instalment still owes, within its own
            # retry days, is no reason for this one's fee (pooled, oldest first: B's
            # 9-days-late payment paid B, while C, due since two days, waits).
            fell_due = o.slot.due_date
            older = sum(int(a) for d, a in self.s.arrears if d <= fell_due)  # type: ignore[call-overload, operator]
            shortfall = min(o.minimum - o.paid_min, older)
            if shortfall > self.product.tolerance and not self.negotiated:
                self._charge_late_fee(o, shortfall)

    def _lose_grace(self, o: Open, remainder: int, day: date) -> None:
        """The statement was not paid in full in time: interest on its spending by basis.

        With r the daily rate, T its due date, V = T + grace (today), R the part of its
        spending still unpaid: ``whole_from_posting`` Σ amount·r·(T − posted) + R·r·(V − T);
        ``remainder_from_posting`` R·r·(V − posted) (US: from the statement date at the
        earliest, Reg Z 1026.54); ``remainder_from_due`` R·r·(V − T). From V on the
        daily accrual carries it.
        """
        s, p = self.s, self.product
        rate = p.revolving_daily_rate
        was, s.revolving = s.revolving, rate > 0
        if p.jurisdiction == "us" and not was and s.revolving and self._unbilled_items:
            # The grace lost, a US card's purchases since the statement lose theirs too:
            # interest from their own days (from today on the daily accrual carries it).
            late = sum(Decimal(a * (day - d).days) for d, a in self._unbilled_items if d < day)
            s.acc_interest += _EXACT.multiply(late, rate)
        new = sum(a for _, a in o.items)
        if not new or not s.revolving:
            return
        due = o.slot.due_date
        kept = min(remainder, new)
        retro = Decimal(kept * (day - due).days)
        for posted, amount in o.items:
            start = max(posted, o.slot.statement_date) if p.jurisdiction == "us" else posted
            if p.interest_basis == "whole_from_posting":
                retro += Decimal(amount * (due - start).days)
            elif p.interest_basis == "remainder_from_posting":
                retro += Decimal(kept * (due - start).days) * amount / new
        if p.interest_basis == "whole_from_posting":
            # What was repaid before the due date bears interest to its own repayment
            # day, not to the due date (CMB, BOC: 已还部分计至还款日).
            # A payment pays what the statement held beside its purchases first (what was
            # carried, charges, instalment parts: the oldest first), then the purchases.
            for paid_day, take in _repaid_purchases(o, new - kept, due):
                retro -= Decimal(take * (due - paid_day).days)
        elif p.interest_basis == "remainder_from_posting" and p.jurisdiction == "us":
            # A US card's average daily balance: what was repaid by today bore interest
            # from the statement to its own repayment day (the $25.00 minimum paid on the
            # due date counted as repaid from the statement: $13.25 where the daily
            # balances give $13.42, QA pass 2026-12-06). (A CN lender's "remainder" rule
            # charges nothing on what was repaid by the due date: 未还部分计息.)
            for paid_day, take in _repaid_purchases(o, new - kept, day + timedelta(days=1)):
                for posted, item in o.items:
                    days = max(0, (paid_day - max(posted, o.slot.statement_date)).days)
                    retro += Decimal(take * days) * item / new
        if p.overdue_model == "penalty" and s.arrears_total > p.tolerance:
            return  # delinquent BNPL: the penalty replaces the daily fee
        s.acc_interest += _EXACT.multiply(retro, rate)

    # -- the result --------------------------------------------------------------------
    def outcome(self) -> Outcome:
        """The timeline so far and its totals."""
        self._close_row()
        end, t = self.day or date.min, self.totals
        codes = report_codes(self.product, self.rows, self.until)
        rows = tuple(r.freeze(c) for r, c in zip(self.rows, codes, strict=True))
        settled = None if self.open_reported else self.settled
        agreed = self.negotiated or self.agreed
        to_come = any(slot.parts for slot in self.slots[self.next_slot :])
        if agreed and self.owed() == 0 and not to_come and self.first_delinquency is not None:
            settled = max((c.day for c in self.cash), default=end)
            if self.plan_end is not None:
                # The overdue debt ends with the plan's last payment; the account's later
                # instalments, paid on time after it, are no part of the bad record
                # (征信业管理条例 Art. 16 counts from when it ends).
                settled = min(settled, self.plan_end)
        until = rules.visible_until(
            self.product, self.first_delinquency, settled, self.charged_off
        )
        return Outcome(
            rows=rows,
            cash=tuple(self.cash),
            interest=t["interest"],
            fees=t["fees"],
            penalty=t["penalty"],
            late_fees=t["late"],
            owed=self.owed(),
            end=end,
            first_delinquency=self.first_delinquency,
            settled=settled,
            days_past_due=self._dpd(end),
            worst_days_past_due=self.worst_dpd,
            charged_off=self.charged_off,
            visible_until=until,
            waived=t["waived"],
            red_line_months=tuple((r.statement_date, r.report_code) for r in rows),
            plan=self.plan,
            waived_beyond=self.waived_beyond,
            credit_charges=tuple(self.credit_charges),
        )


def report_codes(product: Product, rows: list[Row], today: date | None = None) -> list[int]:
    """Each row's report code (0 = "N"), as the report's 24-month grid shows the months
    (DESIGN.md § The account engine, 5).

    A row's code is that of the worst days past due seen in its cycle, except where a
    delinquency went on from the previous month and this month did not take it to a
    higher code: a month that ended the delinquency (paid within this cycle), or the
    month still open, is then not reported again. The grid counts a delinquency's months
    once each: 30 days late on Huabei is one month ("1"), 60 days two ("1", "2"), never
    "1", "1" or "1", "2", "2". A closed month still late at its close is always reported.
    The month still open — and one that closed ``today``, the end of a "so far" play,
    whose payments may still come today — only ever gains a code as days pass.
    """
    code = rules.report_code
    out: list[int] = []
    last = len(rows) - 1
    # Cards report each month as of its statement date; BNPL lines and loans may report at
    # their due dates, where the month a delinquency ends in can still be past due (60
    # days late on Huabei: "1", "2", "2" — 连三累六). Unsure, every month they touch counts:
    # the app never calls a month clean that a lender may report.
    once = product.kind == "credit_card"
    for k, r in enumerate(rows):
        c = code(product, r.dpd) if r.dpd else 0
        goes_on = k < last and r.late_at_close and rows[k + 1].statement_date != today
        if once and c and k and not goes_on and rows[k - 1].late_at_close and c <= out[k - 1]:
            c = 0  # the previous month's delinquency, not a month of its own
        out.append(c)
    return out


def _repaid_purchases(o: Open, repaid: int, before: date) -> Iterator[tuple[date, int]]:
    """(day, amount) of ``repaid`` of statement ``o``'s purchases, paid before ``before``:
    a payment pays what the statement held beside its purchases first (what was carried,
    charges, instalment parts: the oldest first), then the purchases."""
    older = max(0, o.balance - sum(a for _, a in o.items))
    for paid_day, amount in o.paid_on:
        if repaid <= 0 or paid_day >= before:
            return
        first = min(amount, older)
        older -= first
        take = min(amount - first, repaid)
        repaid -= take
        yield paid_day, take


def _posting_items(purchases: list[tuple[date, int]], principal: int) -> list[tuple[date, int]]:
    """The statement's new ``principal`` as (posting day, amount) of its ``purchases``:
    what refunds and payments before the statement took off (their sum less
    ``principal``) comes off the oldest first, as a payment pays the oldest first."""
    gone = sum(a for _, a in purchases) - principal
    items: list[tuple[date, int]] = []
    for day, amount in purchases:
        take = min(gone, amount) if gone > 0 else 0
        gone -= take
        if amount > take:
            items.append((day, amount - take))
    return items


def _rounded(value: Decimal) -> int:
    """:func:`round_minor`, with nothing accrued (the usual case) answered at once."""
    return round_minor(value) if value else 0


def play(account: Account, policy: Policy | None = None, until: date | None = None) -> Outcome:
    """Play ``account`` under ``policy`` to the end (or to ``until``, inclusive).

    Args:
        account: the product and its records.
        policy: how the user pays (default: only the recorded payments).
        until: stop after this day's events (e.g. today, for "so far" figures).

    Returns:
        The :class:`Outcome`: timeline rows, cash flows, totals and credit facts.
    """
    engine = AccountPlay(account, policy, until)
    engine.run()
    return engine.outcome()
