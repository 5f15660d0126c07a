"""CLI command ``statement``: a CSV statement to a file (``-o``) or to standard output."""

from __future__ import annotations

import argparse
import io
from datetime import date
from pathlib import Path
from typing import Any

from tracker.cli import lang
from tracker.cli.store_access import with_store
from tracker.dates import parse_date
from tracker.errors import InputError
from tracker.service import statement


def add_parser(cmds: argparse._SubParsersAction) -> None:
    """``statement [PRODUCT] --from D --to D [-o FILE] [--excel] [--lang en|zh_CN]``."""
    st = cmds.add_parser("statement", help="a CSV statement between two dates")
    st.add_argument("product", nargs="?", help="a product name or id (default: all)")
    st.add_argument("--from", dest="start", required=True, help="first day (YYYY-MM-DD)")
    st.add_argument("--to", dest="end", required=True, help="last day (YYYY-MM-DD)")
    st.add_argument("-o", "--output", help="write to this file (default: standard output)")
    st.add_argument("--excel", action="store_true", help="add a BOM so Excel reads UTF-8")
    lang.add_lang(st, "the header, kinds and generated descriptions")


def cmd_statement(args: argparse.Namespace, today: date) -> Any:
    start = parse_date(args.start, "--from")
    end = parse_date(args.end, "--to")
    if start > end:
        raise InputError(f"--from {start} is after --to {end}")
    chinese = lang.chinese(args)
    if args.output is not None:
        if not args.output.strip():
            raise InputError("-o needs a file name (leave -o out to print the statement)")
        path = Path(args.output)
        count = with_store(
            args,
            lambda s: statement.export_statement(
                s, path, start, end, args.product, args.excel, chinese, today=today
            ),
        )
        return {"saved": "statement", "file": str(path), "rows": count}
    buffer = io.StringIO()
    count = with_store(
        args,
        lambda s: statement.write_statement(
            s, buffer, start, end, args.product, args.excel, chinese, today=today
        ),
    )
    return {"rows": count, "csv": buffer.getvalue()}
