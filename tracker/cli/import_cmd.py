"""CLI command ``import``: read an exported statement into a product (or undo the last)."""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date
from typing import Any

from tracker import imports as parsing
from tracker.cli.store_access import with_store
from tracker.errors import InputError, refuse
from tracker.money import currency, plain
from tracker.service import imports
from tracker.storage import Store


def add_parser(cmds: argparse._SubParsersAction) -> None:
    """``import FILE [--product P] [--profile NAME] [--map K=V,...] [--encoding E] ...``."""
    im = cmds.add_parser("import", help="import a statement a bank, lender or wallet exported")
    im.add_argument("file", nargs="?", help="the exported CSV file")
    im.add_argument("--product", help="the product it is for (our own statement: optional)")
    im.add_argument("--profile", choices=parsing.profile_names(), help="default: from the header")
    im.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="KEY=VALUE,...",
        help="generic columns: date=0,amount=3,description=1,date_format=%%d/%%m/%%Y,"
        "decimal=.,sign=spending_positive|spending_negative,delimiter=;",
    )
    im.add_argument("--encoding", help="the file's encoding (default: BOM, UTF-8, GB18030)")
    im.add_argument("--method", help="the payment method that is this product's (Alipay: 花呗)")
    im.add_argument("--dry-run", action="store_true", help="show what would be imported")
    im.add_argument("--skip-bad", action="store_true", help="import the good lines anyway")
    im.add_argument("--undo", action="store_true", help="remove what the last import added")


def cmd_import(args: argparse.Namespace, today: date) -> Any:
    if args.undo:
        if args.file:
            raise InputError("import --undo takes no file")
        entry = with_store(args, imports.undo_last_import)
        return {"undone": entry.id, "file": entry.file_name, "removed": entry.added}
    if not args.file:
        raise InputError("import needs a FILE (or --undo)")
    mapping = ",".join(args.map) or None

    def work(store: Store) -> Any:
        try:
            plan = imports.preview(
                store, args.file, today, product=args.product, profile=args.profile,
                mapping=mapping, encoding=args.encoding, method=args.method,
            )  # fmt: skip
        except parsing.EncodingUnknown:
            raise refuse(
                "cannot tell the encoding of {file}; give one with --encoding "
                "(gb18030, utf-8, big5, cp1252, ...)",
                file=args.file,
            ) from None
        wrong = imports.wrong_currency(plan)
        if wrong is not None:  # dollars onto a yuan product: refused, dry run or not
            raise wrong
        if plan.bad and not args.skip_bad:
            imports.commit(store, plan)  # refuses: the first bad line, nothing written
        if args.dry_run:
            return _summary(plan, plan.new, None)
        return _summary(plan, imports.commit(store, plan, skip_bad=args.skip_bad).added, True)

    return with_store(args, work)


def _summary(plan: imports.Preview, added: int, written: bool | None) -> dict[str, Any]:
    digits = currency(plan.product.currency).digits if plan.product else 2
    return {
        "dry_run": written is None,
        "file": str(plan.path),
        "product": plan.product.name if plan.product else None,
        "profile": plan.profile,
        "encoding": plan.encoding,
        "added": added,
        "empty": plan.empty,
        "duplicates": plan.duplicates,
        "skipped": [
            {"line": x.line, "reason": str(x.reason), "bad": x.status == "bad"}
            for x in plan.lines
            if x.status in ("bad", "skipped")
        ],
        "rows": [
            {
                "line": x.line,
                "status": x.status,
                "product": x.product,
                "date": x.row.date.isoformat(),
                "kind": x.row.kind,
                "amount": plain(x.row.amount, digits),
                "description": x.row.description,
                "pays": list(x.pays),
            }
            for x in plan.lines
            if x.row is not None and x.status in ("new", "duplicate")
        ],
    }


def text(result: dict[str, Any]) -> str:
    """The ``import`` result for people: what was (or would be) added, then what was not."""
    if "undone" in result:
        return (
            f"Undid import {result['undone']} of {result['file']}: "
            f"{result['removed']} rows removed."
        )
    if result.get("empty"):  # a header and no rows: said, not "Imported 0 rows"
        return f"No rows to import in {result['file']}."
    kinds = Counter(r["kind"] for r in result["rows"] if r["status"] == "new")
    verb = "Would import" if result["dry_run"] else "Imported"
    where = f" into {result['product']}" if result["product"] else ""
    parts = ", ".join(f"{kind} × {n}" for kind, n in sorted(kinds.items()))
    lines = [
        f"{verb} {result['added']} rows{where} from {result['file']} "
        f"({result['profile']}, {result['encoding']})" + (f": {parts}" if parts else "") + ".",
        f"Already imported before (skipped): {result['duplicates']}.",
    ]
    for r in result["rows"]:
        if r["status"] == "new" and r["pays"]:
            lines.append(f"  line {r['line']}: payment {r['amount']} pays {'; '.join(r['pays'])}")
    if result["skipped"]:
        lines.append(f"Not imported: {len(result['skipped'])} lines")
        lines += [
            f"  line {s['line']}: {s['reason']}" + (" (bad line)" if s["bad"] else "")
            for s in result["skipped"]
        ]
    return "\n".join(lines)
