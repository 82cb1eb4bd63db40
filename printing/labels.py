"""Sample labels: one per page on a thermal roll, or a grid of them on an A4 label sheet.

Each label carries the product name (two lines at most), the merchant, the sample code as Code 128
and as text, and the shelf the sample lives on, so a clerk can put it back without a screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printing.barcodes import draw_code128, fit_code128
from printing.documents import LabelData
from printing.paper import Paper
from printing.text import draw_text, ellipsize, line_height, width_of, wrap
from printing.words import Translate, untranslated


@dataclass(frozen=True)
class LabelLayout:
    """Label size and, for sheets, the grid; all lengths in mm, as the label maker states them."""

    name: str
    title: str  # what the settings list shows, e.g. "50 × 30 mm thermal"
    label_width: float
    label_height: float
    columns: int = 1
    rows: int = 1
    page_width: float | None = None  # None: the page is the label (thermal rolls)
    page_height: float | None = None
    left: float = 0.0  # sheet edge to the first column
    top: float = 0.0  # sheet edge to the first row
    gap_x: float = 0.0
    gap_y: float = 0.0
    padding: float = 1.5  # blank inside each label: die-cut tolerance, or an A4 printer's margin

    @property
    def page_size(self) -> tuple[float, float]:
        return ((self.page_width or self.label_width) * mm, (self.page_height or self.label_height) * mm)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, index: int) -> tuple[float, float]:
        """Bottom-left corner (points) of the index-th label on its page, filled row by row."""
        row, column = divmod(index % self.per_page, self.columns)
        x = (self.left + column * (self.label_width + self.gap_x)) * mm
        top = (self.top + row * (self.label_height + self.gap_y) + self.label_height) * mm
        return x, self.page_size[1] - top


LAYOUTS: dict[str, LabelLayout] = {
    layout.name: layout
    for layout in (
        LabelLayout("thermal-50x30", "50 × 30 mm thermal", 50, 30),
        LabelLayout("thermal-40x30", "40 × 30 mm thermal", 40, 30),
        LabelLayout("thermal-60x40", "60 × 40 mm thermal", 60, 40, padding=2.0),
        # A4 sheets have no gaps between cells; laser printers cannot print the outer ~4 mm, so
        # the padding keeps the words away from the sheet edge.
        LabelLayout("a4-3x8", "A4 sheet, 3 × 8 (70 × 37 mm)", 70, 37, 3, 8, 210, 297, 0, 0.5, padding=4.0),
        LabelLayout("a4-3x7", "A4 sheet, 3 × 7 (70 × 42.3 mm)", 70, 42.3, 3, 7, 210, 297, 0, 0.45, padding=4.0),
    )
}


def build_labels(
    labels: Sequence[LabelData], layout: str = "thermal-50x30", translate: Translate = untranslated, dpi: int = 203
) -> bytes:
    """A PDF of the labels: one page per label on a roll, as many sheets as needed on A4."""
    grid = LAYOUTS[layout]
    paper = Paper(translate("Label", "Sample labels"), grid.page_size)
    for index, label in enumerate(labels):
        if index and index % grid.per_page == 0:
            paper.canvas.showPage()
        x, y = grid.cell(index)
        _draw_label(paper.canvas, label, grid, x, y, translate, dpi)
    return paper.pdf()


def _draw_label(
    canvas: Canvas, label: LabelData, grid: LabelLayout, x: float, y: float, translate: Translate, dpi: int
) -> None:
    pad = grid.padding * mm
    left, right = x + pad, x + grid.label_width * mm - pad
    top, bottom = y + grid.label_height * mm - pad, y + pad
    width = right - left
    # Sizes follow the label's height so one design serves every roll and sheet.
    name_size = min(10.0, max(7.0, (top - bottom) * 0.105))
    small = round(name_size * 0.82, 1)
    code_size = round(name_size * 0.95, 1)

    baseline = top - name_size * 0.88
    for line in wrap(label.product_name, width, name_size, max_lines=2):
        draw_text(canvas, left, baseline, line, name_size)
        baseline -= line_height(name_size)
    merchant_baseline = baseline + line_height(name_size) - line_height(small) * 1.15
    draw_text(canvas, left, merchant_baseline, ellipsize(label.merchant_name, width, small), small)

    code_baseline = bottom + code_size * 0.2
    _draw_code_and_shelf(canvas, label, left, right, code_baseline, code_size, small, translate)

    bars_bottom = code_baseline + code_size * 1.1
    bars_top = merchant_baseline - small * 0.5
    fit = fit_code128(label.code, width, dpi)
    draw_code128(canvas, fit, left, bars_bottom, width, bars_top - bars_bottom)


def _draw_code_and_shelf(
    canvas: Canvas,
    label: LabelData,
    left: float,
    right: float,
    baseline: float,
    code_size: float,
    small: float,
    translate: Translate,
) -> None:
    """The code as text (bold, what the clerk reads aloud) and the shelf to its right."""
    if not label.shelf:
        draw_text(canvas, (left + right) / 2, baseline, label.code, code_size, bold=True, align="center")
        return
    draw_text(canvas, left, baseline, label.code, code_size, bold=True)
    room = right - left - width_of(label.code, code_size) - small
    shelf = translate("Label", "Shelf {shelf}").format(shelf=label.shelf)
    draw_text(canvas, right, baseline, ellipsize(shelf, room, small), small, align="right")
