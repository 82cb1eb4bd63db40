"""Samples by courier at HQ (issue 18): a parcel mailed from Changsha to Guangzhou, delivered, one sample back
damaged by post and two overdue, is on the Parcels page, in the streamer's network record (counted in their
reliability like a loan at the counter), with its due date from delivery, on PostgreSQL and SQLite."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from hq.console.streamers import record as streamer_record
from hq.models import NetLoan, NetShipment
from showroom.services import tier_policies
from showroom.services.delivery_address import DeliveryAddress, set_delivery_address
from showroom.services.mailing import ParcelRequest, mail_out
from showroom.services.parcel_steps import mark_delivered, record_return_shipped
from showroom.services.returns import ReturnRequest, check_in
from tests.hq.console.test_stocktakes import rows
from tests.hq.helpers import hq_exceptions

GUANGZHOU = DeliveryAddress("小美", "13800138000", "广东省", "广州市", "天河区体育西路 100 号")


def mail_to_guangzhou(room, streamer_id: str, ago: datetime):
    policies = {p.tier: p for p in tier_policies.read_tier_policies(room.uow())}
    post = dict(may_post=True, post_limit=5, post_days=7, return_transit_days=3)
    tier_policies.save_tier_policies(
        room.uow(), room.admin, [dataclasses.replace(policies["diamond"], **post)], now=ago
    )
    set_delivery_address(room.uow(), room.admin, streamer_id, GUANGZHOU, True, now=ago)
    request = ParcelRequest(streamer_id, list(room.sample_codes[:3]), "sf", "SF1428574306421", "wechat", "42000012")
    sent = mail_out(room.uow(), room.admin, request, now=ago + timedelta(minutes=1))
    mark_delivered(room.uow(), room.admin, sent.waybill, now=ago + timedelta(days=2))
    record_return_shipped(room.uow(), room.admin, sent.number, "yto", "YT7521834502934", now=ago + timedelta(days=8))
    damaged = ReturnRequest(room.sample_codes[0], "damaged", "外盒压坏")
    check_in(room.uow(), room.admin, [damaged], now=ago + timedelta(days=10))
    return sent


def test_a_parcel_with_one_back_damaged_and_two_overdue_is_seen_at_hq(hq, cs, browser):
    mei = cs.register("小美", "13800138000")
    ago = datetime.now(timezone.utc) - timedelta(days=30)
    sent = mail_to_guangzhou(cs, mei, ago)
    cs.sync(hq.transport)
    assert hq_exceptions(hq) == []
    with hq.sessions() as s:
        parcel = s.get(NetShipment, sent.loan_id)
        assert (parcel.state, parcel.waybill, parcel.return_waybill) == ("delivered", sent.waybill, "YT7521834502934")
        assert (parcel.province, parcel.city) == ("广东省", "广州市")
        due = s.scalar(select(NetLoan.due_at).where(NetLoan.id == sent.loan_id))
        reliability = streamer_record(s, mei, datetime.now(timezone.utc)).reliability
        assert (reliability.items, reliability.late, reliability.overdue_now) == (3, 0, 2)  # as a counter loan
    uow = cs.uow()
    with uow.read():
        from db.models import Loan

        assert due == uow.session.get(Loan, sent.loan_id).due_at  # from delivery, not from shipping

    b = browser("zhao", "viewer")
    page = b.get("/console/parcels")
    assert page.status_code == 200 and "全网寄样包裹" in page.text
    [row] = rows(page.text)
    assert row[:7] == [sent.number, "CS", "小美", "广东省广州市", "SF", sent.waybill, "已签收"]
    assert row[-1] == "YT7521834502934"
    record = b.get(f"/console/streamers/{mei}")
    assert record.status_code == 200
    assert "寄样" in record.text and sent.waybill in record.text
    assert "/console/parcels" in b.get("/console/").text  # in the menu


def test_no_parcel_yet(hq, cs, browser):
    assert "没有在途或在外的寄样包裹" in browser("zhao", "viewer").get("/console/parcels").text


def test_the_parcels_page_and_the_record_in_a_real_browser(hq, cs):
    """Headless Chromium over a served HQ: the pages render; with $SHOWROOM_SHOTS set (make screenshots), the
    README's pictures of them are taken."""
    from tests.hq.console.test_browser import console_in_chromium

    mei = cs.register("小美", "13800138000")
    sent = mail_to_guangzhou(cs, mei, datetime.now(timezone.utc) - timedelta(days=30))
    cs.sync(hq.transport)
    with console_in_chromium(hq, "zhao", "/console/parcels") as (page, url, shots):
        assert sent.waybill in page.text_content("table.grid")
        page.screenshot(path=str(shots / "hq-parcels.png"))
        page.goto(f"{url}/console/streamers/{mei}")
        assert "寄样" in page.text_content("body")
        page.screenshot(path=str(shots / "hq-streamer-parcel.png"), full_page=True)


def test_a_delivery_synced_later_moves_the_due_date_at_hq(hq, cs):
    mei = cs.register("小美", "13800138000")
    ago = datetime.now(timezone.utc) - timedelta(days=3)
    policies = {p.tier: p for p in tier_policies.read_tier_policies(cs.uow())}
    post = dict(may_post=True, post_limit=5, post_days=7, return_transit_days=3)
    tier_policies.save_tier_policies(cs.uow(), cs.admin, [dataclasses.replace(policies["diamond"], **post)], now=ago)
    set_delivery_address(cs.uow(), cs.admin, mei, GUANGZHOU, True, now=ago)
    request = ParcelRequest(mei, list(cs.sample_codes[:1]), "ems", "EA123456785CN", "alipay", "20261203")
    sent = mail_out(cs.uow(), cs.admin, request, now=ago)
    cs.sync(hq.transport)
    delivered = mark_delivered(cs.uow(), cs.admin, sent.waybill, now=ago + timedelta(days=1))
    cs.sync(hq.transport)
    with hq.sessions() as s:
        assert s.scalar(select(NetLoan.due_at).where(NetLoan.id == sent.loan_id)) == delivered.due_at != sent.due_at
        assert s.get(NetShipment, sent.loan_id).state == "delivered"
    assert hq_exceptions(hq) == []
