"""Code 128 snapped to printer dots, the on-screen PNG, and product barcode checks."""

from __future__ import annotations

import io
import itertools

import pytest
from PIL import Image
from reportlab.lib.units import mm

from printing.barcodes import (
    QUIET_MODULES,
    BarcodeDoesNotFit,
    code128_modules,
    code128_png,
    fit_code128,
    is_valid_product_barcode,
    snap,
)
from printing.labels import LAYOUTS
from tests.printing.paper_tools import decode

CODES = ("CS-000317", "CS-M00001", "CS-20261127-0042")


def test_module_is_a_whole_number_of_dots():
    for dpi in (203, 300, 600):
        fit = fit_code128("CS-000317", 60 * mm, dpi)
        assert fit.module * dpi / 72 == pytest.approx(fit.dots)


def test_the_preferred_quarter_millimetre_is_two_dots_at_203_and_three_at_300():
    assert fit_code128("CS-000317", 40 * mm, 203, largest_mm=0.25).dots == 2
    assert fit_code128("CS-000317", 40 * mm, 300, largest_mm=0.26).dots == 3


def test_fit_takes_the_widest_module_that_fits_with_quiet_zones():
    modules = code128_modules("CS-20261127-0042")
    fit = fit_code128("CS-20261127-0042", 72 * mm, 203)
    assert fit.dots == 2 and fit.width <= 72 * mm
    assert (modules + 2 * QUIET_MODULES) * 3 * 72 / 203 > 72 * mm  # three dots would not fit


def test_too_narrow_a_space_is_refused_clearly():
    with pytest.raises(BarcodeDoesNotFit, match="CS-20261127-0042"):
        fit_code128("CS-20261127-0042", 20 * mm, 203)
    with pytest.raises(BarcodeDoesNotFit):
        fit_code128("CS-20261127-0042", 48 * mm, 203, smallest_dots=2)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_sample_and_member_codes_get_two_dot_bars_on_every_label(layout):
    grid = LAYOUTS[layout]
    room = (grid.label_width - 2 * grid.padding) * mm
    for code in ("CS-000317", "CS-999999", "CS-M00001"):
        assert fit_code128(code, room, 203).dots >= 2


def test_snap_lands_on_dot_boundaries():
    assert snap(10.0, 203) * 203 / 72 == pytest.approx(round(10.0 * 203 / 72))


def test_screen_png_decodes():
    for code in CODES:
        image = Image.open(io.BytesIO(code128_png(code))).convert("L")
        assert decode(image) == [code]


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("6901234567892", True),  # EAN-13 (China prefix)
        ("4006381333931", True),
        ("036000291452", True),  # UPC-A
        ("96385074", True),  # EAN-8
        (" 6901234567892 ", True),  # a scanner's trailing whitespace
        ("6901234567891", False),  # wrong check digit
        ("690123456789", False),  # 12 digits but not a UPC-A check digit
        ("CS-000317", False),
        ("", False),
        ("69012345678921", False),
    ],
)
def test_product_barcodes_are_checked_by_their_check_digit(text, valid):
    assert is_valid_product_barcode(text) is valid


def test_screen_png_bars_are_whole_pixels():
    modules = code128_modules("CS-000317") + 2 * QUIET_MODULES
    assert Image.open(io.BytesIO(code128_png("CS-000317"))).width == modules * 3
    # the call the samples screen makes: 0.25 mm is two pixels at 203 dpi
    image = Image.open(io.BytesIO(code128_png("CS-000317", module_mm=0.25, height_mm=8))).convert("L")
    assert image.width == modules * 2
    row = [image.getpixel((x, 10)) < 128 for x in range(image.width)]
    runs = {len(list(run)) for _, run in itertools.groupby(row)}
    assert all(run % 2 == 0 for run in runs), f"bars not whole modules: {sorted(runs)}"
