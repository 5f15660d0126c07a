"""Help → Help: what APR and EAR mean, the credit-report codes and 连三累六, when a late
payment is reported, and where the data file and its backups live.

Each string is spelled out as ``QCoreApplication.translate("HelpDialog", …)``: lupdate
only finds the full call.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from tracker.service import help as help_mod
from ui.context import AppContext


def _section(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"<h3>{html.escape(title)}</h3>{body}"


def rates_section() -> str:
    return _section(
        QCoreApplication.translate("HelpDialog", "APR and EAR"),
        QCoreApplication.translate(
            "HelpDialog",
            "APR (annual percentage rate) is the rate per period times the periods in a"
            " year: 1.0863% a month is 13.03% APR. It ignores compounding, so it makes a"
            " cost look smaller than it is.",
        ),
        QCoreApplication.translate(
            "HelpDialog",
            "EAR (effective annual rate) counts compounding: (1 + rate per period) to the"
            " power of the periods in a year, minus 1 — 1.0863% a month is 13.84% EAR."
            " Compare choices by EAR: it is what a year of that debt really costs.",
        ),
        QCoreApplication.translate(
            "HelpDialog",
            "Instalment fees quoted as “0.6% a period” are charged on the whole amount"
            " every period although you owe less each month: their APR is about twice the"
            " rate quoted times 12.",
        ),
    )


def report_section() -> str:
    return _section(
        QCoreApplication.translate("HelpDialog", "Credit-report codes"),
        QCoreApplication.translate(
            "HelpDialog",
            "China (PBOC credit report): each month's repayment status is one character —"
            " N normal, 1 = 1–30 days past due, 2 = 31–60, 3 = 61–90, 4 = 91–120,"
            " 5 = 121–150, 6 = 151–180, 7 = over 180 days. Over 90 days (code 4 and up) is"
            " serious delinquency.",
        ),
        QCoreApplication.translate(
            "HelpDialog",
            "United States (credit bureaus): a payment is reported late only once it is 30"
            " days past due, then as 30, 60, 90, 120, 150 or 180 days late. Dollar products"
            " in this app use these.",
        ),
        QCoreApplication.translate(
            "HelpDialog",
            "连三累六 (“three in a row, six in all”): late in 3 months in a row, or in 6"
            " months in total within the last two years, and most Chinese lenders refuse"
            " new loans or cards. The product page shows your count.",
        ),
    )


def reporting_section() -> str:
    return _section(
        QCoreApplication.translate("HelpDialog", "When it is reported"),
        QCoreApplication.translate(
            "HelpDialog",
            "A lender reports a due once it is past its grace days and its reporting"
            " threshold: Chinese lenders from the first day late (banks after a few grace"
            " days), US lenders at 30 days. The simulator names each product's threshold;"
            " paying within the grace days is never reported.",
        ),
        QCoreApplication.translate(
            "HelpDialog",
            "A reported lateness stays visible for years: in China 5 years after the debt"
            " is paid, in the US 7 years from the first late month. The simulator shows"
            " the date for each choice.",
        ),
    )


def files_section(facts: help_mod.FileFacts) -> str:
    return _section(
        QCoreApplication.translate("HelpDialog", "Your data and backups"),
        QCoreApplication.translate(
            "HelpDialog",
            "Everything is in one file on this computer; nothing is sent anywhere."
            " Open now: {path}",
        ).format(path=facts.data_file),
        QCoreApplication.translate(
            "HelpDialog",
            "Backups: {folder} — one a day while the app is used (the last {daily} days,"
            " {weekly} weeks and {monthly} months are kept) and one before every upgrade or"
            " restore. To restore one: Settings → Backups.",
        ).format(
            folder=facts.backups,
            daily=facts.kept["daily"],
            weekly=facts.kept["weekly"],
            monthly=facts.kept["monthly"],
        ),
        QCoreApplication.translate(
            "HelpDialog",
            "A new install keeps its data in {path} (set DEBT_TRACKER_DB to use another file).",
        ).format(path=facts.default_file),
    )


def help_html(facts: help_mod.FileFacts) -> str:
    """The whole help page (rich text) in the interface language."""
    return rates_section() + report_section() + reporting_section() + files_section(facts)


class HelpDialog(QDialog):
    """``helpDialog``: the help page in a scrollable browser (``helpText``) and Close."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.ctx = ctx
        self.text = QTextBrowser(objectName="helpText")
        self.text.setOpenLinks(False)
        self.retranslate()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(680, 520)  # with its title bar it fits a 1024×640 screen
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("HelpDialog", "Debt Tracker Help"))
        self.text.setHtml(help_html(help_mod.file_facts(self.ctx.store)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


def open_help_dialog(ctx: AppContext, parent: QWidget | None = None) -> HelpDialog:
    """Show the help page, non-modal (it can stay open beside the simulator)."""
    dialog = HelpDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
