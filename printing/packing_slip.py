"""The packing slip of a mailed loan (寄样单): goes in the parcel, and a copy stays at the counter.

100 × 150 mm on a thermal label printer (the courier's label size), or A4. It names the loan (its number as
Code 128: scanned at the Mail-out screen when the parcel comes back, it lists the samples to take back), the streamer and where it went,
every sample with its code, the due date and how to send the samples back. Runs over as many pages as needed
with the samples' header repeated.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import Flowable

from printing.barcodes import draw_code128, fit_code128
from printing.documents import PackingSlipData
from printing.fonts import cjk_font
from printing.slips import BoldLine, _style, _table_style
from printing.text import draw_text, markup
from printing.words import Translate, money, untranslated, when

LABEL_DPI = 203  # thermal label printers; an A4 laser prints finer, never coarser
SIZES = {"thermal-100x150": (100 * mm, 150 * mm, 4 * mm, 8.0), "a4": (A4[0], A4[1], 18 * mm, 10.0)}


class LoanBarcode(Flowable):
    """The loan number as Code 128 with bars snapped to printer dots, and the number under it."""

    def __init__(self, value: str, height: float) -> None:
        super().__init__()
        self.value, self.bar_height = value, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.fit = fit_code128(self.value, available_width, LABEL_DPI, smallest_dots=2)
        return available_width, self.bar_height + 12

    def draw(self) -> None:
        draw_code128(self.canv, self.fit, 0, 12, self.width, self.bar_height)
        draw_text(self.canv, self.width / 2, 1, self.value, 10, align="center", bold=True)


def build_packing_slip(
    data: PackingSlipData, size: str = "thermal-100x150", translate: Translate = untranslated
) -> bytes:
    width, height, margin, text_size = SIZES[size]
    out = io.BytesIO()
    title = translate("PackingSlip", "Sample packing slip")
    document = SimpleDocTemplate(
        out,
        pagesize=(width, height),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 4 * mm,
        title=title,
        creator="Showroom",
        invariant=1,
        initialFontName=cjk_font(),
    )
    usable = document.width - 12
    footer = translate("PackingSlip", "{number} · page {page}")

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        text = footer.format(number=data.loan_number, page=doc.page)
        draw_text(canvas, width / 2, margin, text, 7, align="center")

    story = [
        BoldLine(f"{data.showroom_name} · {title}", text_size + 3),
        LoanBarcode(data.loan_number, 12 * mm if size == "a4" else 10 * mm),
        Spacer(0, 2 * mm),
        _pairs(_facts(data, translate), text_size, usable),
        Spacer(0, 2 * mm),
        _samples(data, translate, text_size, usable),
        Spacer(0, 2 * mm),
        _pairs(_return(data, translate), text_size, usable),
    ]
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


def _facts(data: PackingSlipData, translate: Translate) -> list[tuple[str, str]]:
    return [
        (translate("PackingSlip", "Streamer"), f"{data.streamer_name} {data.phone_masked}"),
        (translate("PackingSlip", "Ship to"), f"{data.recipient} · {data.destination}"),
        (translate("PackingSlip", "Courier"), f"{data.courier_label} {data.waybill}"),
        (translate("PackingSlip", "Shipped"), when(data.shipped_at)),
        (translate("PackingSlip", "Deposit"), f"{money(data.deposit_fen)} · {data.deposit_label}"),
        (
            translate("PackingSlip", "Due back"),
            translate(
                "PackingSlip", "{due} (if delivered as expected; {days} days from delivery, {transit} to post back)"
            ).format(due=when(data.due_at), days=data.post_days, transit=data.return_transit_days),
        ),
    ]


def _return(data: PackingSlipData, translate: Translate) -> list[tuple[str, str]]:
    how = data.return_instructions or translate(
        "PackingSlip",
        "Post every sample back in this parcel's packing, with this slip, before the due date; send us the return "
        "waybill number. A sample not back is charged at its value against the deposit.",
    )
    return [
        (translate("PackingSlip", "Return to"), data.return_address),
        (translate("PackingSlip", "How to return"), how),
    ]


def _pairs(rows: list[tuple[str, str]], size: float, width: float) -> Table:
    label_width = size * 5.2
    cells = [[Paragraph(markup(a), _style(size)), Paragraph(markup(b), _style(size))] for a, b in rows]
    table = Table(cells, colWidths=(label_width, width - label_width), hAlign="LEFT")
    table.setStyle(
        _table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        )
    )
    return table


def _samples(data: PackingSlipData, translate: Translate, size: float, width: float) -> Table:
    def cell(text: str) -> Paragraph:
        return Paragraph(markup(text), _style(size))

    header = [
        cell(translate("PackingSlip", "No.")),
        cell(translate("PackingSlip", "Sample code")),
        cell(translate("PackingSlip", "Product")),
        cell(translate("PackingSlip", "Value")),
    ]
    rows = [
        [
            cell(str(n)),
            cell(line.code),
            cell(f"{line.product_name} · {line.merchant_name}"),
            cell(money(line.value_fen)),
        ]
        for n, line in enumerate(data.lines, 1)
    ]
    fixed = (size * 2.4, size * 7.5, size * 5.5)
    widths = (fixed[0], fixed[1], width - sum(fixed), fixed[2])
    table = Table([header, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(
        _table_style(
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, (0, 0, 0)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, (0, 0, 0)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, (0.4, 0.4, 0.4)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        )
    )
    return table
