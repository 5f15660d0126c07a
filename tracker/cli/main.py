"""Entry point: parse, run one command, print text or JSON; bad input exits 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from tracker.cli import lang, render
from tracker.cli.backup_cmds import cmd_backup, cmd_backups, cmd_restore, damage_hint
from tracker.cli.costs_cmds import cmd_payoff, cmd_plan_add, cmd_plan_prepay, cmd_simulate
from tracker.cli.demo_cmds import cmd_demo_remove, cmd_product_delete
from tracker.cli.import_cmd import cmd_import
from tracker.cli.negotiate_cmd import cmd_negotiate
from tracker.cli.output import emit
from tracker.cli.parser import UsageError, build
from tracker.cli.remind_cmds import cmd_calendar, cmd_remind
from tracker.cli.statement_cmd import cmd_statement
from tracker.cli.store_access import db_path, settings_from, with_reading, with_store
from tracker.counts import parse_whole
from tracker.dates import parse_date
from tracker.errors import ConfirmationNeeded, DamagedFileError, InputError, TrackerError
from tracker.money import parse_amount
from tracker.service import bills, charges, demo, dues, estimated_dues, files, payments, products
from tracker.storage import Store

Handler = Callable[[argparse.Namespace, date], Any]


#: The option that carries each form field the service names in its refusals.
OPTIONS = {
    "amount": "--amount",
    "minimum": "--minimum",
    "date": "--date",
    "statement": "--statement-date",
    "due": "--due-date",
    "principal": "--principal",
    "periods": "--periods",
}


def as_option(exc: Exception) -> str:
    """The refusal as the GUI words it, but naming the CLI option where it names a field
    ("amount '$12' is in another currency" → "--amount '$12' …")."""
    field = getattr(exc, "field", None)
    template = getattr(exc, "template", None)
    params = dict(getattr(exc, "params", {}) or {})
    if template and field in OPTIONS and params.get("what") == field:
        return template.format(**{**params, "what": OPTIONS[field]})
    return str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 2 bad input or unusable file)."""
    try:
        args = build().parse_args(argv)
        today = date.today() if args.today is None else parse_date(args.today, "--today")
        result = _dispatch(args, today)
    except DamagedFileError as exc:
        hint = damage_hint(db_path(args))
        print(f"debt-tracker-cli: error: {exc}; {hint}", file=sys.stderr)
        return 2
    except (UsageError, TrackerError) as exc:
        hint = ""
        if isinstance(exc, ConfirmationNeeded):  # the option that says "yes, I meant it"
            flag = "--allow-over-limit" if exc.field == "credit_limit" else "--allow-credit"
            hint = f" ({flag} to save it anyway)"
        print(f"debt-tracker-cli: error: {as_option(exc)}{hint}", file=sys.stderr)
        return 2
    emit(result, None if args.json else render.text(args, result))
    return 0


def _dispatch(args: argparse.Namespace, today: date) -> Any:
    key = f"{args.command} {getattr(args, 'action', '') or ''}".strip()
    handler = HANDLERS[key]
    return handler(args, today)


def cmd_init(args: argparse.Namespace, today: date) -> Any:
    path = db_path(args)
    if path.exists() and path.stat().st_size > 0 and not Store.is_blank(path):
        store = files.open_store(path)  # refuses foreign or newer files
        try:
            if args.demo and store.list_products(include_archived=True):
                raise InputError(f"{path} already has products; demo data goes in a new file")
            if not args.demo:
                return {"db": str(path), "created": False, "demo": False}
            # A file set up without products: add the demo data in one transaction.
            with store.transaction():
                demo.populate(store, today, lang.chinese(args))
        finally:
            store.close()
        return {"db": str(path), "created": False, "demo": True}
    fill = (lambda s: demo.populate(s, today, lang.chinese(args))) if args.demo else None
    Store.create(path, fill).close()  # appears only when complete: a killed init leaves none
    return {"db": str(path), "created": True, "demo": bool(args.demo)}


def cmd_product_add(args: argparse.Namespace, today: date) -> Any:
    settings = settings_from(args.set)
    if args.limit is not None:
        parse_amount(args.limit, allow_negative=False, what="--limit")  # its name in errors
        settings["credit_limit"] = args.limit
    if args.statement_day is not None:
        parse_whole(args.statement_day, "--statement-day")
        settings["statement_day"] = args.statement_day
    return with_store(
        args, lambda s: render.product(products.add_product(s, args.name, args.preset, settings))
    )


