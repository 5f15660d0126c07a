"""The import preview as a table: one row per line of the file and what happens to it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from tracker.money import format_money
from tracker.service import imports
from ui.errors import error_text
from ui.models.base import IdTableModel

#: Row colours by status: new rows plain, the rest tinted.
_TINTS = {"duplicate": "#eeeeee", "skipped": "#f5f0e1", "bad": "#f9dedc"}


def status_text(status: str) -> str:
    return {
        "new": QCoreApplication.translate("ImportPreview", "new"),
        "duplicate": QCoreApplication.translate("ImportPreview", "already imported"),
        "skipped": QCoreApplication.translate("ImportPreview", "not for this product"),
        "bad": QCoreApplication.translate("ImportPreview", "bad line"),
    }[status]


def kind_text(kind: str) -> str:
    return {
        "charge": QCoreApplication.translate("ImportPreview", "charge"),
        "refund": QCoreApplication.translate("ImportPreview", "refund"),
        "payment": QCoreApplication.translate("ImportPreview", "payment"),
        "bill": QCoreApplication.translate("ImportPreview", "bill"),
        "installment": QCoreApplication.translate("ImportPreview", "instalment"),
        "fee": QCoreApplication.translate("ImportPreview", "fee"),
        "interest": QCoreApplication.translate("ImportPreview", "interest"),
        "penalty": QCoreApplication.translate("ImportPreview", "penalty"),
        "adjustment": QCoreApplication.translate("ImportPreview", "adjustment"),
    }.get(kind, kind)


def _paid_text(paid: imports.Paid) -> str:
    """What a payment pays of one due, the due named as the due list names it: a bill by
    its statement ("2026-10-25 账单"), not by the English text it was saved with."""
    due = paid.due
    if due.kind == "bill" and due.statement_date is not None:
        name = QCoreApplication.translate("DuesModel", "Statement {date}").format(
            date=due.statement_date.isoformat()
        )
    else:
        name = due.description or due.due_date.isoformat()
    return f"{name} ({format_money(paid.amount, paid.currency)})"


class ImportPreviewModel(IdTableModel[imports.Line]):
    """Lines of a :class:`tracker.service.imports.Preview` (ids are positions)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: tuple[imports.Line, ...] = ()
        self.currency = "CNY"

    def show_preview(self, plan: imports.Preview | None) -> None:
        self.lines = plan.lines if plan else ()
        self.currency = plan.product.currency if plan and plan.product else "CNY"
        self.refresh()

    def load_ids(self) -> list[int]:
        return list(range(len(self.lines)))

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, imports.Line]:
        return {i: self.lines[i] for i in ids}

    def headers(self) -> list[str]:
        return [
            self.tr("Line"), self.tr("Status"), self.tr("Date"), self.tr("Kind"),
            self.tr("Amount"), self.tr("Note"), self.tr("Description"),
        ]  # fmt: skip

    def display(self, line: imports.Line, column: int) -> str:
        row = line.row
        if column == 0:
            return str(line.line)
        if column == 1:
            return status_text(line.status)
        if column == 5:
            if line.reason is not None:
                return error_text(line.reason)
            if line.paid:
                return self.tr("pays {dues}").format(dues="; ".join(map(_paid_text, line.paid)))
            return ""
        if row is None:
            return line.text if column == 6 else ""
        if column == 2:
            return row.date.isoformat()
        if column == 3:
            return kind_text(row.kind)
        if column == 4:
            code = row.currency or self.currency
            return format_money(row.amount, code)
        return row.description

    def sort_key(self, line: imports.Line, column: int) -> Any:
        if column == 0:
            return line.line
        if column == 4 and line.row is not None:
            return line.row.amount
        return self.display(line, column)

    def background(self, line: imports.Line) -> Any:
        tint = _TINTS.get(line.status)
        return QColor(tint) if tint else None

    def tooltip(self, line: imports.Line, column: int) -> Any:
        return self.display(line, column) if column in (5, 6) else None

    def right_aligned(self) -> set[int]:
        return {0, 4}
