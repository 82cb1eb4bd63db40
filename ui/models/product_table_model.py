"""Intake's product results: each product with its merchant and how many samples are here."""

from __future__ import annotations

from typing import Any

from present.formatting import money
from showroom.services.views import ProductView
from ui.models.row_model import RowTableModel


class ProductTableModel(RowTableModel[ProductView]):
    NAME, BRAND, MERCHANT, SPEC, EAN, IN_STOCK, TOTAL, VALUE = range(8)

    def headers(self) -> list[str]:
        return [
            self.tr("Product"),
            self.tr("Brand"),
            self.tr("Merchant"),
            self.tr("Spec"),
            self.tr("Barcode"),
            self.tr("In stock"),
            self.tr("Samples"),
            self.tr("Sample value"),
        ]

    def display(self, row: ProductView, column: int) -> str:
        return {
            self.NAME: row.name,
            self.BRAND: row.brand,
            self.MERCHANT: row.merchant_name,
            self.SPEC: row.spec,
            self.EAN: row.ean or "",
            self.IN_STOCK: str(row.samples_in_stock),
            self.TOTAL: str(row.samples_total),
            self.VALUE: money(row.sample_value_fen),
        }.get(column, "")

    def sort_key(self, row: ProductView, column: int) -> Any:
        if column == self.IN_STOCK:
            return row.samples_in_stock
        if column == self.TOTAL:
            return row.samples_total
        if column == self.VALUE:
            return row.sample_value_fen
        return super().sort_key(row, column)

    def align_right(self, column: int) -> bool:
        return column in (self.IN_STOCK, self.TOTAL, self.VALUE)
