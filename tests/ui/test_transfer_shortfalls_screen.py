"""Samples short on a transfer, on the transfers screen, driven like the counter drives it: at the sender a manager
sees the short samples of a transfer received short in Jinan and settles each (found here; declared lost with a
reason); at the receiver a clerk scans the slip received short again, then the sample that turned up, at scanner
speed, and F12 receives it late."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from showroom.services import samples, transfers
from showroom.services.shortfall_views import list_shortfalls
from showroom.sync.transfers_pull import apply_transfers
from tests.conftest import T0
from tests.integration.event_walk import incoming_transfer
from tests.integration.shortfall_walk import pull_receipt
from tests.ui import keyboard_wedge
from tests.ui.conftest import wait_idle
from tests.ui.test_transfers_screen import known_jinan, open_screen  # noqa: F401 - known_jinan: a fixture


def status(counter, code: str) -> str:
    return samples.sample_detail(counter.uow(), code).row.status


def test_a_manager_settles_the_samples_short_on_a_transfer_sent_from_here(qtbot, ui_ctx, counter, known_jinan):
    sent = transfers.send_transfer(counter.uow(), counter.manager, "JN", counter.codes[:3])
    pull_receipt(counter.uow, "CS", sent.summary.number, counter.codes[:1], T0 + timedelta(hours=1))
    screen = open_screen(qtbot, ui_ctx, counter.manager)
    assert screen.short_view.isVisible() and screen.found_here.isVisible()
    assert [(r.code, r.direction, r.other) for r in screen.shortfalls.rows()] == [
        (counter.codes[1], "out", "济南样品间"),
        (counter.codes[2], "out", "济南样品间"),
    ]
    assert screen.shortfalls.display(screen.shortfalls.rows()[0], 3) == "to 济南样品间"

    qtbot.mouseClick(screen.found_here, Qt.MouseButton.LeftButton)
    assert "Choose a sample short" in screen.message.text()
    keyboard_wedge.scan(qtbot, counter.codes[1], "enter")  # it turned up here: scanned, it is chosen
    wait_idle(qtbot, ui_ctx)
    assert "Found here (Alt+F)" in screen.message.text() and screen.lines.rowCount() == 0
    assert screen.short_view.selected_row().code == counter.codes[1]
    qtbot.keyClick(screen.scan, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # the button's mnemonic
    qtbot.waitUntil(lambda: "found here" in screen.message.text())  # a mnemonic clicks after a short animation
    wait_idle(qtbot, ui_ctx)
    assert status(counter, counter.codes[1]) == "in_stock"
    assert [r.code for r in screen.shortfalls.rows()] == [counter.codes[2]]

    assert screen.short_view.select_where(lambda r: r.code == counter.codes[2])
    qtbot.mouseClick(screen.declare_lost, Qt.MouseButton.LeftButton)
    assert "why" in screen.message.text() and status(counter, counter.codes[2]) == "in_transit"  # a reason first
    screen.note.setText("快递丢件")
    qtbot.mouseClick(screen.declare_lost, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert "no streamer is charged" in screen.message.text() and status(counter, counter.codes[2]) == "lost"
    assert screen.shortfalls.rows() == [] and not screen.short_view.isVisible()

    [view] = screen.transfers.rows()
    screen.list_view.select_where(lambda v: v.summary.id == view.summary.id)
    screen._show_chosen()
    said = {r.code: screen.lines.display(r, 3) for r in screen.lines.rows()}
    assert said[counter.codes[1]] == "Short, found at the sender"
    assert said[counter.codes[2]] == "Short, declared lost by the sender"


def test_a_clerk_receives_late_a_short_sample_that_turned_up(qtbot, ui_ctx, counter, known_jinan):
    data = incoming_transfer(None, T0)
    codes = [x["code"] for x in data["lines"]]
    with counter.uow() as uow:
        apply_transfers(uow, "CS", [data])
        uow.commit()
    transfers.receive_transfer(counter.uow(), counter.clerk, data["id"], codes[:1])  # two short
    screen = open_screen(qtbot, ui_ctx, counter.clerk)
    assert [(r.code, r.direction) for r in screen.shortfalls.rows()] == [(codes[1], "in"), (codes[2], "in")]
    assert not screen.found_here.isVisible()  # nothing of this showroom's to settle

    keyboard_wedge.scan(qtbot, data["number"], "cr_lf")
    wait_idle(qtbot, ui_ctx)
    assert screen.late and screen.lines.codes() == codes[1:]
    assert "Receiving late" in screen.header.text() and screen.confirm.text() == "Receive late (F12)"
    for code, suffix in ((codes[0], "tab"), (codes[2], "enter"), (codes[2], "lf")):
        keyboard_wedge.scan(qtbot, code, suffix)
    wait_idle(qtbot, ui_ctx)
    assert [r.outcome for r in screen.lines.rows()] == ["short", "scanned"]
    assert "scanned already" in screen.message.text()
    screen.note.setText("外盒湿了")
    qtbot.mouseClick(screen.mark_damaged, Qt.MouseButton.LeftButton)  # the last scanned
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    wait_idle(qtbot, ui_ctx)
    assert not screen.late and screen.receiving is None
    assert "1 sample(s) of transfer JN-T261206001 received late" in screen.message.text()
    assert "1 still short" in screen.message.text()
    assert status(counter, codes[2]) == "in_stock"
    assert samples.sample_detail(counter.uow(), codes[2]).row.condition_note == "外盒湿了"
    assert [r.code for r in screen.shortfalls.rows()] == [codes[1]]


def test_a_sample_not_short_is_refused_while_receiving_late(qtbot, ui_ctx, counter, known_jinan):
    data = incoming_transfer(None, T0)
    codes = [x["code"] for x in data["lines"]]
    with counter.uow() as uow:
        apply_transfers(uow, "CS", [data])
        uow.commit()
    transfers.receive_transfer(counter.uow(), counter.clerk, data["id"], codes[:2])
    screen = open_screen(qtbot, ui_ctx, counter.clerk)
    keyboard_wedge.scan(qtbot, data["number"], "enter")
    wait_idle(qtbot, ui_ctx)
    keyboard_wedge.scan(qtbot, codes[0], "enter")  # came with the transfer
    wait_idle(qtbot, ui_ctx)
    assert "is not a sample short on transfer" in screen.message.text()
    assert [r.outcome for r in screen.lines.rows()] == ["short"]
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    wait_idle(qtbot, ui_ctx)
    assert "Scan the samples that turned up first" in screen.message.text() and screen.late


def _received_two_short(counter) -> tuple[dict, list[str]]:
    data = incoming_transfer(None, T0)
    with counter.uow() as uow:
        apply_transfers(uow, "CS", [data])
        uow.commit()
    codes = [x["code"] for x in data["lines"]]
    transfers.receive_transfer(counter.uow(), counter.clerk, data["id"], codes[:1])  # two short
    return data, codes


def test_a_short_sample_scanned_without_its_slip_opens_the_slip_late(qtbot, ui_ctx, counter, known_jinan):
    data, codes = _received_two_short(counter)
    screen = open_screen(qtbot, ui_ctx, counter.clerk)
    keyboard_wedge.scan(qtbot, codes[1].lower(), "cr_lf")  # no slip first
    wait_idle(qtbot, ui_ctx)
    assert screen.late and screen.receiving.summary.number == data["number"]
    assert [(r.code, r.outcome) for r in screen.lines.rows()] == [(codes[1], "scanned"), (codes[2], "short")]
    assert screen.message.text() == (
        f"{codes[1]} was short on transfer {data['number']} from 济南样品间: receiving it late — scan any others,"
        " then F12"
    )
    assert [r.code for r in list_shortfalls(counter.uow())] == codes[1:]  # the scan wrote nothing
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    wait_idle(qtbot, ui_ctx)
    assert "1 sample(s) of transfer JN-T261206001 received late" in screen.message.text()
    assert status(counter, codes[1]) == "in_stock" and [r.code for r in screen.shortfalls.rows()] == [codes[2]]


def test_short_samples_scanned_in_a_burst_are_all_received_late(qtbot, ui_ctx, counter, known_jinan):
    data, codes = _received_two_short(counter)
    screen = open_screen(qtbot, ui_ctx, counter.clerk)
    keyboard_wedge.scan(qtbot, codes[2], "enter")  # at scanner speed, no wait for the answers
    keyboard_wedge.scan(qtbot, codes[1], "cr_lf")
    keyboard_wedge.scan(qtbot, codes[2], "enter")
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)  # waits for the scans before it
    wait_idle(qtbot, ui_ctx)
    assert "2 sample(s) of transfer JN-T261206001 received late" in screen.message.text()
    assert "0 still short" in screen.message.text() and not screen.late
    assert status(counter, codes[1]) == status(counter, codes[2]) == "in_stock"
    assert screen.shortfalls.rows() == []
