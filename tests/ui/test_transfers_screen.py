"""The transfers screen driven like the counter drives it: a manager scans samples onto a slip at scanner speed
and sends it (the slip opens to print); a clerk scans an incoming transfer's slip, then the samples that came,
marks one damaged and finishes with the rest short."""

from __future__ import annotations

import types

import pytest
from PySide6.QtCore import Qt

from showroom.services import samples
from showroom.sync.transfers_pull import apply_showrooms, apply_transfers
from tests.conftest import T0
from tests.integration.event_walk import incoming_transfer
from tests.ui import keyboard_wedge
from tests.ui.conftest import wait_idle
from ui.screens.transfers import TransfersScreen


@pytest.fixture
def known_jinan(counter):
    with counter.uow() as uow:
        apply_showrooms(uow, [{"code": "JN", "name": "济南样品间"}])
        uow.commit()


def open_screen(qtbot, ctx, actor) -> TransfersScreen:
    ctx.actor = actor
    previews = []
    ctx._print_desk = types.SimpleNamespace(preview=lambda *args: previews.append(args))
    screen = TransfersScreen(ctx)
    screen.previews = previews
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    screen.activate()
    wait_idle(qtbot, ctx)
    return screen


def status(counter, code: str) -> str:
    return samples.sample_detail(counter.uow(), code).row.status


def test_a_manager_scans_samples_onto_a_slip_and_sends_it(qtbot, ui_ctx, counter, known_jinan):
    screen = open_screen(qtbot, ui_ctx, counter.manager)
    assert screen.destination.currentData() == "JN"
    for code, suffix in zip(counter.codes[:3], ("cr_lf", "tab", "enter"), strict=True):
        keyboard_wedge.scan(qtbot, code, suffix)
    keyboard_wedge.scan(qtbot, "JN-000005", "lf")  # not this showroom's: refused, not listed
    keyboard_wedge.scan(qtbot, counter.codes[0].lower(), "enter")  # again: listed once
    wait_idle(qtbot, ui_ctx)
    assert screen.lines.codes() == counter.codes[:3]
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    wait_idle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: len(screen.previews) == 1)
    [(_parent, kind, title, pdf)] = screen.previews
    assert kind == "report" and "CS-T" in title and pdf.startswith(b"%PDF")
    assert screen.lines.rowCount() == 0 and "in transit" in screen.message.text()
    assert {status(counter, c) for c in counter.codes[:3]} == {"in_transit"}
    [sent] = screen.transfers.rows()
    assert (sent.summary.direction, sent.summary.to_code, sent.summary.figures.sent) == ("out", "JN", 3)


def test_a_clerk_receives_an_incoming_transfer_by_scanning(qtbot, ui_ctx, counter, known_jinan):
    data = incoming_transfer(None, T0)
    with counter.uow() as uow:
        apply_transfers(uow, "CS", [data])
        uow.commit()
    screen = open_screen(qtbot, ui_ctx, counter.clerk)
    codes = [x["code"] for x in data["lines"]]
    keyboard_wedge.scan(qtbot, data["number"], "cr_lf")
    wait_idle(qtbot, ui_ctx)
    assert screen.receiving is not None and screen.lines.codes() == codes
    for code, suffix in ((codes[0], "tab"), (codes[1], "enter"), ("JN-000099", "lf")):
        keyboard_wedge.scan(qtbot, code, suffix)
    wait_idle(qtbot, ui_ctx)
    assert [r.outcome for r in screen.lines.rows()] == ["scanned", "scanned", "", "extra"]
    screen.lines_view.select_where(lambda r: r.code == codes[1])
    screen.note.setText("外盒压坏")
    qtbot.mouseClick(screen.mark_damaged, Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    wait_idle(qtbot, ui_ctx)
    assert screen.question.is_open() and "1 will be recorded short" in screen.question.question()
    qtbot.keyClick(screen.scan, Qt.Key.Key_2)
    wait_idle(qtbot, ui_ctx)
    assert screen.receiving is None
    assert "1 short, 1 extra, 1 damaged" in screen.message.text()
    assert status(counter, codes[0]) == "in_stock" and status(counter, codes[1]) == "in_stock"
    [received] = screen.transfers.rows()
    assert received.summary.state == "partly_received"


def test_a_manager_prints_a_slip_again_and_calls_a_transfer_back(qtbot, ui_ctx, counter, known_jinan):
    from showroom.services.transfers import send_transfer

    sent = send_transfer(counter.uow(), counter.manager, "JN", counter.codes[:2])
    screen = open_screen(qtbot, ui_ctx, counter.manager)
    qtbot.mouseClick(screen.call_back, Qt.MouseButton.LeftButton)
    assert "Choose a transfer" in screen.message.text()
    assert screen.list_view.select_where(lambda v: v.summary.number == sent.summary.number)
    qtbot.mouseClick(screen.print_slip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(screen.previews) == 1)
    qtbot.mouseClick(screen.call_back, Qt.MouseButton.LeftButton)
    assert "why" in screen.message.text()  # a reason first
    screen.note.setText("发错城市")
    qtbot.mouseClick(screen.call_back, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert "called back" in screen.message.text()
    assert {status(counter, c) for c in counter.codes[:2]} == {"in_stock"}
    assert [v.summary.state for v in screen.transfers.rows()] == ["cancelled"]


def test_a_clerk_cannot_send_and_is_told_why(qtbot, ui_ctx, counter, known_jinan):
    screen = open_screen(qtbot, ui_ctx, counter.clerk)
    keyboard_wedge.scan(qtbot, counter.codes[0], "enter")
    keyboard_wedge.scan(qtbot, "CMD-CONFIRM", "enter")
    wait_idle(qtbot, ui_ctx)
    assert screen.message.kind == "error" and screen.lines.codes() == counter.codes[:1]
    assert status(counter, counter.codes[0]) == "in_stock"


def test_a_transfer_of_the_list_shows_what_became_of_each_sample_until_the_next_scan(
    qtbot, ui_ctx, counter, known_jinan
):
    data = incoming_transfer(None, T0)
    with counter.uow() as uow:
        apply_transfers(uow, "CS", [data])
        uow.commit()
    codes = [x["code"] for x in data["lines"]]
    from showroom.services.transfers import receive_transfer

    receive_transfer(counter.uow(), counter.clerk, data["id"], codes[:2] + ["JN-000099"], {codes[0]: "划痕"})
    screen = open_screen(qtbot, ui_ctx, counter.clerk)
    index = screen.list_view.model().index(0, 0)
    qtbot.mouseClick(
        screen.list_view.viewport(), Qt.MouseButton.LeftButton, pos=screen.list_view.visualRect(index).center()
    )
    assert [(r.code, r.outcome, r.note) for r in screen.lines.rows()] == [
        (codes[0], "damaged", "划痕"),
        (codes[1], "received", ""),
        (codes[2], "short", ""),
        ("JN-000099", "extra", ""),
    ]
    assert "JN-T261206001" in screen.header.text() and screen.work_in_progress() == ""
    assert screen.scan.hasFocus()
    keyboard_wedge.scan(qtbot, counter.codes[0], "enter")  # a scan starts a new slip
    wait_idle(qtbot, ui_ctx)
    assert screen.lines.codes() == counter.codes[:1] and screen.work_in_progress() != ""
