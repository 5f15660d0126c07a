"""Dashboard: what is late, what is due soon, and the totals."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.models.dues import DuesModel
from ui.pages.base import Page, title_label


class DashboardPage(Page):
    """``dashboardPage``: overdue and upcoming dues (``upcomingDuesView``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "dashboardPage", parent)
        layout = QVBoxLayout(self)
        self.heading = title_label()
        layout.addWidget(self.heading)
        self.dues = DuesModel(ctx, parent=self)
        view = QTableView(objectName="upcomingDuesView")
        view.setModel(self.dues)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        self.view = view
        layout.addWidget(view)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Overdue and upcoming dues"))
        self.dues.retranslate()

    def refresh(self) -> None:
        self.dues.refresh()
