"""One profile per source: its header's column names and how one line becomes records.

Layouts follow the sources' public exports (DESIGN.md § Getting data in). A profile's
``parse`` gets a line's cells by column name and returns the records it stands for
(none, one, or two: a JD purchase that was partly refunded) or a :class:`Skipped`;
it raises InputError for a line it cannot read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from tracker.errors import InputError, refuse
from tracker.imports import values
from tracker.imports.records import ImportRow, Kind, Skipped

Cells = dict[str, str]
Result = Sequence[ImportRow | Skipped]


@dataclass(frozen=True)
class Context:
    """What a profile needs besides the line.

    Attributes:
        line: the file line number of the record.
        digits: the product's currency minor-unit digits.
        method: which payment method is this product's ("花呗"; alternatives split by
            "|"); "" takes every method.
        year, month: the statement's month, read from the preamble (CMB's MM/DD dates).
    """

    line: int
    digits: int = 2
    method: str = ""
    year: int | None = None
    month: int | None = None
    options: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Profile:
    """A source's layout.

    Attributes:
        name: short id used in the CLI (``--profile alipay``) and saved mappings.
        title: what the user sees.
        columns: column names that identify the header row (all must be present).
        parse: cells by name + context → records.
        method: the default payment-method filter (see :attr:`Context.method`).
        needs_month: dates are MM/DD; the statement's year and month come from the preamble.
        other_columns: a second header that also identifies the source (a translation).
        currency: the currency every amount of the source is in ("": it varies).
    """

    name: str
    title: str
    columns: tuple[str, ...]
    parse: Callable[[Cells, Context], Result]
    method: str = ""
    needs_month: bool = False
    other_columns: tuple[str, ...] = ()
    currency: str = ""


def _uses(method: str, wanted: str) -> bool:
    return not wanted or any(w and w in method for w in wanted.split("|"))


def _repays(text: str, wanted: str) -> bool:
    """Whether a repayment described by ``text`` is for the product paid with ``wanted``:
    a card repayment names the bank ("招商银行"), not the card ("招商银行信用卡(1234)")."""
    cores = [re.sub(r"信用卡|储蓄卡|\(.*?\)|（.*?）", "", w) for w in wanted.split("|")]
    return not wanted or any(c and c in text for c in cores)


def _other(method: str, wanted: str) -> InputError:
    return refuse(
        "paid with {method}, not {wanted}", method=method or "?", wanted=wanted.replace("|", "/")
    )


def _text(*parts: str) -> str:
    return " · ".join(p for p in parts if p and p != "/")


def _id(cell: str) -> str | None:
    cell = cell.strip().lstrip("'")
    return cell if cell and cell != "/" else None


def _row(
    ctx: Context, day: date, kind: Kind, amount: int, text: str, sid: str | None
) -> ImportRow:
    return ImportRow(ctx.line, day, kind, amount, text, sid)


# -- Alipay (支付宝) -----------------------------------------------------------------
def _alipay(c: Cells, ctx: Context) -> Result:
    status, side, method = c.get("交易状态", ""), c.get("收/支", ""), c.get("收/付款方式", "")
    if status == "交易关闭":
        return [Skipped(ctx.line, refuse("trade closed (交易关闭)"))]
    day = values.day(c["交易时间"])
    amount = values.amount(c["金额"], digits=ctx.digits, what="金额")
    text = _text(c.get("交易对方", ""), c.get("商品说明", ""))
    sid = _id(c.get("交易订单号", ""))
    if c.get("交易分类") == "信用借还":
        if _repays(text + method, ctx.method):
            return [_row(ctx, day, "payment", -abs(amount), text, sid)]
        return [Skipped(ctx.line, refuse("repays another credit line ({text})", text=text))]
    if side == "不计收支" or not side:
        return [Skipped(ctx.line, refuse("neither income nor spending (不计收支)"))]
    if not _uses(method, ctx.method):
        return [Skipped(ctx.line, _other(method, ctx.method))]
    if side == "支出":
        return [_row(ctx, day, "charge", abs(amount), text, sid)]
    return [_row(ctx, day, "refund", -abs(amount), text, sid)]


ALIPAY = Profile(
    "alipay",
    "Alipay (支付宝)",
    ("交易时间", "交易分类", "交易对方", "商品说明", "收/支", "金额", "收/付款方式", "交易状态"),
    _alipay,
    method="花呗",
    currency="CNY",
)


# -- WeChat Pay (微信支付) -------------------------------------------------------------
def _wechat(c: Cells, ctx: Context) -> Result:
    kind, side, method = c.get("交易类型", ""), c.get("收/支", ""), c.get("支付方式", "")
    day = values.day(c["交易时间"])
    amount = values.amount(c["金额(元)"], digits=ctx.digits, what="金额(元)")
    text = _text(c.get("交易对方", ""), c.get("商品", ""))
    sid = _id(c.get("交易单号", ""))
    if "还款" in kind:
        if _repays(text + method, ctx.method):
            return [_row(ctx, day, "payment", -abs(amount), _text(kind, text), sid)]
        return [Skipped(ctx.line, refuse("repays another credit line ({text})", text=text))]
    if side not in ("支出", "收入"):
        return [Skipped(ctx.line, refuse("neither income nor spending (不计收支)"))]
    if not _uses(method, ctx.method):
        return [Skipped(ctx.line, _other(method, ctx.method))]
    if side == "支出":
        return [_row(ctx, day, "charge", abs(amount), text, sid)]
    if "退款" in kind or "退款" in c.get("当前状态", ""):
        return [_row(ctx, day, "refund", -abs(amount), text, sid)]
    return [Skipped(ctx.line, refuse("income, not a refund"))]


WECHAT = Profile(
    "wechat",
    "WeChat Pay (微信支付)",
    ("交易时间", "交易类型", "收/支", "金额(元)", "支付方式", "当前状态", "交易单号"),
    _wechat,
    currency="CNY",
)


# -- JD (京东) ---------------------------------------------------------------------
_JD_AMOUNT = re.compile(
    r"^(?P<paid>[^(（]+)(?:[(（]已(?P<full>全额)?退款(?P<back>[^)）]*)[)）])?$"
)


def _jd(c: Cells, ctx: Context) -> Result:
    side, method = c.get("收/支", ""), c.get("收/付款方式", "")
    text = _text(c.get("商户名称", ""), c.get("交易说明", ""))
    if c.get("交易状态", "") == "交易关闭":
        return [Skipped(ctx.line, refuse("trade closed (交易关闭)"))]
    day = values.day(c["交易时间"])
    match = _JD_AMOUNT.match(c["金额"].strip())
    if not match:
        raise refuse("金额 {text!r} is not a number like 131.77", text=c["金额"])
    paid = values.amount(match["paid"], digits=ctx.digits, what="金额")
    sid = _id(c.get("交易订单号", ""))
    if "还款" in text or c.get("交易分类") == "还款":
        if _repays(text + method, ctx.method):
            return [_row(ctx, day, "payment", -abs(paid), text, sid)]
        return [Skipped(ctx.line, refuse("repays another credit line ({text})", text=text))]
    if not _uses(method, ctx.method):
        return [Skipped(ctx.line, _other(method, ctx.method))]
    if side == "收入":
        return [_row(ctx, day, "refund", -abs(paid), text, sid)]
    if side != "支出":
        return [Skipped(ctx.line, refuse("neither income nor spending (不计收支)"))]
    out: list[ImportRow | Skipped] = [_row(ctx, day, "charge", abs(paid), text, sid)]
    if match["full"] or match["back"]:
        back = abs(paid) if match["full"] else values.amount(match["back"], digits=ctx.digits)
        out.append(_row(ctx, day, "refund", -back, _text(text, "已退款"), sid))
    return out


JD = Profile(
    "jd",
    "JD (京东)",
    ("交易时间", "商户名称", "交易说明", "金额", "收/付款方式", "交易状态", "收/支", "交易订单号"),
    _jd,
    method="白条|先享后付",
    currency="CNY",
)


# -- CMB credit card (招商银行信用卡) ----------------------------------------------------
def _cmb(c: Cells, ctx: Context) -> Result:
    if ctx.year is None or ctx.month is None:
        raise refuse("the statement's month is not in the file's title; dates are MM/DD only")
    when = c.get("交易日", "") or c.get("记账日", "")
    day = values.month_day(when, ctx.year, ctx.month)
    amount = values.amount(c["人民币金额"], digits=ctx.digits, what="人民币金额")
    text = c.get("交易摘要", "")
    if amount >= 0:
        return [_row(ctx, day, "charge", amount, text, None)]
    kind: Kind = "payment" if "还款" in text else "refund"
    return [_row(ctx, day, kind, amount, text, None)]


CMB = Profile(
    "cmb",
    "CMB credit card (招商银行信用卡)",
    ("交易日", "记账日", "交易摘要", "人民币金额"),
    _cmb,
    needs_month=True,
    currency="CNY",
)


# -- ICBC credit card (工商银行信用卡) ---------------------------------------------------
def _icbc(c: Cells, ctx: Context) -> Result:
    day = values.day(c.get("交易日期", "") or c.get("记账日期", ""))
    spent = values.optional_amount(c["记账金额(支出)"], digits=ctx.digits, what="记账金额(支出)")
    got = values.optional_amount(c["记账金额(收入)"], digits=ctx.digits, what="记账金额(收入)")
    text = _text(c.get("交易类型", ""), c.get("商户名称", ""))
    if spent and got:
        raise refuse("both income and spending are filled in")
    if spent:
        return [_row(ctx, day, "charge", abs(spent), text, None)]
    if got:
        kind: Kind = "payment" if "还款" in text else "refund"
        return [_row(ctx, day, kind, -abs(got), text, None)]
    raise refuse("neither income nor spending is filled in")


ICBC = Profile(
    "icbc",
    "ICBC credit card (工商银行信用卡)",
    ("交易日期", "记账日期", "记账金额(收入)", "记账金额(支出)"),
    _icbc,
    currency="CNY",
)


# -- US cards --------------------------------------------------------------------
def _us(amount: int, text: str, kind_cell: str) -> Kind:
    if amount >= 0:
        return "charge"
    hint = (kind_cell + " " + text).lower()
    return "refund" if any(w in hint for w in ("return", "refund", "credit")) else "payment"


def _chase(c: Cells, ctx: Context) -> Result:
    # Chase writes purchases negative and payments positive: flip to debt-positive.
    day = values.day(c["Transaction Date"], "%m/%d/%Y")
    amount = -values.amount(c["Amount"], digits=ctx.digits, what="Amount")
    text = c.get("Description", "")
    return [_row(ctx, day, _us(amount, text, c.get("Type", "")), amount, text, None)]


CHASE = Profile(
    "chase",
    "US card: Chase (purchases negative)",
    ("Transaction Date", "Post Date", "Description", "Amount"),
    _chase,
    currency="USD",
)


def _amex(c: Cells, ctx: Context) -> Result:
    # American Express and Discover write purchases positive, payments negative.
    day = values.day(c["Date"], "%m/%d/%Y")
    amount = values.amount(c["Amount"], digits=ctx.digits, what="Amount")
    text = c.get("Description", "")
    return [_row(ctx, day, _us(amount, text, ""), amount, text, None)]


AMEX = Profile(
    "amex",
    "US card: Date,Description,Amount (purchases positive)",
    ("Date", "Description", "Amount"),
    _amex,
    currency="USD",
)

BANKS: tuple[Profile, ...] = (ALIPAY, WECHAT, JD, CMB, ICBC, CHASE, AMEX)
