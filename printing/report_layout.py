"""Shared look of the A4 reports (daily report, merchant statement): headings, cells, tables, figures.

Every table names the embedded CJK font (otherwise reportlab names Helvetica, which is not embedded).
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from printing.fonts import cjk_font
from printing.slips import BoldLine
from printing.text import draw_text

MARGIN = 13 * mm
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#666666")
RED = colors.HexColor("#b71c1c")
BAND = colors.HexColor("#e8edf3")
RULE = colors.HexColor("#9aa5b1")


def style(size: float = 8, color=INK, align: int = 0) -> ParagraphStyle:
    return ParagraphStyle("report", fontName=cjk_font(), fontSize=size, leading=size * 1.28, wordWrap="CJK",
                          textColor=color, alignment=align)


def cell(text: object, size: float = 8, color=INK, right: bool = False) -> Paragraph:
    return Paragraph(escape(str(text)), style(size, color, 2 if right else 0))


def heading(text: str, size: float = 11) -> Flowable:
    return BoldLine(text, size)


def table(header: Sequence[str], rows: list[list], widths: Sequence[float], right: Sequence[int] = (),
          size: float = 8, red_rows: Sequence[int] = ()) -> Table:
    """A ruled list with a shaded header that repeats on each page; `right` columns are numbers."""
    def row_cells(values, color=INK):
        return [v if isinstance(v, Flowable) else cell(v, size, color, i in right) for i, v in enumerate(values)]
    data = [row_cells(header, MUTED)] + [row_cells(r, RED if n in red_rows else INK) for n, r in enumerate(rows)]
    t = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#d5dbe1")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def figures(items: Sequence[tuple[str, str, bool]], columns: int, width: float) -> Table:
    """Big numbers with their captions under them: (caption, value, alarming)."""
    cells = []
    for caption, value, alarming in items:
        cells.append([cell(value, 17, RED if alarming else INK), cell(caption, 7.5, MUTED)])
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    grid = [[Table([[c[0]], [c[1]]], style=[("LEFTPADDING", (0, 0), (-1, -1), 0),
                                            ("TOPPADDING", (0, 0), (-1, -1), 0),
                                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]) if c else ""
             for c in row] for row in rows]
    t = Table(grid, colWidths=[width / columns] * columns, hAlign="LEFT")
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk_font()),
                           ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                           ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#d5dbe1")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return t


def side_by_side(left: Flowable, right: Flowable, widths: Sequence[float]) -> Table:
    t = Table([[left, right]], colWidths=list(widths), hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), cjk_font())]))
    return t


def build_a4(story: list[Flowable], title: str, footer: str) -> bytes:
    """An A4 PDF with `footer` (formatted with {page}) at the foot of every page."""
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                 bottomMargin=MARGIN + 4 * mm, title=title, creator="Showroom", invariant=1,
                                 initialFontName=cjk_font())

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        draw_text(canvas, A4[0] / 2, MARGIN - 2 * mm, footer.format(page=doc.page), 7.5, align="center")

    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


def usable_width() -> float:
    return A4[0] - 2 * MARGIN - 12  # the frame keeps 6 pt inside each margin
