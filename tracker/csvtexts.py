"""The words of a CSV statement in each language it is written in (:mod:`tracker.csvio`
writes them, :mod:`tracker.imports.statement` reads them all back): the header, the kind
names, and the texts the statement generates — a bill's description, a payment's without
one, the account engine's estimate rows, the scheduled and estimated marks, an agreed
plan's takeover. What the user typed is written as typed, in any language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from tracker.records import BILL_DESCRIPTION, bill_description

HEADER = ("date", "product", "kind", "description", "amount", "balance", "currency", "due_date")
KINDS = ("charge", "bill", "installment", "fee", "interest", "penalty", "payment", "adjustment")
#: The header and kind names the Chinese interface writes, column for column.
HEADER_ZH = ("日期", "产品", "类型", "说明", "金额", "余额", "币种", "到期日")
KIND_ZH = {
    "charge": "消费", "bill": "账单", "installment": "分期", "fee": "手续费",
    "interest": "利息", "penalty": "罚息", "payment": "还款", "adjustment": "调整",
}  # fmt: skip
#: Written after the description of a scheduled (not yet due) instalment period's rows.
SCHEDULED = " (scheduled)"
#: Written after the description of the account engine's own interest, late fee and
#: penalty rows: estimates until a recorded bill replaces them (import skips them).
ESTIMATED = " (estimated)"
#: The descriptions of those rows, by kind.
ESTIMATE_TEXT = {"interest": "Interest", "penalty": "Penalty", "fee": "Late fee"}
#: What a bill due is named when it is stored (``service.bills``, ``Store.update_bill``):
#: a generated text, written in the statement's language (:attr:`StatementTexts.statement`).
STORED_STATEMENT = BILL_DESCRIPTION
#: The adjustment due an agreed plan's takeover adds (``service.negotiate``): generated.
TAKEN_OVER = "Taken over by the agreed plan"


@dataclass(frozen=True)
class StatementTexts:
    """The texts a statement generates, in one language (user-typed descriptions are
    written as typed). The caller chooses them: :func:`texts`.

    Attributes:
        header: the eight column names.
        kinds: each kind of :data:`KINDS` as written.
        statement: a bill's description, ``{date}`` its statement date (ISO).
        payment: a payment's description when it has none.
        scheduled: written after a scheduled period's descriptions.
        estimated: written after the account engine's estimate rows.
        estimates: those rows' descriptions, by kind (interest, penalty, fee).
        taken_over: what an agreed plan's takeover adjustment is called.
    """

    header: tuple[str, ...]
    kinds: Mapping[str, str]
    statement: str
    payment: str
    scheduled: str
    estimated: str
    estimates: Mapping[str, str]
    taken_over: str

    def statement_of(self, day: dt.date) -> str:
        """A bill's generated description: ``Statement 2026-11-05``, ``2026-11-05 账单``."""
        return self.statement.replace("{date}", day.isoformat())

    def bill_text(self, description: str, day: dt.date) -> str:
        """A bill's description as written: the generated one (empty, or as stored
        :data:`STORED_STATEMENT`) in this language; any other text as it is."""
        if not description or description == bill_description(day):
            return self.statement_of(day)
        return description


ENGLISH = StatementTexts(
    HEADER, {k: k for k in KINDS}, STORED_STATEMENT, "Payment", SCHEDULED, ESTIMATED,
    ESTIMATE_TEXT, TAKEN_OVER,
)  # fmt: skip
CHINESE = StatementTexts(
    HEADER_ZH, KIND_ZH, "{date} 账单", "还款", "（未到期）", "（估算）",
    {"interest": "利息", "penalty": "罚息", "fee": "滞纳金"}, "已由协商还款接管",
)  # fmt: skip


def texts(chinese: bool) -> StatementTexts:
    """The statement's generated texts: Chinese (the interface, or ``--lang zh_CN``) or
    English."""
    return CHINESE if chinese else ENGLISH
