"""Simulator page: the demo's Huabei due, a typed amount on a preset, refusals, the chart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from tracker.service import payments, simulation
from ui.formatting import to_qdate
from ui.main_window import MainWindow
from ui.models.options import BEST, REPORTED, OptionsModel
from ui.pages.simulator import SimulatorPage


def open_simulator(window: MainWindow) -> tuple[SimulatorPage, OptionsModel]:
    page = window.show_page("simulator")
    assert isinstance(page, SimulatorPage)
    view = window.findChild(QTableView, "simulatorOptionsView")
    model = view.model()
    assert isinstance(model, OptionsModel)
    return page, model


def key(model: OptionsModel, row: int) -> str:
    """``"installment 3"``, ``"overdue 30"``, ``"minimum 31"`` (the rest 31 days later),
    ``"minimum"`` (every month) — independent of the wording."""
    o = model.option(row)
    n = o.periods if o.kind in ("installment", "negotiated") else o.days
    return o.kind if o.kind == "pay_in_full" or n is None else f"{o.kind} {n}"


def rows(model: OptionsModel) -> dict[str, list[str]]:
    cols = model.columnCount()
    return {
        key(model, r): [model.index(r, c).data() for c in range(cols)]
        for r in range(model.rowCount())
    }


def huabei_due_id(window: MainWindow) -> int:
    views = simulation.simulatable_dues(window.ctx.store, window.ctx.today)
    return next(v.due.id for v in views if v.product.name == "花呗")


def test_huabei_due_options_by_hand(window: MainWindow) -> None:
    page, model = open_simulator(window)
    page.simulate_due(huabei_due_id(window))
    assert page.due_combo.currentText() == "花呗 · due 2026-12-04 · ¥3,245.60"
    table = rows(model)
    # Split into 3: Huabei's total rate 2.5% → 3245.60 × 0.025 = 81.14.
    assert table["installment 3"][1:3] == ["¥81.14", "2.50%"]
    assert table["installment 3"][0] == "Split into 3"
    assert table["installment 3"][6] == "clean"
    # 30 days late: 324,560 × 0.0005 = 162.28 a day, posted on the 25 Dec statement
    # (21 days = 3,407.88 → 3,408) and paid with the rest (9 days = 1,460.52 → 1,461):
    # ¥48.69; paid 2027-01-03, reported (code 1 = 1–30 days) and kept 5 years.
    assert table["overdue 30"][1] == "¥48.69"
    assert table["overdue 30"][6] == "reported, code 1, visible until 2032-01-03"
    # Minimum 10% = 324.56 now; the rest 2921.04 30 days later (3 Jan, the next
    # statement's due date): 292,104 × 0.0005 = 146.052 a day, posted 25 Dec (21 days =
    # 3,067.09 → 3,067) and 9 days more (1,314.47 → 1,314): ¥43.81; cash 324.56 in Dec,
    # 2,964.85 in Jan.
    minimum = table["minimum 30"]
    assert minimum[0] == "Pay the minimum, the rest 30 days later"
    assert minimum[1] == "¥43.81"
    assert minimum[5] == "¥324.56 / ¥2,964.85"
    # APR: 4,381 / 292,104 × 365 / 30 = 18.25%; compounded over a year,
    # EAR = (1 + 4,381 / 292,104)^(365 / 30) − 1 = 19.86%.
    assert minimum[3:5] == ["18.25%", "19.86%"]
    # A day later (4 Jan) the 25 Dec statement's own minimum is missed: reported.
    assert table["minimum 31"][6].startswith("reported, code 1")
    # Cheapest clean: the minimum with the rest 15 days later (¥21.91): green, in bold.
    best = list(table).index("minimum 15")
    assert model.index(best, 0).data(Qt.ItemDataRole.BackgroundRole).color() == BEST
    assert model.index(best, 0).data(Qt.ItemDataRole.FontRole).bold()
    late = list(table).index("overdue 30")
    assert model.index(late, 0).data(Qt.ItemDataRole.BackgroundRole).color() == REPORTED
    text = page.explanation.text()
    assert "<b>Pay the minimum, the rest 15 days later</b> costs ¥21.91, 18.25% a year" in text
    # A sentence: the long date (2032-01-03 is a Saturday).
    assert (
        "late costs ¥48.69 and stays on your credit report until Saturday 3 January 2032." in text
    )


def test_chart_has_a_line_per_choice(window: MainWindow) -> None:
    page, model = open_simulator(window)
    page.simulate_due(huabei_due_id(window))
    names = page.chart.series_names()
    # 18 options: full (no cost: no line), the minimum with the rest 15/30/31/60/90/180
    # days later and every month (7), 4 splits (3/6/9/12), 5 latenesses (one line: they
    # lie on one path), negotiated → 7 + 4 + 1 + 1 = 13 lines.
    assert model.rowCount() == 18
    assert len(names) == 13
    assert "Pay in full" not in names and "Split into 12" in names
    late = page.chart.chart().series()[11]  # after the 7 minimum and 4 split lines
    # Its last point: 180 days late, 3245.60 × 0.0005 × 180 = 292.104, rounded on each of
    # the 7 postings (statements and the payoff): 292.11.
    assert late.at(late.count() - 1).y() == pytest.approx(292.11)


def test_an_amount_starts_from_the_chosen_dues_rules(window: MainWindow) -> None:
    page, _ = open_simulator(window)
    page.simulate_due(huabei_due_id(window))
    page.amount_mode.setChecked(True)
    assert page.source_combo.currentText() == "花呗"


def test_typed_amount_on_the_card_preset(window: MainWindow, qtbot: QtBot) -> None:
    page, model = open_simulator(window)
    page.amount_mode.setChecked(True)
    page.source_combo.setCurrentIndex(page.source_combo.findData("cn-credit-card"))
    page.due_date.setDate(to_qdate(date(2026, 12, 20)))
    field = window.findChild(QLineEdit, "amountField")
    field.clear()
    qtbot.keyClicks(field, "12,000")
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    table = rows(model)
    # 0.6% a period flat: 12000 × 0.006 × 12 = 864.00; 1000 + 72 = 1072.00 a month;
    # IRR 1.0863% a month → APR 13.03%, EAR 13.84% (DESIGN.md's worked example).
    assert table["installment 12"][1:6] == [
        "¥864.00",
        "7.20%",
        "13.03%",
        "13.84%",
        "12 × ¥1,072.00",
    ]
    assert "installment 60" in table


def test_bad_amount_is_refused_next_to_the_field(window: MainWindow, qtbot: QtBot) -> None:
    page, model = open_simulator(window)
    page.simulate_due(huabei_due_id(window))
    page.amount_mode.setChecked(True)
    field = window.findChild(QLineEdit, "amountField")
    # "an amount" starts from the due: its amount, date and product rules
    assert field.text() == "3245.60" and page.due_date.date() == to_qdate(date(2026, 12, 4))
    field.clear()
    qtbot.keyClicks(field, "12,34.5")
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    error = window.findChild(QLabel, "amountError")
    assert error.isVisible()
    assert error.text().startswith("amount '12,34.5' has misplaced thousands separators")
    # The options of the earlier amount are not left on show as if they were for this one.
    assert model.rowCount() == 0
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert not error.isVisible()


def test_instalment_due_is_not_split_again(window: MainWindow) -> None:
    page, model = open_simulator(window)
    views = simulation.simulatable_dues(window.ctx.store, window.ctx.today)
    period = next(v for v in views if v.due.description == "iPhone 12 期 5/12")
    page.simulate_due(period.due.id)
    kinds = [model.option(r).kind for r in range(model.rowCount())]
    assert kinds[0] == "pay_in_full"
    assert "installment" not in kinds and "minimum" not in kinds
    assert model.index(0, 0).data() == "Pay in full"
    assert "Every other choice reaches your credit report." in page.explanation.text()


def test_an_overdue_due_is_explained_from_today(window: MainWindow) -> None:
    page, model = open_simulator(window)
    views = simulation.simulatable_dues(window.ctx.store, window.ctx.today)
    period = next(v for v in views if v.due.description == "iPhone 12 期 4/12")
    page.simulate_due(period.due.id)
    # Due 2026-11-26, today 2026-12-01: 5 days late. The period is part of the Baitiao
    # account, whose penalty runs on everything unpaid (the bill due the same day too):
    # (864.20 + 618.25) × 0.05% × 5 = ¥3.706 → ¥3.71 so far, as the dashboard says.
    assert model.index(0, 0).data() == "Pay 5 days late"
    assert model.index(0, 1).data() == "¥3.71"
    text = page.explanation.text()
    assert (
        "This due is 5 days late. Paying ¥618.25 today also pays the ¥3.71 the account has"
        " been charged for being late so far." in text
    )
    assert "stays there until Monday 1 December 2031" in text  # 2031-12-01


def test_payment_refreshes_the_simulation(window: MainWindow) -> None:
    page, model = open_simulator(window)
    page.simulate_due(huabei_due_id(window))

    window.ctx.change(
        lambda s: payments.add_payment(s, "花呗", date(2026, 12, 1), 100_000, window.ctx.today)
    )
    # 3245.60 − 1000.00 = 2245.60 left; split into 3: 2245.60 × 2.5% = 56.14.
    assert page.due_combo.currentText() == "花呗 · due 2026-12-04 · ¥2,245.60"
    assert rows(model)["installment 3"][1] == "¥56.14"


def test_options_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page, model = open_simulator(window)
    page.simulate_due(huabei_due_id(window))
    qtmodeltester.check(model)
    page.simulate_due(-1)  # unknown: falls back to the first due, still a valid model
    qtmodeltester.check(model)


def test_inputs_that_do_not_apply_are_disabled(window: MainWindow) -> None:
    page, _ = open_simulator(window)
    assert page.due_mode.isChecked()
    for w in (page.amount, page.source_combo, page.due_date, page.run_button):
        assert not w.isEnabled()
    page.amount_mode.setChecked(True)
    assert page.amount.isEnabled() and not page.due_combo.isEnabled()


def test_clicking_an_option_shows_its_month_by_month_timeline(
    window: MainWindow,
    qtbot,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    page, model = open_simulator(window)
    page.simulate_due(huabei_due_id(window))
    timeline = window.findChild(QTableView, "simulatorTimelineView")
    qtmodeltester.check(timeline.model())
    # Click "Pay 30 days late": Huabei 3,245.60 due 4 Dec, paid 3 Jan — two statements.
    row = list(rows(model)).index("overdue 30")
    view = window.findChild(QTableView, "simulatorOptionsView")
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tl = timeline.model()
    assert tl.rowCount() == 2
    cols = [tl.headerData(c, Qt.Orientation.Horizontal) for c in range(tl.columnCount())]
    assert cols[0] == "Statement" and cols[-1] == "Report"
    first = [tl.index(0, c).data() for c in range(tl.columnCount())]
    # 25 Nov statement, due 4 Dec, minimum 324.56, nothing paid in its cycle; 21 days
    # past due by the next statement (25 Dec): reported, code 1.
    assert first[:4] == ["2026-11-25", "2026-12-04", "¥324.56", "¥0.00"]
    assert first[8:] == ["21", "1"]
    # The 25 Dec statement: its penalty 3,407.88 → ¥34.08 posted, and ¥14.61 more when it
    # is paid on 3 Jan (30 days past due, code 1: a BNPL line may report at its due
    # dates, so every month the delinquency touches counts).
    second = [tl.index(1, c).data() for c in range(tl.columnCount())]
    assert second[6] == "¥48.69" and second[8:] == ["30", "1"]
