"""The core's error messages in the interface language.

The core (Qt-free, English) raises errors made from templates (tracker.errors.refuse);
here the template is looked up in the "Errors" translation context and filled with the
same values. Errors without a template, or whose translation does not fit its values,
are shown as the core wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: Words the core passes as values (``what``: "amount {raw!r} is not a number"; a date
#: field's "date 2026-02-30 does not exist").
WORDS = (QT_TRANSLATE_NOOP("Errors", "amount"), QT_TRANSLATE_NOOP("Errors", "date"))

# How tracker.bounds.shown ends a very long text it repeats: "999…… (5000 characters)".
_SHORTENED = re.compile(r"… \((\d+) characters\)$")

#: Why a file could not be used (``reason``: tracker.errors.PHRASES), translated like
#: the message around it — never the operating system's English.
FILE_REASONS = (
    QT_TRANSLATE_NOOP("Errors", "there is no such file or folder"),
    QT_TRANSLATE_NOOP("Errors", "permission denied"),
    QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file"),
    QT_TRANSLATE_NOOP("Errors", "part of the path is not a folder"),
    QT_TRANSLATE_NOOP("Errors", "a file of that name exists already"),
    QT_TRANSLATE_NOOP("Errors", "the name is too long"),
    QT_TRANSLATE_NOOP("Errors", "the file is in use"),
    QT_TRANSLATE_NOOP("Errors", "files cannot be created in this folder"),  # NO_NEW_FILES
)


#: The core's command-line advice ("run `init`"), said as the window does it: Settings →
#: Open another… on an empty or vanished file.
IN_THE_WINDOW = {
    "{path} does not exist (run `init` to create it)": QT_TRANSLATE_NOOP(
        "Errors", "{path} does not exist (Create new… makes a new data file)"
    ),
    "{path} is empty: not set up yet (run `init` to initialise it)": QT_TRANSLATE_NOOP(
        "Errors", "{path} is empty, not set up yet (Create new… with this name sets it up)"
    ),
}


def error_text(exc: BaseException, names: Mapping[str, str] | None = None) -> str:
    """``exc``'s message in the interface language.

    Args:
        names: replacements for a ``name`` parameter — a setting's key (``statement_day``)
            becomes the label the user sees next to the field.
    """
    template = getattr(exc, "template", None)
    if not template:
        return str(exc)
    template = IN_THE_WINDOW.get(template, template)
    params = dict(getattr(exc, "params", {}))
    for key in ("name", "key", "what"):  # a setting's key → its label
        value = params.get(key)
        if names and isinstance(value, str) and value in names:
            params[key] = names[value]
        elif value in WORDS:
            params[key] = QCoreApplication.translate("Errors", value)
    if params.get("reason") in FILE_REASONS:
        params["reason"] = QCoreApplication.translate("Errors", params["reason"])
    for key, value in params.items():
        if isinstance(value, str) and (cut := _SHORTENED.search(value)):
            params[key] = value[: cut.start()] + QCoreApplication.translate(
                "Errors", "… ({count} characters)"
            ).format(count=cut[1])
    try:
        return QCoreApplication.translate("Errors", template).format(**params)
    except (KeyError, IndexError, ValueError):
        return str(exc)
