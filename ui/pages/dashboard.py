"""Dashboard: what is late and what it costs, what is due soon, and the totals per currency."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.service import dashboard as dash
from tracker.service.dues import DueView
from tracker.service.estimated_dues import EstimatedDue
from ui.context import AppContext
from ui.formatting import currency_display, iso, money, short_date
from ui.models.dues import DuesModel, estimate_status, estimate_urgency, status_text
from ui.pages.base import Page, title_label
from ui.pages.dashboard_empty import empty_text
from ui.record_actions import add_a_product_first
from ui.widgets.fit_columns import fit_columns
from ui.widgets.scrolling import at_most_wide, scroll_area
from ui.widgets.summary import CurrencyCard, WarningCard
from ui.widgets.table_filter import TableFilter, search_box, sortable
from ui.widgets.timeline import Mark, Timeline

if TYPE_CHECKING:
    from ui.dialogs.payment import PaymentDialog

COUNTDOWN_STYLE = (
    "QLabel#nextDueCountdown {{ font-size: 13pt; font-weight: 600; padding: 6px 12px;"
    " border-radius: 6px; background: {bg}; color: {fg}; }}"
)
COUNTDOWN_COLOURS = {"today": ("#fdd9b5", "#8a3b00"), "soon": ("#fff4d6", "#7a5200")}
SECTION_STYLE = "font-size: 11pt; font-weight: 600;"


class DashboardPage(Page):
    """``dashboardPage``: overdue warning, totals, countdown, dues table and timeline."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "dashboardPage", parent)
        self.data: dash.Dashboard | None = None
        self.cards: list[CurrencyCard] = []
        self._cards_shown: tuple[object, str] | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        top_row = QWidget()
        top = QHBoxLayout(top_row)
        top.setContentsMargins(0, 0, 0, 0)
        self.heading = title_label()
        self.countdown = QLabel(objectName="nextDueCountdown")
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.countdown)
        layout.addWidget(at_most_wide(top_row))  # the countdown stays above the cards
        self.stack = QStackedWidget()
        # On a small screen the cards and the table scroll: the window never grows
        # taller than a 1024×640 screen, and the table keeps room for six rows.
        self.stack.addWidget(scroll_area(self._build_content(), "dashboardScroll"))
        self.stack.addWidget(self._build_empty())
        layout.addWidget(self.stack, 1)
        self._follow_scheduled = False  # see _build_view
        self._set_texts()  # the rest of retranslate() is what refresh() shows anyway
        self.refresh()

    def _build_content(self) -> QWidget:
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.warning = WarningCard(self.pay_due, on_negotiate=self.negotiate_due)
        box.addWidget(self.warning)
        self.cards_row = QVBoxLayout()
        self.cards_row.setSpacing(6)
        box.addLayout(self.cards_row)
        self.dues_heading = QLabel(styleSheet=SECTION_STYLE)
        self.dues = DuesModel(self.ctx, parent=self)
        self.proxy = TableFilter(self.dues, self)
        self.search = search_box("duesSearch", self.proxy)
        heading = QHBoxLayout()
        heading.addWidget(self.dues_heading)
        heading.addStretch(1)
        heading.addWidget(self.search, 1)
        box.addLayout(heading)
        self.view = self._build_view()
        box.addWidget(self.view, 1)
        self.timeline_heading = QLabel(styleSheet=SECTION_STYLE)
        box.addWidget(self.timeline_heading)
        self.timeline = Timeline(days=dash.HORIZON_DAYS)
        box.addWidget(self.timeline)
        return content

    def _build_view(self) -> QTableView:
        view = QTableView(objectName="upcomingDuesView")
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        view.setModel(self.proxy)
        sortable(view)  # overdue first, then by date, until a header is clicked
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.setMinimumHeight(24 * 7)  # a header and six rows: never only four
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(False)
        header = view.horizontalHeader()
        # The columns fit their contents (ResizeToContents), but only from the first
        # paint on: until then they are sized by _fit_columns (ui/widgets/fit_columns.py:
        # Qt measured every cell four times while the window was built and shown).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(self._row_activated)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._row_menu)
        return view

    def viewed_product_id(self) -> int | None:
        """The product a new record starts on: the due selected in the table, else the most
        urgent one (overdue first, then the soonest), else none."""
        row = self.proxy.source_row(self.view.currentIndex())
        if row >= 0:
            return self.dues.view(row).product.id
        if self.dues.rowCount():
            return self.dues.view(0).product.id  # open_dues: overdue first, then by date
        return None

    @Slot(QPoint)
    def _row_menu(self, pos: QPoint) -> None:
        """Right-click on a due: pay it, or see what each way of dealing with it costs."""
        row = self.proxy.source_row(self.view.indexAt(pos))
        if row < 0:
            return
        due = self.dues.view(row)
        menu = QMenu(self)
        menu.addAction(self.tr("Record payment…"), lambda: self.pay_due(due))
        if isinstance(due, DueView):  # (an estimate has no due of its own to simulate)
            menu.addAction(
                self.tr("What are my options? (simulator)"),
                lambda: self.ctx.simulateDueRequested.emit(due.due.id),
            )
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _build_empty(self) -> QWidget:
        empty = QWidget(objectName="dashboardEmpty")
        box = QVBoxLayout(empty)
        box.addStretch(1)
        self.empty_label = QLabel(objectName="emptyStateLabel", wordWrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("font-size: 14pt; color: #5f6368;")
        box.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.add_product_button = QPushButton(objectName="emptyAddProduct")
        self.add_bill_button = QPushButton(objectName="emptyAddBill")
        self.add_product_button.clicked.connect(lambda: self._trigger("addProductAction"))
        self.add_bill_button.clicked.connect(lambda: self._trigger("addBillAction"))
        buttons.addWidget(self.add_product_button)
        buttons.addWidget(self.add_bill_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addStretch(2)
        return empty

    # -- Page ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        self._set_texts()
        self.dues.retranslate()
        self.warning.retranslate()
        for card in self.cards:
            card.retranslate()
        self._show_countdown()
        self._show_timeline()
        self._fit_columns()

    def _set_texts(self) -> None:
        self.heading.setText(self.tr("Dashboard"))
        self.dues_heading.setText(self.tr("Overdue and upcoming dues"))
        self.search.setPlaceholderText(self.tr("Filter: product, what or status…"))
        self.timeline_heading.setText(self.tr("Due dates, next %n day(s)", "", dash.HORIZON_DAYS))
        self.timeline.today_text = self.tr("Today")
        self.timeline.setAccessibleName(self.tr("Timeline of due dates"))
        self.empty_label.setText(empty_text(self.data))
        self.add_product_button.setText(self.tr("Add a product…"))
        self.add_bill_button.setText(self.tr("Add a bill…"))

    def refresh(self) -> None:
        self.data = dash.dashboard(self.ctx.store, self.ctx.today)
        self.dues.refresh()
        self.empty_label.setText(empty_text(self.data))
        self.stack.setCurrentIndex(1 if self.data.is_empty else 0)
        has_products = self.data.has_products
        self.add_bill_button.setEnabled(has_products)  # a bill needs its product first
        self.add_bill_button.setToolTip("" if has_products else add_a_product_first())
        self.add_bill_button.setDefault(has_products)
        self.warning.set_warnings(list(self.data.warnings))
        self._show_cards()
        self._show_countdown()
        self._show_timeline()
        self._fit_columns()

    def search_field(self) -> QLineEdit:
        return self.search

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._follow_scheduled:
            self._follow_scheduled = True
            # After the first paint: from then on Qt keeps the columns fitted (a change,
            # a filter, a language), with the widths _fit_columns gave them.
            QTimer.singleShot(0, self._follow_rows)

    def _follow_rows(self) -> None:
        header = self.view.horizontalHeader()
        for column in range(self.proxy.columnCount()):
            if column != 2:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _fit_columns(self) -> None:
        """Until the page is first shown: each column but What (it stretches) as wide as
        ResizeToContents will keep it, measured once. From then on Qt measures (when it
        lays the table out, not in refresh())."""
        if not self._follow_scheduled:
            fit_columns(self.view, skip={2}, texts=self._display_of)

    def _display_of(self, row: int) -> Callable[[int], str]:
        """The display texts of view row ``row`` by column (the model's ``display``)."""
        view = self.dues.view(self.proxy.source_row(self.proxy.index(row, 0)))
        return lambda column: self.dues.display(view, column)

    # -- parts -----------------------------------------------------------------------------
    def _show_cards(self) -> None:
        totals = self.data.totals if self.data else ()
        shown = (list(totals), currency_display())
        if self.cards and shown == self._cards_shown:
            return  # the same figures in the same style: the cards stay (~1 ms at 2 currencies)
        self._cards_shown = shown
        for card in self.cards:
            self.cards_row.removeWidget(card)
            card.setParent(None)  # out of the tree now, deleted later
            card.deleteLater()
        self.cards = [CurrencyCard(t) for t in totals]
        for card in self.cards:
            self.cards_row.addWidget(card)

    def _show_countdown(self) -> None:
        view = self.data.next_due if self.data else None
        estimate = self.data.next_estimate if self.data else None
        if estimate is not None and (view is None or estimate.due_date < view.due.due_date):
            # The soonest thing owed is on the engine's statement with no bill recorded.
            text, urgency = (
                self.estimate_countdown_text(estimate),
                estimate_urgency(estimate, self.ctx.today),
            )
        else:
            text, urgency = self.countdown_text(view), dash.urgency(view) if view else "later"
        self.countdown.setVisible(self.data is not None and not self.data.is_empty)
        self.countdown.setText(text)
        bg, fg = COUNTDOWN_COLOURS.get(urgency, ("#e8f0fe", "#174ea6"))
        self.countdown.setStyleSheet(COUNTDOWN_STYLE.format(bg=bg, fg=fg))

    def countdown_text(self, view: DueView | None) -> str:
        """``花呗 ¥3,245.60 due in 3 days — Fri 4 Dec`` (or that nothing is coming up:
        nothing *else* when something is late or past its date already)."""
        if view is None:
            if self.data is not None and self._past_due():
                return self.tr("Nothing else due in the next %n day(s)", "", dash.HORIZON_DAYS)
            return self.tr("Nothing due in the next %n day(s)", "", dash.HORIZON_DAYS)
        days = view.status.days_until_due
        when = self.tr("due today") if days <= 0 else self.tr("due in %n day(s)", "", days)
        return self.tr("Next: {product} {amount} {when} — {day}").format(
            product=view.product.name,
            amount=money(view.amount, view.product.currency),
            when=when,
            day=short_date(view.due.due_date),
        )

    def _past_due(self) -> bool:
        """Something shown is late or past its due date (a due or an estimate)."""
        data, today = self.data, self.ctx.today
        assert data is not None
        return any(v.due.due_date < today for v in data.dues) or any(
            e.due_date < today for e in data.estimates
        )

    def estimate_countdown_text(self, e: EstimatedDue) -> str:
        """``Card about ¥1,000.00 due in 3 days (estimate) — Sat 24 Oct``."""
        days = (e.due_date - self.ctx.today).days
        when = self.tr("due today") if days <= 0 else self.tr("due in %n day(s)", "", days)
        return self.tr("Next: {product} about {amount} {when} (estimate) — {day}").format(
            product=e.product.name,
            amount=money(e.amount, e.product.currency),
            when=when,
            day=short_date(e.due_date),
        )

    def _show_timeline(self) -> None:
        if self.data is None:
            return
        marks = [
            Mark(
                v.due.due_date,
                dash.urgency(v),
                self.tr("{date}: {product} {amount} ({days})").format(
                    date=iso(v.due.due_date),
                    product=v.product.name,
                    amount=money(v.amount, v.product.currency),
                    days=status_text(v),
                ),
            )
            for v in self.data.dues
        ]
        # An estimate (no bill recorded) is a hollow dot, late ones at the left as dues.
        marks += [
            Mark(
                e.due_date,
                estimate_urgency(e, self.ctx.today),
                (
                    self.tr(
                        "{date}: {product} about {amount} ({days}), estimated: late charges "
                        "after the last instalment"
                    )
                    if e.after_last_instalment
                    else self.tr(
                        "{date}: {product} about {amount} ({days}), estimated: no bill recorded"
                    )
                ).format(
                    date=iso(e.due_date),
                    product=e.product.name,
                    amount=money(e.amount, e.product.currency),
                    days=estimate_status(e, self.ctx.today),
                ),
                estimated=True,
            )
            for e in self.data.estimates
        ]
        self.timeline.set_marks(self.ctx.today, marks)

    # -- actions ---------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.pay_due(self.dues.view(self.proxy.source_row(index)))

    def pay_due(self, view: DueView | EstimatedDue) -> PaymentDialog:
        """Open the payment dialog for ``view``'s product, prefilled with what is owed."""
        from ui.dialogs.payment import PaymentDialog  # loaded when first opened

        dialog = PaymentDialog(
            self.ctx,
            product_id=view.product.id,
            parent=self,
            amount=view.amount + view.penalty_so_far,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def negotiate_due(self, view: DueView) -> QDialog:
        """Open the Negotiate view for ``view``'s account."""
        from ui.dialogs import negotiate as negotiate_dialog  # loaded when first opened

        return negotiate_dialog.open_negotiate(self.ctx, view.product.saved_id, self)

    def _trigger(self, action_name: str) -> None:
        action = self.window().findChild(QAction, action_name)
        if action is not None:
            action.trigger()
