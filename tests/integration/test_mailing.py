"""Samples by courier: a parcel is a loan, its steps each recorded with their event, its return a check-in."""

from __future__ import annotations

from datetime import timedelta

import pytest

from showroom.domain.errors import ShipmentRefused, StreamerBlocked
from showroom.services.delivery_address import DeliveryAddress, set_delivery_address
from showroom.services.mailing import ParcelRequest, mail_out
from showroom.services.mailing_views import list_shipments, parcel
from showroom.services.parcel_steps import mark_delivered, record_return_shipped, scan_waybill
from showroom.services.returns import ReturnRequest, check_in
from tests.conftest import T0
from tests.integration.helpers import deposit_entries, events, rows, sample_status
from tests.integration.mailing_fixtures import (
    GUANGZHOU,
    RETURN_WAYBILL,
    SHIPPED,
    WAYBILL,
    allow_post,
    mail_three,
    verified_address,
)


def test_mailing_three_samples_opens_one_loan_with_its_parcel(counter):
    view = mail_three(counter)
    assert (view.state, view.courier, view.waybill, view.province) == ("shipped", "sf", WAYBILL, "广东省")
    assert [line.code for line in view.lines] == counter.codes[:3]
    assert (view.deposit_fen, view.deposit_method) == (12000, "wechat")
    assert [sample_status(counter.store.db_path, c) for c in counter.codes[:3]] == ["on_loan"] * 3
    assert deposit_entries(counter.store.db_path, view.loan_id) == [("collect", 12000, "wechat")]
    types = [t for _seq, t, _p in events(counter.store.db_path)][-2:]
    assert types == ["loan.checked_out@1", "shipment.shipped@1"]
    # due: 3 days out, 7 kept, 3 back, from 20 Nov
    assert view.due_at.date().isoformat() == "2026-12-03"


def test_delivery_sets_the_due_date_from_the_day_it_arrived(counter):
    mail_three(counter)
    view = mark_delivered(counter.uow(), counter.clerk, WAYBILL, now=SHIPPED + timedelta(days=2))
    assert view.state == "delivered"
    assert view.send_back_by.isoformat().startswith("2026-11-29")
    assert view.due_at.isoformat().startswith("2026-12-02")
    [(_, _, delivered)] = events(counter.store.db_path, "shipment.delivered@1")
    assert delivered["source"] == "hand"
    [(reason,)] = rows(counter.store.db_path, "SELECT reason FROM due_date_change")
    assert reason == "delivered by post"


def test_scanning_the_waybill_again_marks_it_delivered_then_lists_its_samples(counter):
    mail_three(counter)
    first = scan_waybill(counter.uow(), counter.clerk, " sf1428 5743 0642 1", now=SHIPPED + timedelta(days=1))
    assert (first.outcome, first.parcel.state) == ("delivered", "delivered")
    again = scan_waybill(counter.uow(), counter.clerk, WAYBILL, now=SHIPPED + timedelta(days=1))
    assert again.outcome == "to_receive" and len(again.parcel.out) == 3
    # the packing slip's barcode (the loan number) finds the parcel too
    by_slip = scan_waybill(counter.uow(), counter.clerk, first.parcel.number, now=SHIPPED + timedelta(days=1))
    assert by_slip.outcome == "to_receive" and by_slip.parcel.waybill == WAYBILL


def test_one_back_damaged_by_post_and_two_still_out_then_the_rest(counter):
    c = counter.codes
    mail_three(counter)
    mark_delivered(counter.uow(), counter.clerk, WAYBILL, now=SHIPPED + timedelta(days=2))
    back = record_return_shipped(
        counter.uow(), counter.clerk, WAYBILL, "yto", RETURN_WAYBILL, now=SHIPPED + timedelta(days=8)
    )
    assert (back.state, back.return_waybill) == ("return_shipped", RETURN_WAYBILL)
    result = check_in(
        counter.uow(), counter.clerk, [ReturnRequest(c[0], "damaged", "外盒压坏")], now=SHIPPED + timedelta(days=10)
    )
    assert not result.loans[0].closed
    after = parcel(counter.uow(), RETURN_WAYBILL, now=SHIPPED + timedelta(days=10))
    assert after.state == "delivered"  # the streamer still holds two
    assert [(line.code, line.condition) for line in after.lines if line.returned_at] == [(c[0], "damaged")]
    [(_, _, got)] = events(counter.store.db_path, "shipment.received@1")
    assert (got["state"], got["returned"]) == ("delivered", 1)
    # the rest by a second parcel
    record_return_shipped(
        counter.uow(), counter.clerk, after.number, "zto", "75312345678901", now=SHIPPED + timedelta(days=11)
    )
    done = check_in(
        counter.uow(), counter.clerk, [ReturnRequest(c[1]), ReturnRequest(c[2])], now=SHIPPED + timedelta(days=13)
    )
    assert (done.loans[0].closed, done.loans[0].refunded_fen, done.loans[0].refund_method) == (True, 12000, "wechat")
    assert parcel(counter.uow(), after.number).state == "received"
    assert list_shipments(counter.uow()) == []


