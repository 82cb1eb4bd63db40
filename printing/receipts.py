"""Counter receipts for the 80 mm and 58 mm roll printers: one import for callers."""

from __future__ import annotations

from printing.receipt_layout import PRINTABLE_MM
from printing.receipts_checkout import build_checkout_receipt, standard_copies
from printing.receipts_return import build_return_receipt

RECEIPT_WIDTHS_MM = tuple(sorted(PRINTABLE_MM, reverse=True))  # (80, 58)

__all__ = ["RECEIPT_WIDTHS_MM", "build_checkout_receipt", "build_return_receipt", "standard_copies"]
