"""The Negotiate view's script for the call to customer service, in the interface language.

Worded here (``tr``) from the proposals the service computed; nothing is decided here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from tracker.negotiate import Proposal, Proposals, app_route
from ui.formatting import money


def _day(day: date) -> str:
    """A date as said aloud, without the weekday ("January 1, 2027", "2027年1月1日")."""
    pattern = QCoreApplication.translate("NegotiateScript", "MMMM d, yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def script_lines(p: Proposals, chosen: Proposal | None = None) -> list[str]:
    """The script, one paragraph per item: what to have ready, how to reach the lender,
    what to say (asking for ``chosen``, default the shortest plan the budget affords),
    what to ask for in writing, and what a plan does to the credit report."""
    ask = chosen or p.ask
    product = p.product
    cur = product.currency
    lines = [
        QCoreApplication.translate("NegotiateScript", "Before you call, have ready:"),
        "• " + _identity(p),
        "• "
        + QCoreApplication.translate(
            "NegotiateScript",
            "what you owe now: {total} (interest, penalty and fees {charges} of it)",
        ).format(
            total=money(p.owed.total, cur),
            charges=money(p.owed.charges, cur),
        ),
        "• "
        + QCoreApplication.translate(
            "NegotiateScript", "what you can really pay each month: {budget}"
        ).format(budget=money(p.budget, cur)),
        "• "
        + QCoreApplication.translate(
            "NegotiateScript", "why you fell behind (lost income, illness…): they will ask"
        ),
        "",
        *_reach(p),
        "",
        QCoreApplication.translate("NegotiateScript", "What to say:"),
        _ask(p, ask),
        "",
        QCoreApplication.translate(
            "NegotiateScript",
            "If they agree, ask for it in writing (a text message or a message in the app):"
            " the total, the number of payments and each payment date. Then record it here"
            " with “Record the agreed plan…”.",
        ),
        "",
        _credit(p, ask),
    ]
    return lines


def _identity(p: Proposals) -> str:
    if p.product.kind == "credit_card":
        return QCoreApplication.translate(
            "NegotiateScript", "your ID card and the card (its number)"
        )
    return QCoreApplication.translate(
        "NegotiateScript", "your ID card and the phone number your {product} account uses"
    ).format(product=p.product.name)


def _reach(p: Proposals) -> list[str]:
    product = p.product
    if product.service_number:
        lines = [
            QCoreApplication.translate(
                "NegotiateScript", "Call {product} customer service: {phone}."
            ).format(product=product.name, phone=product.service_number)
        ]
    elif product.kind == "credit_card":
        lines = [
            QCoreApplication.translate(
                "NegotiateScript", "Call the customer-service number on the back of your card."
            )
        ]
    else:
        lines = [
            QCoreApplication.translate(
                "NegotiateScript",
                "Call {product} customer service (add its number with Edit product).",
            ).format(product=product.name)
        ]
    route = app_route(product)
    if route == "jd":
        lines.append(
            QCoreApplication.translate(
                "NegotiateScript",
                "Or in the JD Finance app: 我的 → 客户服务 → 在线客服"
                " (My → Customer Service → Online).",
            )
        )
    elif route == "alipay":
        lines.append(
            QCoreApplication.translate(
                "NegotiateScript",
                "Or in the Alipay app: 我的 → 我的客服 (My → My Customer Service).",
            )
        )
    return lines


def _ask(p: Proposals, ask: Proposal | None) -> str:
    product, cur = p.product, p.product.currency
    late = p.days_late
    days = QCoreApplication.translate("NegotiateScript", "%n day(s)", "", late)
    if ask is None:
        said = QCoreApplication.translate(
            "NegotiateScript",
            "“Hello, my {product} payment is {days} overdue. I want to pay it back, and I can"
            " pay {budget} a month. What repayment plan can you offer me?”",
        ).format(product=product.name, days=days, budget=money(p.budget, cur))
        least = p.least_budget_waived if p.waiver else p.least_budget
        return (
            said
            + "\n"
            + QCoreApplication.translate(
                "NegotiateScript",
                "Even 60 payments need {least} a month: explain what you can really pay and"
                " ask for part of it to be waived, or find a way to reach that amount.",
            ).format(least=money(least, cur))
        )
    plan = (
        QCoreApplication.translate(
            "NegotiateScript", "a personalised instalment plan (个性化分期)"
        )
        if product.kind == "credit_card"
        else QCoreApplication.translate("NegotiateScript", "a repayment plan")
    )
    n = ask.periods
    if ask.waived:
        text = QCoreApplication.translate(
            "NegotiateScript",
            "“Hello, my {product} payment is {days} overdue. I want to pay it back, but I"
            " can't pay {total} in one go. Could you set me up {plan}: %n monthly"
            " payment(s) of {payment}, starting {first}? Please stop the interest and"
            " penalty while I keep to it, and waive {waived} of what I owe.”",
            "",
            n,
        )
    else:
        text = QCoreApplication.translate(
            "NegotiateScript",
            "“Hello, my {product} payment is {days} overdue. I want to pay it back, but I"
            " can't pay {total} in one go. Could you set me up {plan}: %n monthly"
            " payment(s) of {payment}, starting {first}? Please stop the interest and"
            " penalty while I keep to it.”",
            "",
            n,
        )
    return text.format(
        product=product.name,
        days=days,
        total=money(p.owed.total, cur),
        plan=plan,
        payment=money(ask.payment, cur),
        first=_day(ask.first_date),
        waived=money(ask.waived, cur),
    )


def _credit(p: Proposals, ask: Proposal | None) -> str:
    years = p.product.retention_years
    if p.product.jurisdiction == "us":
        return QCoreApplication.translate(
            "NegotiateScript",
            "A plan does not erase the record: a late payment already reported stays on"
            " your credit report for 7 years from when you first fell behind.",
        )
    if ask is not None and ask.impact.visible_until is not None:
        return QCoreApplication.translate(
            "NegotiateScript",
            "A plan does not erase the record: the late months already reported stay on your"
            " credit report until {until} (%n year(s) after the last payment).",
            "",
            years,
        ).format(until=_day(ask.impact.visible_until))
    return QCoreApplication.translate(
        "NegotiateScript",
        "A plan does not erase the record: the late months already reported stay on your"
        " credit report for %n year(s) after the debt is paid off.",
        "",
        years,
    )
