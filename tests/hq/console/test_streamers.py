"""A streamer's network record, and HQ's blacklist reaching every counter through the change log."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from hq.models import AuditEntry, Change, NetStreamer
from showroom.domain.errors import StreamerBlocked
from showroom.domain.model import StreamerStatus


def streamer_id(hq, phone: str) -> str:
    with hq.sessions() as s:
        return s.scalar(select(NetStreamer.id).where(NetStreamer.phone == phone))


@pytest.mark.parametrize("typed", ["13800138000", "+86 138-0013-8000", "0086 138 0013 8000", "１３８００１３８０００"])
def test_search_by_phone_in_any_notation_opens_the_record(hq, network, browser, typed):
    answer = browser("wang", "viewer").get("/console/streamers", params={"q": typed})
    assert answer.status_code == 303 and answer.headers["location"].endswith(streamer_id(hq, "13800138000"))


def test_search_by_name_lists_the_matches_or_opens_the_only_one(hq, network, browser):
    cs, _jn = network
    b = browser("wang", "viewer")
    assert b.get("/console/streamers", params={"q": "大"}).headers["location"].endswith(streamer_id(hq, "13700137000"))
    cs.register("大力", "13600136000")
    cs.sync(hq.transport)
    page = b.get("/console/streamers", params={"q": "大"})
    assert "大壮" in page.text and "13700137000" in page.text and "大力" in page.text and "小美" not in page.text


def test_the_record_holds_every_city(hq, network, browser):
    html = browser("wang", "viewer").get(f"/console/streamers/{streamer_id(hq, '13800138000')}").text
    assert "CS, JN" in html  # cities
    assert html.count("CS-L") >= 2 and "JN-L" in html  # loans in both
    assert "当前逾期" in html


def test_blacklisting_at_hq_reaches_every_counter_after_its_next_sync(hq, network, browser):
    cs, jn = network
    b = browser("wang", "operator")
    sid = streamer_id(hq, "13700137000")  # 大壮, registered in Jinan only
    page = f"/console/streamers/{sid}"
    answer = b.post(f"{page}/blacklist", {"reason": "三件样品逾期未还"}, from_page=page)
    assert answer.status_code == 303
    assert "已拉黑" in b.get(answer.headers["location"]).text
    with hq.sessions() as s:
        change = s.scalars(
            select(Change).where(Change.kind == "streamer", Change.key == sid).order_by(Change.pos.desc())
        ).first()
        assert json.loads(change.data)["blacklisted"] is True
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "blacklisted"))
        assert entry.login == "wang" and entry.target == sid and "三件样品逾期未还" in entry.detail
    assert "13700137000" not in jn.blacklisted_phones()
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    assert "13700137000" in jn.blacklisted_phones()  # Jinan served him: his record, blacklisted
    with pytest.raises(StreamerBlocked):
        jn.lend(jn.streamer_id("13700137000"), [jn.sample_codes[5]])
    with pytest.raises(StreamerBlocked) as refused:  # Changsha never did: his standing stops him
        cs.lend(cs.register("大壮", "13700137000"), [cs.sample_codes[5]])
    assert [b.kind for b in refused.value.blocks] == ["blacklisted"]
    assert "三件样品逾期未还" in b.get(page).text  # and the record says who and why


def test_lifting_reaches_the_counters_too(hq, network, browser):
    cs, jn = network
    b = browser("wang", "operator")
    sid = streamer_id(hq, "13700137000")
    page = f"/console/streamers/{sid}"
    b.post(f"{page}/blacklist", {"reason": "三件样品逾期未还"}, from_page=page)
    jn.sync(hq.transport)
    assert b.post(f"{page}/lift", {"reason": "已全部归还"}, from_page=page).status_code == 303
    jn.sync(hq.transport)
    assert jn.streamers_by_phone()["13700137000"] == StreamerStatus.ACTIVE.value


def test_a_blacklist_needs_a_reason(hq, network, browser):
    b = browser("wang", "operator")
    page = f"/console/streamers/{streamer_id(hq, '13700137000')}"
    answer = b.post(f"{page}/blacklist", {"reason": "  "}, from_page=page)
    assert answer.status_code == 400 and "请填写原因" in answer.text
    with hq.sessions() as s:
        assert not s.scalar(select(NetStreamer.blacklisted).where(NetStreamer.phone == "13700137000"))
