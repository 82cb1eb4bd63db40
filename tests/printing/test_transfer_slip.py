"""The transfer slip: its number reads back from the Code 128 barcode as a scanner would (rendered at 203 dpi
in black and white), the font is embedded, Chinese product names and every line print, a mobile typed into a
note is masked, and a received transfer shows what became of each sample."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

from printing.transfer_slip import build_transfer_slip
from showroom.services.transfer_views import TransferFigures, TransferLineView, TransferSummary, TransferView
from tests.printing.paper_tools import decoded, fonts, page_sizes, text

SENT = datetime(2026, 12, 6, 2, 30, tzinfo=timezone.utc)


def slip(received: bool = False, n: int = 10) -> TransferView:
    outcomes = ["received"] * (n - 3) + ["damaged", "short", "short"] if received else [""] * n
    lines = [
        TransferLineView(
            f"CS-{i + 1:06d}", f"长沙臭豆腐礼盒 {i + 1}", outcomes[i], "外盒压坏" if outcomes[i] == "damaged" else ""
        )
        for i in range(n)
    ]
    if received:
        lines.append(TransferLineView("CS-000999", "", "extra", ""))
    summary = TransferSummary(
        id="t1",
        number="CS-T261206001",
        direction="out",
        from_code="CS",
        from_name="长沙直播样品间",
        to_code="JN",
        to_name="济南直播样品间",
        state="partly_received" if received else "sent",
        sent_at=SENT,
        sent_by="李经理",
        received_at=SENT.replace(day=8) if received else None,
        received_by="王店员" if received else "",
        note="春季新品，联系 13800138000",
        reason="",
        figures=TransferFigures(n, n - 2, 2, 1, 1) if received else TransferFigures(n, 0, 0, 0, 0),
    )
    return TransferView(summary, tuple(lines))


def test_the_slip_carries_its_number_as_a_barcode_that_reads_back():
    pdf = build_transfer_slip(slip(), "Asia/Shanghai")
    assert "CS-T261206001" in decoded(pdf, 203)
    assert page_sizes(pdf) == [(595.276, 841.89)]
    assert all(row[3] == "yes" for row in fonts(pdf) if len(row) > 3)  # every font embedded
    words = text(pdf)
    assert "长沙臭豆腐礼盒 10" in words and "济南直播样品间" in words and "CS-000010" in words
    assert "13800138000" not in words and "138****8000" in words
    assert "10:30" in words  # local time (UTC+8)


def test_a_received_slip_says_what_became_of_each_sample():
    words = text(build_transfer_slip(slip(received=True), "Asia/Shanghai"))
    assert "Short" in words and "Damaged: 外盒压坏" in words and "Extra (not on the slip)" in words
    assert "王店员" in words


def test_a_long_slip_runs_over_pages():
    view = slip(n=200)
    pdf = build_transfer_slip(dataclasses.replace(view), "Asia/Shanghai")
    assert len(page_sizes(pdf)) >= 4 and "CS-000200" in text(pdf)
