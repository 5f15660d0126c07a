"""Record → Payment, Charge, Bill and Instalment plan: usable only once a product exists.

With no active product each of them is disabled, and its tooltip and status tip say to
add a product first; they are enabled as soon as one is added (or another file with
products is opened).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction

from tracker.service import products
from ui.context import AppContext, Change

#: The main window's actions that record something on a product.
NEED_A_PRODUCT = ("addPaymentAction", "addChargeAction", "addBillAction", "addPlanAction")


class RecordActions(QObject):
    """Keeps ``actions`` enabled exactly while the open file has an active product."""

    def __init__(self, ctx: AppContext, actions: Sequence[QAction], parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actions = list(actions)
        ctx.changed.connect(self._changed)
        ctx.storeReplaced.connect(self.update)
        self.update()

    @Slot(object)
    def _changed(self, change: Change) -> None:
        if change.touches({"products", "file"}) and not self.ctx.closed:
            self.update()

    @Slot()
    def update(self) -> None:
        """Enable or disable the actions; the tip (in the interface language) says why."""
        if self.ctx.closed:  # (a closed window still gets LanguageChange)
            return
        usable = bool(products.list_products(self.ctx.store))
        archived = not usable and bool(products.list_products(self.ctx.store, True))
        tip = "" if usable else add_a_product_first(archived)
        for action in self.actions:
            action.setEnabled(usable)
            action.setToolTip(tip or action.text().replace("&", ""))
            action.setStatusTip(tip)


def add_a_product_first(archived: bool = False) -> str:
    """Why recording waits: no product yet (``archived``: only archived ones)."""
    if archived:
        return QCoreApplication.translate(
            "RecordActions",
            "Every product is archived: add one (Record → New product…) or restore one "
            "(Products → Show archived)",
        )
    return QCoreApplication.translate(
        "RecordActions", "Add a product first (Record → New product…)"
    )
