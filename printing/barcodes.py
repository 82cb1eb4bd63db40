"""Code 128 for paper (vector, snapped to printer dots) and for the screen (PNG), and product barcodes.

A thermal head prints whole dots: a bar 2.5 dots wide comes out 2 or 3 dots wide at random, and
the scanner misreads. So the module (narrowest bar) is a whole number of dots for the printer's
dpi, the symbol starts on a dot boundary, and the quiet zones (blank margins the scanner needs)
are reserved inside the width the caller gives.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 10  # ISO/IEC 15417 asks for at least 10 modules of blank on each side
PREFERRED_MODULE_MM = 0.25  # 2 dots at 203 dpi: scans well on every handheld scanner we met
LARGEST_MODULE_MM = 0.4  # wider bars scan no better and only eat label space


class BarcodeDoesNotFit(ValueError):
    """Even one printer dot per module is too wide: the layout must give the code more room."""


@dataclass(frozen=True)
class Code128Fit:
    value: str
    modules: int  # symbol width in modules, without the quiet zones
    dots: int  # printer dots per module
    dpi: int

    @property
    def module(self) -> float:
        """Module width in points."""
        return self.dots * 72.0 / self.dpi

    @property
    def symbol_width(self) -> float:
        return self.modules * self.module

    @property
    def width(self) -> float:
        """Width including both quiet zones, in points: what the layout must leave free."""
        return (self.modules + 2 * QUIET_MODULES) * self.module


def code128_modules(value: str) -> int:
    """Width of the symbol in modules (start, data, check and stop; reportlab picks code sets)."""
    return round(Code128(value, barWidth=1, quiet=False, humanReadable=False).width)


def fit_code128(
    value: str, width: float, dpi: int, largest_mm: float = LARGEST_MODULE_MM, smallest_dots: int = 1
) -> Code128Fit:
    """The widest whole-dot module (up to `largest_mm`, to the nearest dot) at which `value` and its
    quiet zones fit.

    Raises BarcodeDoesNotFit below `smallest_dots`: a caller that knows one-dot bars are fragile
    (they scan from the printer but not from a worn or copied receipt) can choose another layout.
    """
    modules = code128_modules(value)
    dots = max(smallest_dots, round(largest_mm * mm * dpi / 72.0))  # nearest: 0.25 mm is "2 dots" at 203
    while dots >= smallest_dots:
        fit = Code128Fit(value, modules, dots, dpi)
        if fit.width <= width + 1e-6:
            return fit
        dots -= 1
    needed = (modules + 2 * QUIET_MODULES) * 72.0 / dpi / mm
    raise BarcodeDoesNotFit(
        f"{value!r} needs {needed * smallest_dots:.1f} mm at {smallest_dots} dot(s) per module and {dpi} dpi;"
        f" only {width / mm:.1f} mm given"
    )


def snap(position: float, dpi: int) -> float:
    """The nearest dot boundary (points), so every bar edge lands between two printer dots."""
    return round(position * dpi / 72.0) * 72.0 / dpi


def draw_code128(
    canvas: Canvas, fit: Code128Fit, x: float, y: float, width: float, height: float, align: str = "center"
) -> float:
    """Draws the symbol in the box (x, y, width, height), quiet zones inside; returns the bars' left edge."""
    if align == "center":
        left = x + (width - fit.width) / 2 + QUIET_MODULES * fit.module
    else:
        left = x + QUIET_MODULES * fit.module
    left = snap(left, fit.dpi)
    bars = Code128(fit.value, barWidth=fit.module, barHeight=height, quiet=False, humanReadable=False)
    bars.drawOn(canvas, left, y)
    return left


def draw_code128_along(canvas: Canvas, fit: Code128Fit, x: float, y: float, bar_length: float) -> None:
    """Draws the symbol turned 90°, running up the roll from y (quiet zones included) with bars
    `bar_length` long from x: on a narrow roll a long code gets wide bars this way."""
    bottom = snap(y + QUIET_MODULES * fit.module, fit.dpi)
    bars = Code128(fit.value, barWidth=fit.module, barHeight=bar_length, quiet=False, humanReadable=False)
    canvas.saveState()
    canvas.translate(x + bar_length, bottom)
    canvas.rotate(90)  # the symbol's x axis now runs up the page, its bars extend leftwards
    bars.drawOn(canvas, 0, 0)
    canvas.restoreState()


def code128_png(
    value: str, module_mm: float = 0.375, height_mm: float = 12.0, text: bool = True, dpi: int = 203
) -> bytes:
    """A PNG for the screen (QtSvg draws python-barcode's SVG wrongly) whose module is a whole
    number of pixels, as it would be on a `dpi` printer: 0.25 mm is 2 px at 203 dpi, 0.375 mm 3 px."""
    from barcode import Code128 as ScreenCode128

    pixel = 25.4 / dpi
    module = max(1, round(module_mm / pixel)) * pixel
    options = {
        "module_width": module,
        "module_height": height_mm,
        "quiet_zone": QUIET_MODULES * module,
        "write_text": text,
        "font_size": 8,
        "text_distance": 3,
        "dpi": dpi,
    }
    out = io.BytesIO()
    ScreenCode128(value, writer=_whole_pixel_writer()).write(out, options)
    return out.getvalue()


def _whole_pixel_writer():
    """python-barcode's ImageWriter, rounding bar edges to the nearest pixel.

    It truncates mm → px, so a bar 2 px wide in theory comes out 1 or 3 px as float errors fall.
    """
    from barcode.writer import ImageWriter, mm2px
    from PIL import Image, ImageDraw

    class WholePixelWriter(ImageWriter):
        def _paint_module(self, xpos: float, ypos: float, width: float, color) -> None:
            left, right = round(mm2px(xpos, self.dpi)), round(mm2px(xpos + width, self.dpi))
            top, bottom = round(mm2px(ypos, self.dpi)), round(mm2px(ypos + self.module_height, self.dpi))
            self._draw.rectangle([(left, top), (right - 1, bottom)], outline=color, fill=color)

        def _init(self, code: list[str]) -> None:
            width, height = self.calculate_size(len(code[0]), 1)  # the original truncates to a px short
            size = (round(mm2px(width, self.dpi)), round(mm2px(height, self.dpi)))
            self._image = Image.new(self.mode, size, self.background)
            self._draw = ImageDraw.Draw(self._image)

    return WholePixelWriter(format="PNG")


PRODUCT_BARCODE_KINDS = {13: "ean13", 12: "upca", 8: "ean8"}


def is_valid_product_barcode(text: str) -> bool:
    """True for an EAN-13, UPC-A or EAN-8 whose check digit is right (what a product box carries)."""
    from barcode import get_barcode_class

    text = text.strip()
    kind = PRODUCT_BARCODE_KINDS.get(len(text))
    if kind is None or not text.isdigit():
        return False
    # python-barcode computes the check digit from the body; a scan or a typo must match it
    body = text[:-1]
    try:
        expected = get_barcode_class(kind)(body).get_fullcode()
    except Exception:  # python-barcode rejects the body: not a product code
        return False
    return expected == text
