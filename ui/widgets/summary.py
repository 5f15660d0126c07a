"""Dashboard cards: one currency's totals, and the overdue warning with its daily cost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.service.dues import DueView
from tracker.service.estimated_dues import EstimatedDue
from tracker.service.overview import OverdueWarning, Totals
from ui.formatting import days_text, iso, money, percent, sentences, short_date, unbroken
from ui.models.dues import due_label

CARD_STYLE = (
    "QFrame#{name} {{ background: {bg}; border: 1px solid {border}; border-radius: 8px; }}"
)
CAPTION_STYLE = "color: #5f6368;"
VALUE_STYLE = "font-size: 13pt; font-weight: 600;"
HEAD_STYLE = "font-size: 12pt; font-weight: 600;"
#: A currency card's labels styled by the card's one style sheet, by their ``part``
#: property: a style sheet on each of its 13 labels cost ~4 ms a card (issue 12).
CURRENCY_CARD_STYLE = (
    CARD_STYLE
    + f' QLabel[part="heading"] {{{{ {HEAD_STYLE} }}}}'
    + f' QLabel[part="caption"] {{{{ {CAPTION_STYLE} }}}}'
    + f' QLabel[part="value"] {{{{ {VALUE_STYLE} }}}}'
)


def _card(frame: QFrame, name: str, bg: str, border: str, style: str = CARD_STYLE) -> None:
    frame.setObjectName(name)
    frame.setStyleSheet(style.format(name=name, bg=bg, border=border))


def _label(part: str, object_name: str = "") -> QLabel:
    """A currency card's label, styled as ``part`` by the card's style sheet."""
    label = QLabel(objectName=object_name) if object_name else QLabel()
    label.setProperty("part", part)
    return label


class CurrencyCard(QFrame):
    """Totals of one currency in one row: due this month, minimums, debt, credit used."""

    KEYS = ("due_this_month", "minimums", "total_debt", "credit_used", "available")

    def __init__(self, totals: Totals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        cur = totals.currency
        _card(self, f"totals{cur}Card", "#ffffff", "#d0d7de", CURRENCY_CARD_STYLE)
        self.totals = totals
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 8, 14, 8)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(1)
        self.heading = _label("heading")
        self.next_due = _label("caption", f"nextDue{cur}")
        self.next_due.setWordWrap(True)
        self.next_due.setMaximumWidth(200)
        grid.addWidget(self.heading, 0, 0)
        grid.addWidget(self.next_due, 1, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for col, key in enumerate(self.KEYS, start=1):
            self.captions[key] = _label("caption")
            self.values[key] = _label("value", f"{key}{cur}")
            grid.addWidget(self.captions[key], 0, col)
            grid.addWidget(self.values[key], 1, col)
        self.bar = QProgressBar(objectName=f"utilisation{cur}")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.limit = _label("caption", f"limit{cur}")
        self.bar.setFixedWidth(120)
        grid.addWidget(self.bar, 2, 4, Qt.AlignmentFlag.AlignVCenter)
        for col in range(1, len(self.KEYS) + 1):
            grid.setColumnMinimumWidth(col, 96)
        grid.addWidget(self.limit, 2, 5)
        # Extra width goes after the figures, not between them (a wide screen).
        grid.setColumnStretch(0, 0)
        grid.setColumnStretch(len(self.KEYS) + 1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        t, cur = self.totals, self.totals.currency
        self.heading.setText(
            self.tr("{currency} · %n product(s)", "", len(t.products)).format(currency=cur)
        )
        self.next_due.setText(self._next_text())
        self.captions["due_this_month"].setText(self.tr("Due this month"))
        self.captions["due_this_month"].setToolTip(
            self.tr("What falls due this month, and what is already overdue from earlier months")
        )
        self.captions["minimums"].setText(self.tr("Minimums due"))
        self.captions["minimums"].setToolTip(
            self.tr("The minimums of this month's dues and of the overdue ones")
        )
        self.captions["total_debt"].setText(self.tr("Total debt"))
        self.captions["credit_used"].setText(self.tr("Credit used"))
        self.captions["available"].setText(self.tr("Available"))
        for key in self.KEYS:
            self.values[key].setText(money(getattr(t, key), cur))
        if not t.credit_limit:
            # Credit used and available count only products with a limit: with none, ¥0.00
            # of ¥0.00 read as "nothing used, nothing left" on a card that owes.
            no_limit = self.tr("Set a credit limit on a product to see this")
            for key in ("credit_used", "available"):
                self.values[key].setText("—")
                self.values[key].setToolTip(no_limit)
        else:
            for key in ("credit_used", "available"):
                self.values[key].setToolTip("")
        util = t.utilisation
        self.bar.setValue(0 if util is None else min(1000, int(util * 1000)))
        self.bar.setToolTip(self.tr("Utilisation {pct}").format(pct=percent(util, 1)))
        if util is None:
            self.limit.setText(self.tr("no credit limit set"))
        else:
            self.limit.setText(
                self.tr("{pct} of {limit}").format(
                    pct=percent(util, 1), limit=money(t.credit_limit, cur)
                )
            )

    def _next_text(self) -> str:
        v, e = self.totals.next_due, self.totals.next_estimate
        if e is not None and (v is None or e.due_date < v.due.due_date):
            return self.tr("Next: {product} about {amount} · {day} (estimate)").format(
                product=e.product.name,
                amount=money(e.amount, e.product.currency),
                day=unbroken(short_date(e.due_date)),
            )
        if v is None:
            # (not "nothing due" beside what is overdue: that is due, and most of all)
            return (
                self.tr("Nothing else due soon")
                if self.totals.overdue
                else self.tr("Nothing due soon")
            )
        return self.tr("Next: {product} {amount} · {day}").format(
            product=v.product.name,
            amount=money(v.amount, v.product.currency),
            day=unbroken(short_date(v.due.due_date)),
        )


class WarningCard(QFrame):
    """Every overdue due: how late, what each further day costs, the credit report date.

    ``on_pay(view)`` is called by a line's Pay button, ``on_negotiate(view)`` by its
    Negotiate button (shown when given).
    """

    def __init__(
        self,
        on_pay: Callable[[DueView | EstimatedDue], None],
        parent: QWidget | None = None,
        on_negotiate: Callable[[DueView], None] | None = None,
    ) -> None:
        super().__init__(parent)
        _card(self, "overdueWarning", "#fdecea", "#e57373")
        self.on_pay = on_pay
        self.on_negotiate = on_negotiate
        self.negotiate_buttons: list[QPushButton] = []
        self.warnings: list[OverdueWarning] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 8, 14, 8)
        box.setSpacing(4)
        self.heading = QLabel(styleSheet=HEAD_STYLE + " color: #b3261e;")
        box.addWidget(self.heading)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        box.addLayout(self.rows)
        self.lines: list[QLabel] = []
        self.more = QLabel(objectName="overdueMore")
        self.buttons: list[QPushButton] = []

    #: At most this many lines; the rest are counted in one more line (the dues table
    #: below lists them all) — a pay-in-4 with 30 instalments late is not a wall of lines.
    MAX_LINES = 5

    def set_warnings(self, warnings: list[OverdueWarning]) -> None:
        """Rebuild one line per overdue due, at most :data:`MAX_LINES` of them and a
        count of the rest (hidden when there is none; left as it is when unchanged)."""
        if list(warnings) == self.warnings and (self.lines or not warnings):
            # A refresh with nothing changed: no widgets built again — but hidden when
            # there is none (the first refresh of a file with nothing overdue left the
            # card shown, an empty pink box: QA pass 2026-12-06).
            self.setVisible(bool(self.warnings))
            return
        while self.rows.count():
            item = self.rows.takeAt(0)
            gone = item.widget()
            if gone is not None:
                gone.setParent(None)  # out of the tree now, deleted later
                gone.deleteLater()
        self.warnings, self.lines, self.buttons = list(warnings), [], []
        self.negotiate_buttons = []
        for n, w in enumerate(self.warnings[: self.MAX_LINES]):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(objectName=f"overdueLine{n}", wordWrap=True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(objectName=f"overduePay{n}")
            button.clicked.connect(lambda _=False, v=w.view: self.on_pay(v))
            line.addWidget(label, 1)
            # An estimate (no bill recorded) has no due to negotiate: only Pay….
            if self.on_negotiate is not None and isinstance(w.view, DueView):
                talk = QPushButton(objectName=f"overdueNegotiate{n}")
                talk.clicked.connect(lambda _=False, v=w.view: self.on_negotiate(v))  # type: ignore[misc]
                line.addWidget(talk)
                self.negotiate_buttons.append(talk)
            line.addWidget(button)
            self.rows.addWidget(row)
            self.lines.append(label)
            self.buttons.append(button)
        self.more = QLabel(objectName="overdueMore", wordWrap=True)
        self.rows.addWidget(self.more)  # (shown after: a widget given a parent is hidden)
        self.more.setVisible(len(self.warnings) > self.MAX_LINES)
        self.setVisible(bool(self.warnings))
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("⚠ Overdue: %n due(s) not paid", "", len(self.warnings)))
        shown = self.warnings[: len(self.lines)]
        for w, label, button in zip(shown, self.lines, self.buttons, strict=True):
            label.setText(self.line_text(w))
            button.setText(self.tr("Pay…"))
        rest = len(self.warnings) - len(shown)
        if rest > 0:
            self.more.setText(
                self.tr("…and %n more overdue due(s): the list below has them all.", "", rest)
            )
        for talk in self.negotiate_buttons:
            talk.setText(self.tr("Negotiate…"))

    def line_text(self, w: OverdueWarning) -> str:
        """One overdue due in words: what, how late, cost per day, credit report."""
        v, cur = w.view, w.view.product.currency
        day = unbroken(short_date(w.reported_on))
        if w.already_reported:
            report = self.tr("On your credit report since {day}.").format(day=day)
        else:
            report = self.tr("Reaches your credit report on {day} unless paid.").format(day=day)
        if isinstance(v, EstimatedDue):
            # The engine's own statement: no bill recorded, so its figures are estimates.
            template = (
                self.tr(
                    "{product} · statement {date} (estimated: no bill recorded): {amount}, "
                    "{late} — costs about {per_day} a day."
                )
                if w.cost_per_day
                else self.tr(
                    "{product} · statement {date} (estimated: no bill recorded): {amount}, {late}."
                )
            )
            if v.after_last_instalment:  # no bill is missing: late charges of its own
                template = (
                    self.tr(
                        "{product} · late charges after the last instalment (estimated): "
                        "{amount}, {late} — costs about {per_day} a day."
                    )
                    if w.cost_per_day
                    else self.tr(
                        "{product} · late charges after the last instalment (estimated): "
                        "{amount}, {late}."
                    )
                )
            text = template.format(
                product=v.product.name,
                date=iso(v.statement_date),
                amount=money(v.amount, cur),
                late=days_text(0, v.days_past_due),
                per_day=money(w.cost_per_day, cur),
            )
            return sentences(text, report)
        # The account's charges so far stand on its oldest open due; the other dues of the
        # account say only what a day adds (not "¥0.00 so far").
        template = (
            self.tr(
                "{product} · {what}: {amount}, {late} — costs {per_day} a day "
                "({so_far} so far on the whole account)."
            )
            if v.penalty_so_far
            else self.tr("{product} · {what}: {amount}, {late} — costs {per_day} a day.")
        )
        if not w.cost_per_day:  # a day adds nothing (a pay-in-4 past its fee): not "$0.00"
            template = (
                self.tr(
                    "{product} · {what}: {amount}, {late} ({so_far} so far on the whole account)."
                )
                if v.penalty_so_far
                else self.tr("{product} · {what}: {amount}, {late}.")
            )
        text = template.format(
            product=v.product.name,
            what=due_label(v),
            amount=money(v.amount, cur),
            late=days_text(0, v.status.days_past_due),
            per_day=money(w.cost_per_day, cur),
            so_far=money(v.penalty_so_far, cur),
        )
        return sentences(text, report)
