"""The generic column mapping of the import dialog: which column holds what, and how."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from tracker.service import imports


class MappingBox(QGroupBox):
    """Columns by 0-based number or header name; emits :attr:`changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="mappingBox")
        self.layout_ = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for key, default in (("date", "0"), ("amount", "1"), ("description", "2"),
                             ("date_format", "")):  # fmt: skip
            edit = QLineEdit(default, objectName=f"{key}Column")
            edit.textChanged.connect(self.changed)
            self.fields[key] = edit
            self.layout_.addRow(key, edit)
        self.decimal = self._combo("decimalField", [".", ","])
        self.sign = self._combo("signField", ["spending_positive", "spending_negative"])
        self.delimiter = self._combo("delimiterField", [",", ";", "\t", "|"])
        self.retranslate()

    def _combo(self, name: str, items: list[str]) -> QComboBox:
        combo = QComboBox(objectName=name)
        for item in items:
            combo.addItem(item, item)
        combo.currentIndexChanged.connect(self.changed)
        self.layout_.addRow(name, combo)
        return combo

    def retranslate(self) -> None:
        self.setTitle(self.tr("Columns (a number from 0, or the header's name)"))
        labels = (
            self.tr("Date"), self.tr("Amount"), self.tr("Description"),
            self.tr("Date format (e.g. %d/%m/%Y; empty: 2026-11-03)"),
            self.tr("Decimal separator"), self.tr("Sign"), self.tr("Column separator"),
        )  # fmt: skip
        for row, text in enumerate(labels):
            label = self.layout_.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)  # type: ignore[attr-defined]
        self.sign.setItemText(0, self.tr("a purchase is positive"))
        self.sign.setItemText(1, self.tr("a purchase is negative"))
        self.delimiter.setItemText(2, self.tr("tab"))

    def mapping_text(self) -> str:
        """The mapping as ``key=value,...`` (for the service)."""
        pairs = {k: f.text().strip() for k, f in self.fields.items() if f.text().strip()}
        pairs["decimal"] = str(self.decimal.currentData())
        pairs["sign"] = str(self.sign.currentData())
        pairs["delimiter"] = str(self.delimiter.currentData())
        return ",".join(f"{k}={v}" for k, v in pairs.items())

    def show_mapping(self, text: str) -> None:
        """Fill the fields from a saved mapping (``key=value,...``)."""
        mapping = imports.Mapping.parse(text).to_dict()
        for key, edit in self.fields.items():
            edit.setText(mapping.get(key, ""))
        for combo, key, default in ((self.decimal, "decimal", "."),
                                    (self.sign, "sign", "spending_positive"),
                                    (self.delimiter, "delimiter", ",")):  # fmt: skip
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(key, default))))
