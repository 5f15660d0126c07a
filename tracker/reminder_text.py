"""Reminder notifications in the user's language (English or Chinese), without Qt.

``debt-tracker-cli remind`` runs from an OS timer with no GUI: it says what is due in
the language the app was last used in, which the app keeps in the data file
(:data:`LANGUAGE_SETTING`). The English texts are those of :mod:`tracker.reminders`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tracker import reminders as engine
from tracker.money import format_money
from tracker.reminders import Batch, Reminder

#: The data file's setting that holds the interface language ("en" or "zh_CN").
LANGUAGE_SETTING = "interface_language"
LANGUAGES = ("en", "zh_CN")

_WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def day_text(day: date, lang: str) -> str:
    """``Fri 4 Dec`` / ``12月4日 周五`` (as the app's cards write it)."""
    if lang != "zh_CN":
        return engine.day_text(day)
    return f"{day.month}月{day.day}日 {_WEEKDAYS_ZH[day.weekday()]}"


def when_text(reminder: Reminder, lang: str) -> str:
    """``due in 3 days`` / ``3 天后到期``, ``5 days late`` / ``逾期 5 天`` …"""
    if lang != "zh_CN":
        return engine.when_text(reminder)
    left = reminder.days_left
    if left > 1:
        return f"{left} 天后到期"
    if left == 1:
        return "明天到期"
    if left == 0:
        return "今天到期"
    free = reminder.free_until
    if free is not None:
        ago = "昨天" if left == -1 else f"{-left} 天前"
        return f"{ago}已到期——{day_text(free, lang)}前还款仍不收费"
    return f"逾期 {-left} 天"


def title(reminder: Reminder, lang: str) -> str:
    """``花呗: ¥3,245.60 due in 3 days`` / ``花呗：¥3,245.60，3 天后到期``."""
    if lang != "zh_CN":
        return engine.reminder_title(reminder)
    due = reminder.due
    money = format_money(due.amount, due.currency)
    if due.estimated:
        return f"{due.product}：约 {money}，{when_text(reminder, lang)}（估算）"
    return f"{due.product}：{money}，{when_text(reminder, lang)}"


def body(reminder: Reminder, lang: str) -> str:
    """The due date, the minimum and what a day's delay costs (an estimate: what it
    stands on)."""
    if lang != "zh_CN":
        return engine.reminder_body(reminder)
    due = reminder.due
    parts = [f"到期日 {due.due_date.isoformat()}（{day_text(due.due_date, lang)}）"]
    if due.estimated and due.statement_date is not None:
        parts.insert(0, f"{due.statement_date} 账单（估算：尚未录入账单）")
    elif due.estimated:
        parts.insert(0, "估算：最后一期之后产生的逾期费用")
    if due.minimum and due.minimum != due.amount:
        parts.append(f"最低还款 {format_money(due.minimum, due.currency)}")
    if due.penalty:
        parts.append(
            f"整个账户目前另有 {format_money(due.penalty, due.currency)}"
            f"（今天需还 {format_money(due.owed_today, due.currency)}）"
        )
    if due.day_cost:
        parts.append(f"晚还一天多花 {format_money(due.day_cost, due.currency)}")
    return "；".join(parts)


def summary_title(batch: Batch, lang: str) -> str:
    """``4 payments need attention`` / ``4 笔还款需要处理``."""
    if lang != "zh_CN":
        return engine.summary_title(batch)
    return f"{len(batch.reminders)} 笔还款需要处理"


def summary_body(reminders: Sequence[Reminder], lang: str) -> str:
    """One line per reminder: product, amount, when, due date."""
    if lang != "zh_CN":
        return engine.summary_body(reminders)
    return "\n".join(f"{title(r, lang)}（{r.due.due_date.isoformat()}）" for r in reminders)