def cmd_product_list(args: argparse.Namespace, today: date) -> Any:
    return with_reading(
        args,
        lambda s: {
            "products": [render.product(p) for p in s.list_products(include_archived=args.all)]
        },
    )


def cmd_product_edit(args: argparse.Namespace, today: date) -> Any:
    settings = settings_from(args.set)
    return with_store(
        args,
        lambda s: render.product(
            products.edit_product(
                s, args.product, settings, allow_over_limit=args.allow_over_limit
            )
        ),
    )


def cmd_product_archive(args: argparse.Namespace, today: date) -> Any:
    return with_store(
        args,
        lambda s: render.product(
            products.archive_product(s, args.product, archived=not args.undo)
        ),
    )


def cmd_bill_add(args: argparse.Namespace, today: date) -> Any:
    statement = parse_date(args.statement_date, "--statement-date")
    due = parse_date(args.due_date, "--due-date")

    def work(store: Store) -> Any:
        # Amounts go to the service as typed: it checks them in the product's currency,
        # as it does for the GUI.
        product = products.require_product(store, args.product)
        d = bills.add_bill(
            store, product.saved_id, statement, due, args.amount, today, args.minimum
        )
        out = render.record(
            "bill",
            product,
            d.source_id,
            due_date=d.due_date,
            amount=d.total,
            minimum=d.minimum_due,
        )
        assert d.source_id is not None
        return render.estimate_difference(
            out, product, bills.difference(store, d.source_id, product.saved_id)
        )

    return with_store(args, work)


def cmd_charge(args: argparse.Namespace, today: date) -> Any:
    day = parse_date(args.date, "--date")

    def work(store: Store) -> Any:
        product = products.require_product(store, args.product)
        cid = charges.add_charge(store, product.saved_id, day, args.amount, today, args.desc)
        saved = charges.charge(store, cid)
        return render.record("charge", product, cid, date=day, amount=saved.amount)

    return with_store(args, work)


def cmd_pay(args: argparse.Namespace, today: date) -> Any:
    day = parse_date(args.date, "--date")

    def work(store: Store) -> Any:
        product = products.require_product(store, args.product)
        pid = payments.add_payment(
            store,
            product.saved_id,
            day,
            args.amount,
            today,
            args.desc,
            allow_credit=args.allow_credit,
        )
        saved = payments.payment(store, pid)
        return render.record("payment", product, pid, date=day, amount=saved.amount)

    return with_store(args, work)


def cmd_due(args: argparse.Namespace, today: date) -> Any:
    days = parse_whole(args.days, "--days")

    def work(store: Store) -> list[dict[str, Any]]:
        rows = [render.due(v) for v in dues.open_dues(store, today, days)]
        # … and what the engine's own statements hold that no due row shows (a card with
        # charges and no bill recorded): the list is never clean while the account is not.
        more = estimated_dues.estimated_dues(store, today, days)
        rows += [render.estimated_due(e, today) for e in more]
        rows.sort(key=_due_order)
        return rows

    return {"today": today.isoformat(), "days": days, "dues": with_reading(args, work)}


def _due_order(row: dict[str, Any]) -> tuple[int, str]:
    """As :func:`dues.open_dues`: late first, then revolving, then the rest, each by due
    date (a stable sort keeps the dues' own order on a day)."""
    if row["days_past_due"] > 0:
        return 0, row["due_date"]
    return (1 if row["status"] == "revolving" else 2), row["due_date"]


HANDLERS: dict[str, Handler] = {
    "init": cmd_init,
    "product add": cmd_product_add,
    "product list": cmd_product_list,
    "product edit": cmd_product_edit,
    "product archive": cmd_product_archive,
    "product delete": cmd_product_delete,
    "demo remove": cmd_demo_remove,
    "bill add": cmd_bill_add,
    "charge": cmd_charge,
    "pay": cmd_pay,
    "due": cmd_due,
    "plan add": cmd_plan_add,
    "plan prepay": cmd_plan_prepay,
    "simulate": cmd_simulate,
    "negotiate": cmd_negotiate,
    "payoff": cmd_payoff,
    "statement": cmd_statement,
    "remind": cmd_remind,
    "calendar": cmd_calendar,
    "import": cmd_import,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
}


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
