"""A mailed loan's rules with no database: states, waybills, the tier's post terms, the dates, the parcel tiers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from showroom.domain.errors import ShipmentRefused
from showroom.domain.mailing import (
    ParcelDates,
    PostTerms,
    ShipmentState,
    ShipmentTier,
    checked_waybill,
    due_after_delivery,
    post_blocks,
    provisional_due,
    refuse_move,
    send_back_by,
    shipment_tier,
)

TZ = ZoneInfo("Asia/Shanghai")
TERMS = PostTerms(may_post=True, post_limit=5, post_days=7, return_transit_days=3)
SHIPPED = datetime(2026, 12, 1, 2, 0, tzinfo=timezone.utc)  # 10:00 in Changsha


def test_the_states_move_only_forward_and_a_partial_return_goes_back_to_delivered():
    refuse_move("shipped", ShipmentState.DELIVERED, "CS-L261201001")
    refuse_move("return_shipped", ShipmentState.DELIVERED, "CS-L261201001")
    with pytest.raises(ShipmentRefused) as refused:
        refuse_move("shipped", ShipmentState.RECEIVED, "CS-L261201001")
    assert refused.value.problem == "wrong_state" and refused.value.facts["state"] == "shipped"
    with pytest.raises(ShipmentRefused):
        refuse_move("received", ShipmentState.DELIVERED, "CS-L261201001")


def test_a_waybill_is_kept_as_the_courier_prints_it_or_refused():
    assert checked_waybill("sf", " sf1428 5743 0642 1") == "SF1428574306421"
    with pytest.raises(ShipmentRefused) as refused:
        checked_waybill("yto", "SF1428574306421")
    assert refused.value.problem == "waybill_invalid"
    with pytest.raises(ShipmentRefused) as refused:
        checked_waybill("dhl", "1234")
    assert refused.value.problem == "unknown_courier"


def test_the_tier_says_whether_it_may_post_and_how_many():
    assert post_blocks(PostTerms(), 0, 1) == "not_allowed"
    assert post_blocks(TERMS, 3, 2) is None
    assert post_blocks(TERMS, 3, 3) == "over_post_limit"


def test_the_due_date_counts_from_delivery_plus_the_way_back():
    delivered = SHIPPED + timedelta(days=2)  # 3 Dec
    assert send_back_by(delivered, TERMS, TZ) == datetime(2026, 12, 10, 23, 59, 59, tzinfo=TZ)
    assert due_after_delivery(delivered, TERMS, TZ) == datetime(2026, 12, 13, 23, 59, 59, tzinfo=TZ)
    # before delivery: the way out counted too
    assert provisional_due(SHIPPED, TERMS, TZ) == datetime(2026, 12, 14, 23, 59, 59, tzinfo=TZ)


def test_each_step_has_its_own_tier_once_past_its_limit():
    shipped = ParcelDates("shipped", SHIPPED, None, None)
    assert shipment_tier(shipped, TERMS, SHIPPED + timedelta(days=3), TZ) is None
    assert shipment_tier(shipped, TERMS, SHIPPED + timedelta(days=5), TZ) == (ShipmentTier.NOT_DELIVERED, 2)
    delivered = ParcelDates("delivered", SHIPPED, SHIPPED + timedelta(days=2), None)
    assert shipment_tier(delivered, TERMS, SHIPPED + timedelta(days=9), TZ) is None
    assert shipment_tier(delivered, TERMS, SHIPPED + timedelta(days=11), TZ) == (ShipmentTier.NOT_SENT_BACK, 2)
    back = ParcelDates("return_shipped", SHIPPED, SHIPPED + timedelta(days=2), SHIPPED + timedelta(days=9))
    assert shipment_tier(back, TERMS, SHIPPED + timedelta(days=12), TZ) is None
    assert shipment_tier(back, TERMS, SHIPPED + timedelta(days=14), TZ) == (ShipmentTier.RETURN_TOO_LONG, 2)
    received = ParcelDates("received", SHIPPED, SHIPPED, SHIPPED)
    assert shipment_tier(received, TERMS, SHIPPED + timedelta(days=99), TZ) is None
