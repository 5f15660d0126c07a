"""Help → About: the version, the open data file's path and its schema version."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.service import about as about_mod
from ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def about_text(info: about_mod.AboutInfo) -> str:
    """About's text (rich text, one paragraph a line), in the interface language."""
    lines = (
        _tr("Debt Tracker {version}").format(version=info.version),
        _tr("Debt Tracker keeps every due date of your credit products in one place."),
        _tr("Data file: {path}").format(path=info.data_file),
        _tr("Data file schema version: {version} (this app understands up to {newest})").format(
            version=info.schema_version, newest=info.schema_supported
        ),
    )
    return "<p>" + "</p><p>".join(html.escape(line) for line in lines) + "</p>"


def open_about_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Show About for the data file open in ``ctx`` (modal)."""
    info = about_mod.about(ctx.store)
    QMessageBox.about(parent, _tr("About Debt Tracker"), about_text(info))
