"""The Transfers page: every transfer between showrooms, newest first, with what differed, filtered by showroom
and by what is still in transit or differed; one transfer's lines; the differences in the exceptions queue."""

from __future__ import annotations

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
