"""The call list groups by person: one entry per streamer (samples, value, deposit held once), then the samples."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from kernel.exports import Fen
from printing.overdue_list import build_overdue_list, call_list_table
from showroom.services.overdue_views import LastReminder, OverdueLine, group_by_streamer
from tests.printing.paper_tools import text

AS_OF = datetime(2026, 12, 10, 2, tzinfo=UTC)
TZ = "Asia/Shanghai"


def line(**changes) -> OverdueLine:
    base = OverdueLine(
        tier="overdue",
        streamer_id="s-xiaomei",
        streamer_name="小美",
        phone="13800138000",
        streamer_status="active",
        sample_code="CS-000317",
        product_name="每日坚果 混合果仁",
        merchant_name="良品铺子",
        loan_number="CS-L261120001",
        out_at=AS_OF - timedelta(days=20),
        due_at=AS_OF - timedelta(days=17),
        days_late=17,
        value_fen=8000,
        deposit_held_fen=30000,
    )
    return dataclasses.replace(base, **changes)


def board() -> list[OverdueLine]:
    """小美: two samples on one loan (¥300 held) and one on another (¥100 held); 阿杰: one due soon."""
    reminded = LastReminder(AS_OF - timedelta(days=1), "phone", "promised", "小张")
    return [
        line(last_reminder=reminded),
        line(sample_code="CS-000318", product_name="手撕面包", value_fen=3990, last_reminder=reminded),
        line(
            tier="due_soon",
            streamer_id="s-ajie",
            streamer_name="阿杰",
            phone="13900139000",
            sample_code="CS-000400",
            loan_number="CS-L261208002",
            due_at=AS_OF + timedelta(days=1),
            days_late=0,
            value_fen=16900,
            deposit_held_fen=5000,
        ),
        line(
            tier="late",
            sample_code="CS-000342",
            product_name="补水面膜",
            loan_number="CS-L261203004",
            due_at=AS_OF - timedelta(days=3),
            days_late=3,
            value_fen=16900,
            deposit_held_fen=10000,
            last_reminder=reminded,
        ),
    ]


def test_people_hold_their_samples_worst_first_and_count_each_deposit_once():
    xiaomei, ajie = group_by_streamer(board())
    assert (xiaomei.streamer_name, ajie.streamer_name) == ("小美", "阿杰")
    assert [line.sample_code for line in xiaomei.lines] == ["CS-000317", "CS-000318", "CS-000342"]
    assert (xiaomei.tier, xiaomei.days_late, xiaomei.value_fen) == ("overdue", 17, 8000 + 3990 + 16900)
    assert xiaomei.deposit_held_fen == 30000 + 10000  # not 30000 twice
    assert xiaomei.loan_numbers == ("CS-L261120001", "CS-L261203004")


def test_a_person_is_listed_once_under_their_worst_tier_on_paper():
    words = " ".join(text(build_overdue_list(board(), "长沙直播样品间", AS_OF, TZ)).split())
    assert words.count("小美") == 1 and words.count("阿杰") == 1
    assert "138****8000" in words and "13800138000" not in words  # paper masks phones
    assert "Overdue 7 days or more: 1 streamer(s), 3 sample(s)" in words
    assert "Due within 2 days: 1 streamer(s), 1 sample(s)" in words
    assert "1–6 days" not in words  # 小美's late sample stays with her
    assert "¥288.90" in words and "¥400.00" in words  # her value, her deposit held once
    for code in ("CS-000317", "CS-000318", "CS-000342", "CS-000400"):
        assert code in words


def test_the_exported_table_has_a_row_per_person_then_their_samples():
    headers, rows = call_list_table(board(), TZ)
    assert headers[:5] == ["Tier", "Streamer", "Phone", "Samples", "Sample"]
    assert [row[1] for row in rows] == ["小美", "", "", "", "阿杰", ""]
    person = rows[0]
    assert person[2] == "13800138000" and person[3] == 3  # full phone: it is for calling
    assert person[11] == Fen(28890) and person[12] == Fen(40000)
    assert [row[4] for row in rows[1:4]] == ["CS-000317", "CS-000318", "CS-000342"]
    assert all(row[12] == "" for row in rows[1:4])  # the deposit is the person's


def test_an_empty_list_says_so():
    assert "Nothing is late or due soon." in text(build_overdue_list([], "长沙直播样品间", AS_OF, TZ))
