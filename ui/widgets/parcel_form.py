"""The new parcel on the Mail-out screen: the streamer (card or phone), their delivery address (entered and
verified here), the samples scanned into the parcel, the courier and its waybill, the deposit's transfer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kernel.waybills import COURIERS
from present import labels, mailing_text
from present.mailing_papers import SLIP_SIZES
from showroom.domain.mailing import TRANSFER_METHODS
from showroom.services.delivery_address import DeliveryAddress
from ui.widgets.scan_field import ScanField


class ParcelForm(QWidget):
    streamer_scanned = Signal(str)
    sample_scanned = Signal(str)
    save_address_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.streamer_field = ScanField(self.tr("Scan the member card or type the phone, then Enter"), self)
        self.streamer_field.setObjectName("mailing_streamer")
        self.streamer_field.setAccessibleName(self.tr("Streamer card or phone"))
        self.streamer_field.scanned.connect(self.streamer_scanned)
        self.streamer_label = QLabel(self.tr("No streamer yet."), self)
        self.streamer_label.setObjectName("mailing_streamer_label")
        self.address = {k: QLineEdit(self) for k in ("recipient", "phone", "province", "city", "address")}
        for key, edit in self.address.items():
            edit.setObjectName(f"mailing_address_{key}")
            edit.setAccessibleName(self._address_names()[key])
        self.verified = QCheckBox(self.tr("Confirmed with the streamer"), self)
        self.verified.setObjectName("mailing_address_verified")
        self.verified.setAccessibleName(self.tr("Address confirmed"))
        self.save_address = QPushButton(self.tr("Save address"), self)
        self.save_address.setObjectName("mailing_save_address")
        self.save_address.setAccessibleName(self.tr("Save address"))
        self.save_address.clicked.connect(lambda _c=False: self.save_address_requested.emit())
        self.samples_field = ScanField(self.tr("Scan each sample into the parcel"), self)
        self.samples_field.setObjectName("mailing_samples")
        self.samples_field.setAccessibleName(self.tr("Sample scan field"))
        self.samples_field.scanned.connect(self.sample_scanned)
        self.samples = QListWidget(self)
        self.samples.setObjectName("mailing_sample_list")
        self.samples.setAccessibleName(self.tr("Samples in the parcel"))
        self.courier = QComboBox(self)
        self.courier.setObjectName("mailing_courier")
        self.courier.setAccessibleName(self.tr("Courier"))
        for code in COURIERS:
            self.courier.addItem(mailing_text.courier(code), code)
        self.waybill = ScanField(self.tr("Scan the courier's waybill"), self)
        self.waybill.setObjectName("mailing_waybill")
        self.waybill.setAccessibleName(self.tr("Waybill scan field"))
        self.waybill.scanned.connect(self._on_waybill)
        self.waybill_text = ""  # the scan field empties itself after each scan: what was scanned is kept here
        self.waybill_label = QLabel(self)
        self.waybill_label.setObjectName("mailing_waybill_label")
        self.method = QComboBox(self)
        self.method.setObjectName("mailing_method")
        self.method.setAccessibleName(self.tr("Deposit paid by"))
        for method in TRANSFER_METHODS:
            self.method.addItem(labels.deposit_method(method), method)
        self.transfer_ref = QLineEdit(self)
        self.transfer_ref.setObjectName("mailing_transfer_ref")
        self.transfer_ref.setAccessibleName(self.tr("Transfer reference"))
        self.transfer_ref.setPlaceholderText(self.tr("WeChat or Alipay transaction number"))
        self.slip_size = QComboBox(self)
        self.slip_size.setObjectName("mailing_slip_size")
        self.slip_size.setAccessibleName(self.tr("Packing slip size"))
        for size, title in zip(SLIP_SIZES, (self.tr("100 × 150 mm label"), self.tr("A4"))):
            self.slip_size.addItem(title, size)
        self._lay_out()

    def _lay_out(self) -> None:
        who = QGroupBox(self.tr("Streamer and delivery address"), self)
        form = QFormLayout(who)
        form.addRow(self.tr("Streamer"), self.streamer_field)
        form.addRow("", self.streamer_label)
        names = self._address_names()
        for key, edit in self.address.items():
            form.addRow(names[key], edit)
        row = QHBoxLayout()
        row.addWidget(self.verified)
        row.addWidget(self.save_address)
        form.addRow("", row)
        parcel = QGroupBox(self.tr("Parcel"), self)
        pform = QFormLayout(parcel)
        pform.addRow(self.tr("Samples"), self.samples_field)
        pform.addRow("", self.samples)
        pform.addRow(self.tr("Courier"), self.courier)
        pform.addRow(self.tr("Waybill"), self.waybill)
        pform.addRow("", self.waybill_label)
        pform.addRow(self.tr("Deposit paid by"), self.method)
        pform.addRow(self.tr("Transfer reference"), self.transfer_ref)
        pform.addRow(self.tr("Packing slip"), self.slip_size)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(who)
        layout.addWidget(parcel, 1)

    def _address_names(self) -> dict[str, str]:
        return {
            "recipient": self.tr("Recipient"),
            "phone": self.tr("Phone"),
            "province": self.tr("Province"),
            "city": self.tr("City"),
            "address": self.tr("Address"),
        }

    def show_address(self, address: DeliveryAddress | None) -> None:
        for key, edit in self.address.items():
            edit.setText(getattr(address, key) if address else "")
        self.verified.setChecked(bool(address and address.verified_at))

    def entered_address(self) -> DeliveryAddress:
        return DeliveryAddress(**{key: edit.text().strip() for key, edit in self.address.items()})

    def codes(self) -> list[str]:
        return [self.samples.item(i).data(256) for i in range(self.samples.count())]

    def add_sample(self, code: str, text: str) -> None:
        self.samples.addItem(text)
        self.samples.item(self.samples.count() - 1).setData(256, code)

    def _on_waybill(self, text: str) -> None:
        self.waybill_text = text.strip()
        self.waybill_label.setText(self.waybill_text)
        self.transfer_ref.setFocus()

    def clear_parcel(self) -> None:
        self.samples.clear()
        self.waybill.clear()
        self.waybill_text = ""
        self.waybill_label.clear()
        self.transfer_ref.clear()
