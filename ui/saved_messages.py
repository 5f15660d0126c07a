"""The status bar's line after a record is saved: what it was, how much, on which product.

Each dialog says it through :meth:`ui.context.AppContext.announce` once its service call
has succeeded; the main window shows it in its status bar for a few seconds.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from tracker.products import Product
from ui.formatting import iso, money


def payment_saved(product: Product, amount: int) -> str:
    """``Payment of ¥500.00 to 花呗 saved`` (``amount`` in minor units)."""
    return QCoreApplication.translate("Saved", "Payment of {amount} to {product} saved").format(
        amount=money(amount, product.currency), product=product.name
    )


def charge_saved(product: Product, amount: int, periods: int | None) -> str:
    """``Charge of ¥99.90 on 花呗 saved`` (``, split into 12 instalments``)."""
    text = QCoreApplication.translate("Saved", "Charge of {amount} on {product} saved").format(
        amount=money(amount, product.currency), product=product.name
    )
    if periods is None:
        return text
    return QCoreApplication.translate(
        "Saved", "{saved}, split into %n instalment(s)", "", periods
    ).format(saved=text)


def bill_saved(product: Product, amount: int, due: date, *, edited: bool = False) -> str:
    """``Bill of ¥3,245.60 for 花呗 saved, due 2026-12-04`` (``updated`` for an edit)."""
    template = (
        QCoreApplication.translate("Saved", "Bill of {amount} for {product} updated, due {date}")
        if edited
        else QCoreApplication.translate(
            "Saved", "Bill of {amount} for {product} saved, due {date}"
        )
    )
    return template.format(
        amount=money(amount, product.currency), product=product.name, date=iso(due)
    )


def plan_saved(product: Product, principal: int, periods: int) -> str:
    """``Instalment plan of ¥6,000.00 on 花呗 saved: 12 periods``."""
    return QCoreApplication.translate(
        "Saved", "Instalment plan of {amount} on {product} saved: %n period(s)", "", periods
    ).format(amount=money(principal, product.currency), product=product.name)
