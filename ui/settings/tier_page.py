"""Tier policies page: one row per tier, one column per term; the service validates on save."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from present import labels
from showroom.domain.policy import TierPolicy
from showroom.services.tier_policies import DEPOSIT_ROUNDINGS, DEPOSIT_RULES, LIMITS
from ui.widgets.accessibility import named

translate = QCoreApplication.translate
COLUMNS = (
    "max_samples_out",
    "loan_days",
    "deposit_rule",
    "deposit_per_sample_fen",
    "deposit_percent",
    "deposit_rounding",
    "block_on_overdue",
    "allow_override",
    "suspend_after_days_late",
    "lose_after_days_late",
    "photo_required_for_damage",
    "may_post",
    "post_limit",
    "post_days",
    "return_transit_days",
)
CHECKBOXES = ("block_on_overdue", "allow_override", "photo_required_for_damage", "may_post")
NEVER_WHEN_ZERO = ("suspend_after_days_late", "lose_after_days_late")  # 0 shows as "never", stored as no rule
CHOICES = {"deposit_rule": DEPOSIT_RULES, "deposit_rounding": DEPOSIT_ROUNDINGS}


def column_title(field: str) -> str:
    return {
        "max_samples_out": translate("TierPolicies", "Most samples out"),
        "loan_days": translate("TierPolicies", "Loan days"),
        "deposit_rule": translate("TierPolicies", "Deposit"),
        "deposit_per_sample_fen": translate("TierPolicies", "Per sample (¥)"),
        "deposit_percent": translate("TierPolicies", "Of sample value (%)"),
        "deposit_rounding": translate("TierPolicies", "Deposit rounding"),
        "block_on_overdue": translate("TierPolicies", "Block when overdue"),
        "allow_override": translate("TierPolicies", "Manager may override"),
        "suspend_after_days_late": translate("TierPolicies", "Suspend after days late"),
        "lose_after_days_late": translate("TierPolicies", "Declare lost after days late"),
        "photo_required_for_damage": translate("TierPolicies", "Photo needed for damage"),
        "may_post": translate("TierPolicies", "May borrow by post"),
        "post_limit": translate("TierPolicies", "Samples by post at once"),
        "post_days": translate("TierPolicies", "Days kept (from delivery)"),
        "return_transit_days": translate("TierPolicies", "Transit days (each way)"),
    }[field]


def deposit_rule_title(rule: str) -> str:
    return {
        "none": translate("TierPolicies", "No deposit"),
        "per_sample": translate("TierPolicies", "Fixed amount per sample"),
        "percent_of_value": translate("TierPolicies", "Share of the sample value"),
    }.get(rule, rule)


def deposit_rounding_title(rounding: str) -> str:
    return {
        "fen": translate("TierPolicies", "To the fen"),
        "yuan": translate("TierPolicies", "Up to the whole yuan"),
        "ten_yuan": translate("TierPolicies", "Up to ¥10"),
    }.get(rounding, rounding)


def choice_title(field: str, value: str) -> str:
    return deposit_rule_title(value) if field == "deposit_rule" else deposit_rounding_title(value)


class TierPoliciesPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tierPoliciesPage")
        self.policies: list[TierPolicy] = []
        self.cells: dict[tuple[str, str], QWidget] = {}  # (tier, field) -> editor
        self.table = named(
            QTableWidget(0, len(COLUMNS)), "tierPolicyTable", translate("TierPolicies", "Terms of each tier")
        )
        self.table.setHorizontalHeaderLabels([column_title(c) for c in COLUMNS])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            translate(
                "TierPolicies",
                "New streamers start in the first tier. Changes apply to the next "
                "check-out; loans already out keep their due dates and deposits.",
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)

    def set_policies(self, policies: list[TierPolicy]) -> None:
        self.policies = list(policies)
        self.cells.clear()
        self.table.setRowCount(len(policies))
        self.table.setVerticalHeaderLabels([labels.tier(p.tier) for p in policies])
        for row, policy in enumerate(policies):
            for column, field in enumerate(COLUMNS):
                editor = self._editor(policy, field)
                editor.setObjectName(f"{field}_{policy.tier}")
                editor.setAccessibleName(f"{labels.tier(policy.tier)}: {column_title(field)}")
                self.table.setCellWidget(row, column, editor)
                self.cells[(policy.tier, field)] = editor
            self.cells[(policy.tier, "deposit_rule")].currentIndexChanged.connect(
                lambda _i, tier=policy.tier: self._enable_amounts(tier)
            )
            self._enable_amounts(policy.tier)

    def _editor(self, policy: TierPolicy, field: str) -> QWidget:
        value = getattr(policy, field)
        if field in CHOICES:
            combo = QComboBox()
            for choice in CHOICES[field]:
                combo.addItem(choice_title(field, choice), choice)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            return combo
        if field in CHECKBOXES:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if field == "deposit_per_sample_fen":
            money = QDoubleSpinBox()
            money.setDecimals(2)
            money.setRange(0, LIMITS[field][1] / 100)
            money.setValue(value / 100)
            return money
        spin = QSpinBox()
        if field in NEVER_WHEN_ZERO:
            spin.setRange(0, LIMITS[field][1])
            spin.setSpecialValueText(translate("TierPolicies", "never"))
            spin.setValue(value or 0)
        else:  # 0 allowed in the box so that the service, not the widget, explains the limits
            spin.setRange(0, LIMITS[field][1])
            spin.setValue(value)
        return spin

    def _enable_amounts(self, tier: str) -> None:
        rule = self.cells[(tier, "deposit_rule")].currentData()
        self.cells[(tier, "deposit_per_sample_fen")].setEnabled(rule == "per_sample")
        self.cells[(tier, "deposit_percent")].setEnabled(rule == "percent_of_value")
        self.cells[(tier, "deposit_rounding")].setEnabled(rule != "none")

    def values(self) -> list[TierPolicy]:
        result = []
        for policy in self.policies:
            cell = lambda field, tier=policy.tier: self.cells[(tier, field)]  # noqa: E731
            suspend, lose = cell("suspend_after_days_late").value(), cell("lose_after_days_late").value()
            result.append(
                dataclasses.replace(
                    policy,
                    reduced_from=None,
                    max_samples_out=cell("max_samples_out").value(),
                    loan_days=cell("loan_days").value(),
                    deposit_rule=cell("deposit_rule").currentData(),
                    deposit_per_sample_fen=round(cell("deposit_per_sample_fen").value() * 100),
                    deposit_percent=cell("deposit_percent").value(),
                    deposit_rounding=cell("deposit_rounding").currentData(),
                    block_on_overdue=cell("block_on_overdue").isChecked(),
                    allow_override=cell("allow_override").isChecked(),
                    suspend_after_days_late=suspend or None,
                    lose_after_days_late=lose or None,
                    photo_required_for_damage=cell("photo_required_for_damage").isChecked(),
                    may_post=cell("may_post").isChecked(),
                    post_limit=cell("post_limit").value(),
                    post_days=cell("post_days").value(),
                    return_transit_days=cell("return_transit_days").value(),
                )
            )
        return result

    def editor_for(self, tier: str, field: str) -> QWidget | None:
        return self.cells.get((tier, field))