def test_a_parcel_moves_only_forward(counter):
    mail_three(counter)
    with pytest.raises(ShipmentRefused) as refused:
        record_return_shipped(counter.uow(), counter.clerk, WAYBILL, "yto", RETURN_WAYBILL, now=SHIPPED)
    assert refused.value.problem == "wrong_state"
    mark_delivered(counter.uow(), counter.clerk, WAYBILL, now=SHIPPED + timedelta(days=1))
    with pytest.raises(ShipmentRefused):
        mark_delivered(counter.uow(), counter.clerk, WAYBILL, now=SHIPPED + timedelta(days=1))


def test_what_a_parcel_refuses_changes_nothing(counter):
    before = events(counter.store.db_path)
    request = ParcelRequest(counter.streamer_id, counter.codes[:3], "sf", WAYBILL, "wechat", "4200001234")
    with pytest.raises(ShipmentRefused) as refused:
        mail_out(counter.uow(), counter.clerk, request, now=SHIPPED)
    assert refused.value.problem == "no_address"
    set_delivery_address(counter.uow(), counter.clerk, counter.streamer_id, GUANGZHOU, False, now=T0)
    with pytest.raises(ShipmentRefused) as refused:
        mail_out(counter.uow(), counter.clerk, request, now=SHIPPED)
    assert refused.value.problem == "address_not_verified"
    verified_address(counter)
    with pytest.raises(ShipmentRefused) as refused:
        mail_out(counter.uow(), counter.clerk, request, now=SHIPPED)
    assert refused.value.problem == "not_allowed"
    allow_post(counter, limit=2)
    with pytest.raises(ShipmentRefused) as refused:
        mail_out(counter.uow(), counter.clerk, request, now=SHIPPED)
    assert (refused.value.problem, refused.value.facts["limit"]) == ("over_post_limit", 2)
    for bad in (
        ParcelRequest(counter.streamer_id, counter.codes[:1], "sf", "YT7521834502934", "wechat", "4200001234"),
        ParcelRequest(counter.streamer_id, counter.codes[:1], "sf", WAYBILL, "cash", "4200001234"),
        ParcelRequest(counter.streamer_id, counter.codes[:1], "sf", WAYBILL, "alipay", ""),
    ):
        with pytest.raises(ShipmentRefused):
            mail_out(counter.uow(), counter.clerk, bad, now=SHIPPED)
    assert len(events(counter.store.db_path)) == len(before) + 3  # the address twice, the tier's terms once
    assert [sample_status(counter.store.db_path, c) for c in counter.codes[:3]] == ["in_stock"] * 3


def test_a_waybill_is_used_once_and_the_counter_blocks_apply(counter):
    mail_three(counter)
    request = ParcelRequest(counter.streamer_id, counter.codes[3:4], "sf", WAYBILL, "wechat", "4200001234")
    with pytest.raises(ShipmentRefused) as refused:
        mail_out(counter.uow(), counter.clerk, request, now=SHIPPED)
    assert refused.value.problem == "waybill_used"
    late = SHIPPED + timedelta(days=30)  # the parcel is overdue now: the counter's overdue block applies
    request = ParcelRequest(counter.streamer_id, counter.codes[3:4], "sf", "SF1428574306422", "wechat", "4200001234")
    with pytest.raises(StreamerBlocked):
        mail_out(counter.uow(), counter.clerk, request, now=late)


def test_a_changed_address_is_unverified_until_confirmed(counter):
    view = set_delivery_address(
        counter.uow(),
        counter.clerk,
        counter.streamer_id,
        DeliveryAddress("小美", "13800138000", "四川省", "成都市", "锦江区"),
        False,
        now=T0,
    )
    assert view.verified_at is None
    [(_, _, payload)] = events(counter.store.db_path, "streamer.address_set@1")
    assert payload["verified"] is False and payload["province"] == "四川省"
