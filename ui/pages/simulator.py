"""Simulator page (placeholder until it is built)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.pages.base import Page, title_label


class SimulatorPage(Page):
    """``simulatorPage``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "simulatorPage", parent)
        layout = QVBoxLayout(self)
        self.heading = title_label()
        layout.addWidget(self.heading)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Simulator")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
