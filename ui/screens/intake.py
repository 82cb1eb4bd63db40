"""Intake: find or scan the product (or create it), say how many units came in, get their new codes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from present.errors import describe
from present.formatting import money
from showroom.domain.codes import CodeKind, classify, clean_scan
from showroom.domain.errors import NotFound
from showroom.domain.photos import PhotoKind
from showroom.services import catalog
from showroom.services.views import IntakeResult, ProductView
from ui.context import LatestAnswer
from ui.dialogs.merchant_dialog import MerchantDialog
from ui.dialogs.product_dialog import ProductDialog
from ui.dialogs.questions import ask_yes_no
from ui.models.product_table_model import ProductTableModel
from ui.widgets.accessibility import debounce_timer, name_qt_parts
from ui.widgets.photo_button import PhotoButton
from ui.widgets.scan_field import ScanField
from ui.widgets.tables import RowTableView, lay_out_list_with_detail, message_label, section_title, show_message

SEARCH_DELAY_MS = 250


class IntakeScreen(QWidget):
    samples_received = Signal(object)  # IntakeResult, after the transaction committed (labels print here)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("intakeScreen")
        self.product: ProductView | None = None
        self._products_query = LatestAnswer(ctx)
        self._receiving = False
        # Injectable for tests: (title, question) -> yes?
        self.confirm: Callable[[str, str], bool] = self._ask_yes_no

        self.search_field = ScanField(self.tr("Scan a product barcode, or type a name, brand or merchant"))
        self.search_field.setObjectName("productSearchField")
        self.search_field.setAccessibleName(self.tr("Product search"))
        self.new_merchant_button = self._button(
            self.tr("New merchant…"), "newMerchantButton", self.tr("New merchant"), self.new_merchant
        )
        self.new_product_button = self._button(
            self.tr("New product…"), "newProductButton", self.tr("New product"), lambda: self.new_product()
        )
        self.model = ProductTableModel(self)
        self.table = RowTableView(self.model, "productTable", self.tr("Products"))
        self.message = message_label("intakeMessage")

        lay_out_list_with_detail(
            self,
            [self.search_field, self.new_merchant_button, self.new_product_button],
            self.table,
            self._build_receive_panel(),
            (640, 440),
            self.message,
        )

        self._search_timer = debounce_timer(self, SEARCH_DELAY_MS, self.refresh)
        self.search_field.textEdited.connect(lambda _: self._search_timer.start())
        self.search_field.scanned.connect(self._on_scanned)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.ctx.bus.changed.connect(self._on_changed)
        name_qt_parts(self)
        self._show_product()

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("IntakeScreen", "Intake")

    def _button(self, text: str, name: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _build_receive_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Receive samples"))
        self.product_label = QLabel()
        self.product_label.setObjectName("selectedProductLabel")
        self.product_label.setWordWrap(True)
        self.product_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, catalog.MAX_INTAKE)
        self.quantity_spin.setObjectName("quantitySpin")
        self.quantity_spin.setAccessibleName(self.tr("Quantity"))
        self.shelf_edit = QLineEdit()
        self.shelf_edit.setObjectName("shelfEdit")
        self.shelf_edit.setAccessibleName(self.tr("Shelf location"))
        self.shelf_edit.setPlaceholderText(self.tr("e.g. A-01"))
        self.shelf_edit.setMaxLength(40)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("Condition note"))
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. box dented"))
        self.receive_button = self._button(
            self.tr("Receive"), "receiveButton", self.tr("Receive samples"), self.receive
        )
        self.receive_button.setDefault(True)
        self.codes_list = QListWidget()
        self.codes_list.setObjectName("newCodesList")
        self.codes_list.setAccessibleName(self.tr("New sample codes"))
        self.codes_list.setAlternatingRowColors(True)
        self.receive_message = message_label("receiveMessage")
        self.photo_button = PhotoButton(self.ctx, PhotoKind.INTAKE.value, "intakePhotoButton", box)
        self.photo_button.done.connect(lambda text: show_message(self.receive_message, text))
        self.photo_button.failed.connect(lambda text: show_message(self.receive_message, text, error=True))
        form = QFormLayout()
        form.addRow(self.tr("Quantity"), self.quantity_spin)
        form.addRow(self.tr("Shelf"), self.shelf_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        layout = QVBoxLayout(box)
        layout.addWidget(self.product_label)
        layout.addLayout(form)
        layout.addWidget(self.receive_button)
        layout.addWidget(self.receive_message)
        layout.addWidget(section_title(self.tr("New codes")))
        layout.addWidget(self.codes_list, 1)
        layout.addWidget(self.photo_button)
        return box

    def activate(self) -> None:
        self.search_field.setFocus()
        self.refresh()

    # -- finding the product ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._search_timer.stop()
        self._products_query.call(
            catalog.search_products, self.search_field.text(), on_success=self._show_products, on_error=self._show_error
        )

    def _show_products(self, products: list[ProductView]) -> None:
        self.model.set_rows(products)
        if self.product is not None:
            at = self.model.find(lambda p: p.id == self.product.id)
            if at >= 0:
                self.product = self.model.row_at(at)  # fresh stock counts
                self.table.select_where(lambda p: p.id == self.product.id)
                self._show_product()

    def _on_selection(self, *_) -> None:
        row = self.table.selected_row()
        if row is not None:
            self.product = row
            self._show_product()

    def _show_product(self) -> None:
        p = self.product
        # Never re-enable Receive while a receive is on its way: a second click would receive twice.
        self.receive_button.setEnabled(p is not None and not self._receiving)
        if p is None:
            self.product_label.setText(self.tr("Scan or pick a product first."))
            return
        self.product_label.setText(
            self.tr("{product}\n{merchant} · {spec}\nSample value {value} · {in_stock} in stock of {total}").format(
                product=p.name,
                merchant=p.merchant_name,
                spec=p.spec or "—",
                value=money(p.sample_value_fen),
                in_stock=p.samples_in_stock,
                total=p.samples_total,
            )
        )

    def _on_scanned(self, text: str) -> None:
        self._search_timer.stop()  # the keystrokes of a scan are not a search
        if classify(text) == CodeKind.PRODUCT_EAN:
            ean = clean_scan(text)
            self.ctx.call(
                catalog.find_product_by_ean,
                ean,
                on_success=lambda p: self._found(p, ean),
                on_error=lambda exc: self._ean_failed(ean, exc),
            )
            return
        self._set_search_text(text)  # Enter on typed text: search now instead of waiting
        self.refresh()

    def _found(self, product: ProductView, ean: str) -> None:
        self.product = product
        self._show_product()
        self._set_search_text(ean)
        self.refresh()
        self.quantity_spin.setFocus()
        self.quantity_spin.selectAll()

    def _ean_failed(self, ean: str, exc: Exception) -> None:
        if not isinstance(exc, NotFound):
            self._show_error(exc)
            return
        question = self.tr("No product has barcode {ean}. Create a new product with this barcode?").format(ean=ean)
        if self.confirm(self.tr("Unknown barcode"), question):
            self.new_product(ean)
        else:
            show_message(self.message, describe(exc, self.ctx.tz), error=True)

    def _set_search_text(self, text: str) -> None:
        self.search_field.blockSignals(True)
        self.search_field.setText(text)
        self.search_field.blockSignals(False)

    # -- dialogs ----------------------------------------------------------------------------------
    def new_merchant(self) -> MerchantDialog:
        dialog = MerchantDialog(self.ctx, self)
        dialog.saved.connect(self._merchant_created)
        dialog.open()
        return dialog

    def _merchant_created(self, merchant) -> None:
        show_message(self.message, self.tr("Merchant {name} created.").format(name=merchant.name))

    def new_product(self, ean: str = "") -> ProductDialog:
        dialog = ProductDialog(self.ctx, self, ean=ean, merchant_id=self.product.merchant_id if self.product else None)
        dialog.saved.connect(self._product_created)
        dialog.open()
        return dialog

    def _product_created(self, product: ProductView) -> None:
        self.product = product
        self._show_product()
        self._set_search_text(product.ean or product.name)
        show_message(self.message, self.tr("Product {name} created.").format(name=product.name))
        self.quantity_spin.setFocus()

    # -- receiving --------------------------------------------------------------------------------
    def receive(self) -> None:
        if self._receiving:
            return
        if self.product is None:
            show_message(self.receive_message, self.tr("Scan or pick a product first."), error=True)
            return
        self._receiving = True
        self.receive_button.setEnabled(False)
        show_message(self.receive_message, "")
        self.ctx.call_as_actor(
            catalog.receive_samples,
            self.product.id,
            self.quantity_spin.value(),
            self.shelf_edit.text(),
            self.note_edit.text(),
            on_success=self._received,
            on_error=self._receive_failed,
        )

    def _received(self, result: IntakeResult) -> None:
        self._receiving = False
        self.receive_button.setEnabled(True)
        self.codes_list.clear()
        self.codes_list.addItems(result.codes)
        self.photo_button.aim(
            result.codes,
            None,
            self.tr("Photo of these {count} sample(s)…").format(count=len(result.codes)),
            self.tr("Photo of the samples just received"),
        )
        show_message(
            self.receive_message,
            self.tr("Received {count} sample(s) of {product}.").format(
                count=len(result.codes), product=result.product.name
            ),
        )
        self.quantity_spin.setValue(1)
        self.note_edit.clear()
        self.samples_received.emit(result)
        self.search_field.setFocus()

    def _receive_failed(self, exc: Exception) -> None:
        self._receiving = False
        self.receive_button.setEnabled(True)
        show_message(self.receive_message, describe(exc, self.ctx.tz), error=True)

    def new_codes(self) -> list[str]:
        return [self.codes_list.item(i).text() for i in range(self.codes_list.count())]

    # -- misc -------------------------------------------------------------------------------------
    def _on_changed(self, topics: set) -> None:
        if topics & {"catalog", "samples"}:
            self.refresh()

    def _show_error(self, exc: Exception) -> None:
        show_message(self.message, describe(exc, self.ctx.tz), error=True)

    def _ask_yes_no(self, title: str, question: str) -> bool:
        return ask_yes_no(self, title, question)
