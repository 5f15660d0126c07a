"""Payoff page details (issue 15): a click on a strategy shows its months, the three
lines can be told apart (and a note says when they coincide), the first-month minimums
are told apart from the dashboard's, and the date axes tick on month starts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QLineSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from tracker.service import simulation
from ui.main_window import MainWindow
from ui.pages.payoff import PayoffPage
from ui.pages.simulator import SimulatorPage
from ui.widgets.charts import month_ticks

TIMEOUT = 10_000


def open_payoff(window: MainWindow, qtbot: QtBot) -> PayoffPage:
    with qtbot.waitSignal(window.pages["payoff"].planned, timeout=TIMEOUT):  # type: ignore[attr-defined]
        page = window.show_page("payoff")
    assert isinstance(page, PayoffPage)
    return page


def click_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_strategy_row_shows_its_months(window: MainWindow, qtbot: QtBot) -> None:
    page = open_payoff(window, qtbot)
    assert page.result is not None
    view = window.findChild(QTableView, "strategiesView")
    assert page.strategies.index(1, 0).data() == "Snowball (smallest balance first)"
    click_row(qtbot, view, 1)
    snowball = page.result.plans["snowball"]
    assert page.strategy_combo.currentData() == "snowball"
    assert page.months.plan is snowball
    # The month table's first row is snowball's first month (its payments, not avalanche's).
    first = snowball.months[0]
    assert page.months.index(0, 0).data() == f"{first.month:%Y-%m}"
    assert page.strategies.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    # The keyboard does the same: Down moves to the next strategy and shows it.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.strategy_combo.currentData() == "least-damage"
    assert page.months.plan is page.result.plans["least-damage"]


def test_strategy_lines_have_their_own_styles(window: MainWindow, qtbot: QtBot) -> None:
    page = open_payoff(window, qtbot)
    series = page.chart.chart().series()
    lines = [s for s in series if isinstance(s, QLineSeries) and not isinstance(s, QScatterSeries)]
    markers = [s for s in series if isinstance(s, QScatterSeries)]
    assert len(lines) == 3 and len(markers) == 3
    assert len({s.pen().style() for s in lines}) == 3  # solid, dashed, dotted
    assert len({s.pen().color().name() for s in lines}) == 3
    assert len({m.markerShape() for m in markers}) == 3  # circle, square, triangle
    # Markers are not legend entries: the legend names the three strategies once each.
    assert page.chart.series_names() == [
        "Avalanche (highest rate first)",
        "Snowball (smallest balance first)",
        "Least damage (credit report first)",
    ]


def test_a_note_says_which_strategies_coincide(window: MainWindow, qtbot: QtBot) -> None:
    page = open_payoff(window, qtbot)
    assert page.result is not None and page.budget.text() == "2700.00"
    plans = page.result.plans
    # At 2,700.00 (test_payoff_page: the first month's minimums 2,695.02, rounded up) the
    # budget leaves little beyond the minimums to direct: the engine's planner pays the
    # same accounts in the same months under all three strategies (interest 779.73 each,
    # the engine's figure — 779.72 before each payment cleared what its own eve accrued,
    # and the plan ran a month more for the ¥0.66 left; 780.06 before the card's late
    # fee inside its bill stopped bearing interest (no interest on 违约金,
    # tests/core/test_overview.py); 817.15 at 2,600.00 before the card's minimum asked
    # the charges inside its bill in full (¥954.19, not ¥856.00: the minimums went up,
    # the budget with them); 823.08 before Baitiao's December minimum took 10 % of its
    # principal not already past due (+0.04) and before its instalment periods stopped
    # bearing revolving interest ahead of their due dates (−11.61); 811.51 before the CMB
    # card's ¥458.00 charge of 29 Nov bore interest from its own posting day rather than
    # from the 22 Dec statement (+5.64: 23 days × ¥458.00 × 0.05% = ¥5.27, compounded
    # monthly after)).
    curves = {key: simulation.balance_curve(plan) for key, plan in plans.items()}
    assert curves["avalanche"] == curves["snowball"] == curves["least-damage"]
    assert {plan.total_interest for plan in plans.values()} == {77_973}
    note = window.findChild(QLabel, "payoffChartNote")
    assert note.isVisible()
    assert note.text() == (
        "All three strategies give the same plan here: their lines lie on top of each other."
    )


def test_first_month_minimums_are_told_apart_from_the_dashboards(
    window: MainWindow, qtbot: QtBot
) -> None:
    # The dashboard: minimums of what falls due in December or is overdue, as recorded —
    # Baitiao bill 86.42 + late period 618.25 + Huabei 324.56 + card 954.19 + December
    # period 618.25 = 2,601.67.
    dashboard = window.show_page("dashboard")
    assert dashboard.findChild(QLabel, "minimumsCNY").text() == "¥2,601.67"
    page = open_payoff(window, qtbot)
    text = page.hint.text()
    # The planner's first month on the account engine (test_payoff_page: 2,695.02): each
    # account's minimum on its December due date, what is late in full.
    assert text.startswith("Minimums in the plan's first month: ¥2,695.02 — each account's")
    assert "with what is already late in full" in text
    assert "The dashboard's ¥2,601.67 counts only the minimums on this month's and overdue" in text


def test_date_axes_tick_on_month_starts(window: MainWindow, qtbot: QtBot) -> None:
    page = open_payoff(window, qtbot)
    # The plan runs 2026-12-01 … 2027-07-01 (8 months): a label on every month start.
    ticks = page.chart.tick_dates()
    assert [d.isoformat() for d in ticks][:2] == ["2026-12-01", "2027-01-01"]
    assert all(d.day == 1 for d in ticks) and len(ticks) >= 8
    simulator = window.show_page("simulator")
    assert isinstance(simulator, SimulatorPage)
    views = simulation.simulatable_dues(window.ctx.store, window.ctx.today)
    simulator.simulate_due(next(v.due.id for v in views if v.product.name == "花呗"))
    # Huabei due 2026-12-04; the longest line runs into 2028: every label on a month start.
    ticks = simulator.chart.tick_dates()
    assert ticks and all(d.day == 1 for d in ticks)
    assert ticks[0] <= views[0].due.due_date.replace(day=1)


def test_month_ticks_by_hand() -> None:
    # Within one month: its start and the next month's.
    assert month_ticks(date(2026, 12, 4), date(2026, 12, 20)) == [
        date(2026, 12, 1),
        date(2027, 1, 1),
    ]
    # A last point on a month start ends there.
    assert month_ticks(date(2026, 12, 1), date(2027, 2, 1))[-1] == date(2027, 2, 1)
    # 2026-12-04 … 2028-03-04: 16 months from 2026-12 to 2028-04 → more than 8 labels a
    # month apart, so every 2 months, from a January/March/… start: 2026-11 … 2028-05.
    ticks = month_ticks(date(2026, 12, 4), date(2028, 3, 4))
    assert ticks[0] == date(2026, 11, 1) and ticks[-1] == date(2028, 5, 1)
    assert len(ticks) == 10 and all((t.month - 1) % 2 == 0 for t in ticks)
    # 30 years: every 60 months (5 years) at most 8 steps.
    long = month_ticks(date(2026, 12, 1), date(2056, 11, 1))
    assert len(long) <= 9 and all(t.day == 1 and t.month == 1 for t in long)
