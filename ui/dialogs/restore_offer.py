"""When the data file is damaged: say what is wrong and offer the newest good backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from tracker.service import backups
from tracker.service.backups import BackupFile
from ui.dialogs import modal


class RestoreOffer(QMessageBox):
    """``restoreOfferDialog``: the damage, the newest good backup, Restore or not."""

    def __init__(self, message: str, good: BackupFile | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreOfferDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The data file is damaged"))
        self.good = good
        self.restore_button: QPushButton | None = None
        if good is None:
            self.setText(
                self.tr("{message}\n\nNo good backup of this file was found.").format(
                    message=message
                )
            )
            self.addButton(QMessageBox.StandardButton.Close)
            return
        self.setText(
            self.tr(
                "{message}\n\nThe newest good backup is from {taken} ({kind}). Restore it? "
                "The damaged file is kept aside, not deleted."
            ).format(message=message, taken=f"{good.taken:%Y-%m-%d %H:%M}", kind=kind_text(good))
        )
        self.restore_button = self.addButton(
            self.tr("Restore this backup"), self.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.addButton(self.tr("Not now"), self.ButtonRole.RejectRole).setObjectName(
            "notNowButton"
        )

    def chose_restore(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button


def kind_text(b: BackupFile) -> str:
    """A backup's kind in the interface language."""
    names = {
        "daily": QCoreApplication.translate("Backups", "daily"),
        "weekly": QCoreApplication.translate("Backups", "weekly"),
        "monthly": QCoreApplication.translate("Backups", "monthly"),
        "before": QCoreApplication.translate("Backups", "before a risky step"),
        "manual": QCoreApplication.translate("Backups", "made by hand"),
    }
    return names.get(b.kind, b.kind)


def offer_at_start(path: Path, message: str, parent: QWidget | None = None) -> bool:
    """The app could not open ``path``: offer its newest good backup; True once restored."""
    box = RestoreOffer(message, backups.newest_good_backup(path), parent)
    modal.run(box)
    if not box.chose_restore() or box.good is None:
        return False
    backups.restore(path, box.good.path)
    return True
