"""At the counter: pay a streamer what is owed to them (deposit left by a loan closed while they were away).

`connect_payouts(ctx, panel, parent)` is the whole wiring a screen needs: the panel's "Pay … now" button
opens this dialog; the payment (a use case that changes "streamers") makes the screen redraw the panel.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

from present import labels
from present.formatting import money
from showroom.domain.model import DepositMethod
from showroom.services import owed
from ui.widgets.service_dialog import ServiceDialog

PAYOUT_METHODS = (DepositMethod.CASH, DepositMethod.WECHAT, DepositMethod.ALIPAY)


class PayOwedDialog(ServiceDialog):
    """`saved` carries the OwedPayout."""

    def __init__(self, ctx, streamer_id: str, streamer_name: str, owed_fen: int, parent=None):
        super().__init__(ctx, parent)
        self.streamer_id = streamer_id
        self.setWindowTitle(self.tr("Pay what is owed"))
        self.setObjectName("payOwedDialog")
        self.form.addRow(self.tr("Streamer"), QLabel(streamer_name))
        amount = QLabel(money(owed_fen))
        amount.setObjectName("owedAmount")
        self.form.addRow(self.tr("Owed to them"), amount)
        note = QLabel(
            self.tr(
                "Deposit left over when their loan was closed while they were away. Pay it only "
                "to the streamer standing at the counter."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.method = self.add_field(
            self.tr("Paid by"), QComboBox(), "payoutMethodCombo", self.tr("How the money is paid"), "deposit_method"
        )
        for method in PAYOUT_METHODS:
            self.method.addItem(labels.deposit_method(method.value), method.value)
        self.save_button.setText(self.tr("Pay {amount}").format(amount=money(owed_fen)))

    def submit(self) -> None:
        self.run(owed.pay_owed, self.streamer_id, self.method.currentData())


def connect_payouts(ctx, panel, parent) -> None:
    """Wire a StreamerPanelView's pay button to open the dialog."""

    def open_dialog(streamer_id: str, owed_fen: int) -> None:
        name = panel.name.text()
        dialog = PayOwedDialog(ctx, streamer_id, name, owed_fen, parent)
        dialog.open()

    panel.pay_owed_requested.connect(open_dialog)
