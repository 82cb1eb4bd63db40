"""The checkout receipt: what the streamer took, what it is worth, and when it must come back.

The streamer signs it at the counter. With `copies` (e.g. the store's and the streamer's), each
copy is its own page with its name on it, so the printer cuts between them.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from printing.documents import CheckoutReceiptData
from printing.receipt_layout import ReceiptPage, add_header, add_people, receipt_pdf
from printing.words import Translate, deposit_working, money, untranslated, when


def build_checkout_receipt(
    data: CheckoutReceiptData, width_mm: int = 80, translate: Translate = untranslated, copies: tuple[str, ...] = ()
) -> bytes:
    pages = [_page(data, width_mm, translate, copy) for copy in (copies or ("",))]
    return receipt_pdf(translate("Receipt", "Checkout receipt"), pages)


def _page(data: CheckoutReceiptData, width_mm: int, translate: Translate, copy: str) -> ReceiptPage:
    page = ReceiptPage(width_mm)
    add_header(page, data.header, translate("Receipt", "Checkout receipt"))
    if copy:
        page.text(translate("Receipt", "[ {copy} ]").format(copy=copy), page.body + 1, bold=True, align="center")
        page.space(2)
    page.barcode(data.loan_number)
    page.text(data.loan_number, page.body + 1, bold=True, align="center")
    page.rule()
    add_people(page, data.header, translate)
    page.rule()
    _add_samples(page, data, translate)
    page.rule(heavy=True)
    page.space(2)
    page.boxed(translate("Receipt", "Due date"), when(data.due_at), 18 if page.narrow else 22)
    page.space(3)
    _add_deposit(page, data, translate)
    if data.terms:
        page.rule(dashed=True)
        page.text(data.terms, page.small)
    page.space(4)
    _add_signature(page, data, translate)
    return page


def _add_samples(page: ReceiptPage, data: CheckoutReceiptData, translate: Translate) -> None:
    for index, line in enumerate(data.lines):
        if index:
            page.space(3)
        page.pair(line.code, money(line.value_fen), bold_label=True)
        page.text(line.product_name)
        page.text(line.merchant_name, page.small, max_lines=1)
    page.rule(dashed=True)
    count = translate("Receipt", "{count} samples, total value").format(count=len(data.lines))
    page.pair(count, money(sum(line.value_fen for line in data.lines)), bold_value=True)


def _add_deposit(page: ReceiptPage, data: CheckoutReceiptData, translate: Translate) -> None:
    amount = translate("Receipt", "{amount} ({method})").format(
        amount=money(data.deposit_fen), method=data.deposit_method_label
    )
    page.pair(translate("Receipt", "Deposit"), amount, bold_value=True)
    if data.deposit_calculation is not None:  # the stated rule: "30% × ¥599.70 = ¥179.91 → ¥180.00"
        page.text(deposit_working(data.deposit_calculation, translate), page.small)
    if data.override_note:
        page.text(translate("Receipt", "Override: {note}").format(note=data.override_note), page.small)


def _add_signature(page: ReceiptPage, data: CheckoutReceiptData, translate: Translate) -> None:
    caption = translate("Receipt", "Streamer signature")
    if data.signature_png:
        page.text(caption, page.small)
        page.image(data.signature_png, 22 * mm)
        page.rule()
    else:
        page.signature_line(caption)


def standard_copies(translate: Translate = untranslated) -> tuple[str, ...]:
    """The two copies the counter prints by default: one stays in the store, one goes with the streamer."""
    return (translate("Receipt", "Store copy"), translate("Receipt", "Streamer copy"))
