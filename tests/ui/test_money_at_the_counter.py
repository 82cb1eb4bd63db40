"""Money at the counter, on the real widgets: the deposit's stated rule, the tier's rounding setting, and
paying a streamer what is owed to them while they stand at the counter."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from showroom.services import catalog, checkout, streamers
from showroom.services.records import list_policies
from showroom.services.returns import declare_lost
from showroom.services.tier_policies import save_tier_policies
from tests.conftest import T0
from tests.integration.helpers import deposit_entries, events
from tests.ui.conftest import wait_idle
from ui.dialogs.pay_owed_dialog import PayOwedDialog, connect_payouts
from ui.dialogs.settings_dialog import SettingsDialog
from ui.preferences import Preferences
from ui.widgets.checkout_terms import CheckoutTerms
from ui.widgets.streamer_panel import StreamerPanelView


def test_the_terms_state_how_the_deposit_is_reached(qtbot, ui_ctx, counter):
    silver = next(p for p in list_policies(counter.uow()) if p.tier == "silver")
    save_tier_policies(
        counter.uow(), counter.manager, [dataclasses.replace(silver, deposit_percent=30, deposit_rounding="yuan")]
    )
    merchant = catalog.list_merchants(counter.uow())[0]
    product = catalog.create_product(
        counter.uow(),
        counter.clerk,
        merchant.id,
        "蓝牙耳机",
        retail_price_fen=39900,
        live_price_fen=29900,
        commission_bp=1500,
        sample_value_fen=29985,
    )
    codes = catalog.receive_samples(counter.uow(), counter.clerk, product.id, 2).codes
    terms = CheckoutTerms(ui_ctx)
    qtbot.addWidget(terms)
    terms.show()
    with qtbot.waitSignal(terms.quote_changed, timeout=5000):
        terms.ask(counter.streamer_id, codes)
    assert terms.deposit.text() == "¥180.00"
    assert terms.deposit_working.isVisible()
    assert terms.deposit_working.text() == "30% × ¥599.70 = ¥179.91 → ¥180.00 (rounded up to the whole yuan)"
    with qtbot.waitSignal(terms.quote_changed, timeout=5000):
        terms.ask(None, [])
    assert terms.deposit_working.isHidden()


def test_a_manager_sets_a_tiers_rounding_in_settings(qtbot, ui_ctx, counter, tmp_path):
    ui_ctx.actor = counter.manager
    dialog = SettingsDialog(ui_ctx, Preferences(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ui_ctx)
    tiers = dialog.tier_page
    rounding = tiers.editor_for("silver", "deposit_rounding")
    assert rounding.currentData() == "yuan" and rounding.isEnabled()
    assert [rounding.itemText(i) for i in range(rounding.count())] == [
        "To the fen",
        "Up to the whole yuan",
        "Up to ¥10",
    ]
    assert not tiers.editor_for("diamond", "deposit_rounding").isEnabled()  # diamond lends without deposit
    rounding.setCurrentIndex(rounding.findData("ten_yuan"))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    assert {p.tier: p.deposit_rounding for p in list_policies(counter.uow())}["silver"] == "ten_yuan"
    [(_, _, change)] = events(counter.store.db_path, "tier_policy.changed@1")
    assert change["after"]["deposit_rounding"] == "ten_yuan"
    wait_idle(qtbot, ui_ctx)


def owed_panel(qtbot, ui_ctx, counter) -> tuple[QWidget, StreamerPanelView]:
    host = QWidget()
    qtbot.addWidget(host)
    panel = StreamerPanelView(host)
    connect_payouts(ui_ctx, panel, host)
    host.show()
    panel.show_panel(streamers.streamer_panel(counter.uow(), counter.streamer_id), ui_ctx.tz)
    return host, panel


def test_nothing_owed_shows_no_payout(qtbot, ui_ctx, counter):
    _host, panel = owed_panel(qtbot, ui_ctx, counter)
    assert panel.pay_owed.isHidden() and panel.owed.isHidden()


def test_the_panel_offers_what_is_owed_and_a_clerk_pays_it(qtbot, ui_ctx, counter):
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=T0)
    declare_lost(counter.uow(), counter.manager, counter.codes[0], "charge", "gone", now=T0 + timedelta(days=9))
    host, panel = owed_panel(qtbot, ui_ctx, counter)
    assert panel.owed.isVisible() and panel.owed.text() == "¥40.00"
    assert panel.pay_owed.text() == "Pay ¥40.00 now…"
    with qtbot.waitSignal(panel.pay_owed_requested) as asked:
        qtbot.mouseClick(panel.pay_owed, Qt.MouseButton.LeftButton)
    assert asked.args == [counter.streamer_id, 4000]
    dialog = host.findChild(PayOwedDialog)
    assert dialog is not None and dialog.isVisible() and dialog.save_button.text() == "Pay ¥40.00"
    dialog.method.setCurrentIndex(dialog.method.findData("wechat"))
    announced = []
    ui_ctx.bus.changed.connect(announced.append)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    assert deposit_entries(counter.store.db_path, loan.loan_id)[-1] == ("pay_out", 4000, "wechat")
    assert any("streamers" in topics for topics in announced)  # the runner announced the payment
    panel.show_panel(streamers.streamer_panel(counter.uow(), counter.streamer_id), ui_ctx.tz)
    assert panel.pay_owed.isHidden()
    wait_idle(qtbot, ui_ctx)
