"""The reliability record on the panel and the streamer page; samples returned to their merchant; exports."""

from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import load_workbook

from showroom.domain.errors import PermissionDenied, SampleNotInStock
from showroom.services import checkout, streamers
from showroom.services.merchant_returns import return_to_merchant
from showroom.services.reports.merchant import merchant_statement_by_name
from showroom.services.returns import ReturnRequest, check_in
from tests.conftest import T0
from tests.desk.scenario import build, utc
from tests.integration.helpers import dump_database, events, sample_status
from tests.ui.conftest import wait_idle
from ui.screens.samples import SamplesScreen
from ui.screens.streamers import StreamersScreen
from ui.widgets.streamer_panel import StreamerPanelView


def test_the_panel_carries_the_record_the_report_counts(counter):
    days = build(counter)
    panel = streamers.streamer_panel(counter.uow(), counter.streamer_id, now=utc(22, 4))
    record = panel.reliability
    # 小美: loan A back on time (one damaged, still on time), loan C still out
    assert (record.returned_on_time, record.returned_late, record.lost, record.holding) == (2, 0, 0, 1)
    assert record.on_time_percent == 100 and panel.returned_late == 0
    newcomer = streamers.streamer_panel(counter.uow(), days.newcomer_id, now=utc(22, 4)).reliability
    assert (newcomer.lost, newcomer.on_time_percent) == (1, 0)


def test_the_check_out_panel_and_the_streamer_page_show_it(qtbot, ui_ctx, counter):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=T0)
    check_in(counter.uow(), counter.clerk, [ReturnRequest(counter.codes[0])], now=T0 + timedelta(days=9))
    view = StreamerPanelView()
    qtbot.addWidget(view)
    view.show_panel(streamers.streamer_panel(counter.uow(), counter.streamer_id), ui_ctx.tz)
    assert (
        view.reliability.text().startswith("0% on time of 1 · 1 late · 0 lost")
        and "color" in view.reliability.styleSheet()
    )
    screen = StreamersScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    screen.table.select_where(lambda s: s.id == counter.streamer_id)
    wait_idle(qtbot, ui_ctx)
    assert "1 late" in screen.detail_fields["reliability"].text()


def test_a_manager_returns_samples_to_their_merchant(counter):
    with pytest.raises(PermissionDenied):
        return_to_merchant(counter.uow(), counter.clerk, counter.codes[:2], now=T0)
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[2:3], "cash", now=T0)
    before = dump_database(counter.store.db_path)
    with pytest.raises(SampleNotInStock):  # one on loan: nothing at all changes
        return_to_merchant(counter.uow(), counter.manager, counter.codes[:3], "season over", now=T0)
    assert dump_database(counter.store.db_path) == before
    done = return_to_merchant(counter.uow(), counter.manager, counter.codes[:2], "season over", now=T0)
    assert done.merchants == ["良品铺子"]
    assert [sample_status(counter.store.db_path, c) for c in counter.codes[:2]] == ["returned_to_merchant"] * 2
    [(_, _, event)] = events(counter.store.db_path, "samples.returned_to_merchant@1")
    assert [s["code"] for s in event["samples"]] == counter.codes[:2]
    statement = merchant_statement_by_name(counter.uow(), "良品铺子", T0.date(), T0.date(), now=T0)
    assert (statement.returned_to_merchant, statement.returned_in_period, statement.on_loan) == (2, 2, 1)
    assert statement.accounted == len(statement.samples) == 6


def test_the_samples_screen_returns_and_exports(qtbot, ui_ctx, counter, tmp_path):
    ui_ctx.actor = counter.manager
    screen = SamplesScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    screen.table.selectRow(0)
    wait_idle(qtbot, ui_ctx)
    code = screen.selected_sample().code
    screen.return_button.ask_note = lambda title, prompt: "合同到期"
    screen.return_button.return_selected()
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)
    assert sample_status(counter.store.db_path, code) == "returned_to_merchant"
    screen.export_button.export_to(tmp_path / "samples.xlsx")
    sheet = load_workbook(tmp_path / "samples.xlsx").active
    values = [c.value for c in sheet[2]]
    assert 80 in values and code in [sheet.cell(row=r, column=1).value for r in range(2, 8)]
