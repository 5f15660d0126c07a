"""Payoff page: a monthly budget, three strategies side by side, the plan month by month.

Longer than 400 lines on purpose: the budget form, the strategies table, the chart and
the month table show one plan and switch together (line styles live in ui/models/payoff).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import InputError
from tracker.money import currency as currency_info
from tracker.money import parse_positive_amount, plain
from tracker.payoff import STRATEGIES, Debt, PayoffPlan
from tracker.service import payoff as payoff_service
from tracker.service import simulation
from tracker.service.payoff import PayoffResult
from ui.context import AppContext
from ui.dialogs.common import amount_edit
from ui.errors import error_text
from ui.formatting import money, sentences
from ui.models.base import IdTableModel
from ui.models.payoff import (
    LINE_MARKERS,
    LINE_PATTERNS,
    MonthsModel,
    OverdueModel,
    StrategiesModel,
    strategy_name,
)
from ui.pages.base import Page, title_label
from ui.widgets.charts import DateMoneyChart, Line
from ui.widgets.form import ERROR_STYLE
from ui.widgets.scrolling import scroll_area
from ui.worker import Job, start

WARNING_STYLE = (
    "QLabel { background: #fde2e1; border: 1px solid #e8a09a; border-radius: 4px;"
    " padding: 6px; color: #7a1c14; }"
)


def _table(model: IdTableModel[Any], object_name: str) -> QTableView:
    view = QTableView(objectName=object_name)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Columns as wide as their figures: on a wide screen the last amount stays next to
    # the others instead of the far edge.
    header.setStretchLastSection(False)
    return view


class PayoffPage(Page):
    """``payoffPage``: plans run in a worker; :attr:`planned` fires when one is shown."""

    planned = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "payoffPage", parent)
        self.result: PayoffResult | None = None
        self._generation = 0
        self._job: Job | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        outer.addWidget(scroll_area(body, "payoffScroll"))  # a small screen scrolls
        layout = QVBoxLayout(body)
        self.heading = title_label()
        layout.addWidget(self.heading)
        layout.addLayout(self._build_inputs())
        self.warning = QLabel(objectName="payoffWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        layout.addWidget(self.warning)
        # Good news, not a warning: the loans the plan pays off early (提前还款).
        self.early = QLabel(objectName="payoffEarly")
        self.early.setWordWrap(True)
        self.early.hide()
        layout.addWidget(self.early)
        self.strategies = StrategiesModel(self)
        self.strategies_view = _table(self.strategies, "strategiesView")
        header = self.strategies_view.horizontalHeader()
        header.setStretchLastSection(False)
        layout.addWidget(self.strategies_view)
        # A click (or the arrow keys) on a strategy shows its months, as the selector does.
        self.strategies_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._strategy_row_chosen(current.row())
        )
        self.strategies_view.clicked.connect(lambda index: self._strategy_row_chosen(index.row()))
        layout.addWidget(self._build_details(), 1)
        self.retranslate()
        self.refresh_when_shown()  # not on screen at start-up

    def _build_inputs(self) -> QGridLayout:
        grid = QGridLayout()
        self.budget_label, self.currency_label, self.strategy_label = QLabel(), QLabel(), QLabel()
        self.budget = amount_edit()
        self.budget.setObjectName("budgetField")
        self.budget_error = QLabel(objectName="budgetError")
        self.budget_error.setStyleSheet(ERROR_STYLE)
        self.budget_error.setWordWrap(True)
        self.budget_error.hide()
        self.currency_combo = QComboBox(objectName="currencyField")
        self.strategy_combo = QComboBox(objectName="strategyField")
        self.plan_button = QPushButton(objectName="planButton")
        self.busy = QProgressBar(objectName="payoffBusy")
        self.busy.setRange(0, 0)  # busy mode: no known length
        self.busy.setMaximumWidth(80)
        self.busy.hide()
        self.hint = QLabel(objectName="payoffHint")
        self.hint.setWordWrap(True)
        widgets = [self.budget_label, self.budget, self.currency_label, self.currency_combo]
        widgets += [self.plan_button, self.busy]
        for column, widget in enumerate(widgets):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.budget_error, 1, 1, 1, 3)
        # The strategy on its own row: its long names fit a 1024-pixel screen unclipped.
        grid.addWidget(self.strategy_label, 2, 0)
        grid.addWidget(self.strategy_combo, 2, 1, 1, 4)
        grid.addWidget(self.hint, 3, 0, 1, 7)
        grid.setColumnStretch(6, 1)
        self.budget.setMinimumWidth(110)
        self.budget.returnPressed.connect(self.plan)
        self.budget.textEdited.connect(lambda _t: self._set_budget_error(""))
        self.plan_button.clicked.connect(self.plan)
        self.currency_combo.activated.connect(lambda _i: self._currency_changed())
        self.strategy_combo.activated.connect(lambda _i: self._show())
        return grid

    def _build_details(self) -> QSplitter:
        self.chart = DateMoneyChart("payoffChart")
        self.months = MonthsModel(self)
        self.overdue = OverdueModel(self)
        self.months_view = _table(self.months, "payoffMonthsView")
        self.overdue_view = _table(self.overdue, "payoffOverdueView")
        self.tabs = QTabWidget(objectName="payoffTabs")
        self.tabs.addTab(self.months_view, "")
        self.tabs.addTab(self.overdue_view, "")
        self.chart_note = QLabel(objectName="payoffChartNote")
        self.chart_note.setWordWrap(True)
        self.chart_note.hide()
        chart_box = QWidget()
        box = QVBoxLayout(chart_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.chart, 1)
        box.addWidget(self.chart_note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(chart_box)
        split.addWidget(self.tabs)
        split.setSizes([280, 260])
        self.chart.setMinimumHeight(200)  # readable; on a small screen the page scrolls
        self.tabs.setMinimumHeight(170)
        return split

    # -- page API ----------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Payoff")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Pay it all off: a plan for your monthly budget"))
        self.budget_label.setText(self.tr("Monthly budget:"))
        self.budget.setPlaceholderText(self.tr("e.g. 3,000"))
        self.currency_label.setText(self.tr("Currency:"))
        self.strategy_label.setText(self.tr("Strategy:"))
        self.plan_button.setText(self.tr("Plan"))
        chosen = self.strategy_combo.currentData() or STRATEGIES[0]
        self.strategy_combo.clear()
        for key in STRATEGIES:
            self.strategy_combo.addItem(strategy_name(key), key)
        self.strategy_combo.setCurrentIndex(max(0, self.strategy_combo.findData(chosen)))
        for model in (self.strategies, self.months, self.overdue):
            model.retranslate()
        self._update_hint()
        self._show()

    def refresh(self) -> None:
        """Re-read the currencies owed; re-plan if a plan is shown (the debts changed)."""
        keep = self.currency_combo.currentData()
        self.currency_combo.clear()
        for code in payoff_service.debt_currencies(self.ctx.store, self.ctx.today):
            self.currency_combo.addItem(code, code)
        self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(keep)))
        several = self.currency_combo.count() > 1
        self.currency_label.setVisible(several)
        self.currency_combo.setVisible(several)
        self._update_hint()
        if not self.budget.text().strip():
            self._default_budget()
        if self.result is not None:
            self.plan()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_strategies()
        if self.result is None and not self.busy.isVisible():
            self.plan()

    # -- planning ----------------------------------------------------------------------
    def _debts(self) -> list[Debt]:
        code = self.currency_combo.currentData()
        return payoff_service.payoff_debts(self.ctx.store, self.ctx.today, code) if code else []

    def _default_budget(self) -> None:
        """Start from this month's minimums, rounded up: the least a budget must cover."""
        code = self.currency_combo.currentData()
        if code:
            digits = currency_info(code).digits
            total = simulation.suggested_budget(self._debts(), digits, self.ctx.today)
            self.budget.setText(plain(total, digits))

    def _update_hint(self) -> None:
        code = self.currency_combo.currentData()
        if not code:
            self.hint.setText(self.tr("Nothing is owed: there is nothing to plan."))
            return
        # Two different sums, each said with what it counts: the planner's first month
        # takes each account's minimum on its next due date as the account engine plays
        # it, what is late in full; the dashboard adds the minimums printed on the dues
        # falling due this month and on the overdue ones.
        total = simulation.minimums_total(self._debts(), self.ctx.today)
        shown = simulation.dashboard_minimums(self.ctx.store, self.ctx.today, code)
        text = self.tr(
            "Minimums in the plan's first month: {amount} — each account's minimum on its"
            " next due date, with what is already late in full."
        ).format(amount=money(total, code))
        if shown != total:
            text = sentences(
                text,
                self.tr(
                    "(The dashboard's {amount} counts only the minimums on this month's and"
                    " overdue bills and periods.)"
                ).format(amount=money(shown, code)),
            )
        self.hint.setText(text)

    def _strategy_row_chosen(self, row: int) -> None:
        """Show the months of the strategy in table row ``row`` (clicked or keyed to)."""
        if not 0 <= row < self.strategies.rowCount():
            return
        key = self.strategies.row_at(row).strategy
        if key != self.strategy_combo.currentData():
            self.strategy_combo.setCurrentIndex(self.strategy_combo.findData(key))
            self._show()

    @Slot()
    def _currency_changed(self) -> None:
        self._default_budget()
        self._update_hint()
        self.plan()

    @Slot()
    def plan(self) -> None:
        """Plan all three strategies in a worker; the Store is read here, on the GUI thread."""
        code = self.currency_combo.currentData()
        if not code:
            return
        try:
            budget = parse_positive_amount(
                self.budget.text(),
                digits=currency_info(code).digits,
                what=self.tr("monthly budget"),  # the field's name, not "amount"
            )
        except InputError as exc:
            self._set_budget_error(error_text(exc))
            return
        self._set_budget_error("")
        debts = tuple(self._debts())
        self._generation += 1
        today, generation = self.ctx.today, self._generation

        def work() -> tuple[int, str, tuple[Debt, ...], dict[str, PayoffPlan] | InputError]:
            # Plain data only: the Store stays on the GUI thread.
            try:
                return generation, code, debts, simulation.plan_all(debts, budget, today)
            except InputError as exc:
                return generation, code, debts, exc

        self.busy.show()
        # Bound methods: Qt drops the connection if the page goes away first.
        self._job = start(work, self._planned, self._failed)

    @Slot(object)
    def _planned(
        self, outcome: tuple[int, str, tuple[Debt, ...], dict[str, PayoffPlan] | InputError]
    ) -> None:
        generation, code, debts, plans = outcome
        if generation != self._generation:
            return  # a newer request is under way
        self.busy.hide()
        if isinstance(plans, InputError):
            self._set_budget_error(error_text(plans))
            return
        self.result = PayoffResult(code, debts, plans)
        self._show()
        self.planned.emit()

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self.busy.hide()
        self._set_budget_error(error_text(exc))

    def _set_budget_error(self, message: str) -> None:
        self.budget_error.setText(message)
        self.budget_error.setVisible(bool(message))
        if message and self.result is not None:
            # the plan on show was for another budget: do not let it pass for this one
            self.result = None
            self._show()

    # -- output ------------------------------------------------------------------------
    def chosen_plan(self) -> PayoffPlan | None:
        key = self.strategy_combo.currentData()
        return self.result.plans.get(key) if self.result and key else None

    def _show(self) -> None:
        result, plan = self.result, self.chosen_plan()
        code = result.currency if result else "CNY"
        debts = result.debts if result else ()
        plans = list(result.plans.values()) if result else []
        self.strategies.set_plans(plans, code, plan.strategy if plan else "")
        if plan is not None:  # the reset forgot the current row: keys move on from here
            row = [p.strategy for p in plans].index(plan.strategy)
            self.strategies_view.setCurrentIndex(self.strategies.index(row, 0))
        self.months.set_plan(plan, debts, code)
        self.overdue.set_plan(plan, debts, code)
        self.tabs.setTabText(0, self.tr("Month by month"))
        count = len(plan.overdue) if plan else 0
        self.tabs.setTabText(1, self.tr("What goes overdue (%n)", "", count))
        self._warn(plan, code)
        self._tell_early(plan, debts, code)
        self._draw(result, plan)
        self._fit_strategies()

    def _fit_strategies(self) -> None:
        """Exactly three rows high: the strategies sit side by side, no scrolling."""
        view = self.strategies_view
        header = view.horizontalHeader()
        head = header.height() if header.isVisible() else header.sizeHint().height()
        rows = len(STRATEGIES) * view.verticalHeader().defaultSectionSize()
        frame = 2 * view.frameWidth()
        # Wider than the window (a long language at 1024 pixels): the horizontal scroll bar
        # takes its height from the rows unless it is added.
        bar = view.horizontalScrollBar().sizeHint().height()
        scrolls = header.length() > view.width() - frame
        height = rows + max(head, header.sizeHint().height()) + frame + (bar if scrolls else 0)
        view.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_strategies()  # the scroll bar comes and goes with the width

    def _warn(self, plan: PayoffPlan | None, code: str) -> None:
        lines = []
        if plan is not None and plan.shortfall < 0:
            lines.append(
                self.tr(
                    "Your budget is {short} short of this month's minimums: %n payment(s) go overdue.",  # noqa: E501
                    "",
                    len(plan.overdue),
                ).format(short=money(-plan.shortfall, code))
            )
        if plan is not None and plan.reported_keys:
            lines.append(
                self.tr("%n debt(s) reach your credit report.", "", len(plan.reported_keys))
            )
        if plan is not None and plan.growth > 0:
            lines.append(
                self.tr(
                    "At this budget the balances grow by up to {growth} a month; {budget} a "
                    "month would stop the growth."
                ).format(growth=money(plan.growth, code), budget=money(plan.stops_growth, code))
            )
        if plan is not None and plan.stopped is not None and plan.months:
            lines.append(
                self.tr(
                    "The plan stops in {month}: an account would be over 90 days late "
                    "(seriously delinquent) or charged off."
                ).format(month=plan.months[-1].month.strftime("%Y-%m"))
            )
        elif plan is not None and plan.debt_free is None:
            lines.append(self.tr("At this budget the debts are not paid off within 30 years."))
        self.warning.setText(sentences(*lines))
        self.warning.setVisible(bool(lines))

    def _tell_early(self, plan: PayoffPlan | None, debts: Any, code: str) -> None:
        names = {d.key: d.name for d in debts}
        text = self.tr(
            "{debt} is paid off early on {day} with {amount}: {saved} of its interest "
            "is not charged."
        )
        lines = [
            text.format(
                debt=names.get(x.key, x.key),
                day=x.day.isoformat(),
                amount=money(x.amount, code),
                saved=money(x.saved, code),
            )
            for x in (plan.paid_off_early if plan else ())
        ]
        self.early.setText(sentences(*lines))
        self.early.setVisible(bool(lines))

    def _draw(self, result: PayoffResult | None, plan: PayoffPlan | None) -> None:
        if result is None:
            self.chart.set_lines("", [], "CNY")
            self.chart_note.hide()
            return
        lines = [
            Line(
                strategy_name(key),
                simulation.balance_curve(p),
                bold=plan is not None and key == plan.strategy,
                pattern=LINE_PATTERNS.get(key),
                marker=LINE_MARKERS.get(key),
            )
            for key, p in result.plans.items()
        ]
        self.chart.set_lines(
            self.tr("Total owed over time"), lines, result.currency, result.currency
        )
        notes = []
        for keys in simulation.coinciding(result.plans):
            if len(keys) == len(result.plans):
                notes.append(
                    self.tr(
                        "All three strategies give the same plan here: their lines lie on"
                        " top of each other."
                    )
                )
            else:  # two of the three
                notes.append(
                    self.tr(
                        "{first} and {second} give the same plan here: their lines lie on"
                        " top of each other."
                    ).format(first=strategy_name(keys[0]), second=strategy_name(keys[1]))
                )
        self.chart_note.setText(" ".join(notes))
        self.chart_note.setVisible(bool(notes))
