"""Add or edit a product: start from a preset, then every contract rule is editable.

Fields are grouped in tabs (basics, billing cycle, minimum & interest, late payment,
instalments, credit report). Each field is checked by the core's parser
(``products.coerce_field``) and the whole product by ``products.product_draft``; a refusal
shows next to the field it names (switching to its tab) and nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QTabWidget, QWidget

from tracker import percent
from tracker.errors import ConfirmationNeeded, InputError, TrackerError
from tracker.money import CURRENCIES, plain
from tracker.products import (
    BOOL_FIELDS,
    CHOICES,
    MONEY_FIELDS,
    PRESETS,
    RATE_FIELDS,
    Product,
    coerce_field,
    from_preset,
    to_record,
)
from tracker.service import products
from ui.context import AppContext
from ui.dialogs import modal
from ui.errors import error_text
from ui.labels import choice_label
from ui.widgets import form as form_mod
from ui.widgets.form import Form, FormDialog

#: Tabs and the fields on each, in order.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("basics", ("name", "preset", "kind", "currency", "credit_limit", "service_phone", "notes")),
    ("cycle", ("statement_day", "due_rule", "due_days", "grace_days", "tolerance")),
    (
        "interest",
        ("min_payment_rate", "min_payment_floor", "min_includes_interest_fees",
         "revolving_daily_rate", "interest_basis", "compound_monthly"),
    ),
    (
        "late",
        ("overdue_model", "penalty_daily_rate", "late_fee_rate", "late_fee_floor",
         "late_fee_cap_to_minimum"),
    ),
    (
        "instalments",
        ("installment_fee_model", "installment_fee_rate", "installment_total_rates",
         "allowed_periods", "installment_interval", "annual_rate"),
    ),
    ("report", ("report_after_days", "retention_years")),
)  # fmt: skip


@dataclass(frozen=True)
class ProductDraft:
    """What the dialog would save: name, preset, raw settings and the checked product."""

    name: str
    preset: str
    settings: dict[str, str]
    product: Product


def _options(key: str) -> tuple[str, ...]:
    if key == "preset":
        return tuple(PRESETS)
    if key == "currency":
        return tuple(CURRENCIES)
    if key in BOOL_FIELDS:
        return ("false", "true")
    return CHOICES[key]


def _widget(key: str) -> QWidget:
    if key == "preset" or key == "currency" or key in BOOL_FIELDS or key in CHOICES:
        combo = QComboBox()
        for value in _options(key):
            combo.addItem(value, value)
        return combo
    return QLineEdit()


#: Fields whose text is a percentage of a period (rates; the service converts them).
PERCENT_FIELDS = frozenset(percent.PERIODS)

#: Fields a preset never fills in a new product: they are the user's own (a preset's
#: customer-service number belongs to that lender, not to whatever the user adds).
OWN_FIELDS = ("service_phone", "notes")


def _check(key: str, text: str) -> str:
    """Parse one setting as the service will (so its error shows next to it); keep the text."""
    text = text.strip()
    if not text and (key in MONEY_FIELDS or key in RATE_FIELDS):
        text = "0"
    try:
        coerce_field(key, percent.fraction_text(key, text) if key in PERCENT_FIELDS else text)
    except InputError as exc:
        raise exc.at(key) from None
    return text


def _shown(key: str, value: Any) -> str:
    """A stored setting as the form shows it: money plain, rates as percentages."""
    if key in MONEY_FIELDS:
        return plain(value)
    if key == "installment_total_rates":
        pairs = (part.split(":") for part in str(value).split(",") if part)
        return percent.percent_pairs_text({int(n): Decimal(r) for n, r in pairs})
    if key in PERCENT_FIELDS:
        return percent.percent_text(key, Decimal(str(value)))
    return str(value)


class ProductDialog(FormDialog):
    """``productDialog``: new product (``product_id`` None) or edit an existing one."""

    def __init__(
        self, ctx: AppContext, product_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", self._save, parent)
        self.ctx = ctx
        self.setObjectName("productDialog")
        self.setMinimumWidth(780)
        self.base = products.get_product(ctx.store, product_id) if product_id is not None else None
        self.tabs = QTabWidget(objectName="productTabs")
        self.layout().removeWidget(self.form)
        self.forms_: dict[str, Form] = {}
        for group, keys in GROUPS:
            form = self.form if group == "basics" else Form()
            self.forms_[group] = form
            for key in keys:
                parser = (
                    str.strip if key in ("name", "preset") else (lambda v, k=key: _check(k, v))
                )
                form.add(key, key, _widget(key), parser)
            self.tabs.addTab(form, group)
        self.layout().insertWidget(0, self.tabs)
        # A message shown on a tab not on screen was measured at a guessed width.
        self.tabs.currentChanged.connect(self._tab_shown)
        if self.base is not None:
            self._fill(to_record(self.base))
            self._combo("preset").setCurrentIndex(max(0, self._combo("preset").findData(
                self.base.preset)))  # fmt: skip
        else:
            self.fill_from_preset(self._combo("preset").currentData())
        self._combo("preset").activated.connect(self._preset_chosen)
        self.retranslate()

    def forms(self) -> list[Form]:
        return list(self.forms_.values())

    # -- widgets -------------------------------------------------------------------------
    def field(self, key: str) -> QWidget:
        return self._form_of(key).fields[key].widget  # type: ignore[union-attr]

    def _combo(self, key: str) -> QComboBox:
        widget = self.field(key)
        assert isinstance(widget, QComboBox)
        return widget

    def _form_of(self, key: str | None) -> Form | None:
        return next((f for f in self.forms_.values() if key in f.fields), None)

    def _fill(self, record: dict[str, Any]) -> None:
        for key, value in record.items():
            form = self._form_of(key)
            if form is None or key == "preset":
                continue
            widget = form.fields[key].widget
            if isinstance(widget, QComboBox):
                text = str(value).lower() if isinstance(value, bool) else str(value)
                widget.setCurrentIndex(max(0, widget.findData(text)))
            elif isinstance(widget, QLineEdit):
                widget.setText(_shown(key, value))
            form.clear_error(key)

    def fill_from_preset(self, preset: str) -> None:
        """Set every field but the name and the user's own (phone, notes) from ``preset``."""
        record = to_record(from_preset(preset, "preset"))
        for key in ("name", *OWN_FIELDS):
            record.pop(key)
        self._fill(record)

    @Slot(int)
    def _preset_chosen(self, _index: int) -> None:
        self.fill_from_preset(self._combo("preset").currentData())
        self._phone_hint()

    def _phone_hint(self) -> None:
        """The phone field is the user's own; its hint is the preset's number when it has one."""
        number = PRESETS.get(self._combo("preset").currentData(), {}).get("service_phone")
        self._line("service_phone").setPlaceholderText(
            self.tr("{number} (the lender's number, used when this is empty)").format(
                number=number
            )
            if number
            else self.tr("the number on the back of the card")
        )

    @Slot(int)
    def _tab_shown(self, _index: int) -> None:
        form_mod.fit_window_height(self.tabs.currentWidget())

    # -- saving --------------------------------------------------------------------------
    def draft(self, values: dict[str, Any]) -> ProductDraft:
        name, preset = values.pop("name"), values.pop("preset")
        settings = {k: str(v) for k, v in values.items()}
        product = products.product_draft(name, preset, settings, self.base, rates_as_percent=True)
        return ProductDraft(name, preset, settings, product)

    def _save(self, d: ProductDraft) -> Product:
        if self.base is None:
            return self.ctx.change(
                lambda s: products.add_product(
                    s, d.name, d.preset, d.settings, rates_as_percent=True
                ),
                {"products"},
            )
        pid = self.base.id
        assert pid is not None
        changes = {"name": d.name, **d.settings}
        return self.ctx.change(
            lambda s: products.edit_product(
                s,
                pid,
                changes,  # type: ignore[arg-type]
                allow_over_limit=self.confirmed,
                rates_as_percent=True,
            ),
            {"products"},
            pid,
        )

    @Slot()
    def submit(self) -> None:
        """Check every tab; save only when all fields and the whole product are valid."""
        self.hide_message()
        values: dict[str, Any] = {}
        failed = [g for g, form in self.forms_.items() if not _collect(form, values)]
        if failed:
            self.tabs.setCurrentWidget(self.forms_[failed[0]])
            return
        self.confirmed = False
        try:
            draft = self.draft(values)
            try:
                self.result_value = self.on_save(draft) if self.on_save else None
            except ConfirmationNeeded as exc:  # a limit below the balance: ask first
                if not form_mod.ask_user(self, self.windowTitle(), error_text(exc, self.labels())):
                    raise
                self.confirmed = True
                self.result_value = self.on_save(draft) if self.on_save else None
        except InputError as exc:
            key = exc.field
            form = self._form_of(key)
            if form is None or key is None:
                self.show_message(error_text(exc, self.labels()))
            else:
                form.show_error(key, error_text(exc, self.labels()))
                self.tabs.setCurrentWidget(form)
            return
        except TrackerError as exc:
            self.show_message(error_text(exc, self.labels()))
            return
        self.accept()

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        new = self.base is None
        self.setWindowTitle(self.tr("New product") if new else self.tr("Edit product"))
        tabs = self._tab_titles()
        for i, (group, _keys) in enumerate(GROUPS):
            self.tabs.setTabText(i, tabs[group])
        for key, text in self._labels().items():
            form = self._form_of(key)
            if form is not None:
                form.set_label(key, text)
            widget = self.field(key)
            if isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    widget.setItemText(i, choice_label(key, widget.itemData(i)))
        for key, text in self._rate_placeholders().items():
            self._line(key).setPlaceholderText(text)
        self._line("allowed_periods").setPlaceholderText(self.tr("e.g. 3,6,12"))
        self._phone_hint()

    def _line(self, key: str) -> QLineEdit:
        widget = self.field(key)
        assert isinstance(widget, QLineEdit)
        return widget

    def _rate_placeholders(self) -> dict[str, str]:
        day = self.tr("e.g. 0.05 (0.05 % a day)")
        return {
            "revolving_daily_rate": day,
            "penalty_daily_rate": day,
            "min_payment_rate": self.tr("e.g. 10"),
            "late_fee_rate": self.tr("e.g. 5"),
            "installment_fee_rate": self.tr("e.g. 0.6"),
            "installment_total_rates": self.tr("e.g. 3:2.5,6:4.5 (periods:%)"),
            "annual_rate": self.tr("e.g. 6 (6 % a year)"),
        }

    def _tab_titles(self) -> dict[str, str]:
        return {
            "basics": self.tr("Basics"),
            "cycle": self.tr("Billing cycle"),
            "interest": self.tr("Minimum && interest"),
            "late": self.tr("Late payment"),
            "instalments": self.tr("Instalments"),
            "report": self.tr("Credit report"),
        }

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "preset": self.tr("Start from preset"),
            "kind": self.tr("Kind"),
            "currency": self.tr("Currency"),
            "credit_limit": self.tr("Credit limit"),
            "service_phone": self.tr("Customer-service phone"),
            "notes": self.tr("Notes"),
            "statement_day": self.tr("Statement day (1–31)"),
            "due_rule": self.tr("Due date rule"),
            "due_days": self.tr("Due days / day of month"),
            "grace_days": self.tr("Grace days"),
            "tolerance": self.tr("Tolerance (unpaid amount ignored)"),
            "min_payment_rate": self.tr("Minimum payment, % of the balance"),
            "min_payment_floor": self.tr("Minimum payment floor"),
            "min_includes_interest_fees": self.tr("Minimum adds interest and fees"),
            "revolving_daily_rate": self.tr("Revolving interest, % a day"),
            "interest_basis": self.tr("Interest charged on"),
            "compound_monthly": self.tr("Compounded monthly"),
            "overdue_model": self.tr("When overdue"),
            "penalty_daily_rate": self.tr("Penalty interest, % a day"),
            "late_fee_rate": self.tr("Late fee, % of the unpaid minimum"),
            "late_fee_floor": self.tr("Late fee at least"),
            "late_fee_cap_to_minimum": self.tr("Late fee capped at the minimum"),
            "installment_fee_model": self.tr("Instalment fee model"),
            "installment_fee_rate": self.tr("Fee, % of the principal per period"),
            "installment_total_rates": self.tr("Total fee, % by period count"),
            "allowed_periods": self.tr("Period counts offered"),
            "installment_interval": self.tr("Instalment interval"),
            "annual_rate": self.tr("Loan interest, % a year"),
            "report_after_days": self.tr("Reported after days past due"),
            "retention_years": self.tr("Kept on the report (years)"),
        }


def _collect(form: Form, into: dict[str, Any]) -> bool:
    values = form.values()
    if values is None:
        return False
    into.update(values)
    return True


def open_product_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Menu entry "New product…": open the dialog (it saves through the service)."""
    modal.run(ProductDialog(ctx, parent=parent))
