"""The intake slip: an A4 list of the samples a merchant just consigned, signed by both sides.

It is the merchant's proof of what they left with us, so it lists every code (the merchant may
look a sample up later by it), runs over as many pages as needed with the table header repeated,
and ends with signature lines kept together on one page.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from printing.documents import IntakeSlipData
from printing.fonts import cjk_font
from printing.text import draw_text, markup
from printing.words import Translate, untranslated, when

MARGIN = 18 * mm
FRAME_PADDING = 6  # platypus frames keep 6 pt inside the margins on each side
COLUMNS = (12 * mm, 34 * mm, None, 28 * mm)  # no., code, product (takes the rest), shelf


def build_intake_slip(data: IntakeSlipData, translate: Translate = untranslated) -> bytes:
    out = io.BytesIO()
    title = translate("IntakeSlip", "Sample intake slip")
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        creator="Showroom",
        invariant=1,
        initialFontName=cjk_font(),  # otherwise each page names Helvetica, which is not embedded
    )
    width = document.width - 2 * FRAME_PADDING
    footer = translate("IntakeSlip", "{showroom} · {merchant} · page {page}")

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        text = footer.format(showroom=data.showroom_name, merchant=data.merchant_name, page=doc.page)
        draw_text(canvas, A4[0] / 2, MARGIN, text, 8, align="center")

    story = [
        BoldLine(data.showroom_name, 12),
        BoldLine(title, 18),
        Spacer(0, 4 * mm),
        _facts(data, translate),
        Spacer(0, 5 * mm),
        _samples_table(data, translate, width),
        Spacer(0, 10 * mm),
        KeepTogether(_signatures(translate, width)),
    ]
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


class BoldLine(Flowable):
    """A one-line heading in the CJK font drawn bold (platypus' <b> would need a real bold face)."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.45

    def draw(self) -> None:
        draw_text(self.canv, 0, self.size * 0.35, self.text, self.size, bold=True)


def _style(size: float = 9.5, **extra: object) -> ParagraphStyle:
    # wordWrap CJK: break between any two Chinese characters, as Chinese print does
    return ParagraphStyle("slip", fontName=cjk_font(), fontSize=size, leading=size * 1.3, wordWrap="CJK", **extra)


def _cell(text: str, size: float = 9.5) -> Paragraph:
    return Paragraph(markup(text), _style(size))


def _table_style(*commands: tuple) -> TableStyle:
    # A table sets its cell font even for Paragraph cells: name ours, or Helvetica (not embedded) is named
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk_font()), *commands])


def _facts(data: IntakeSlipData, translate: Translate) -> Table:
    rows = [
        (translate("IntakeSlip", "Merchant"), data.merchant_name),
        (translate("IntakeSlip", "Received at"), when(data.at)),
        (translate("IntakeSlip", "Clerk"), data.clerk_name),
        (translate("IntakeSlip", "Samples"), translate("IntakeSlip", "{count} items").format(count=len(data.lines))),
    ]
    if data.note:
        rows.append((translate("IntakeSlip", "Note"), data.note))
    table = Table([[_cell(label), _cell(value)] for label, value in rows], colWidths=(28 * mm, None), hAlign="LEFT")
    table.setStyle(_table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)))
    return table


def _samples_table(data: IntakeSlipData, translate: Translate, width: float) -> Table:
    header = [
        _cell(translate("IntakeSlip", "No.")),
        _cell(translate("IntakeSlip", "Sample code")),
        _cell(translate("IntakeSlip", "Product")),
        _cell(translate("IntakeSlip", "Shelf")),
    ]
    rows = [
        [_cell(str(number)), _cell(line.code), _cell(line.product_name), _cell(line.shelf)]
        for number, line in enumerate(data.lines, 1)
    ]
    fixed = sum(w for w in COLUMNS if w)
    widths = [w if w else width - fixed for w in COLUMNS]
    table = Table([header, *rows], colWidths=widths, repeatRows=1)  # repeatRows: header on every page
    table.setStyle(
        _table_style(
            ("BACKGROUND", (0, 0), (-1, 0), (0.85, 0.85, 0.85)),
            ("LINEABOVE", (0, 0), (-1, 0), 1, (0, 0, 0)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, (0, 0, 0)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, (0.55, 0.55, 0.55)),
            ("LINEBELOW", (0, -1), (-1, -1), 1, (0, 0, 0)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return table


def _signatures(translate: Translate, width: float) -> list[Flowable]:
    """Merchant and clerk sign side by side, each over a line with the date next to it."""
    captions = [
        _cell(translate("IntakeSlip", "Merchant signature"), 9),
        _cell(translate("IntakeSlip", "Date"), 9),
        "",
        _cell(translate("IntakeSlip", "Clerk signature"), 9),
        _cell(translate("IntakeSlip", "Date"), 9),
    ]
    column = (width - 8 * mm) / 2
    table = Table(
        [["", "", "", "", ""], captions],
        colWidths=(column * 0.62, column * 0.38, 8 * mm, column * 0.62, column * 0.38),
        rowHeights=[16 * mm, None],
    )
    table.setStyle(
        _table_style(
            ("LINEBELOW", (0, 0), (1, 0), 0.8, (0, 0, 0)),
            ("LINEBELOW", (3, 0), (4, 0), 0.8, (0, 0, 0)),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    note = _cell(translate("IntakeSlip", "The merchant keeps this slip as proof of the samples consigned."), 8.5)
    return [table, Spacer(0, 3 * mm), note]
