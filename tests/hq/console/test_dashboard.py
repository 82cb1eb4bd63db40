"""The dashboard: per showroom and in total, counted from what the counters synced; a 30-day trend as SVG."""

from __future__ import annotations

import re


def cells(html: str, label: str) -> list[str]:
    """The cells of the table row whose header holds `label`."""
    row = re.search(r"<tr>\s*<th scope=\"row\">[^<]*" + re.escape(label) + r".*?</tr>", html, re.S)
    assert row, label
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row.group(0), re.S)]


def test_each_showroom_and_the_network_total(hq, network, browser):
    b = browser("wang", "viewer")
    html = b.get("/console/").text
    # in stock, on loan, missing at stocktake, lost, in transit, returned to merchant, overdue, deposits, today,
    # this week, devices, last sync, waiting, open exceptions
    cs = cells(html, "长沙")
    assert cs[:7] == ["9", "3", "0", "0", "0", "0", "2"]
    assert cs[8] == "1" and cs[10] == "1" and cs[12] == "0"
    jn = cells(html, "济南")
    assert jn[:7] == ["8", "4", "0", "0", "0", "0", "3"]
    total = cells(html, "全网合计")
    assert total[:7] == ["17", "7", "0", "0", "0", "0", "5"] and total[10] == "2"


def test_trend_chart_is_inline_svg_per_city(hq, network, browser):
    html = browser("wang", "viewer").get("/console/").text
    assert html.count('<svg class="trend"') == 2
    assert html.count('<polyline class="line loans"') == 2 and "line overdue" in html and "line returns" in html
    assert "长沙近 30 天每日借出、归还与逾期借单" in html


def test_an_hq_without_showrooms_says_how_to_start(hq, browser):
    html = browser("wang", "viewer").get("/console/").text
    assert "showroom-hq demo" in html


def test_english_is_one_click_away(hq, browser):
    b = browser("wang", "viewer")
    assert "全网今日" in b.get("/console/").text
    assert b.post("/console/language", {"lang": "en", "next": "/console/"}).status_code == 303
    assert "The network today" in b.get("/console/").text


def test_the_trend_counts_loans_overdue_at_each_days_end(hq, network):
    from datetime import datetime, timezone

    from hq.console.dashboard import dashboard

    with hq.sessions() as s:
        trends = {t.code: t for t in dashboard(s, datetime.now(timezone.utc)).trends}
    cs, jn = trends["CS"], trends["JN"]
    # CS: lent 20 days ago for 10 days; JN: lent 12 days ago for 10 days (diamond tier)
    assert cs.overdue[-1] == 1 and cs.overdue[-9] == 1 and cs.overdue[-12] == 0
    assert jn.overdue[-1] == 1 and jn.overdue[-4] == 0
    assert cs.loans[-1] == 1 and cs.loans[-21] == 1 and jn.loans[-13] == 1 and jn.loans[-1] == 1
