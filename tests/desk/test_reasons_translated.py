"""Reasons the app writes are stored as a key and parameters and worded when shown, in the reader's
language; a person's words, and older rows' sentences, show as they were stored."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from present import i18n
from present.refusal_details import describe_blocks
from showroom.domain.errors import Block
from showroom.services import checkout, streamers
from showroom.services.overdue import enforce_suspensions
from tests.conftest import T0
from tests.desk.scenario import utc
from tests.integration.helpers import events, rows
from ui.widgets.streamer_panel import StreamerPanelView

EIGHT_DAYS_LATE = utc(25, 16) + timedelta(days=7)  # silver suspends after 7 days late


@pytest.fixture
def suspended(counter):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=T0)
    assert enforce_suspensions(counter.uow(), EIGHT_DAYS_LATE) == ["小美"]
    return counter


def test_the_automatic_suspension_stores_a_key_and_parameters_not_a_sentence(suspended):
    db = suspended.store.db_path
    [(text, key, params)] = rows(
        db,
        "SELECT status_reason, status_reason_key, status_reason_params FROM streamer WHERE id = ?",
        suspended.streamer_id,
    )
    assert (text, key, params) == ("", "auto_suspend_overdue", '{"code": "CS-000001", "days": 8}')
    [(_, _, change)] = events(db, "streamer.status_changed@1")
    # HQ reads this event: every field it had is still there, the key and its parameters are added
    assert (change["from"], change["to"], change["automatic"], change["sample_code"], change["days_late"]) == (
        "active",
        "suspended",
        True,
        "CS-000001",
        8,
    )
    assert change["reason"] == "automatic: sample CS-000001 8 days late"
    assert (change["reason_key"], change["reason_params"]) == ("auto_suspend_overdue", {"code": "CS-000001", "days": 8})


def panel_status(qtbot, counter, language: str) -> tuple[str, str]:
    i18n.install(language)
    try:
        view = StreamerPanelView()
        qtbot.addWidget(view)
        panel = streamers.streamer_panel(counter.uow(), counter.streamer_id, now=EIGHT_DAYS_LATE)
        view.show_panel(panel, ZoneInfo("Asia/Shanghai"))
        return view.status.text(), describe_blocks(panel.blocks)
    finally:
        i18n.install("en")


def test_the_counter_words_it_in_its_own_language(qtbot, suspended):
    status, blocks = panel_status(qtbot, suspended, "en")
    assert status == "Suspended: automatic: sample CS-000001 is 8 day(s) late"
    assert "suspended: automatic: sample CS-000001 is 8 day(s) late" in blocks
    status, blocks = panel_status(qtbot, suspended, "zh_CN")
    assert status == "已暂停：系统自动：样品 CS-000001 逾期 8 天"
    assert "已暂停：系统自动：样品 CS-000001 逾期 8 天" in blocks and "automatic" not in status + blocks


def test_an_older_rows_sentence_and_a_persons_words_show_as_stored(qtbot, suspended):
    old = "自动暂停：样品 CS-000001 逾期 8 天 (automatic: sample CS-000001 8 days late)"
    with suspended.store.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE streamer SET status_reason = ?, status_reason_key = '', status_reason_params = '' WHERE id = ?",
            (old, suspended.streamer_id),
        )
    assert panel_status(qtbot, suspended, "en")[0] == f"Suspended: {old}"
    streamers.unblock_streamer(suspended.uow(), suspended.manager, suspended.streamer_id, "paid up")
    streamers.block_streamer(suspended.uow(), suspended.manager, suspended.streamer_id, "逾期未还")
    assert panel_status(qtbot, suspended, "zh_CN")[0] == "已暂停：逾期未还"
    assert rows(
        suspended.store.db_path, "SELECT status_reason_key FROM streamer WHERE id = ?", suspended.streamer_id
    ) == [("",)]


def test_a_block_without_a_key_reads_its_reason():
    assert describe_blocks([Block("blacklisted", False, reason="stole samples")]) == "blacklisted: stole samples"
