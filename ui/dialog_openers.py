"""The main window's menu dialogs, each module imported when its action is first used.

A start needs none of them (import, export, calendar, help, the record dialogs): their
modules — and what they pull in, such as the import readers and profiles — load on the
first click or shortcut, not before the first paint.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


def add_payment(ctx: AppContext, parent: QWidget, product_id: int | None) -> None:
    from ui.dialogs import modal
    from ui.dialogs.payment import PaymentDialog

    modal.run(PaymentDialog(ctx, product_id=product_id, parent=parent))


def add_charge(ctx: AppContext, parent: QWidget, product_id: int | None) -> None:
    from ui.dialogs.charge import open_charge_dialog

    open_charge_dialog(ctx, parent, product_id)


def add_bill(ctx: AppContext, parent: QWidget, product_id: int | None) -> None:
    from ui.dialogs.bill import open_bill_dialog

    open_bill_dialog(ctx, parent, product_id)


def add_plan(ctx: AppContext, parent: QWidget, product_id: int | None) -> None:
    from ui.dialogs.plan import open_plan_dialog

    open_plan_dialog(ctx, parent, product_id)


def add_product(ctx: AppContext, parent: QWidget) -> None:
    from ui.dialogs.product import open_product_dialog

    open_product_dialog(ctx, parent)


def export_statement(ctx: AppContext, parent: QWidget) -> None:
    from ui.dialogs.export import open_export_dialog

    open_export_dialog(ctx, parent)


def export_calendar(ctx: AppContext, parent: QWidget) -> None:
    from ui.dialogs.calendar import open_calendar_dialog

    open_calendar_dialog(ctx, parent)


def import_file(ctx: AppContext, parent: QWidget) -> None:
    from ui.dialogs.import_file import open_import_file_dialog

    open_import_file_dialog(ctx, parent)


def undo_import(ctx: AppContext, parent: QWidget) -> None:
    from ui.dialogs.import_file import undo_last_import

    undo_last_import(ctx, parent)


def about(ctx: AppContext, parent: QWidget) -> None:
    from ui.dialogs.about import open_about_dialog

    open_about_dialog(ctx, parent)


def help_page(ctx: AppContext, parent: QWidget) -> None:
    from ui.dialogs.help import open_help_dialog

    open_help_dialog(ctx, parent)
