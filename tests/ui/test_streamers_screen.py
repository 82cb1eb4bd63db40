"""Streamers: search, register through the dialog, the detail panel, and blocking by managers only."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from showroom.services import checkout, streamers
from tests.conftest import T0
from tests.ui.conftest import wait_idle
from ui.models.streamer_table_model import StreamerTableModel
from ui.screens.streamers import StreamersScreen


def make_screen(qtbot, ui_ctx):
    screen = StreamersScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    return screen


def search(qtbot, ui_ctx, screen, text):
    screen.search_field.setText(text)
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    wait_idle(qtbot, ui_ctx)  # the list, then the detail of a single match


def names(screen):
    proxy = screen.table.model()
    return [proxy.index(r, StreamerTableModel.NAME).data() for r in range(proxy.rowCount())]


def test_search_by_phone_finds_and_shows_xiaomei(qtbot, ui_ctx, counter):
    checkout.check_out(
        counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=T0 + timedelta(hours=1)
    )
    screen = make_screen(qtbot, ui_ctx)
    assert StreamersScreen.screen_title() == "Streamers"
    search(qtbot, ui_ctx, screen, "138 0013")  # part of the number, with a space
    assert names(screen) == ["小美"]
    assert screen.selected_streamer().phone == "13800138000"
    assert screen.model.index(0, StreamerTableModel.PLATFORM).data() == "Douyin"
    assert screen.model.index(0, StreamerTableModel.TIER).data() == "Silver"
    assert screen.model.index(0, StreamerTableModel.MEMBER_CODE).data() == "CS-M00001"
    assert screen.detail_title.text() == "小美"
    assert screen.detail_fields["tier"].text().startswith("Silver")
    assert screen.detail_fields["status"].text() == "Active"
    assert screen.holdings_model.rowCount() == 2
    assert screen.loans_model.rowCount() == 1
    loans = screen.loans_model
    assert loans.index(0, loans.ITEMS).data() == "2" and loans.index(0, loans.RETURNED).data() == "0"
    assert "1 loan(s)" in screen.detail_fields["record"].text()
    search(qtbot, ui_ctx, screen, "nobody")
    assert names(screen) == [] and screen.detail is None


def test_register_through_the_dialog(qtbot, ui_ctx, counter):
    screen = make_screen(qtbot, ui_ctx)
    dialog = screen.register_streamer()
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ui_ctx)  # tiers loaded from the policies
    assert dialog.tiers()[0] == "new" and "silver" in dialog.tiers()
    assert dialog.tier_combo.currentData() == "new"
    dialog.name_edit.setText("阿杰")
    dialog.phone_edit.setText("13800138000")  # taken by 小美
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData("kuaishou"))
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert "already registered to 小美" in dialog.error_text()
    dialog.phone_edit.setText("139 1234 5678")
    dialog.handle_edit.setText("@ajie")
    assert dialog.values() == {
        "name": "阿杰",
        "phone": "139 1234 5678",
        "platform": "kuaishou",
        "handle": "@ajie",
        "tier": "new",
    }
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert sorted(names(screen)) == sorted(["小美", "阿杰"])
    assert screen.selected_streamer().name == "阿杰"
    assert screen.selected_streamer().member_code == "CS-M00002"
    assert "CS-M00002" in screen.message.text()


def test_manager_blacklists_with_a_reason_then_lifts_it(qtbot, ui_ctx, counter):
    ui_ctx.actor = counter.manager
    screen = make_screen(qtbot, ui_ctx)
    search(qtbot, ui_ctx, screen, "小美")
    assert screen.suspend_button.isEnabled() and screen.blacklist_button.isEnabled()
    assert not screen.lift_button.isEnabled()
    asked = []
    screen.ask_reason = lambda title, prompt: asked.append(prompt) or "样品未归还两次"
    qtbot.mouseClick(screen.blacklist_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert "小美" in asked[0]
    assert screen.model.index(0, StreamerTableModel.STATUS).data() == "Blacklisted"
    assert screen.detail_fields["status"].text() == "Blacklisted: 样品未归还两次"
    assert screen.detail_fields["borrow"].text().startswith("No:")
    assert "Blacklisted" in screen.message.text()
    assert not screen.blacklist_button.isEnabled()
    assert not screen.lift_button.isEnabled()  # a blacklist is lifted by an administrator only

    ui_ctx.actor = counter.admin
    screen.table.clearSelection()
    search(qtbot, ui_ctx, screen, "小美")
    assert screen.lift_button.isEnabled()
    screen.ask_reason = lambda title, prompt: None  # cancelled: nothing happens
    qtbot.mouseClick(screen.lift_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    [xiaomei] = streamers.search_streamers(counter.uow(), "小美")
    assert xiaomei.status == "blacklisted"

    screen.ask_reason = lambda title, prompt: ""  # an empty reason is refused by the service
    qtbot.mouseClick(screen.lift_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert "Reason is required" in screen.message.text()

    screen.ask_reason = lambda title, prompt: "已归还"
    qtbot.mouseClick(screen.lift_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert screen.detail_fields["status"].text() == "Active"
    assert screen.suspend_button.isEnabled()


def test_clerk_cannot_use_the_block_buttons(qtbot, ui_ctx, counter):
    screen = make_screen(qtbot, ui_ctx)
    search(qtbot, ui_ctx, screen, "CS-M00001")  # a scanned member card
    assert screen.selected_streamer().name == "小美"
    for button in (screen.suspend_button, screen.blacklist_button, screen.lift_button):
        assert not button.isEnabled()
        assert button.toolTip()
    screen.ask_reason = lambda title, prompt: "x"
    screen.blacklist()  # even if called, a clerk's request is never sent
    wait_idle(qtbot, ui_ctx)
    [xiaomei] = streamers.search_streamers(counter.uow(), "小美")
    assert xiaomei.status == "active"
