"""Reprint anything by scanning it: a sample code gives its label, a member code the card, a loan
number its check-out receipt (or its return receipt). Opens the preview: print or save as PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout

from present.errors import describe
from showroom.domain.codes import CodeKind, classify, clean_scan
from ui.widgets.accessibility import name_qt_parts, named
from ui.widgets.scan_field import ScanField
from ui.widgets.tables import message_label, show_message


class ReprintDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reprintDialog")
        self.setWindowTitle(self.tr("Reprint"))
        self.scan_field = named(ScanField(), "reprintScanField", self.tr("Code to reprint"))
        self.scan_field.setPlaceholderText(self.tr("Scan or type a sample code, member code or loan number"))
        self.checkout_choice = named(QRadioButton(self.tr("Check-out receipt")), "checkoutReceiptChoice")
        self.return_choice = named(QRadioButton(self.tr("Return receipt")), "returnReceiptChoice")
        self.checkout_choice.setChecked(True)
        self.message = message_label("reprintMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sample label, member card or receipt:")))
        layout.addWidget(self.scan_field)
        layout.addWidget(QLabel(self.tr("For a loan number:")))
        layout.addWidget(self.checkout_choice)
        layout.addWidget(self.return_choice)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.scan_field.scanned.connect(self.reprint)
        name_qt_parts(self)

    def reprint(self, text: str) -> None:
        code = clean_scan(text)
        kind = {CodeKind.SAMPLE: "label", CodeKind.MEMBER: "card", CodeKind.LOAN: "receipt"}.get(classify(code))
        if kind is None:
            show_message(
                self.message,
                self.tr("{code} is not a sample code, member code or loan number.").format(code=code),
                error=True,
            )
            return
        if kind == "receipt" and self.return_choice.isChecked():
            kind = "return"
        show_message(self.message, "")
        key = [code] if kind == "label" else code
        self.ctx.print_desk.reprint(self, kind, key, on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        show_message(self.message, describe(exc, self.ctx.tz), error=True)
