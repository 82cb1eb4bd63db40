"""The Transfers page: every transfer between showrooms, newest first, with what differed, filtered by showroom
and by what is still in transit or differed; one transfer's lines; the differences in the exceptions queue."""

from __future__ import annotations

import re

from showroom.services import transfers
from tests.hq.console.test_stocktakes import rows


def test_a_transfer_sent_and_received_short_is_seen_with_its_differences(hq, cs, jn, browser):
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    sent = transfers.send_transfer(cs.uow(), cs.admin, "JN", cs.sample_codes[:10])
    still = transfers.send_transfer(cs.uow(), cs.admin, "JN", cs.sample_codes[10:11])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    transfers.receive_transfer(
        jn.uow(), jn.admin, sent.summary.id, [*cs.sample_codes[:8], "CS-000999"], {cs.sample_codes[0]: "外盒压坏"}
    )
    jn.sync(hq.transport)
    b = browser("zhao", "viewer")

    page = b.get("/console/transfers")
    assert page.status_code == 200 and "样品间之间的调拨" in page.text
    assert 'href="/console/transfers" class="here"' in page.text
    newest, first = rows(page.text)
    assert newest[0] == still.summary.number and newest[3] == "调拨中"
    assert first[0] == sent.summary.number and first[1] == "长沙 CS" and first[2] == "济南 JN"
    assert first[3] == "已接收（有短少）" and first[6:11] == ["10", "8", "2", "1", "1"]
    assert [r[0] for r in rows(b.get("/console/transfers?which=differences").text)] == [sent.summary.number]
    assert [r[0] for r in rows(b.get("/console/transfers?which=in_transit&showroom=jn").text)] == [still.summary.number]
    assert rows(b.get("/console/transfers?showroom=XM").text) == [["没有符合条件的调拨。"]]

    detail = b.get(f"/console/transfers/{sent.summary.id}").text
    assert "CS-000999" in detail and "外盒压坏" in detail and "短少" in detail and "多出" in detail
    queue = b.get("/console/sync").text
    assert "调拨到货短少" in queue and "调拨到货有单外样品" in queue


def test_no_transfer_yet_and_no_one_signed_in_sees_nothing(hq, cs, browser):
    b = browser("zhao", "viewer")
    assert "没有符合条件的调拨" in b.get("/console/transfers").text
    assert browser().get("/console/transfers").status_code == 303


def test_short_samples_are_listed_with_how_each_was_settled_or_not_yet(hq, cs, jn, browser):
    from showroom.services.transfer_shortfalls import receive_late, settle_short

    cs.sync(hq.transport)
    jn.sync(hq.transport)
    codes = cs.sample_codes[:4]
    sent = transfers.send_transfer(cs.uow(), cs.admin, "JN", codes)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    transfers.receive_transfer(jn.uow(), jn.admin, sent.summary.id, codes[:1])  # three short
    receive_late(jn.uow(), jn.admin, sent.summary.id, [codes[1]])
    jn.sync(hq.transport)
    cs.sync(hq.transport)
    settle_short(cs.uow(), cs.admin, sent.summary.id, [codes[2]], "declared_lost", "快递丢件")
    cs.sync(hq.transport)
    b = browser("zhao", "viewer")

    [row] = rows(b.get("/console/transfers").text)
    assert row[6:12] == ["4", "2", "3", "0", "0", "1"]  # sent, arrived (one late), short, extra, damaged, not settled
    page = b.get("/console/transfers?which=short").text
    assert "短少样品及其处理" in page
    lines = {c: text for c, text in re.findall(r'<td class="code">(CS-0\d+)</td>\s*<td[^>]*>(.*?)</td>', page, re.S)}
    assert "迟到已接收 · JN" in lines[codes[1]] and "已报丢失 · CS" in lines[codes[2]] and "快递丢件" in lines[codes[2]]
    assert "尚未处理" in lines[codes[3]]
    still = b.get("/console/transfers?which=short_open").text
    assert codes[3] in still and codes[2] not in still.split("短少样品及其处理")[1]
    detail = b.get(f"/console/transfers/{sent.summary.id}").text
    assert "迟到已接收 · JN" in detail and "尚未处理" in detail
    assert b.post("/console/language", {"lang": "en", "next": "/console/"}).status_code == 303
    english = b.get(f"/console/transfers/{sent.summary.id}").text
    assert "Arrived late · JN" in english and "Declared lost · CS" in english and "Not settled yet" in english

    settle_short(cs.uow(), cs.admin, sent.summary.id, [codes[3]], "found_at_sender", "在仓库角落")
    cs.sync(hq.transport)
    assert rows(b.get("/console/transfers?which=short_open").text) == [["No transfer matches."]]
    queue = b.get("/console/sync?state=resolved").text
    assert "Transfer arrived with samples short" in queue and "the showrooms, at their counters" in queue


def test_the_transfers_page_with_short_samples_in_a_real_browser(hq, cs, jn):
    """Headless Chromium over a served HQ: ten sent, eight received, one arrived late and one declared lost; the
    page of short samples renders; with $SHOWROOM_SHOTS set (make screenshots), the README's picture of it."""
    from showroom.services.transfer_shortfalls import receive_late, settle_short
    from tests.hq.console.test_browser import console_in_chromium

    cs.sync(hq.transport)
    jn.sync(hq.transport)
    codes = cs.sample_codes[:10]
    sent = transfers.send_transfer(cs.uow(), cs.admin, "JN", codes, "周末直播专场")
    transfers.send_transfer(cs.uow(), cs.admin, "JN", cs.sample_codes[10:12])  # still in transit
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    transfers.receive_transfer(jn.uow(), jn.admin, sent.summary.id, codes[:8], {codes[0]: "外盒压坏"})
    receive_late(jn.uow(), jn.admin, sent.summary.id, [codes[8]])
    jn.sync(hq.transport)
    cs.sync(hq.transport)
    settle_short(cs.uow(), cs.admin, sent.summary.id, [codes[9]], "declared_lost", "快递丢件")
    cs.sync(hq.transport)
    with console_in_chromium(hq, "zhao", "/console/transfers?which=short") as (page, _url, shots):
        body = page.text_content("body")
        assert sent.summary.number in body and "迟到已接收 · JN" in body and "快递丢件" in body
        page.screenshot(path=str(shots / "hq-transfers.png"), full_page=True)
