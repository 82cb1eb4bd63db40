"""New merchant: the consignor whose products the showroom holds samples of."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from showroom.services import catalog
from ui.widgets.print_check import watch_printable
from ui.widgets.service_dialog import ServiceDialog


class MerchantDialog(ServiceDialog):
    """`saved` carries the new MerchantView."""

    def __init__(self, ctx, parent=None, name: str = ""):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New merchant"))
        self.setObjectName("merchantDialog")
        self.name_edit = self.add_field(
            self.tr("Name"), QLineEdit(name), "merchantNameEdit", self.tr("Merchant name"), "merchant_name"
        )
        self.name_warning = watch_printable(self.form, self.name_edit, "merchantNameWarning")
        self.contact_edit = self.add_field(
            self.tr("Contact person"), QLineEdit(), "merchantContactEdit", self.tr("Contact person"), "contact"
        )
        self.phone_edit = self.add_field(
            self.tr("Phone"), QLineEdit(), "merchantPhoneEdit", self.tr("Merchant phone"), "phone"
        )
        self.name_edit.setMaxLength(200)
        self.phone_edit.setPlaceholderText(
            self.tr("Optional: mobile, landline with area code (0731-88886666) or 400 number")
        )

    def values(self) -> dict:
        return {"name": self.name_edit.text(), "contact": self.contact_edit.text(), "phone": self.phone_edit.text()}

    def submit(self) -> None:
        v = self.values()
        self.run(catalog.create_merchant, v["name"], v["contact"], v["phone"])
