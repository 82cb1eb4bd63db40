"""Labels: exact page sizes, every barcode decodes as printed, long names never overflow."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from printing.documents import LabelData
from printing.labels import LAYOUTS, build_labels
from printing.specimens import labels as specimen_labels
from printing.text import width_of, wrap
from tests.printing.paper_tools import MM, decode, page_sizes, render, text

LONG_NAME = ("每日坚果混合果仁礼盒装坚果零食大礼包" * 4)[:60]
LONG = LabelData("CS-000999", LONG_NAME, "良品铺子旗舰店长沙五一广场店直营专柜", "A-03-2")


def _cells(image, layout, page_count):
    """Crops one label's pixels out of a rendered page, for each label on it."""
    grid = LAYOUTS[layout]
    scale = image.width / grid.page_size[0]
    for index in range(page_count):
        x, y = grid.cell(index)
        top = grid.page_size[1] - y - grid.label_height * mm  # from the top edge, as images count
        box = (x, top, x + grid.label_width * mm, top + grid.label_height * mm)
        yield image.crop(tuple(round(v * scale) for v in box))


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("dpi", [203, 300])
def test_every_label_decodes_when_rendered(layout, dpi):
    labels = specimen_labels() + [LONG]
    pdf = build_labels(labels, layout, dpi=dpi)
    found = []
    grid = LAYOUTS[layout]
    rows = -(-len(labels) // grid.columns)  # only the rows in use: a whole A4 page is slow to render
    pages = render(pdf, dpi, top_mm=None if grid.per_page == 1 else grid.top + rows * grid.label_height + 1)
    per_page = grid.per_page
    for number, page in enumerate(pages):
        on_page = min(per_page, len(labels) - number * per_page)
        found += [codes for cell in _cells(page, layout, on_page) for codes in decode(cell)]
    assert found == [label.code for label in labels]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_page_size_is_the_label_on_rolls_and_a4_on_sheets(layout):
    grid = LAYOUTS[layout]
    sizes = page_sizes(build_labels(specimen_labels(), layout))
    expected = (grid.label_width, grid.label_height) if grid.per_page == 1 else (210, 297)
    for width, height in sizes:
        assert (width / MM, height / MM) == pytest.approx(expected, abs=0.05)
    assert len(sizes) == (4 if grid.per_page == 1 else 1)


def test_sheets_run_over_to_a_second_page():
    assert len(page_sizes(build_labels([LONG] * 25, "a4-3x8"))) == 2
    assert len(page_sizes(build_labels([LONG] * 21, "a4-3x7"))) == 1


def test_a_sixty_character_name_fits_in_two_measured_lines():
    grid = LAYOUTS["thermal-40x30"]
    room = (grid.label_width - 2 * grid.padding) * mm
    lines = wrap(LONG_NAME, room, 7.0, max_lines=2)
    assert len(lines) == 2 and all(width_of(line, 7.0) <= room for line in lines)


@pytest.mark.parametrize("layout", ["thermal-40x30", "thermal-50x30", "a4-3x8"])
def test_a_sixty_character_name_leaves_the_right_margin_blank(layout):
    grid = LAYOUTS[layout]
    cell = next(_cells(render(build_labels([LONG], layout), 203, top_mm=50)[0], layout, 1))
    margin = round((grid.padding - 0.4) * 203 / 25.4)  # the padding, less a rounding allowance
    strip = cell.crop((cell.width - margin, 0, cell.width, cell.height))
    assert strip.getextrema()[0] == 255, "ink in the right margin: something overflowed"


def test_the_text_shows_name_merchant_code_and_shelf():
    words = text(build_labels([LONG], "thermal-50x30"))
    assert "CS-000999" in words and "良品铺子" in words and "A-03-2" in words
    assert "…" in words and "每日坚果" in words


def test_no_labels_still_make_a_valid_pdf():
    assert len(page_sizes(build_labels([]))) == 1


def test_an_unknown_layout_is_refused():
    with pytest.raises(KeyError):
        build_labels([LONG], "a4-9x9")
