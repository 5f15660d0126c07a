"""``debt-tracker-cli statement``: run without importing every other command (issue 12).

The full CLI (:mod:`tracker.cli.main`) imports the modules of every command — imports,
reminders, the calendar, payoff — ~0.1 s before it reads a row, and the statement's
benchmark is a whole process against ``sqlite3 -csv``. Here a well-formed ``statement``
command line is parsed by a parser that knows only the global options and ``statement``
(declared by :func:`statement_cmd.add_parser`, as in the full parser), run, and printed as
the full CLI prints it. Anything else — another command, ``--help``, an abbreviated or
unknown option, a line this parser refuses, or a command that fails — is left to the full
CLI (:func:`run` returns None), which parses it again and reports it as it always has; a
statement is only read, so running a failed one again changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

#: Global options (``tracker.cli.parser._global_options``): those taking a value.
_VALUED = ("--db", "--today")


class _NotQuick(Exception):
    """The line is not one this path takes: the full CLI parses and reports it."""


class _Parser(argparse.ArgumentParser):
    """Prints nothing: help (``--he`` too), usage and errors are the full CLI's."""

    def error(self, message: str) -> NoReturn:
        raise _NotQuick(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise _NotQuick(message or "")

    def print_help(self, file: Any = None) -> NoReturn:
        raise _NotQuick("help")

    def print_usage(self, file: Any = None) -> NoReturn:
        raise _NotQuick("usage")


def is_statement(tokens: Sequence[str]) -> bool:
    """Whether ``tokens`` are global options this path knows, written in full, then the
    ``statement`` command, with no help asked for."""
    i = 0
    while i < len(tokens) and tokens[i].startswith("-"):
        token = tokens[i]
        if token in _VALUED:
            i += 2
        elif token == "--json" or token.startswith(tuple(f"{v}=" for v in _VALUED)):
            i += 1
        else:
            return False
    rest = tokens[i + 1 :]
    return i < len(tokens) and tokens[i] == "statement" and not ({"-h", "--help"} & set(rest))


def _parser() -> argparse.ArgumentParser:
    """The full parser cut down to the global options and ``statement``."""
    from tracker.cli import statement_cmd

    def global_options(p: argparse.ArgumentParser, default: Any = None) -> None:
        p.add_argument("--db", default=default)
        p.add_argument("--today", default=default)
        p.add_argument("--json", action="store_true", default=default or False)

    p = _Parser(prog="debt-tracker-cli")
    global_options(p)
    cmds = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    statement_cmd.add_parser(cmds)
    global_options(cmds.choices["statement"], default=argparse.SUPPRESS)
    return p


def run(argv: Sequence[str] | None = None) -> int | None:
    """Run ``argv`` (default: ``sys.argv[1:]``) if it is a ``statement`` command that
    succeeds; returns its exit status (0), or None when the full CLI must run it."""
    tokens = list(sys.argv[1:] if argv is None else argv)
    if not is_statement(tokens):
        return None
    from datetime import date

    from tracker.cli import output, statement_cmd
    from tracker.dates import parse_date
    from tracker.errors import TrackerError

    try:
        args = _parser().parse_args(tokens)
        today = date.today() if args.today is None else parse_date(args.today, "--today")
        result = statement_cmd.cmd_statement(args, today)
    except (_NotQuick, TrackerError):
        return None
    output.emit(result, None if args.json else text(result))
    return 0


def text(result: dict[str, Any]) -> str:
    """The statement's result as ``render.text`` words it: the CSV itself, or one
    ``key: value`` line each (``-o``)."""
    if "csv" in result:
        return str(result["csv"])
    return "\n".join(f"{k}: {v}" for k, v in result.items())
