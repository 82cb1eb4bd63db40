"""The intake slip: every consigned sample listed, the header on every page, signatures at the end."""

from __future__ import annotations

import pytest

from printing.slips import build_intake_slip
from printing.specimens import intake_slip
from tests.printing.paper_tools import MM, page_sizes, text


def test_a_long_list_runs_over_pages_with_the_header_repeated():
    data = intake_slip(70)
    pdf = build_intake_slip(data)
    sizes = page_sizes(pdf)
    assert len(sizes) >= 2
    assert all((w / MM, h / MM) == pytest.approx((210, 297), abs=0.05) for w, h in sizes)
    for page in range(1, len(sizes) + 1):
        assert "Sample code" in text(pdf, page)
    assert "Merchant signature" in text(pdf, len(sizes))
    words = text(pdf)
    assert all(line.code in words for line in data.lines)


def test_slip_names_merchant_clerk_and_the_count():
    words = text(build_intake_slip(intake_slip(3)))
    for expected in ("良品铺子旗舰店", "王芳", "3 items", "2026-11-27 14:32", "A-01-1", "每日坚果"):
        assert expected in words


def test_markup_characters_in_names_are_printed_as_written():
    data = intake_slip(1)
    data = type(data)(**{**data.__dict__, "lines": (type(data.lines[0])("CS-000001", "A&B <礼盒>", "A-1"),)})
    assert "A&B <礼盒>" in text(build_intake_slip(data))
