"""The rules of samples short on a transfer, settled afterwards (showroom/domain/shortfalls.py), with no database:
who may settle which line, what a scan means while receiving late, which city's word wins, and the days since."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from showroom.domain.model import MovementKind, SampleStatus
from showroom.domain.shortfalls import (
    AT_SENDER,
    SENDER_SETTLES,
    Settlement,
    days_since,
    late_scan,
    may_arrive_late,
    overrides,
    settle_refusal,
)
from showroom.domain.transfers import ScanAnswer

SHANGHAI = ZoneInfo("Asia/Shanghai")
PARTLY, RECEIVED, SENT = "partly_received", "received", "sent"


def test_the_sender_settles_a_short_line_of_a_transfer_received_short_once():
    assert settle_refusal("short", PARTLY, "", "in_transit") is None
    assert settle_refusal("short", PARTLY, "declared_lost", "lost") == "settled_already"
    assert settle_refusal("short", PARTLY, "arrived_late", "transferred") == "settled_already"  # the arrival wins
    for outcome, state in (("received", PARTLY), ("damaged", PARTLY), ("extra", PARTLY), ("", SENT), ("short", SENT)):
        assert settle_refusal(outcome, state, "", "in_transit") == "not_short"
    assert settle_refusal("short", PARTLY, "", "in_stock") is None  # called back here, received there meanwhile
    for status in ("on_loan", "lost", "transferred"):
        assert settle_refusal("short", PARTLY, "", status) == "not_short"


def test_found_is_in_stock_again_and_lost_is_lost_each_with_its_own_movement():
    assert set(SENDER_SETTLES) == {Settlement.FOUND_AT_SENDER, Settlement.DECLARED_LOST}
    assert AT_SENDER[Settlement.FOUND_AT_SENDER] == (SampleStatus.IN_STOCK, MovementKind.SHORT_FOUND)
    assert AT_SENDER[Settlement.DECLARED_LOST] == (SampleStatus.LOST, MovementKind.SHORT_LOST)


@pytest.mark.parametrize(
    ("settled", "may"), [("", True), ("declared_lost", True), ("found_at_sender", True), ("arrived_late", False)]
)
def test_a_short_sample_may_arrive_late_whatever_the_sender_said_but_once(settled, may):
    assert may_arrive_late("short", PARTLY, settled) is may


def test_only_a_short_line_of_a_transfer_received_short_may_arrive_late():
    assert not may_arrive_late("received", PARTLY, "")
    assert not may_arrive_late("short", SENT, "")
    assert not may_arrive_late("short", RECEIVED, "")


def test_a_scan_while_receiving_late():
    receivable = {"CS-000009", "CS-000010"}
    assert late_scan(receivable, set(), "CS-000009") == ScanAnswer.ON_SLIP
    assert late_scan(receivable, {"CS-000009"}, "CS-000009") == ScanAnswer.AGAIN
    assert late_scan(receivable, set(), "CS-000001") is None  # came with the transfer, or never on the slip


def test_the_arrival_wins_over_the_senders_word_and_nothing_else_replaces_what_is_held():
    assert overrides("arrived_late", "declared_lost") and overrides("arrived_late", "found_at_sender")
    assert overrides("declared_lost", "") and overrides("arrived_late", "")
    assert not overrides("declared_lost", "arrived_late") and not overrides("found_at_sender", "arrived_late")
    assert not overrides("arrived_late", "arrived_late") and not overrides("declared_lost", "found_at_sender")


def test_days_since_count_local_days():
    received = datetime(2026, 12, 6, 15, 30, tzinfo=timezone.utc)  # 23:30 in Changsha
    assert days_since(received, datetime(2026, 12, 6, 16, 30, tzinfo=timezone.utc), SHANGHAI) == 1  # past midnight
    assert days_since(received, datetime(2026, 12, 6, 15, 45, tzinfo=timezone.utc), SHANGHAI) == 0
    assert days_since(received, datetime(2026, 12, 16, 1, 0, tzinfo=timezone.utc), SHANGHAI) == 10
    assert days_since(received, datetime(2026, 12, 1, tzinfo=timezone.utc), SHANGHAI) == 0  # a clock behind
