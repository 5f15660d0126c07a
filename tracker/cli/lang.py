"""``--lang``: the language of what a command generates (a statement, the demo data)."""

from __future__ import annotations

import argparse

#: The languages the CLI writes generated texts in (the GUI's: ui.i18n.LANGUAGES).
LANGS = ("en", "zh_CN")


def add_lang(p: argparse.ArgumentParser, what: str) -> None:
    """``--lang en|zh_CN``: the language of ``what`` (English unless asked)."""
    p.add_argument("--lang", choices=LANGS, default="en", help=f"{what}: en or zh_CN (简体中文)")


def chinese(args: argparse.Namespace) -> bool:
    """Whether ``--lang zh_CN`` was given."""
    return getattr(args, "lang", "en") == "zh_CN"
