"""The return receipt of other showrooms' loans taken back here (return anywhere): each sample with its loan and
lender, the lender named as the one refunding the deposit, and no streamer (this counter knows none)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from present.papers import elsewhere_receipt_pdf
from showroom.services.views import CheckinResult, ReturnedElsewhere
from tests.printing.paper_tools import text

UTC = timezone.utc


@pytest.mark.parametrize("width_mm", [80, 58])
def test_a_return_of_a_changsha_loan_at_jinan_names_the_lender_for_the_deposit(width_mm):
    result = CheckinResult(
        datetime(2026, 12, 6, 8, 0, tzinfo=UTC),
        [],
        [
            ReturnedElsewhere("CS-000001", "长沙特产", "CS-L261201001", "长沙直播样品间", "damaged", False),
            ReturnedElsewhere("XM-000001", "", "", "XM", "good", True),
        ],
    )
    words = text(elsewhere_receipt_pdf(result, "济南直播样品间", "小王", {"print.receipt.width_mm": width_mm}, UTC))
    for expected in ("CS-000001", "CS-L261201001", "XM-000001", "济南直播样品间", "小王"):
        assert expected in words
    flat = words.replace("\n", "")  # a long line wraps on the 58 mm roll
    assert "refunded" in flat and flat.count("长沙直播样品间") == 2  # its line, and who refunds the deposit
    assert "received for showroom XM" in flat
    assert "Streamer" not in words and "Still out" not in words  # nobody known here, nor what they hold
