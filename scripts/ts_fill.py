"""Fill a Qt Linguist .ts file from a JSON dictionary of translations.

Translators edit ``resources/i18n/zh_CN.json`` (``{"English source": "翻译"}``; a key
``"Context|English source"`` wins over the plain source for that context only), then
run ``scripts/translations.sh``, which runs lupdate → this script → lrelease.

    python scripts/ts_fill.py resources/i18n/debt_tracker_zh_CN.ts resources/i18n/zh_CN.json
    python scripts/ts_fill.py --english resources/i18n/debt_tracker_en.ts [en.json]

With ``--english`` (the plural-only English file), each plural message gets its singular
and plural forms from the ``(s)`` in the source — ``"%n day(s) late"`` → ``"%n day
late"`` / ``"%n days late"`` — unless the JSON gives ``[singular, plural]``.

A message the JSON does not know keeps whatever translation the .ts already has (so
Qt Linguist still works); unknown and unused keys are listed on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Entry = str | list[str]


def english_forms(source: str) -> list[str]:
    """``"%n day(s)"`` → ``["%n day", "%n days"]``; other sources stay as they are."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def lookup(table: dict[str, Entry], context: str, source: str) -> Entry | None:
    """The translation for ``source`` in ``context`` (a ``Context|source`` key wins)."""
    return table.get(f"{context}|{source}", table.get(source))


def set_translation(message: ET.Element, entry: Entry) -> None:
    """Write ``entry`` into the message's ``<translation>`` and mark it finished."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = entry if isinstance(entry, list) else [entry]
        old = translation.findall("numerusform")
        count = len(old) or len(forms)
        for form in old:
            translation.remove(form)
        translation.text = None
        for i in range(count):
            ET.SubElement(translation, "numerusform").text = forms[min(i, len(forms) - 1)]
    else:
        translation.text = entry if isinstance(entry, str) else entry[0]


def is_finished(message: ET.Element) -> bool:
    """True when the message has a non-empty translation not marked unfinished."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return all(t and t.strip() for t in texts)


def mark_plurals(tree: ET.ElementTree, plural_only: bool) -> None:
    """Mark every message whose source has ``%n`` as a plural one (numerus).

    PySide6 6.11's lupdate leaves ``QCoreApplication.translate(ctx, "%n day(s)", "", n)``
    without ``numerus="yes"`` (6.12's marked it), so its plural forms would be lost.
    With ``plural_only`` (the English file), messages without ``%n`` are dropped.
    """
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if "%n" in (message.findtext("source") or ""):
                if message.get("numerus") != "yes":
                    message.set("numerus", "yes")
                    old = message.find("translation")
                    if old is not None:
                        message.remove(old)
                    ET.SubElement(message, "translation", type="unfinished")
            elif plural_only and message.get("numerus") != "yes":
                context.remove(message)
        if plural_only and context.find("message") is None:
            root.remove(context)


def fill(tree: ET.ElementTree, table: dict[str, Entry], english: bool) -> list[str]:
    """Fill every message of ``tree`` from ``table``; returns the still-missing ones."""
    mark_plurals(tree, plural_only=english)
    missing: list[str] = []
    used: set[str] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            entry = lookup(table, name, source)
            if entry is not None:
                used.add(f"{name}|{source}" if f"{name}|{source}" in table else source)
            elif english:
                entry = english_forms(source)
            if entry is not None:
                set_translation(message, entry)
            elif not is_finished(message):
                missing.append(f"{name}|{source}")
    for key in sorted(set(table) - used):
        print(f"ts_fill: unused translation (source gone?): {key!r}", file=sys.stderr)
    return missing


def write(tree: ET.ElementTree, path: Path) -> None:
    """Write the .ts the way lupdate does (DOCTYPE, 4-space indent, UTF-8)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("ts", type=Path, help="the .ts file to fill (rewritten in place)")
    p.add_argument("json", type=Path, nargs="?", help="{source: translation} JSON")
    p.add_argument("--english", action="store_true", help="derive English plural forms")
    args = p.parse_args(argv)
    table: dict[str, Entry] = {}
    if args.json and args.json.exists():
        table = json.loads(args.json.read_text(encoding="utf-8"))
    tree = ET.parse(args.ts)
    missing = fill(tree, table, args.english)
    write(tree, args.ts)
    for key in missing:
        print(f"ts_fill: {args.ts.name}: no translation for {key!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
