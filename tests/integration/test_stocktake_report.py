"""The stocktake report from real counts on a real store, read back from the PDF's text layer (pypdfium2): the
count's number and figures, the samples not found, how each find was settled, Chinese words, no phone number;
a count still open says its figures are provisional; a long list runs over pages with its header on each."""

from __future__ import annotations

from datetime import timedelta

import pypdfium2 as pdfium
import pytest

from printing.stocktake_report import build_stocktake_report
from showroom.services import catalog, checkout
from showroom.services.stocktake import count_code, finish_stocktake, settle_find, start_stocktake
from showroom.services.stocktake_views import read_stocktake
from tests.conftest import T0

SHOWROOM, TZ = "长沙样品间", "Asia/Shanghai"
CHINESE = {
    "{showroom} stocktake report {number}": "{showroom} 盘点报告 {number}",
    "Samples not found ({count})": "未找到的样品（{count}）",
    "Taken back from its loan": "从借样单收回",
    "Missing": "缺失",
}


def at(minutes: int):
    return T0 + timedelta(hours=2, minutes=minutes)


def pages(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def in_chinese(context: str, text: str) -> str:
    assert context == "StocktakeReport"
    return CHINESE.get(text, text)


@pytest.fixture
def finished(counter):
    """Shelf A-01 counted: three found, one lent sample on the shelf, another city's, one from B-02; two missing."""
    shelf_b = catalog.receive_samples(counter.uow(), counter.clerk, counter.product_id, 2, shelf="B-02", now=T0).codes
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=at(0))
    view = start_stocktake(counter.uow(), counter.manager, ["A-01"], now=at(1))
    for i, code in enumerate([*counter.codes[1:4], counter.codes[0], "JN-000077", shelf_b[0]]):
        count_code(counter.uow(), counter.clerk, view.id, code, shelf="A-01", now=at(2 + i))
    settle_find(counter.uow(), counter.manager, view.id, counter.codes[0], "returned", "在货架上找到", now=at(10))
    settle_find(counter.uow(), counter.manager, view.id, "JN-000077", "left", "放在一边，打13912345678", now=at(11))
    settle_find(counter.uow(), counter.manager, view.id, shelf_b[0], "moved", now=at(12))
    finish_stocktake(counter.uow(), counter.manager, view.id, now=at(14))
    return read_stocktake(counter.uow(), view.id)


def test_a_finished_count_lists_its_figures_missing_samples_and_settlements(counter, finished):
    view = finished
    words = " ".join(pages(build_stocktake_report(view, SHOWROOM, TZ)))
    assert f"长沙样品间 stocktake report {view.number}" in words and "A-01" in words
    assert "Finished" in words and "provisional" not in words
    assert "2026-11-20 12:01 by 李经理" in words and "2026-11-20 12:14 by 李经理" in words  # local time
    assert "7 Expected 5 Found 2 Missing 3 Unexpected 0 Unsettled" in words
    assert "Samples not found (2)" in words
    assert all(code in words for code in counter.codes[4:6])
    assert "On loan per the records" in words
    assert "Taken back from its loan" in words and "Left as it is" in words and "Moved to this shelf" in words
    assert "Another showroom's sample" in words and "JN-000077" in words and "在货架上找到" in words
    assert "Found on the wrong shelf (1)" in words and "page 1" in words
    assert "13800138000" not in words and "13912345678" not in words and "139****5678" in words


def test_chinese_words_are_in_the_text_layer(finished):
    view = finished
    words = " ".join(pages(build_stocktake_report(view, SHOWROOM, TZ, in_chinese)))
    assert f"长沙样品间 盘点报告 {view.number}" in words
    assert "未找到的样品（2）" in words and "从借样单收回" in words and "2 缺失" in words


def test_a_count_still_open_says_its_figures_are_provisional(counter):
    """A lent sample found on the shelf, not settled yet, names who holds it and on which loan."""
    lent = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=at(0))
    view = start_stocktake(counter.uow(), counter.manager, ["A-01"], now=at(1))
    for i, code in enumerate([counter.codes[1], counter.codes[0], "CS-999999"]):
        count_code(counter.uow(), counter.clerk, view.id, code, shelf="A-01", now=at(2 + i))
    words = " ".join(pages(build_stocktake_report(read_stocktake(counter.uow(), view.id), SHOWROOM, TZ)))
    assert "NOT FINISHED — figures are provisional" in words and "Still counting" in words
    assert "Not ended yet" in words
    assert "5 Expected 1 Found 4 Missing 2 Unexpected 2 Unsettled" in words
    assert "4 sample(s) not scanned yet" in words
    assert f"On loan per the records 每日坚果 30包 A-01 小美 ({lent.number}) Not settled" in words
    assert "No such sample" in words and "13800138000" not in words


def test_six_hundred_samples_not_found_run_over_pages_with_the_header_on_each(counter):
    for shelf in ("C-07", "C-08"):  # at most 500 a delivery
        catalog.receive_samples(counter.uow(), counter.clerk, counter.product_id, 297, shelf=shelf, now=T0)
    view = start_stocktake(counter.uow(), counter.manager, now=at(0))
    finish_stocktake(counter.uow(), counter.manager, view.id, now=at(1))
    done = read_stocktake(counter.uow(), view.id)
    missing = [line.code for line in done.lines if line.outcome == "not_found"]
    assert len(missing) == 600
    text = pages(build_stocktake_report(done, SHOWROOM, TZ))
    assert len(text) > 1
    listing = [page for page in text if any(code in page for code in missing)]
    assert len(listing) > 1 and all("Code Product Recorded shelf" in page for page in listing)
    assert all(f"page {n}" in page for n, page in enumerate(text, 1))
    assert all(code in " ".join(text) for code in missing)
