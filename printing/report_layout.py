"""Shared look of the A4 reports (daily report, merchant statement): headings, cells, tables, figures.

Every table names the embedded CJK font (otherwise reportlab names Helvetica, which is not embedded).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from printing.fonts import cjk_font
from printing.slips import BoldLine
from printing.text import draw_text, in_main_font, markup

MARGIN = 13 * mm
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#666666")
RED = colors.HexColor("#b71c1c")
BAND = colors.HexColor("#e8edf3")
RULE = colors.HexColor("#9aa5b1")


@cache
def style(size: float = 8, color=INK, align: int = 0) -> ParagraphStyle:
    # one style per look, shared by every cell: a report has tens of thousands of cells
    return ParagraphStyle(
        "report",
        fontName=cjk_font(),
        fontSize=size,
        leading=size * 1.28,
        wordWrap="CJK",
        textColor=color,
        alignment=align,
    )


def cell(text: object, size: float = 8, color=INK, right: bool = False) -> Paragraph:
    return Paragraph(markup(str(text)), style(size, color, 2 if right else 0))


def heading(text: str, size: float = 11) -> Flowable:
    return BoldLine(text, size)


LEFT_PADDING = RIGHT_PADDING = 3


def table(
    header: Sequence[str],
    rows: list[list],
    widths: Sequence[float],
    right: Sequence[int] = (),
    size: float = 8,
    red_rows: Sequence[int] = (),
) -> Table:
    """A ruled list with a shaded header that repeats on each page; `right` columns are numbers.

    A cell whose text fits on one line is a plain string, drawn by the table in the font, size, leading,
    colour and alignment its Paragraph would have had, at the same baseline; only text that must wrap
    is a Paragraph. Laying out a Paragraph per cell made a busy day's report (30,000 cells) take seconds.
    """
    room = [w - LEFT_PADDING - RIGHT_PADDING for w in widths]
    font = cjk_font()

    def row_cells(values, color=INK):
        return [
            v if isinstance(v, Flowable) else _fitted(str(v), room[i], font, size, color, i in right)
            for i, v in enumerate(values)
        ]

    data = [row_cells(header, MUTED)] + [row_cells(r, RED if n in red_rows else INK) for n, r in enumerate(rows)]
    t = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.28),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#d5dbe1")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), LEFT_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), RIGHT_PADDING),
    ]
    commands += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i in sorted(set(right))]
    commands += [("TEXTCOLOR", (0, first + 1), (-1, last + 1), RED) for first, last in _runs(red_rows)]
    t.setStyle(TableStyle(commands))
    return t


def _fitted(text: str, room: float, font: str, size: float, color, right: bool) -> str | Paragraph:
    """The text as a plain string when its Paragraph would be one line exactly like it, else the Paragraph."""
    # A Paragraph collapses runs of white space and trims the ends; a plain string would keep them.
    # A table draws a plain string in one font: text needing a fallback face is a Paragraph.
    if " ".join(text.split()) == text and stringWidth(text, font, size) <= room and in_main_font(text):
        return text
    return _CellParagraph(markup(text), style(size, color, 2 if right else 0))


class _CellParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width: a table measures each cell again to size its rows,
    to split itself across pages and to draw, always at the column's width."""

    def wrap(self, availWidth, availHeight):
        known = self.__dict__.get("_wrapped")
        if known and known[0] == availWidth:
            return known[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def _runs(numbers: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive numbers as (first, last) runs, so a red stretch of rows is one style command."""
    runs: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def figures(items: Sequence[tuple[str, str, bool]], columns: int, width: float) -> Table:
    """Big numbers with their captions under them: (caption, value, alarming)."""
    cells = []
    for caption, value, alarming in items:
        cells.append([cell(value, 17, RED if alarming else INK), cell(caption, 7.5, MUTED)])
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    grid = [
        [
            Table(
                [[c[0]], [c[1]]],
                style=[
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ],
            )
            if c
            else ""
            for c in row
        ]
        for row in rows
    ]
    t = Table(grid, colWidths=[width / columns] * columns, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#d5dbe1")),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


def facts_grid(rows: Sequence[tuple[str, object]], width: float, tints: Sequence | None = None) -> Table:
    """A paper's facts, label beside value (who, when, where); `tints` gives a value its own colour."""
    tints = list(tints) if tints is not None else [INK] * len(rows)
    grid = Table(
        [[cell(label, 8, MUTED), cell(value, 9, tint)] for (label, value), tint in zip(rows, tints, strict=True)],
        colWidths=[width * 0.18, width * 0.82],
        hAlign="LEFT",
    )
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return grid


def side_by_side(left: Flowable, right: Flowable, widths: Sequence[float]) -> Table:
    t = Table([[left, right]], colWidths=list(widths), hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
            ]
        )
    )
    return t


def build_a4(story: list[Flowable], title: str, footer: str) -> bytes:
    """An A4 PDF with `footer` (formatted with {page}) at the foot of every page."""
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        creator="Showroom",
        invariant=1,
        initialFontName=cjk_font(),
    )

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        draw_text(canvas, A4[0] / 2, MARGIN - 2 * mm, footer.format(page=doc.page), 7.5, align="center")

    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


def usable_width() -> float:
    return A4[0] - 2 * MARGIN - 12  # the frame keeps 6 pt inside each margin
