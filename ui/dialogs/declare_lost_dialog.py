"""Manager: a sample is not coming back. Keep the deposit held for it, or charge its unit value."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from present import labels
from present.formatting import money
from showroom.domain.model import DepositMethod, LossSettlement
from showroom.services import returns
from showroom.services.views import HoldingLine
from ui.widgets.service_dialog import ServiceDialog


class DeclareLostDialog(ServiceDialog):
    """`saved` carries the LossResult."""

    def __init__(self, ctx, holding: HoldingLine, parent=None):
        super().__init__(ctx, parent)
        self.holding = holding
        self.setWindowTitle(self.tr("Declare sample lost"))
        self.setObjectName("declareLostDialog")
        self.form.addRow(self.tr("Sample"), QLabel(f"{holding.sample_code} {holding.product_name}"))
        self.form.addRow(self.tr("Unit value"), QLabel(money(holding.value_fen)))
        self.settlement = self.add_field(
            self.tr("Settle by"), QComboBox(), "settlementCombo", self.tr("How the loss is settled"), "settlement"
        )
        self.settlement.addItem(
            self.tr("Keep the deposit held (up to the unit value)"), LossSettlement.FORFEIT_DEPOSIT.value
        )
        self.settlement.addItem(self.tr("Charge the unit value"), LossSettlement.CHARGE.value)
        self.method = self.add_field(
            self.tr("Charge paid by"),
            QComboBox(),
            "chargeMethodCombo",
            self.tr("How the charge is paid"),
            "charge_method",
        )
        for method in (DepositMethod.CASH, DepositMethod.WECHAT, DepositMethod.ALIPAY):
            self.method.addItem(labels.deposit_method(method.value), method.value)
        self.note_edit = self.add_field(
            self.tr("What happened"), QLineEdit(), "lostNoteEdit", self.tr("What happened"), "note"
        )
        self.note_edit.setPlaceholderText(self.tr("e.g. streamer says it was lost in transit"))
        self.settlement.currentIndexChanged.connect(self._sync_method)
        self._sync_method()

    def _sync_method(self) -> None:
        self.method.setEnabled(self.settlement.currentData() == LossSettlement.CHARGE.value)

    def submit(self) -> None:
        self.run(
            returns.declare_lost,
            self.holding.sample_code,
            self.settlement.currentData(),
            self.note_edit.text(),
            charge_method=self.method.currentData(),
        )
