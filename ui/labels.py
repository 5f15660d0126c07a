"""Translated names of the domain's codes (product kinds, due states, presets, choices),
shared by dialogs, models and pages so that each code has one label."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.products import BOOL_FIELDS


def kind_label(kind: str) -> str:
    """A product kind in the user's words, translated."""
    return {
        "bnpl": QCoreApplication.translate("Kinds", "Buy now, pay later"),
        "credit_card": QCoreApplication.translate("Kinds", "Credit card"),
        "pay_in_n": QCoreApplication.translate("Kinds", "Pay in instalments"),
        "loan": QCoreApplication.translate("Kinds", "Loan"),
    }.get(kind, kind)


def state_label(state: str) -> str:
    """A due state (ledger.State) in the user's words, translated."""
    return {
        "paid": QCoreApplication.translate("States", "Paid"),
        "upcoming": QCoreApplication.translate("States", "Upcoming"),
        "due_today": QCoreApplication.translate("States", "Due today"),
        "revolving": QCoreApplication.translate("States", "Minimum paid"),
        "in_grace": QCoreApplication.translate("States", "In grace period"),
        "overdue": QCoreApplication.translate("States", "Overdue"),
    }.get(state, state)


def choice_label(key: str, value: str) -> str:
    """The translated text of one option of a choice field."""
    labels = {
        "preset": {
            "baitiao": QCoreApplication.translate("Presets", "JD Baitiao (京东白条)"),
            "huabei": QCoreApplication.translate("Presets", "Ant Huabei (花呗)"),
            "cn-credit-card": QCoreApplication.translate("Presets", "Chinese credit card"),
            "us-credit-card": QCoreApplication.translate("Presets", "US credit card"),
            "pay-in-4": QCoreApplication.translate("Presets", "Pay in 4"),
            "loan": QCoreApplication.translate("Presets", "Personal loan"),
        },
        "due_rule": {
            "offset_days": QCoreApplication.translate("Choices", "Days after the statement"),
            "day_of_month": QCoreApplication.translate("Choices", "Fixed day of the month"),
        },
        "interest_basis": {
            "remainder_from_due": QCoreApplication.translate(
                "Choices", "Unpaid remainder, from the due date"
            ),
            "whole_from_posting": QCoreApplication.translate(
                "Choices", "Whole statement, from each posting date"
            ),
            "remainder_from_posting": QCoreApplication.translate(
                "Choices", "Unpaid remainder, from each posting date"
            ),
        },
        "overdue_model": {
            "penalty": QCoreApplication.translate("Choices", "Daily penalty on the unpaid amount"),
            "card": QCoreApplication.translate("Choices", "Interest plus a late fee (cards)"),
        },
        "installment_fee_model": {
            "flat": QCoreApplication.translate(
                "Choices", "Flat rate per period on the original amount"
            ),
            "total": QCoreApplication.translate(
                "Choices", "Total rate per period count, spread evenly"
            ),
            "amortizing": QCoreApplication.translate(
                "Choices", "Amortising loan at the annual rate"
            ),
            "none": QCoreApplication.translate("Choices", "No instalments / no fee"),
        },
        "installment_interval": {
            "month": QCoreApplication.translate("Choices", "Monthly"),
            "2weeks": QCoreApplication.translate("Choices", "Every two weeks"),
        },
    }
    if key == "kind":
        return kind_label(value)
    if key in BOOL_FIELDS:
        return (
            QCoreApplication.translate("Choices", "Yes")
            if value == "true"
            else QCoreApplication.translate("Choices", "No")
        )
    return labels.get(key, {}).get(value, value)
