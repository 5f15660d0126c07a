"""Simulator page: every way to deal with one due, side by side, charted and explained.

Longer than 400 lines on purpose: the inputs, the options table, the chart, the
explanation, the timeline and the report legend all show one simulation and refresh
together; split, each would need the whole state passed around.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import InputError, TrackerError
from tracker.money import parse_positive_amount, plain
from tracker.service import products, simulation
from tracker.simulator import Option, Simulation
from ui.context import AppContext
from ui.dialogs import negotiate as negotiate_dialog
from ui.dialogs.common import amount_edit, date_edit
from ui.errors import error_text
from ui.formatting import iso, long_date, money, percent, sentences, to_qdate
from ui.labels import choice_label
from ui.models.options import OptionsModel, option_name
from ui.models.timeline import TimelineModel
from ui.pages.base import Page, title_label
from ui.widgets.charts import DateMoneyChart, Line
from ui.widgets.form import ERROR_STYLE
from ui.widgets.scrolling import scroll_area

EXPLANATION_STYLE = (
    "QLabel { background: #eef5ff; border: 1px solid #b9d3f5; border-radius: 4px;"
    " padding: 6px; font-size: 11pt; }"
)


class _Split(QSplitter):
    """A splitter that says when it has shared out a new height among its parts."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class SimulatorPage(Page):
    """``simulatorPage``: pick a due (or type an amount and rules) and compare options."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "simulatorPage", parent)
        self.sim: Simulation | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        # On a small screen the page scrolls: the table, chart and timeline keep a
        # readable height instead of being squeezed to a few pixels each.
        outer.addWidget(scroll_area(body, "simulatorScroll"))
        layout = QVBoxLayout(body)
        self.heading = title_label()
        layout.addWidget(self.heading)
        layout.addWidget(self._build_inputs())
        self.explanation = QLabel(objectName="simulatorExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setStyleSheet(EXPLANATION_STYLE)
        layout.addWidget(self.explanation)
        # A late recorded due's negotiated option leads to the Negotiate view (issue 17).
        self.negotiate_button = QPushButton(objectName="simulatorNegotiate")
        self.negotiate_button.clicked.connect(self._negotiate)
        layout.addWidget(self.negotiate_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.model = OptionsModel(self)
        self.view = self._build_view()
        self.chart = DateMoneyChart("simulatorChart")
        # The selected option's statements, month by month (DESIGN.md: the timeline).
        self.timeline = TimelineModel(self)
        self.timeline_view = QTableView(objectName="simulatorTimelineView")
        self.timeline_view.setTabKeyNavigation(False)
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.verticalHeader().hide()
        self.timeline_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.selectionModel().currentRowChanged.connect(self._option_chosen)
        self.split = split = _Split(Qt.Orientation.Vertical)
        # Fitted after the splitter shares out its height: the page's own resize comes
        # before it, and the share by stretch then left a row of options out of sight.
        split.resized.connect(self._fit_table)
        split.addWidget(self.view)
        split.addWidget(self.chart)
        split.addWidget(self.timeline_view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 1)
        split.setSizes([300, 320, 200])
        for part, least in ((self.view, 150), (self.chart, 200), (self.timeline_view, 120)):
            part.setMinimumHeight(least)
        layout.addWidget(split, 1)
        self.report_legend = QLabel(objectName="reportLegend")
        self.report_legend.setWordWrap(True)
        self.report_legend.setStyleSheet("QLabel { color: #444; font-size: 9pt; }")
        layout.addWidget(self.report_legend)
        self.retranslate()
        self.refresh_when_shown()  # not on screen at start-up

    # -- building ----------------------------------------------------------------------
    def _build_inputs(self) -> QGroupBox:
        self.inputs = QGroupBox()
        grid = QGridLayout(self.inputs)
        self.due_mode = QRadioButton(objectName="dueMode")
        self.amount_mode = QRadioButton(objectName="amountMode")
        self.due_combo = QComboBox(objectName="dueField")
        self.amount = amount_edit()
        self.amount.setObjectName("amountField")
        self.amount_error = QLabel(objectName="amountError")
        self.amount_error.setStyleSheet(ERROR_STYLE)
        self.amount_error.setWordWrap(True)
        self.amount_error.hide()
        self.source_combo = QComboBox(objectName="sourceField")
        self.due_date = date_edit(self.ctx.today)
        self.due_date.setObjectName("dueDateField")
        self.due_date_error = QLabel(objectName="dueDateError")
        self.due_date_error.setStyleSheet(ERROR_STYLE)
        self.due_date_error.setWordWrap(True)
        self.due_date_error.hide()
        self.rules_label, self.date_label = QLabel(), QLabel()
        self.run_button = QPushButton(objectName="simulateButton")
        grid.addWidget(self.due_mode, 0, 0)
        grid.addWidget(self.due_combo, 0, 1, 1, 5)
        grid.addWidget(self.amount_mode, 1, 0)
        grid.addWidget(self.amount, 1, 1)
        grid.addWidget(self.rules_label, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.source_combo, 1, 3)
        grid.addWidget(self.date_label, 1, 4, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.due_date, 1, 5)
        grid.addWidget(self.run_button, 1, 6)
        grid.addWidget(self.amount_error, 2, 1, 1, 3)
        grid.addWidget(self.due_date_error, 2, 2, 1, 5)  # never shown with amount_error
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.due_mode.setChecked(True)
        self._enable_inputs(due_mode=True)
        self.due_mode.toggled.connect(self._mode_changed)
        self.due_combo.activated.connect(lambda _i: self._use_due())
        self.run_button.clicked.connect(self.run)
        self.amount.returnPressed.connect(self.run)
        self.amount.textEdited.connect(lambda _t: self._set_amount_error(""))
        self.due_date.textChanged.connect(lambda _t: self._set_due_date_error(""))
        self.due_date.returnPressed.connect(self.run)
        return self.inputs

    def _build_view(self) -> QTableView:
        view = QTableView(objectName="simulatorOptionsView")
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Compact rows: all options fit above the chart at 1280×800.
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        return view

    # -- page API ----------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Simulator")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What will it cost? Every option side by side"))
        self.inputs.setTitle(self.tr("What to simulate"))
        self.due_mode.setText(self.tr("A due:"))
        self.negotiate_button.setText(self.tr("Negotiate this plan with the lender…"))
        self.amount_mode.setText(self.tr("An amount:"))
        self.amount.setPlaceholderText(self.tr("e.g. 3,245.60"))
        self.rules_label.setText(self.tr("Rules of:"))
        self.date_label.setText(self.tr("Due on:"))
        self.run_button.setText(self.tr("Simulate"))
        self.model.retranslate()
        self.timeline.retranslate()
        self._fill_dues(self.due_combo.currentData())
        self._fill_sources(self.source_combo.currentData())
        self._show(self.sim)

    def refresh(self) -> None:
        """Re-read the open dues; re-run a due's simulation (payments change it)."""
        self._fill_dues(self.due_combo.currentData())
        self._fill_sources(self.source_combo.currentData())
        if self.due_mode.isChecked():
            self._use_due()

    @Slot(int)
    def simulate_due(self, due_id: int) -> None:
        """Select the due ``due_id`` and show its options (the dashboard jumps here)."""
        self._fill_dues(due_id)
        self.due_mode.setChecked(True)
        self._use_due()

    @Slot()
    def run(self) -> None:
        """Simulate what the inputs say; refusals show next to the amount field."""
        if self.due_mode.isChecked():
            self._use_due()
            return
        try:
            amount = parse_positive_amount(self.amount.text())
        except InputError as exc:
            self._set_amount_error(error_text(exc))
            return
        self._set_amount_error("")
        try:
            due = self.due_date.value(self.tr("due date"))
        except InputError as exc:
            self._set_due_date_error(error_text(exc))
            return
        self._set_due_date_error("")
        source, today = self.source_combo.currentData(), self.ctx.today
        self._attempt(
            lambda: simulation.simulate_amount(self.ctx.store, source, amount, due, today=today)
        )
        if self.sim is not None and simulation.far_past(due, today):  # a mistyped year?
            self.due_date_error.setText(
                self.tr(
                    "{date} is more than a year ago: simulated as %n day(s) late. Check the year.",
                    "",
                    self.sim.days_late,
                ).format(date=long_date(due))
            )
            self.due_date_error.setVisible(True)

    # -- inputs ------------------------------------------------------------------------
    def _fill_dues(self, keep: object) -> None:
        views = simulation.simulatable_dues(self.ctx.store, self.ctx.today)
        self.due_combo.blockSignals(True)
        self.due_combo.clear()
        for v in views:
            text = self.tr("{product} · due {date} · {amount}").format(
                product=v.product.name,
                date=iso(v.due.due_date),
                amount=money(v.amount, v.product.currency),
            )
            if v.due.kind != "bill":
                text += f" · {v.due.description}"
            self.due_combo.addItem(text, v.due.id)
        self.due_combo.setCurrentIndex(max(0, self.due_combo.findData(keep)))
        self.due_combo.blockSignals(False)
        if not views:
            self.amount_mode.setChecked(True)
        self.due_mode.setEnabled(bool(views))

    def _fill_sources(self, keep: object) -> None:
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for p in products.list_products(self.ctx.store):
            self.source_combo.addItem(p.name, p.id)
        for key in simulation.preset_keys():
            self.source_combo.addItem(
                self.tr("Preset: {name}").format(name=choice_label("preset", key)), key
            )
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(keep)))
        self.source_combo.blockSignals(False)

    def _enable_inputs(self, due_mode: bool) -> None:
        self.due_combo.setEnabled(due_mode)
        for w in (self.amount, self.source_combo, self.due_date, self.run_button):
            w.setEnabled(not due_mode)

    @Slot(bool)
    def _mode_changed(self, due_mode: bool) -> None:
        self._enable_inputs(due_mode)
        if due_mode:
            self._set_amount_error("")
            self._set_due_date_error("")
            self._use_due()
        else:
            self.amount.setFocus()

    def _use_due(self) -> None:
        due_id = self.due_combo.currentData()
        if isinstance(due_id, int):
            self._attempt(lambda: simulation.simulate_due(self.ctx.store, due_id, self.ctx.today))
            if self.sim is not None:  # "an amount" then starts from this due
                found = self.source_combo.findData(self.sim.product.id)
                self.source_combo.setCurrentIndex(max(0, found))
                self.amount.setText(plain(self.sim.amount))
                self.due_date.setDate(to_qdate(self.sim.due))
        else:
            self._show(None)

    def _set_due_date_error(self, message: str) -> None:
        self.due_date_error.setText(message)
        self.due_date_error.setVisible(bool(message))
        if message and self.sim is not None:
            self._show(None)

    def _set_amount_error(self, message: str) -> None:
        self.amount_error.setText(message)
        self.amount_error.setVisible(bool(message))
        if message and self.sim is not None:
            self._show(None)  # the options on show are for another amount

    def _attempt(self, work: Callable[[], Simulation]) -> None:
        try:
            sim = work()
        except TrackerError as exc:
            self._show(None)
            if isinstance(exc, InputError) and exc.field == "due":
                self._set_due_date_error(error_text(exc))  # said next to the field
                return
            self.explanation.setText(f"<span style='{ERROR_STYLE}'>{error_text(exc)}</span>")
            return
        self._show(sim)

    # -- output ------------------------------------------------------------------------
    def _show(self, sim: Simulation | None) -> None:
        self.sim = sim
        self.model.set_simulation(sim)
        self._show_timeline(sim.cheapest_clean or sim.options[0] if sim and sim.options else None)
        self.explanation.setText(self.explain(sim) if sim else self._hint())
        self.report_legend.setText(self.model.report_legend())
        self._draw(sim)
        self._fit_table()
        self._can_negotiate()

    @Slot(QModelIndex, QModelIndex)
    def _option_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.sim is not None and current.isValid():
            self._show_timeline(self.model.option(current.row()))
        self._can_negotiate()

    def _can_negotiate(self) -> None:
        """Negotiating is offered on a recorded product's late due, negotiated option."""
        index = self.view.currentIndex()
        sim = self.sim
        chosen = self.model.option(index.row()) if sim and index.isValid() else None
        late = sim is not None and sim.days_late > 0 and sim.product.id is not None
        self.negotiate_button.setVisible(late)
        self.negotiate_button.setEnabled(
            late and chosen is not None and chosen.kind == "negotiated"
        )

    @Slot()
    def _negotiate(self) -> None:
        if self.sim is not None and self.sim.product.id is not None:
            negotiate_dialog.open_negotiate(self.ctx, self.sim.product.id, self)

    def _show_timeline(self, option: Option | None) -> None:
        """The statements of ``option`` (None: an empty table)."""
        cur = self.sim.product.currency if self.sim else "CNY"
        self.timeline.set_timeline(option.timeline if option else (), cur)

    def _fit_table(self) -> None:
        """Give the table the height of all its rows (the chart takes the rest)."""
        view = self.view
        rows = max(self.model.rowCount(), 6) * view.verticalHeader().defaultSectionSize()
        wanted = rows + view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        total = sum(self.split.sizes())
        if total > wanted + self.chart.minimumHeight():
            rest = total - wanted  # the chart, then the selected option's timeline
            self.split.setSizes([wanted, rest * 3 // 5, rest - rest * 3 // 5])

    def _hint(self) -> str:
        return self.tr("Pick a due, or type an amount and choose whose rules apply.")

    def explain(self, sim: Simulation) -> str:
        """The plain-language sentences for ``sim``, in the interface language."""
        facts = simulation.explain(sim)
        cur = facts.currency
        if facts.now is not None:
            return "<br>".join(self._late_now(facts, facts.now))
        lines = [
            self.tr("Paying {amount} in full by {date} costs nothing.").format(
                amount=money(facts.amount, cur), date=long_date(facts.due)
            )
        ]
        best = facts.best
        if best is None:
            lines.append(self.tr("Every other choice reaches your credit report."))
        else:
            text = (
                self.tr(
                    "If you cannot: <b>{option}</b> costs {cost}, {apr} a year, and keeps your report clean."  # noqa: E501
                )
                if best.apr is not None
                else self.tr(
                    "If you cannot: <b>{option}</b> costs {cost} and keeps your report clean."
                )
            )
            lines.append(
                text.format(
                    option=option_name(best),
                    cost=money(best.total_cost, cur),
                    apr=percent(best.apr),
                )
            )
        late = facts.late
        if late is not None:
            lines.append(self._late_sentence(late, cur))
        return "<br>".join(lines)

    def _late_now(self, facts: simulation.Explanation, now: Option) -> list[str]:
        """An already-late due: what paying today costs, and what waiting adds."""
        cur = facts.currency
        lines = [
            sentences(
                self.tr("This due is %n day(s) late.", "", facts.days_late),
                # (what the delay has charged the account so far — a pay-in-4's other
                # instalments' fees too — not a cost of paying today: "on top" read so)
                self.tr(
                    "Paying {amount} today also pays the {cost} the account has been charged"
                    " for being late so far."
                ).format(amount=money(facts.amount, cur), cost=money(now.total_cost, cur)),
            )
        ]
        if now.impact.reported:
            lines.append(
                self.tr("It is on your credit report and stays there until {until}.").format(
                    until=long_date(now.impact.visible_until)
                )
            )
        if facts.late is not None:
            lines.append(self._late_sentence(facts.late, cur))
        return lines

    def _late_sentence(self, late: Option, cur: str) -> str:
        days = late.days or 0
        cost = money(late.total_cost, cur)
        if late.impact.reported:
            return self.tr(
                "Paying %n day(s) late costs {cost} and stays on your credit report until {until}.",  # noqa: E501
                "",
                days,
            ).format(cost=cost, until=long_date(late.impact.visible_until))
        return self.tr("Paying %n day(s) late costs {cost} and is not reported.", "", days).format(
            cost=cost
        )

    def _draw(self, sim: Simulation | None) -> None:
        if sim is None:
            self.chart.set_lines("", [], "CNY")
            return
        lines = []
        for curve in simulation.chart_curves(sim):
            name = option_name(curve.options[0])
            if curve.late:
                longest = max(o.days or 0 for o in curve.options)
                name = self.tr("Pay late (up to %n day(s))", "", longest)
            lines.append(Line(name, curve.points, dashed=curve.reported, bold=curve.recommended))
        self.chart.set_lines(
            self.tr("Cumulative cost over time (dashed: reaches the credit report)"),
            lines,
            sim.product.currency,
            sim.product.currency,
        )
