"""The Stocktakes page and the stock by city: counts of every showroom, newest first, filtered by showroom;
the samples missing at stocktake on the dashboard, linked to their showroom's counts; the other city's find in
the exceptions queue."""

from __future__ import annotations

import re

from showroom.services.stocktake import abandon_stocktake, count_code, finish_stocktake, settle_find, start_stocktake
from tests.hq.console.test_dashboard import cells


def rows(html: str) -> list[list[str]]:
    body = re.search(r"<tbody>(.*?)</tbody>", html, re.S).group(1)
    return [
        [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)]
        for tr in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def test_counts_of_every_city_newest_first_with_their_figures_and_a_filter(hq, cs, jn, browser):
    counted = start_stocktake(cs.uow(), cs.admin)
    for code in [*cs.sample_codes[2:], jn.sample_codes[0]]:
        count_code(cs.uow(), cs.admin, counted.id, code)
    settle_find(cs.uow(), cs.admin, counted.id, jn.sample_codes[0], "left", "等济南来取")
    done = finish_stocktake(cs.uow(), cs.admin, counted.id)
    cs.sync(hq.transport)
    stopped = start_stocktake(jn.uow(), jn.admin, ["A-01", "B-02"])
    abandon_stocktake(jn.uow(), jn.admin, stopped.id, "停电")
    jn.sync(hq.transport)
    b = browser("zhao", "viewer")

    page = b.get("/console/stocktakes")
    assert (
        page.status_code == 200 and "全网盘点" in page.text and 'href="/console/stocktakes" class="here"' in page.text
    )
    jn_row, cs_row = rows(page.text)
    assert jn_row[:4] == [stopped.number, "济南 JN", "A-01, B-02", "已放弃"] and jn_row[-1] == "停电"
    assert cs_row[:4] == [done.number, "长沙 CS", "整个样品间", "已完成"]
    assert cs_row[6:11] == ["11", "12", "10", "2", "1"]  # scanned, expected, found, missing, unexpected
    only_cs = rows(b.get("/console/stocktakes?showroom=cs").text)
    assert [r[0] for r in only_cs] == [done.number]

    board = b.get("/console/").text
    assert cells(board, "长沙")[:7] == ["10", "0", "2", "0", "0", "0", "0"]  # 2 missing at stocktake
    assert 'href="/console/stocktakes?showroom=CS">2</a>' in board
    queue = b.get("/console/sync").text
    assert "样品在其他样品间被发现" in queue and jn.sample_codes[0] in queue


def test_no_count_yet_and_a_device_token_opens_nothing(hq, cs, browser):
    b = browser("zhao", "viewer")
    assert "没有符合条件的盘点" in b.get("/console/stocktakes").text
    anonymous = browser()
    assert anonymous.get("/console/stocktakes").status_code == 303
