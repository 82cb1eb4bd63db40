"""Samples: every unit in the showroom, searchable and filterable, with one sample's full history.

The list is paged: one page of rows at a time, sorted and filtered in SQL (200,000 units would take
seconds and hundreds of MB to load whole); the count above it is the number of every match.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from present import labels
from present.errors import describe
from present.formatting import local_time, money
from showroom.domain.codes import CodeKind, classify, clean_scan
from showroom.domain.model import SampleStatus
from showroom.services import catalog, photos, samples
from showroom.services.views import SampleDetail, SamplePage, SampleRow
from ui.context import LatestAnswer
from ui.models.history_table_model import HistoryTableModel
from ui.models.sample_table_model import SampleTableModel
from ui.widgets.accessibility import debounce_timer, name_qt_parts
from ui.widgets.export_button import ExportButton
from ui.widgets.merchant_return_button import MerchantReturnButton
from ui.widgets.photo_strip import PhotoStrip
from ui.widgets.reprint_buttons import ReprintButtons
from ui.widgets.tables import (
    RowTableView,
    detail_form,
    detail_title,
    lay_out_list_with_detail,
    message_label,
    section_title,
    show_message,
)

SEARCH_DELAY_MS = 250
REFRESH_TOPICS = {"samples", "loans", "catalog", "streamers"}


def barcode_pixmap(code: str) -> QPixmap:
    """What the label's barcode looks like (python-barcode draws it; a phone can scan the screen)."""
    from printing.barcodes import code128_png  # reportlab/python-barcode: with the first sample shown

    pixmap = QPixmap()
    pixmap.loadFromData(code128_png(code, module_mm=0.25, height_mm=8))  # 2 px per bar at 203 dpi: never scaled
    return pixmap


class SamplesScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("samplesScreen")
        self._rows_query = LatestAnswer(ctx)
        self._more_query = LatestAnswer(ctx)
        self._all_query = LatestAnswer(ctx)  # Export… loads every row first
        self._after_all = None
        self._fitted = False
        self._page_args: tuple = ()
        self._detail_query = LatestAnswer(ctx)
        self._photo_query = LatestAnswer(ctx)
        self._selected_code: str | None = None
        self._jump_code: str | None = None

        self.search_field = QLineEdit()
        self.search_field.setObjectName("sampleSearchField")
        self.search_field.setAccessibleName(self.tr("Sample search"))
        self.search_field.setPlaceholderText(self.tr("Scan a sample code, or type a product, merchant or holder"))
        self.search_field.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilterCombo")
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in SampleStatus:
            self.status_combo.addItem(labels.sample_status(status.value), status.value)
        self.merchant_combo = QComboBox()
        self.merchant_combo.setObjectName("merchantFilterCombo")
        self.merchant_combo.setAccessibleName(self.tr("Merchant filter"))
        self.merchant_combo.setMinimumContentsLength(12)
        self.merchant_combo.addItem(self.tr("All merchants"), None)
        self.count_label = QLabel()
        self.count_label.setObjectName("sampleCountLabel")
        self.model = SampleTableModel(ctx.tz, parent=self)
        self.table = RowTableView(self.model, "sampleTable", self.tr("Samples"))
        # Sorted in SQL, not by the view's proxy: the proxy keeps the model's order and the header's
        # clicks reach the model's sort(), which asks for the first page again.
        self.table.proxy.setDynamicSortFilter(False)
        self.table.proxy.sort(-1)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setResizeContentsPrecision(60)  # fit to a screenful, not 1,000 rows
        self.message = message_label("samplesMessage")
        self.export_button = ExportButton(
            self.model, self.table, self.tr("samples"), self, self.message, complete=self.load_all
        )
        self.return_button = MerchantReturnButton(ctx, self.table, self.message, self)

        lay_out_list_with_detail(
            self,
            [
                self.search_field,
                self.status_combo,
                self.merchant_combo,
                self.count_label,
                self.return_button,
                self.export_button,
            ],
            self.table,
            self._build_detail_panel(),
            (700, 460),
            self.message,
        )

        self._search_timer = debounce_timer(self, SEARCH_DELAY_MS, self.refresh)
        self.search_field.textEdited.connect(lambda _: self._search_timer.start())
        self.search_field.returnPressed.connect(self._on_return)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.merchant_combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.sort_wanted.connect(self.refresh)
        self.model.more_wanted.connect(self._fetch_more)
        self.ctx.bus.changed.connect(self._on_changed)
        name_qt_parts(self)
        self._show_detail(None)
        self._load_merchants()

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("SamplesScreen", "Samples")

    def _build_detail_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("sampleDetailPanel")
        self.detail_title = detail_title("sampleDetailTitle")
        form, self.detail_fields = detail_form(
            "sampleDetail",
            (
                ("status", self.tr("Status")),
                ("merchant", self.tr("Merchant")),
                ("shelf", self.tr("Shelf")),
                ("value", self.tr("Value")),
                ("received", self.tr("Received")),
                ("holder", self.tr("Holder")),
                ("due", self.tr("Due")),
                ("note", self.tr("Condition note")),
            ),
        )
        self.history_model = HistoryTableModel(self.ctx.tz, self)
        self.history_table = RowTableView(
            self.history_model, "sampleHistoryTable", self.tr("Sample history"), sortable=False
        )
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.detail_title)
        self.barcode_image = QLabel()
        self.barcode_image.setObjectName("sampleBarcodeImage")
        self.barcode_image.setAccessibleName(self.tr("Barcode on the sample's label"))
        layout.addWidget(self.barcode_image)
        layout.addLayout(form)
        layout.addWidget(section_title(self.tr("History")))
        layout.addWidget(self.history_table, 1)
        self.photo_strip = PhotoStrip(self.ctx.tz, panel)
        self.photo_strip.setVisible(False)
        layout.addWidget(self.photo_strip)
        self.paper_buttons = ReprintButtons(
            self.ctx,
            [("label", self.tr("Print label"), "printLabelButton")],
            lambda _kind: [self._selected_code] if self._selected_code else None,
            lambda text: show_message(self.message, text, error=True),
            panel,
        )
        layout.addWidget(self.paper_buttons)
        return panel

    def activate(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()
        self.refresh()

    # -- the list ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._search_timer.stop()
        self._more_query.invalidate()  # a page of the previous answer must not land in this one
        self._all_query.invalidate()  # nor the rest of it, for an export under way: asked again below
        sort, descending = self.model.sort_order()
        self._page_args = (self.search_field.text(), self.status_combo.currentData(), self.merchant_combo.currentData())
        self._rows_query.call(
            samples.sample_page,
            *self._page_args,
            sort=sort,
            descending=descending,
            on_success=self._show_rows,
            on_error=self._show_error,
        )

    def _fetch_more(self, offset: int) -> None:
        sort, descending = self.model.sort_order()
        self._more_query.call(
            samples.sample_page,
            *self._page_args,
            sort=sort,
            descending=descending,
            offset=offset,
            count=False,
            on_success=self._append_page,
            on_error=self._show_error,
        )

    def _append_page(self, page: SamplePage) -> None:
        self.model.append_rows(page.offset, page.rows)

    def load_all(self, then) -> None:
        """Loads the rows not yet paged in (for Export…), then calls then(); a page that lands meanwhile
        only means the next round asks for less."""
        self._after_all = then
        missing = self.model.total() - self.model.rowCount()
        if missing <= 0:
            self._after_all = None
            then()
            return
        sort, descending = self.model.sort_order()
        self._all_query.call(
            samples.sample_page,
            *self._page_args,
            sort=sort,
            descending=descending,
            offset=self.model.rowCount(),
            limit=missing,
            count=False,
            on_success=self._all_arrived,
            on_error=self._all_failed,
        )

    def _all_arrived(self, page: SamplePage) -> None:
        self.model.append_rows(page.offset, page.rows)
        if self._after_all is not None:
            self.load_all(self._after_all)

    def _all_failed(self, exc: Exception) -> None:
        self._after_all = None
        self.export_button.setEnabled(True)
        self._show_error(exc)

    def _show_rows(self, page: SamplePage) -> None:
        wanted = self._jump_code or self._selected_code
        jumped, self._jump_code = self._jump_code, None
        self.model.set_page(page.rows, page.total)
        # The view sits on the model itself here (no proxy), so RowTableView's fit on modelReset runs
        # before the view has taken the new rows in: fit when the first rows are in, once, so the columns
        # stay put while the clerk types a search.
        if page.rows and not self._fitted:
            self.table.resizeColumnsToContents()
            self._fitted = True
        self.count_label.setText(self.tr("%n sample(s)", "", page.total))
        if self._after_all is not None:  # an export was loading the previous list: it takes this one
            self.load_all(self._after_all)
        show_message(self.message, "")
        if wanted and self.table.select_where(lambda r: r.code == wanted):
            return
        if jumped:
            show_message(self.message, self.tr("No sample has code {code}.").format(code=jumped), error=True)
        self._selected_code = None
        self._show_detail(None)

    def _on_return(self) -> None:
        text = self.search_field.text()
        if classify(text) == CodeKind.SAMPLE:
            self._jump_code = clean_scan(text)
            self.search_field.selectAll()  # the next scan replaces it
        self.refresh()

    def _on_selection(self, *_) -> None:
        row = self.table.selected_row()
        if row is None:
            return
        self._selected_code = row.code
        self._detail_query.call(
            samples.sample_detail, row.code, on_success=self._show_detail, on_error=self._show_error
        )
        self._photo_query.call(
            photos.sample_photo_thumbnails,
            self.ctx.store.data_dir,
            row.code,
            on_success=self.photo_strip.show_photos,
            on_error=self._show_error,
        )

    def selected_sample(self) -> SampleRow | None:
        return self.table.selected_row()

    # -- the detail -------------------------------------------------------------------------------
    def _show_detail(self, detail: SampleDetail | None) -> None:
        if detail is None:
            self.detail_title.setText(self.tr("Select a sample to see its history."))
            for value in self.detail_fields.values():
                value.clear()
            self.history_model.set_rows([])
            self.photo_strip.show_photos([])
            self.paper_buttons.refresh()
            self.barcode_image.clear()
            return
        self.paper_buttons.refresh()
        row, tz = detail.row, self.ctx.tz
        self.barcode_image.setPixmap(barcode_pixmap(row.code))
        self.detail_title.setText(self.tr("{code} · {product}").format(code=row.code, product=row.product_name))
        holder = ""
        if row.holder_name:
            holder = self.tr("{name} (loan {loan})").format(name=row.holder_name, loan=row.loan_number)
        due = local_time(row.due_at, tz)
        overdue = self.model.is_overdue(row)
        if overdue:
            due = self.tr("{due} — overdue").format(due=due)
        texts = {
            "status": labels.sample_status(row.status),
            "merchant": row.merchant_name,
            "shelf": row.shelf,
            "value": money(row.value_fen),
            "received": local_time(row.received_at, tz),
            "holder": holder,
            "due": due,
            "note": row.condition_note,
        }
        for key, text in texts.items():
            self.detail_fields[key].setText(text)
        self.detail_fields["due"].setStyleSheet("color: #c62828;" if overdue else "")
        self.history_model.set_rows(detail.history)

    # -- filters and changes ----------------------------------------------------------------------
    def _load_merchants(self) -> None:
        self.ctx.call(catalog.list_merchants, on_success=self._show_merchants, on_error=self._show_error)

    def _show_merchants(self, merchants) -> None:
        current = self.merchant_combo.currentData()
        self.merchant_combo.blockSignals(True)
        self.merchant_combo.clear()
        self.merchant_combo.addItem(self.tr("All merchants"), None)
        for m in merchants:
            self.merchant_combo.addItem(m.name, m.id)
        at = self.merchant_combo.findData(current) if current else 0
        self.merchant_combo.setCurrentIndex(max(at, 0))
        self.merchant_combo.blockSignals(False)
        if current and at < 0:
            self.refresh()  # the chosen merchant is gone: the filter fell back to all

    def _on_changed(self, topics: set) -> None:
        if "catalog" in topics:
            self._load_merchants()
        if topics & REFRESH_TOPICS:
            self.refresh()

    def _show_error(self, exc: Exception) -> None:
        show_message(self.message, describe(exc, self.ctx.tz), error=True)
