"""Samples short on transfers, on the overdue screen (F6) under the call list: two sent to Jinan and two sent from
Jinan, each found short at the receipt, listed with what to do; a settlement elsewhere takes its row away; nothing
short, no panel; its button opens the transfers screen (F10), where they are settled."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from showroom.services import transfers
from showroom.services.transfer_shortfalls import settle_short
from showroom.sync.transfers_pull import apply_transfers
from tests.conftest import T0
from tests.integration.event_walk import incoming_transfer
from tests.integration.shortfall_walk import pull_receipt
from tests.ui.conftest import wait_idle
from tests.ui.test_main_window import make_window
from tests.ui.test_transfers_screen import known_jinan  # noqa: F401 - a fixture
from ui.screens.overdue import OverdueScreen


@pytest.fixture
def short_both_ways(counter, known_jinan):  # noqa: F811 - the fixture imported above
    """Sent to Jinan: the first of three arrived, two short. Sent from Jinan: JN-000001 arrived, two short."""
    sent = transfers.send_transfer(counter.uow(), counter.manager, "JN", counter.codes[:3], now=T0)
    pull_receipt(counter.uow, "CS", sent.summary.number, counter.codes[:1], T0 + timedelta(hours=1))
    incoming = incoming_transfer(None, T0)
    with counter.uow() as uow:
        apply_transfers(uow, "CS", [incoming])
        uow.commit()
    transfers.receive_transfer(counter.uow(), counter.clerk, incoming["id"], ["JN-000001"], now=T0 + timedelta(hours=2))
    return sent.summary


def open_overdue(qtbot, ui_ctx, actor) -> OverdueScreen:
    ui_ctx.actor = actor
    screen = OverdueScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    return screen


def test_no_panel_while_nothing_is_short(qtbot, ui_ctx, counter):
    screen = open_overdue(qtbot, ui_ctx, counter.manager)
    assert screen.shortfalls.isHidden() and screen.shortfalls.model.rowCount() == 0


def test_samples_short_on_transfers_are_listed_with_what_to_do(qtbot, ui_ctx, counter, short_both_ways):
    screen = open_overdue(qtbot, ui_ctx, counter.clerk)
    panel, model = screen.shortfalls, screen.shortfalls.model
    assert not panel.isHidden() and "(4)" in panel.title.text() and "F10" in panel.title.text()
    shown = [[model.display(row, column) for column in range(6)] for row in model.rows()]
    assert all(line.pop(4).isdigit() for line in shown)  # whole days since the receipt
    sent, number = counter.codes[1:3], short_both_ways.number
    out, incoming = "Found here, or declare it lost", "Scan the slip, then the sample, if it turns up"
    assert sorted(shown) == sorted(
        [[number, code, "每日坚果 30包", "to 济南样品间", out] for code in sent]
        + [["JN-T261206001", code, "济南特产", "from 济南样品间", incoming] for code in ("JN-000002", "JN-000003")]
    )

    # a manager settles one elsewhere (the transfers screen does it this way): the overdue screen hears of it
    ui_ctx.call(settle_short, counter.manager, short_both_ways.id, [sent[0]], "found_at_sender")
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)
    assert sent[0] not in [row.code for row in model.rows()] and "(3)" in panel.title.text()


def test_the_button_opens_the_transfers_screen(qtbot, ui_ctx, counter, short_both_ways, tmp_path):
    window = make_window(qtbot, ui_ctx, tmp_path)
    overdue = next(i for i, s in enumerate(window.screens) if isinstance(s, OverdueScreen))
    window.show_screen(overdue)
    wait_idle(qtbot, ui_ctx)
    panel = window.screens[overdue].shortfalls
    assert panel.isVisible() and panel.open_button.isEnabled()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert window.stack.currentWidget().objectName() == "transfers_screen"
