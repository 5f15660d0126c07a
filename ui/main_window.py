"""The main window: wires pages, actions and menus; holds no business rules."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from tracker.storage import Store
from ui.dues_model import DuesModel


class MainWindow(QMainWindow):
    """Debt Tracker's main window."""

    def __init__(self, store: Store, today: date) -> None:
        super().__init__()
        self.store, self.today = store, today
        self.setWindowTitle(self.tr("Debt Tracker"))
        self.resize(1280, 800)
        page = QWidget(objectName="dashboardPage")
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Overdue and upcoming dues"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)
        self.dues_model = DuesModel(store, today, parent=self)
        view = QTableView(objectName="upcomingDuesView")
        view.setModel(self.dues_model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view)
        self.setCentralWidget(page)
        self.statusBar().showMessage(
            self.tr("Data file: {path}    Today: {today}").format(
                path=store.path, today=today.isoformat()
            )
        )

    def closeEvent(self, event) -> None:
        self.store.close()
        super().closeEvent(event)
