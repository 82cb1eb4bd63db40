"""Overdue across the network: worst first, filtered, with the phone to call; exported as XLSX and CSV."""

from __future__ import annotations

import io
import re

from openpyxl import load_workbook


def rows(html: str) -> list[list[str]]:
    """The table's rows as cell texts (the "nothing matches" line is no row)."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    found = [
        [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)]
        for tr in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]
    return [r for r in found if len(r) > 1]


def test_every_late_sample_in_every_city_worst_first_with_the_phone(hq, network, browser):
    b = browser("wang", "viewer")
    found = rows(b.get("/console/overdue").text)
    assert [(r[1], r[2], r[3]) for r in found] == [("长沙", "小美", "13800138000")] * 2 + [
        ("济南", "大壮", "13700137000")
    ] * 3
    days = [int(r[0]) for r in found]
    assert days == sorted(days, reverse=True) and days[0] >= 10


def test_filters_by_city_tier_days_and_merchant(hq, network, browser):
    b = browser("wang", "viewer")
    assert {r[1] for r in rows(b.get("/console/overdue?city=JN").text)} == {"济南"}
    assert len(rows(b.get("/console/overdue?days=5").text)) == 2  # only Changsha's are that late
    assert len(rows(b.get("/console/overdue?tier=diamond").text)) == 5
    assert rows(b.get("/console/overdue?tier=new").text) == []
    assert len(rows(b.get("/console/overdue?merchant=济南商").text)) == 3
    assert rows(b.get("/console/overdue?merchant=nobody").text) == []


def test_export_xlsx_and_csv_hold_every_matching_row(hq, network, browser):
    b = browser("wang", "viewer")
    csv = b.get("/console/overdue.csv?city=CS")
    assert csv.status_code == 200 and csv.content.startswith(b"\xef\xbb\xbf")
    lines = csv.content.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 3 and "13800138000" in lines[1] and lines[0].startswith("样品间")
    xlsx = b.get("/console/overdue.xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.max_row == 6 and sheet.cell(row=2, column=6).value == "13800138000"
    assert "attachment" in xlsx.headers["content-disposition"]
