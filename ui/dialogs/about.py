"""Help → About: the version, the open data file's path and its schema version.

Each string is spelled out as ``QCoreApplication.translate("AboutDialog", …)``: lupdate
only finds the full call.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.service import about as about_mod
from ui.context import AppContext


def about_text(info: about_mod.AboutInfo) -> str:
    """About's text (rich text, one paragraph a line), in the interface language."""
    lines = (
        QCoreApplication.translate("AboutDialog", "Debt Tracker {version}").format(
            version=info.version
        ),
        QCoreApplication.translate(
            "AboutDialog",
            "Debt Tracker keeps every due date of your credit products in one place.",
        ),
        QCoreApplication.translate("AboutDialog", "Data file: {path}").format(path=info.data_file),
        QCoreApplication.translate(
            "AboutDialog",
            "Data file schema version: {version} (this app understands up to {newest})",
        ).format(version=info.schema_version, newest=info.schema_supported),
    )
    return "<p>" + "</p><p>".join(html.escape(line) for line in lines) + "</p>"


def open_about_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Show About for the data file open in ``ctx`` (modal)."""
    info = about_mod.about(ctx.store)
    QMessageBox.about(
        parent, QCoreApplication.translate("AboutDialog", "About Debt Tracker"), about_text(info)
    )
