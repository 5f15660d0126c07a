""" "2 bills, 1 charge, 1 plan and 4 payments", translated (what a delete takes with it)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


def counts_text(counts: Mapping[str, int]) -> str:
    """Bills, charges, plans and payments counted, the ones with none left out."""
    parts = []
    for table, n in counts.items():
        if not n:
            continue
        if table == "bills":
            parts.append(QCoreApplication.translate("RecordCounts", "%n bill(s)", "", n))
        elif table == "charges":
            parts.append(QCoreApplication.translate("RecordCounts", "%n charge(s)", "", n))
        elif table == "plans":
            parts.append(
                QCoreApplication.translate("RecordCounts", "%n instalment plan(s)", "", n)
            )
        elif table == "payments":
            parts.append(QCoreApplication.translate("RecordCounts", "%n payment(s)", "", n))
    if not parts:
        return QCoreApplication.translate("RecordCounts", "no records")
    if len(parts) == 1:
        return parts[0]
    return QCoreApplication.translate("RecordCounts", "{some} and {last}").format(
        some=QCoreApplication.translate("RecordCounts", ", ").join(parts[:-1]), last=parts[-1]
    )
