"""Edges found in review: full-width scans, the last second before local midnight."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from showroom.domain.codes import CodeKind, classify, clean_scan, ean_checksum_ok
from showroom.domain.policy import days_overdue, end_of_local_day

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_full_width_scan_folds_to_the_ascii_code():
    assert clean_scan("ｃｓ－０００１２３ ") == "CS-000123"
    assert classify("ＣＳ－Ｍ０００１７") == CodeKind.MEMBER


def test_ean_check_refuses_non_ascii_digits():
    assert ean_checksum_ok("6901234567892")
    assert not ean_checksum_ok("６９０１２３４５６７８９２")


def test_late_in_the_last_second_of_the_due_day_is_one_day_late():
    due = end_of_local_day(datetime(2026, 11, 20).date(), SHANGHAI)
    assert days_overdue(due, due, SHANGHAI) == 0
    assert days_overdue(due, due + timedelta(milliseconds=500), SHANGHAI) == 1
    assert days_overdue(due, due + timedelta(seconds=2), SHANGHAI) == 1
    assert days_overdue(due.astimezone(timezone.utc), due + timedelta(days=1, seconds=2), SHANGHAI) == 2
