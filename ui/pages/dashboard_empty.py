"""The dashboard's text when nothing is shown: the first run's, or that nothing is due."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.service import dashboard as dash
from ui.formatting import long_date, money, sentences


def empty_text(data: dash.Dashboard | None) -> str:
    """Until a product exists, how to begin; then that nothing is due in the dashboard's
    days, and when the next due (or estimate) is, if there is one.

    (Context "DashboardPage": the page's own strings.)
    """
    if data is None or not data.has_products:
        return QCoreApplication.translate(
            "DashboardPage",
            "No dues yet — add a product (Record → New product…), then its bills "
            "and charges, and this page shows what is due and what it costs.",
        )
    days = dash.HORIZON_DAYS  # (a plain name: lupdate skips a call whose count is dotted)
    nothing = QCoreApplication.translate(
        "DashboardPage",
        "Nothing is due in the next %n day(s). When a bill arrives, add it (Record → New bill…).",
        "",
        days,
    )
    nexts = [
        (v.due.due_date, v.product.name, money(v.amount, v.product.currency))
        for v in (t.next_due for t in data.totals)
        if v is not None
    ]
    nexts += [
        (e.due_date, e.product.name, money(e.amount, e.product.currency))
        for e in (t.next_estimate for t in data.totals)
        if e is not None
    ]
    if not nexts:
        return nothing
    day, product, amount = min(nexts)
    following = QCoreApplication.translate(
        "DashboardPage", "The next due: {product} {amount} on {day}."
    ).format(product=product, amount=amount, day=long_date(day))
    return sentences(nothing, following)
