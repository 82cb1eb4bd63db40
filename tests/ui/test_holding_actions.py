"""Managers extend a due date or declare a sample lost from the streamer's holdings; clerks cannot."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate

from present.formatting import local_today
from showroom.services import checkout, samples, streamers
from tests.conftest import T0
from tests.ui.conftest import wait_idle
from ui.screens.streamers import StreamersScreen


def screen_on_xiaomei(qtbot, ui_ctx, counter, actor):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=T0)
    ui_ctx.actor = actor
    screen = StreamersScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    screen.table.select_where(lambda s: s.id == counter.streamer_id)
    wait_idle(qtbot, ui_ctx)
    screen.holdings_table.selectRow(0)
    return screen


def test_clerk_sees_the_manager_actions_disabled(qtbot, ui_ctx, counter):
    screen = screen_on_xiaomei(qtbot, ui_ctx, counter, counter.clerk)
    assert not screen.holding_actions.extend_button.isEnabled()
    assert screen.holding_actions.extend_due() is None


def test_manager_extends_the_due_date_with_a_reason(qtbot, ui_ctx, counter):
    screen = screen_on_xiaomei(qtbot, ui_ctx, counter, counter.manager)
    assert screen.holding_actions.extend_button.isEnabled()
    dialog = screen.holding_actions.extend_due()
    new_day = local_today(ui_ctx.tz) + timedelta(days=3)
    dialog.date_edit.setDate(QDate(new_day))
    dialog.accept()  # no reason: refused inline, nothing changes
    wait_idle(qtbot, ui_ctx)
    assert dialog.error_text() and dialog.isVisible()
    dialog.reason_edit.setText("直播改到周六")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    panel = streamers.streamer_panel(counter.uow(), counter.streamer_id)
    assert {h.due_at.astimezone(ui_ctx.tz).date() for h in panel.holdings} == {new_day}
    assert "due" in screen.message.text()


def test_manager_declares_a_sample_lost_and_the_deposit_is_kept(qtbot, ui_ctx, counter):
    screen = screen_on_xiaomei(qtbot, ui_ctx, counter, counter.manager)
    code = screen.holdings_table.selected_row().sample_code
    dialog = screen.holding_actions.declare_lost()
    dialog.note_edit.setText("主播称快递途中丢失")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert samples.sample_detail(counter.uow(), code).row.status == "lost"
    panel = streamers.streamer_panel(counter.uow(), counter.streamer_id)
    assert len(panel.holdings) == 1
    assert panel.deposit_held_fen == 0  # silver: 50 % of 2 × ¥80 held, all of it kept for the ¥80 sample


def test_manager_changes_the_tier_with_a_reason(qtbot, ui_ctx, counter):
    screen = screen_on_xiaomei(qtbot, ui_ctx, counter, counter.manager)
    screen.ask_tier = lambda streamer, tiers: "gold" if "gold" in tiers else None
    screen.ask_reason = lambda title, prompt: "连续三个月按时归还"
    assert screen.tier_button.isEnabled()
    screen.change_tier()
    wait_idle(qtbot, ui_ctx)
    assert streamers.streamer_panel(counter.uow(), counter.streamer_id).streamer.tier == "gold"
    qtbot.waitUntil(lambda: "金牌" in screen.message.text() or "Gold" in screen.message.text())
