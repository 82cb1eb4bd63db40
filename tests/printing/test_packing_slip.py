"""The packing slip of a parcel, 100 × 150 mm thermal and A4: the loan number reads as Code 128 at the printer's
resolution, every sample is listed with its code, the due date and the return address and instructions are on
it, the CJK font is embedded, and a long parcel runs over pages."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from printing.documents import PackedLine, PackingSlipData
from printing.packing_slip import build_packing_slip
from tests.printing.paper_tools import MM, decoded, fonts, page_sizes, text

TZ = ZoneInfo("Asia/Shanghai")


def slip(samples: int = 3) -> PackingSlipData:
    return PackingSlipData(
        showroom_name="长沙样品间",
        loan_number="CS-L261120001",
        streamer_name="小美",
        phone_masked="138****8000",
        recipient="小美",
        destination="广东省广州市天河区体育西路 100 号 1801 室",
        courier_label="顺丰速运",
        waybill="SF1428574306421",
        shipped_at=datetime(2026, 11, 20, 11, 0, tzinfo=TZ),
        due_at=datetime(2026, 12, 3, 23, 59, 59, tzinfo=TZ),
        post_days=7,
        return_transit_days=3,
        deposit_fen=12000,
        deposit_label="微信 transfer 4200…0001",
        return_address="湖南省长沙市岳麓区样品间 1 楼 前台 0731-8888 8888",
        return_instructions="",
        lines=tuple(PackedLine(f"CS-{n:06d}", "每日坚果 30包", "良品铺子", 8000) for n in range(1, samples + 1)),
    )


@pytest.mark.parametrize(("size", "points"), [("thermal-100x150", (100 * MM, 150 * MM)), ("a4", (595.3, 841.9))])
def test_the_slip_lists_the_samples_and_reads_as_a_loan_number(size, points):
    pdf = build_packing_slip(slip(), size)
    [(width, height)] = page_sizes(pdf)
    assert (round(width), round(height)) == (round(points[0]), round(points[1]))
    assert "CS-L261120001" in decoded(pdf)
    words = text(pdf)
    for expected in ("CS-000001", "CS-000003", "SF1428574306421", "2026-12-03", "长沙市岳麓区", "138****8000"):
        assert expected in words
    assert "13800138000" not in words
    assert all(row[3] == "yes" for row in fonts(pdf))  # every font embedded


def test_a_long_parcel_runs_over_pages_of_the_label_roll():
    pdf = build_packing_slip(slip(30), "thermal-100x150")
    assert len(page_sizes(pdf)) > 1
    assert "CS-000030" in text(pdf)
