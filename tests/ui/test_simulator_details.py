"""Simulator details a careful user trips over (issue 15): a preset's amount due in the
past, what the cash column means, the credit-report codes explained, US-style codes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from tracker.service import simulation
from ui.main_window import MainWindow
from ui.models.options import OptionsModel
from ui.pages.simulator import SimulatorPage


def open_simulator(window: MainWindow) -> tuple[SimulatorPage, OptionsModel]:
    page = window.show_page("simulator")
    assert isinstance(page, SimulatorPage)
    model = window.findChild(QTableView, "simulatorOptionsView").model()
    assert isinstance(model, OptionsModel)
    return page, model


def click(qtbot: QtBot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Select what the field holds, as a person does (Ctrl+A), and type over it."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def amount_mode_with(page: SimulatorPage, qtbot: QtBot, source: object) -> None:
    click(qtbot, page.amount_mode)
    assert page.amount_mode.isChecked()
    page.source_combo.setCurrentIndex(page.source_combo.findData(source))


def row_of(model: OptionsModel, kind: str, days: int | None = None) -> int:
    for r in range(model.rowCount()):
        o = model.option(r)
        if o.kind == kind and (days is None or o.days == days):
            return r
    raise AssertionError(f"no {kind} {days} option")


def test_a_preset_amount_due_in_the_past_is_refused_next_to_the_date(
    window: MainWindow, qtbot: QtBot
) -> None:
    page, model = open_simulator(window)
    amount_mode_with(page, qtbot, "huabei")
    type_into(qtbot, page.amount, "1000")
    # Today is 2026-12-01: a made-up amount cannot have fallen due on 2026-11-01.
    type_into(qtbot, page.due_date, "2026-11-01")
    click(qtbot, page.run_button)
    error = window.findChild(QLabel, "dueDateError")
    assert error.isVisible()
    assert error.text().startswith("due date 2026-11-01 is before today (2026-12-01)")
    assert model.rowCount() == 0
    assert "costs nothing" not in page.explanation.text()
    # Typing another date clears the message; today is fine: paying in full costs nothing.
    type_into(qtbot, page.due_date, "2026-12-01")
    assert not error.isVisible()
    click(qtbot, page.run_button)
    assert model.rowCount() > 0
    # A sentence: the long date (2026-12-01 is a Tuesday).
    assert "Paying ¥1,000.00 in full by Tuesday 1 December 2026 costs nothing." in (
        page.explanation.text()
    )


def test_a_saved_products_amount_due_in_the_past_is_late_from_today(
    window: MainWindow, qtbot: QtBot
) -> None:
    page, model = open_simulator(window)
    huabei = next(p for p in window.ctx.store.list_products() if p.name == "花呗")
    amount_mode_with(page, qtbot, huabei.id)
    type_into(qtbot, page.amount, "1000")
    type_into(qtbot, page.due_date, "2026-11-20")
    click(qtbot, page.run_button)
    # As `debt-tracker-cli simulate 花呗 --due 2026-11-20`: 11 days late on 2026-12-01;
    # paying today costs 1000.00 × 0.05% × 11 = 5.50.
    assert not page.due_date_error.isVisible()
    assert model.index(0, 0).data() == "Pay 11 days late"
    assert model.index(0, 1).data() == "¥5.50"
    assert "This due is 11 days late." in page.explanation.text()
    assert "costs nothing" not in page.explanation.text()


def test_a_mistyped_due_date_is_refused_next_to_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    page, model = open_simulator(window)
    amount_mode_with(page, qtbot, "huabei")
    type_into(qtbot, page.amount, "1000")
    type_into(qtbot, page.due_date, "2026-12-32")
    click(qtbot, page.run_button)
    assert page.due_date_error.isVisible() and model.rowCount() == 0


def test_cash_column_says_once_or_by_month(window: MainWindow, qtbot: QtBot) -> None:
    page, model = open_simulator(window)
    views = simulation.simulatable_dues(window.ctx.store, window.ctx.today)
    page.simulate_due(next(v.due.id for v in views if v.product.name == "花呗"))
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Cash needed"
    full = row_of(model, "pay_in_full")
    # Paying ¥3,245.60 in full is one payment, not a monthly one.
    assert model.index(full, 5).data() == "¥3,245.60 once"
    assert model.index(full, 5).data(Qt.ItemDataRole.ToolTipRole) == "One payment, in 2026-12"
    # The minimum 324.56 on the due date (12-04), the rest 15 days later (12-19) with
    # 2,921.04 × 0.05% × 15 = 21.9078 → 21.91 interest: 2,942.95. Both in December: two
    # payments, 3,267.51 in all — not "once".
    minimum = row_of(model, "minimum")
    assert model.index(minimum, 5).data() == "2 payments, ¥3,267.51 in all"
    tip = model.index(minimum, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Paid in 2 payments:\n2026-12-04: ¥324.56\n2026-12-19: ¥2,942.95"
    # Split into 3 (DESIGN.md § Presets, instalment rounding): principal 3,245.60 / 3
    # rounded down = 1,081.86 twice, the last 1,081.88; fee 2.5% = 81.14, 27.05 twice
    # (27.0467 half-up) and the last 81.14 − 54.10 = 27.04. Payments 1,108.91, 1,108.91,
    # 1,108.92 from January: equal but for a rounding fen, so "3 × up to".
    split = row_of(model, "installment")
    assert model.index(split, 5).data() == "3 × up to ¥1,108.92"
    tip = model.index(split, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[1:] == [
        "2027-01: ¥1,108.91",
        "2027-02: ¥1,108.91",
        "2027-03: ¥1,108.92",
    ]


def test_report_codes_are_explained(window: MainWindow, qtbot: QtBot) -> None:
    page, model = open_simulator(window)
    views = simulation.simulatable_dues(window.ctx.store, window.ctx.today)
    page.simulate_due(next(v.due.id for v in views if v.product.name == "花呗"))
    header_tip = model.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "1 = 1–30 days" in header_tip and "连三累六" in header_tip
    late = row_of(model, "overdue", 30)
    assert model.index(late, 6).data(Qt.ItemDataRole.ToolTipRole) == header_tip
    legend = window.findChild(QLabel, "reportLegend")
    assert legend.isVisible()
    # Huabei: reported from the first day late, kept 5 years after it is paid.
    assert "A record stays 5 years after the debt is paid." in legend.text()
    assert "花呗 reports a due once it is 1 day past due." in legend.text()
    for section in (3, 4):
        assert model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_us_card_shows_days_late_not_chinese_codes(window: MainWindow, qtbot: QtBot) -> None:
    page, model = open_simulator(window)
    views = simulation.simulatable_dues(window.ctx.store, window.ctx.today)
    page.simulate_due(next(v.due.id for v in views if v.product.name == "Chase Freedom"))
    # Due 2026-12-19; 30 days late = paid 2027-01-18, reported (after 30 days) as
    # "30 days late" and kept 7 years from the first delinquency, the missed due date
    # (DESIGN.md § The account engine, FCRA §605): 2033-12-19.
    assert model.index(row_of(model, "overdue", 30), 6).data() == (
        "reported, 30 days late, visible until 2033-12-19"
    )
    texts = [model.index(r, 6).data() for r in range(model.rowCount())]
    assert not any("code" in t for t in texts), texts
    tip = model.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("US credit bureaus: reported as 30, 60, 90") and "7 years" in tip
    assert "Chase Freedom reports a due once it is 30 days past due." in page.report_legend.text()


def test_a_due_date_years_ago_is_simulated_with_a_warning_naming_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    page, model = open_simulator(window)
    huabei = next(p for p in window.ctx.store.list_products() if p.name == "花呗")
    amount_mode_with(page, qtbot, huabei.id)
    type_into(qtbot, page.amount, "1000")
    type_into(qtbot, page.due_date, "2019-01-01")  # 2029 meant?
    click(qtbot, page.run_button)
    # 2019-01-01 → 2026-01-01: 7 × 365 + 2 leap days (2020, 2024) = 2,557; → 1 Dec: + 334
    # = 2,891 days late. Still simulated (a saved product's debt may be that late), but said.
    assert model.rowCount() > 0
    assert model.index(0, 0).data() == "Pay 2891 days late"
    error = window.findChild(QLabel, "dueDateError")
    assert error.isVisible()
    assert error.text() == (
        "Tuesday 1 January 2019 is more than a year ago: simulated as 2891 days late. "
        "Check the year."
    )
    # A year and less is no warning: 2025-12-01 is 365 days before 2026-12-01.
    type_into(qtbot, page.due_date, "2025-12-01")
    click(qtbot, page.run_button)
    assert not error.isVisible() and model.index(0, 0).data() == "Pay 365 days late"
