"""A receipt is a column of blocks on a roll: measure every block first, then cut the page to fit.

Roll paper has no page height, so a builder adds blocks (lines of text, rules, a barcode, an
image) to a ReceiptPage, each of which knows its height once added; the PDF page is then exactly
as tall as the content, with no blank tail for the printer to feed.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from printing.barcodes import (
    PREFERRED_MODULE_MM,
    BarcodeDoesNotFit,
    draw_code128,
    draw_code128_along,
    fit_code128,
    snap,
)
from printing.documents import ReceiptHeader
from printing.paper import Paper
from printing.text import draw_text, ellipsize, fit_size, line_height, width_of, wrap
from printing.words import Translate, when

# Roll width → printable width: an 80 mm head prints 72 mm (576 dots), a 58 mm head 48 mm (384).
PRINTABLE_MM = {80: 72.0, 58: 48.0}
RECEIPT_DPI = 203  # every receipt printer we support is 203 dpi
TOP_FEED = 3 * mm  # blank above the first line, so the tear-off edge does not cut it
BOTTOM_FEED = 6 * mm  # blank below the last line for the cutter

Draw = Callable[[Canvas, float], None]  # draws a block whose top edge is at the given y


@dataclass
class ReceiptPage:
    roll_mm: int
    blocks: list[tuple[float, Draw]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.roll_mm not in PRINTABLE_MM:
            raise ValueError(f"receipt rolls are {sorted(PRINTABLE_MM)} mm wide, not {self.roll_mm}")
        self.width = PRINTABLE_MM[self.roll_mm] * mm
        self.left = (self.roll_mm * mm - self.width) / 2
        self.right = self.left + self.width
        self.narrow = self.roll_mm < 80  # 58 mm rolls get slightly smaller type
        self.body = 7.5 if self.narrow else 8.5
        self.small = 6.5 if self.narrow else 7.5

    @property
    def height(self) -> float:
        """Whole printer dots, so that bar edges snapped from the bottom are snapped from the top too."""
        content = TOP_FEED + sum(height for height, _ in self.blocks) + BOTTOM_FEED
        return snap(content + 36.0 / RECEIPT_DPI, RECEIPT_DPI)  # + half a dot: round up, never cut

    def add(self, height: float, draw: Draw) -> None:
        self.blocks.append((height, draw))

    def space(self, points: float) -> None:
        self.add(points, lambda canvas, top: None)

    def text(
        self,
        text: str,
        size: float | None = None,
        *,
        bold: bool = False,
        align: str = "left",
        max_lines: int | None = None,
    ) -> None:
        """Wrapped text across the full width."""
        size = size or self.body
        x = {"left": self.left, "center": (self.left + self.right) / 2, "right": self.right}[align]
        for line in wrap(text, self.width, size, max_lines):

            def draw(canvas: Canvas, baseline: float, line: str = line) -> None:
                draw_text(canvas, x, baseline, line, size, bold=bold, align=align)

            self._line(draw, size)

    def title(self, text: str, largest: float) -> None:
        """One centred bold line, shrunk to fit the roll rather than wrapped."""
        size = fit_size(text, self.width, largest, self.body)
        self.text(text, size, bold=True, align="center", max_lines=1)

    def pair(
        self, label: str, value: str, size: float | None = None, *, bold_label: bool = False, bold_value: bool = False
    ) -> None:
        """ "Label ....... value": the value right-aligned; the label gets what room is left."""
        size = size or self.body
        value_width = min(width_of(value, size), self.width * 0.7)
        value = ellipsize(value, value_width, size)
        label = ellipsize(label, self.width - value_width - size, size)

        def draw(canvas: Canvas, baseline: float) -> None:
            draw_text(canvas, self.left, baseline, label, size, bold=bold_label)
            draw_text(canvas, self.right, baseline, value, size, bold=bold_value, align="right")

        self._line(draw, size)

    def rule(self, *, heavy: bool = False, dashed: bool = False) -> None:
        def draw(canvas: Canvas, top: float) -> None:
            canvas.saveState()
            canvas.setLineWidth(1.4 if heavy else 0.6)
            if dashed:
                canvas.setDash(2, 2)
            canvas.line(self.left, top - 3, self.right, top - 3)
            canvas.restoreState()

        self.add(6, draw)

    def boxed(self, caption: str, text: str, largest: float) -> None:
        """A caption over big bold text in a heavy box: the due date nobody may miss."""
        pad = 2 * mm
        size = fit_size(text, self.width - 2 * pad, largest, self.body)
        caption_size = self.body
        height = pad + line_height(caption_size) + line_height(size) + pad

        def draw(canvas: Canvas, top: float) -> None:
            canvas.saveState()
            canvas.setLineWidth(2)
            canvas.rect(self.left + 1, top - height, self.width - 2, height, stroke=1, fill=0)
            canvas.restoreState()
            centre = (self.left + self.right) / 2
            draw_text(canvas, centre, top - pad - caption_size, caption, caption_size, align="center")
            baseline = top - pad - line_height(caption_size) - size * 0.95
            draw_text(canvas, centre, baseline, text, size, bold=True, align="center")

        self.add(height + 2, draw)

    def barcode(self, value: str, height: float = 11 * mm) -> None:
        """Across the roll when bars of two dots or more fit, else turned to run along it.

        One-dot bars (0.125 mm) scan straight off the printer but fail once the paper is worn,
        so on a 58 mm roll a long loan number runs down the paper with two-dot bars instead.
        """
        try:
            fit = fit_code128(value, self.width, RECEIPT_DPI, smallest_dots=2)
        except BarcodeDoesNotFit:
            self._barcode_along(value, height)
            return

        def draw(canvas: Canvas, top: float) -> None:
            draw_code128(canvas, fit, self.left, top - height, self.width, height)

        self.add(height + 1.5, draw)

    def _barcode_along(self, value: str, bar_length: float) -> None:
        fit = fit_code128(value, 1000 * mm, RECEIPT_DPI, largest_mm=PREFERRED_MODULE_MM, smallest_dots=2)
        x = (self.left + self.right - bar_length * 1.4) / 2

        def draw(canvas: Canvas, top: float) -> None:
            draw_code128_along(canvas, fit, x, top - fit.width, bar_length * 1.4)

        self.add(fit.width, draw)

    def image(self, png: bytes, max_height: float) -> None:
        """The image scaled to fit the width and `max_height`, centred (e.g. a signature)."""
        reader = ImageReader(io.BytesIO(png))
        pixels_wide, pixels_high = reader.getSize()
        scale = min(self.width / pixels_wide, max_height / pixels_high)
        width, height = pixels_wide * scale, pixels_high * scale
        x = self.left + (self.width - width) / 2
        self.add(height, lambda canvas, top: canvas.drawImage(reader, x, top - height, width, height, mask="auto"))

    def signature_line(self, caption: str) -> None:
        """Room to sign by hand, with the caption under the line."""
        room = 12 * mm

        def draw(canvas: Canvas, top: float) -> None:
            canvas.setLineWidth(0.6)
            canvas.line(self.left, top - room, self.right, top - room)
            draw_text(canvas, self.left, top - room - self.small * 1.2, caption, self.small)

        self.add(room + line_height(self.small) + 2, draw)

    def _line(self, draw_at_baseline: Callable[[Canvas, float], None], size: float) -> None:
        # baseline sits 0.95 em below the line's top: CJK glyphs reach almost the full em up
        self.add(line_height(size), lambda canvas, top: draw_at_baseline(canvas, top - size * 0.95))

    def draw(self, canvas: Canvas) -> None:
        top = self.height - TOP_FEED
        for height, draw in self.blocks:
            draw(canvas, top)
            top -= height


def receipt_pdf(title: str, pages: Sequence[ReceiptPage]) -> bytes:
    """One PDF page per ReceiptPage, each exactly as tall as its content."""
    first = pages[0]
    paper = Paper(title, (first.roll_mm * mm, first.height))
    for page in paper.one_per_page(pages):
        paper.canvas.setPageSize((page.roll_mm * mm, page.height))
        page.draw(paper.canvas)
    return paper.pdf()


def add_header(page: ReceiptPage, header: ReceiptHeader, title: str) -> None:
    """Showroom, document title, then who and when: the same top on every counter receipt."""
    page.title(header.showroom_name, 13 if page.narrow else 15)
    page.space(2)
    page.title(title, 12 if page.narrow else 14)
    page.space(3)


def add_people(page: ReceiptPage, header: ReceiptHeader, translate: Translate) -> None:
    page.pair(translate("Receipt", "Time"), when(header.at))
    page.pair(translate("Receipt", "Clerk"), header.clerk_name)
    if not header.streamer_name:  # a return of another showroom's loan: this counter does not know them
        return
    page.pair(translate("Receipt", "Streamer"), header.streamer_name)
    page.pair(translate("Receipt", "Phone"), header.phone_masked)
    page.pair(translate("Receipt", "Member code"), header.member_code)
