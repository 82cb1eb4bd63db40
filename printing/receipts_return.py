"""The return receipt: what came back and in what state, what is still out, what deposit went back.

The streamer leaves with proof of the return; the "still out" part stops arguments later about
a sample nobody remembers borrowing.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from printing.documents import RefundLine, ReturnedLine, ReturnReceiptData, StillOutLine
from printing.receipt_layout import ReceiptPage, add_header, add_people, receipt_pdf
from printing.words import Translate, day, money, untranslated

PHOTO_HEIGHT = 30 * mm  # a thumbnail: enough to see the damage, short enough for a till roll


def build_return_receipt(data: ReturnReceiptData, width_mm: int = 80, translate: Translate = untranslated) -> bytes:
    page = ReceiptPage(width_mm)
    add_header(page, data.header, translate("Receipt", "Return receipt"))
    page.rule()
    add_people(page, data.header, translate)
    page.rule()
    _section(page, translate("Receipt", "Returned ({count})").format(count=len(data.returned)))
    for index, line in enumerate(data.returned):
        _returned(page, line, translate, first=index == 0)
    if data.header.streamer_name:  # else another showroom's loans: what they hold is not known here
        page.rule()
        _section(page, translate("Receipt", "Still out ({count})").format(count=len(data.still_out)))
        if not data.still_out:
            page.text(translate("Receipt", "Nothing else is out on loan."))
        for index, line in enumerate(data.still_out):
            _still_out(page, line, translate, first=index == 0)
    if data.refunds:
        page.rule()
        _refunds(page, data.refunds, translate)
    if data.closed_loans:
        page.rule()
        _section(page, translate("Receipt", "Loans closed"))
        for loan in data.closed_loans:
            page.text(loan)
    if data.refunded_elsewhere:  # a return anywhere: the deposit stays where it was paid
        page.rule()
        _section(page, translate("Receipt", "Deposit"))
        for loan, showroom in data.refunded_elsewhere:
            text = translate("Receipt", "Loan {loan}: the deposit is refunded by {showroom}.")
            page.text(text.format(loan=loan, showroom=showroom), page.small)
    return receipt_pdf(translate("Receipt", "Return receipt"), [page])


def _section(page: ReceiptPage, title: str) -> None:
    page.text(title, page.body + 1, bold=True)
    page.space(2)


def _returned(page: ReceiptPage, line: ReturnedLine, translate: Translate, *, first: bool) -> None:
    if not first:
        page.space(3)
    page.pair(line.code, line.condition_label, bold_label=True, bold_value=True)
    page.text(line.product_name)
    late = translate("Receipt", "{days} days late").format(days=line.days_late) if line.days_late > 0 else ""
    page.pair(translate("Receipt", "Loan {loan}").format(loan=line.loan_number), late, page.small, bold_value=True)
    if line.note:
        page.text(line.note, page.small)
    for photo in line.photos:
        page.space(2)
        page.text(translate("Receipt", "Photo of its condition at return"), page.small)
        page.image(photo, PHOTO_HEIGHT)


def _still_out(page: ReceiptPage, line: StillOutLine, translate: Translate, *, first: bool) -> None:
    if not first:
        page.space(3)
    if line.overdue:
        due = translate("Receipt", "OVERDUE, due {date}").format(date=day(line.due_at))
    else:
        due = translate("Receipt", "Due {date}").format(date=day(line.due_at))
    page.pair(line.code, due, bold_label=True, bold_value=line.overdue)
    page.text(line.product_name)
    page.text(translate("Receipt", "Loan {loan}").format(loan=line.loan_number), page.small)


def _refunds(page: ReceiptPage, refunds: tuple[RefundLine, ...], translate: Translate) -> None:
    _section(page, translate("Receipt", "Deposit refunded"))
    for refund in refunds:
        amount = translate("Receipt", "{amount} ({method})").format(
            amount=money(refund.amount_fen), method=refund.method_label
        )
        page.pair(refund.loan_number, amount)
    if len(refunds) > 1:
        page.pair(translate("Receipt", "Total refunded"), money(sum(r.amount_fen for r in refunds)), bold_value=True)
