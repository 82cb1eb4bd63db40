"""The Samples list in pages: sorted, filtered and counted in SQL; the model fetches more as the view scrolls."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from showroom.services import catalog, checkout, samples
from tests.conftest import T0
from tests.ui.conftest import wait_idle
from ui.models.sample_table_model import SampleTableModel
from ui.screens.samples import SamplesScreen


@pytest.fixture
def varied(counter):
    """Six samples of one product, three of a cheaper one from another merchant, two lent to 小美."""
    merchant = catalog.create_merchant(counter.uow(), counter.clerk, "三只松鼠", now=T0)
    product = catalog.create_product(
        counter.uow(),
        counter.clerk,
        merchant.id,
        "坚果礼盒 A款",
        retail_price_fen=5000,
        live_price_fen=3900,
        commission_bp=1500,
        sample_value_fen=3000,
        now=T0,
    )
    more = catalog.receive_samples(counter.uow(), counter.clerk, product.id, 3, shelf="B-02", now=T0).codes
    checkout.check_out(
        counter.uow(),
        counter.clerk,
        counter.streamer_id,
        [counter.codes[4], more[0]],
        "cash",
        now=T0 + timedelta(hours=1),
    )
    return counter, merchant, more


def codes(page):
    return [r.code for r in page.rows]


def test_pages_follow_each_other_and_count_every_match(varied):
    counter, _merchant, more = varied
    everything = counter.codes + more
    first = samples.sample_page(counter.uow(), limit=4)
    assert (codes(first), first.total, first.offset) == (everything[:4], 9, 0)
    rest = samples.sample_page(counter.uow(), offset=4, limit=4, count=False)
    last = samples.sample_page(counter.uow(), offset=8, limit=4, count=False)
    assert codes(rest) + codes(last) == everything[4:] and rest.total is None


def test_sorted_in_sql_with_empty_values_last_both_ways(varied):
    counter, _merchant, more = varied
    by_value = samples.sample_page(counter.uow(), sort="value")
    assert codes(by_value)[:3] == more  # ¥30 before ¥80, then by code
    down = samples.sample_page(counter.uow(), sort="value", descending=True)
    assert codes(down)[-3:] == list(reversed(more))
    for descending in (False, True):
        by_holder = codes(samples.sample_page(counter.uow(), sort="holder", descending=descending))
        assert set(by_holder[:2]) == {counter.codes[4], more[0]}  # only these two have a holder


def test_filters_by_text_status_and_merchant(varied):
    counter, merchant, more = varied
    held = samples.sample_page(counter.uow(), "小美")
    assert (sorted(codes(held)), held.total) == (sorted([counter.codes[4], more[0]]), 2)
    assert codes(samples.sample_page(counter.uow(), "松鼠")) == more  # the merchant's name
    assert codes(samples.sample_page(counter.uow(), "礼盒")) == more  # the product's name
    assert codes(samples.sample_page(counter.uow(), more[1].lower())) == [more[1]]
    assert samples.sample_page(counter.uow(), "CS-00000").total == 9  # part of a code
    lent = samples.sample_page(counter.uow(), status="on_loan", merchant_id=merchant.id)
    assert (codes(lent), lent.total) == ([more[0]], 1)
    assert samples.sample_page(counter.uow(), "no such thing").total == 0


def test_model_asks_for_the_next_page_once_and_appends_only_where_it_ends(qapp, varied):
    counter, _m, _more = varied
    model = SampleTableModel(counter_tz())
    asked = []
    model.more_wanted.connect(asked.append)
    first = samples.sample_page(counter.uow(), limit=4)
    model.set_page(first.rows, first.total)
    assert (model.rowCount(), model.total(), model.canFetchMore()) == (4, 9, True)
    model.fetchMore()
    model.fetchMore()  # still waiting: not asked twice
    assert asked == [4] and not model.canFetchMore()
    model.append_rows(0, first.rows)  # a stale answer for another offset changes nothing
    assert model.rowCount() == 4
    model.append_rows(4, samples.sample_page(counter.uow(), offset=4, limit=4, count=False).rows)
    assert model.rowCount() == 8 and model.canFetchMore()
    model.set_rows(first.rows)  # rows given whole: nothing more to fetch
    assert not model.canFetchMore() and model.total() == 4


def test_header_click_asks_for_another_order_once(qapp, varied):
    model = SampleTableModel(counter_tz())
    asked = []
    model.sort_wanted.connect(lambda: asked.append(model.sort_order()))
    model.sort(SampleTableModel.CODE, Qt.SortOrder.AscendingOrder)  # the order it already has
    model.sort(SampleTableModel.VALUE, Qt.SortOrder.DescendingOrder)
    assert asked == [("value", True)]


def test_screen_scrolls_into_the_next_pages_and_sorts_in_sql(qtbot, ui_ctx, varied, monkeypatch):
    counter, _m, more = varied
    monkeypatch.setattr(samples, "PAGE", 3)
    screen = SamplesScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    assert screen.count_label.text() == "9 sample(s)"
    while screen.model.canFetchMore():
        screen.table.scrollToBottom()
        screen.model.fetchMore()
        wait_idle(qtbot, ui_ctx)
    shown = [screen.table.model().index(r, SampleTableModel.CODE).data() for r in range(screen.model.rowCount())]
    assert shown == counter.codes + more
    screen.table.horizontalHeader().setSortIndicator(SampleTableModel.VALUE, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, ui_ctx)
    assert [screen.model.row_at(r).code for r in range(3)] == more
    wait_idle(qtbot, ui_ctx)


def counter_tz():
    from zoneinfo import ZoneInfo

    return ZoneInfo("Asia/Shanghai")
