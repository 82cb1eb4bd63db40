"""New product: what a merchant consigns, with its prices, commission and the value of one sample."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from present.formatting import parse_money
from showroom.domain.errors import InvalidInput
from showroom.services import catalog
from ui.dialogs.merchant_dialog import MerchantDialog
from ui.widgets.print_check import watch_printable
from ui.widgets.service_dialog import ServiceDialog
from ui.widgets.tables import show_message


class ProductDialog(ServiceDialog):
    """`saved` carries the new ProductView. Merchants load on the database lane when the dialog opens."""

    def __init__(self, ctx, parent=None, ean: str = "", merchant_id: str | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New product"))
        self.setObjectName("productDialog")
        self._wanted_merchant = merchant_id
        self.merchant_combo = QComboBox()
        self.merchant_combo.setObjectName("merchantCombo")
        self.merchant_combo.setAccessibleName(self.tr("Merchant"))
        self.merchant_combo.setMinimumContentsLength(16)
        self.new_merchant_button = QToolButton()
        self.new_merchant_button.setText(self.tr("New…"))
        self.new_merchant_button.setObjectName("newMerchantButton")
        self.new_merchant_button.setAccessibleName(self.tr("New merchant"))
        self.new_merchant_button.clicked.connect(self.new_merchant)
        merchant_row = QWidget()
        row = QHBoxLayout(merchant_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.merchant_combo, 1)
        row.addWidget(self.new_merchant_button)
        self.form.addRow(self.tr("Merchant"), merchant_row)

        def line(label, name, accessible, field, placeholder=""):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            return self.add_field(label, edit, name, accessible, field)

        self.name_edit = line(self.tr("Name"), "productNameEdit", self.tr("Product name"), "product_name")
        self.name_warning = watch_printable(self.form, self.name_edit, "productNameWarning")
        self.brand_edit = line(self.tr("Brand"), "brandEdit", self.tr("Brand"), "brand")
        self.category_edit = line(self.tr("Category"), "categoryEdit", self.tr("Category"), "category")
        self.spec_edit = line(
            self.tr("Spec"), "specEdit", self.tr("Specification"), "spec", self.tr("e.g. 30 bags × 25 g")
        )
        yuan = self.tr("Yuan, e.g. 129.90")
        self.retail_edit = line(
            self.tr("Retail price"), "retailPriceEdit", self.tr("Retail price"), "retail_price", yuan
        )
        self.live_edit = line(self.tr("Live price"), "livePriceEdit", self.tr("Live price"), "live_price", yuan)
        self.commission_spin = QDoubleSpinBox()
        self.commission_spin.setRange(0, 100)
        self.commission_spin.setDecimals(2)
        self.commission_spin.setSuffix(" %")
        self.add_field(
            self.tr("Commission"), self.commission_spin, "commissionSpin", self.tr("Commission percent"), "commission"
        )
        self.value_edit = line(
            self.tr("Sample value"),
            "sampleValueEdit",
            self.tr("Sample unit value"),
            "sample_value",
            self.tr("Yuan per sample, charged if lost"),
        )
        self.ean_edit = line(
            self.tr("Barcode (EAN)"),
            "eanEdit",
            self.tr("Product barcode"),
            "ean",
            self.tr("Optional; scan the product's barcode"),
        )
        self.ean_edit.setText(ean)
        self.reload_merchants()

    # -- merchants --------------------------------------------------------------------------------
    def reload_merchants(self, select_id: str | None = None) -> None:
        if select_id:
            self._wanted_merchant = select_id
        self.ctx.call(catalog.list_merchants, on_success=self._show_merchants, on_error=self.show_error)

    def _show_merchants(self, merchants) -> None:
        wanted = self._wanted_merchant or self.merchant_combo.currentData()
        self.merchant_combo.clear()
        for m in merchants:
            self.merchant_combo.addItem(m.name, m.id)
        at = self.merchant_combo.findData(wanted) if wanted else -1
        self.merchant_combo.setCurrentIndex(at if at >= 0 else (0 if merchants else -1))

    def new_merchant(self) -> MerchantDialog:
        dialog = MerchantDialog(self.ctx, self)
        dialog.saved.connect(self._merchant_created)
        dialog.open()
        return dialog

    def _merchant_created(self, merchant) -> None:
        self.reload_merchants(merchant.id)

    # -- saving -----------------------------------------------------------------------------------
    def values(self) -> dict:
        """The service's keyword arguments; a money field that is not an amount raises InvalidInput."""

        def fen(field: str, edit: QLineEdit) -> int:
            try:
                return parse_money(edit.text())
            except ValueError:
                raise InvalidInput(field, "not_money", edit.text()) from None

        return {
            "merchant_id": self.merchant_combo.currentData(),
            "name": self.name_edit.text(),
            "brand": self.brand_edit.text(),
            "category": self.category_edit.text(),
            "spec": self.spec_edit.text(),
            "retail_price_fen": fen("retail_price", self.retail_edit),
            "live_price_fen": fen("live_price", self.live_edit),
            "commission_bp": round(self.commission_spin.value() * 100),
            "sample_value_fen": fen("sample_value", self.value_edit),
            "ean": self.ean_edit.text().strip() or None,
        }

    def submit(self) -> None:
        v = self.values()
        merchant_id = v.pop("merchant_id")
        if not merchant_id:
            show_message(self.error_label, self.tr("Choose the merchant first, or create one."), error=True)
            self.merchant_combo.setFocus()
            return
        self.run(catalog.create_product, merchant_id, v.pop("name"), **v)
