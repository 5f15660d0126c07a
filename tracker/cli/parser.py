"""The argument grammar of ``debt-tracker-cli`` (see DESIGN.md, "Command line")."""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from tracker.appinfo import VERSION
from tracker.cli import (
    backup_cmds,
    demo_cmds,
    import_cmd,
    negotiate_cmd,
    remind_cmds,
    statement_cmd,
)
from tracker.cli.lang import add_lang
from tracker.products import PRESETS


class UsageError(Exception):
    """Bad command-line syntax; reported as one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise SystemExit(status)


#: Rates on the command line are fractions, as stored (the GUI's form takes percentages).
SET_HELP = (
    "a product setting; rates are fractions of their period (revolving_daily_rate=0.0005 "
    "is 0.05%% a day) or percentages with a sign (revolving_daily_rate=0.05%%)"
)


def build() -> Parser:
    """The full parser: global options, then one command."""
    p = Parser(prog="debt-tracker-cli", description="Debt Tracker on the command line.")
    p.add_argument("--version", action="version", version=f"%(prog)s {VERSION}")
    _global_options(p)
    cmds = p.add_subparsers(dest="command", required=True, parser_class=Parser)
    init = cmds.add_parser("init", help="create the data file")
    init.add_argument("--demo", action="store_true", help="add believable demo data")
    add_lang(init, "the demo data's names and descriptions")
    demo_cmds.add_parsers(cmds)
    _product_commands(cmds)
    bill = cmds.add_parser("bill", help="statements").add_subparsers(dest="action", required=True)
    b = bill.add_parser("add", help="record a statement")
    b.add_argument("product")
    b.add_argument("--statement-date", required=True)
    b.add_argument("--due-date", required=True)
    b.add_argument("--amount", required=True)
    b.add_argument(
        "--minimum",
        help="the minimum printed on the statement, periods and unpaid minimums included "
        "(default: the product's rules)",
    )
    charge = cmds.add_parser("charge", help="record a purchase")
    charge.add_argument("product")
    charge.add_argument("--date", required=True)
    charge.add_argument("--amount", required=True)
    charge.add_argument("--desc", default="")
    pay = cmds.add_parser("pay", help="record a payment")
    pay.add_argument("product")
    pay.add_argument("--date", required=True)
    pay.add_argument("--amount", required=True)
    pay.add_argument("--desc", default="")
    pay.add_argument(
        "--allow-credit",
        action="store_true",
        help="accept a payment above what is owed (the rest stays as a credit balance)",
    )
    due = cmds.add_parser("due", help="overdue and upcoming dues")
    due.add_argument("--days", default="30", help="look this many days ahead (default 30)")
    _cost_commands(cmds)
    statement_cmd.add_parser(cmds)
    remind_cmds.add_parsers(cmds)
    import_cmd.add_parser(cmds)
    backup_cmds.add_parsers(cmds)
    _accept_globals_after_command(p)
    return p


def _global_options(p: argparse.ArgumentParser, default: Any = None) -> None:
    p.add_argument("--db", default=default, help="data file (default: the app's data folder)")
    p.add_argument("--today", default=default, help="pretend today is this date (YYYY-MM-DD)")
    p.add_argument(
        "--json", action="store_true", default=default or False, help="print one JSON document"
    )


def _accept_globals_after_command(p: argparse.ArgumentParser) -> None:
    """Let ``due --json`` mean ``--json due``: every command also takes the global options.

    Their default is SUPPRESS so that a command which does not repeat them keeps
    what was given before the command name.
    """
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                if any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
                    _accept_globals_after_command(sub)
                else:
                    _global_options(sub, default=argparse.SUPPRESS)


def _cost_commands(cmds: argparse._SubParsersAction) -> None:
    plan = cmds.add_parser("plan", help="instalment plans").add_subparsers(
        dest="action", required=True
    )
    pa = plan.add_parser("add", help="record an instalment plan you already have")
    pa.add_argument("product")
    pa.add_argument("--principal", required=True)
    pa.add_argument("--periods", required=True)
    pa.add_argument("--first-due", required=True)
    pa.add_argument("--desc", default="")
    pa.add_argument(
        "--negotiated",
        action="store_true",
        help="a repayment plan the lender agreed today: it takes over what is owed now",
    )
    pp = plan.add_parser(
        "prepay",
        help="pay a loan off early: the remaining principal and the interest to the day",
    )
    pp.add_argument("plan", help="the loan plan's id (plan add prints it)")
    pp.add_argument("--date", default=None, help="the day it is paid (default: today)")
    pp.add_argument("--amount", help="what the lender asked, if it differs from the quote")
    pp.add_argument("--desc", default="paid off early")
    pp.add_argument("--dry-run", action="store_true", help="show the quote, record nothing")
    negotiate_cmd.add_parser(cmds)
    sim = cmds.add_parser("simulate", help="what each way of dealing with a due costs")
    who = sim.add_mutually_exclusive_group(required=True)
    who.add_argument("product", nargs="?", help="a product name or id")
    who.add_argument("--preset", choices=sorted(PRESETS), help="or a preset's rules")
    sim.add_argument("--amount", required=True)
    sim.add_argument("--due", required=True, help="due date")
    sim.add_argument("--minimum", help="the bill's minimum (default: product rules)")
    sim.add_argument("--posting", help="posting date for interest-from-posting cards")
    sim.add_argument("--pay-date", help="when the rest is paid under 'minimum'")
    sim.add_argument("--periods", help="instalment counts, e.g. 3,6,12")
    sim.add_argument("--overdue-days", help="lateness scenarios in days, e.g. 30,90")
    sim.add_argument("--waiver", default="0", help="negotiated waiver, e.g. 0.2")
    sim.add_argument(
        "--negotiate-after", help="days overdue before negotiating (default 90, or today)"
    )
    sim.add_argument("--negotiate-periods", default="12")
    sim.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a product rule for this run only",
    )
    pay = cmds.add_parser("payoff", help="a month-by-month plan to clear every debt")
    goal = pay.add_mutually_exclusive_group(required=True)
    goal.add_argument("--budget", help="money available each month")
    goal.add_argument("--by", help="the budget that clears everything by this date")
    pay.add_argument("--strategy", choices=["avalanche", "snowball", "least-damage"])
    pay.add_argument("--months", default="360", help="plan at most this many months")
    pay.add_argument("--currency", help="whose debts to plan (default: the one owing most)")


def _product_commands(cmds: argparse._SubParsersAction) -> None:
    product = cmds.add_parser("product", help="credit products")
    acts = product.add_subparsers(dest="action", required=True)
    add = acts.add_parser("add", help="add a product from a preset")
    add.add_argument("name")
    add.add_argument("--preset", required=True, choices=sorted(PRESETS))
    add.add_argument("--limit", help="credit limit")
    add.add_argument("--statement-day", help="day of the month the statement is issued")
    add.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help=SET_HELP)
    acts.add_parser("list", help="list products").add_argument(
        "--all", action="store_true", help="include archived products"
    )
    edit = acts.add_parser("edit", help="change a product's settings")
    edit.add_argument("product")
    edit.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", required=True, help=SET_HELP
    )
    edit.add_argument(
        "--allow-over-limit",
        action="store_true",
        help="accept a credit limit below what is owed now",
    )
    archive = acts.add_parser("archive", help="hide a product (records are kept)")
    archive.add_argument("product")
    archive.add_argument("--undo", action="store_true", help="bring it back")
    demo_cmds.add_product_delete(acts)
