"""A counter whose silver tier may borrow by post, and a streamer in another province with a verified address."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from showroom.services.delivery_address import DeliveryAddress, set_delivery_address
from showroom.services.mailing import ParcelRequest, mail_out
from showroom.services.tier_policies import read_tier_policies, save_tier_policies
from tests.conftest import T0

SHIPPED = T0 + timedelta(hours=1)
GUANGZHOU = DeliveryAddress("小美", "13800138000", "广东省", "广州市", "天河区体育西路 100 号 1801 室")
WAYBILL = "SF1428574306421"
RETURN_WAYBILL = "YT7521834502934"


def allow_post(counter, tier="silver", limit=5, days=7, transit=3):
    policies = [
        dataclasses.replace(p, may_post=True, post_limit=limit, post_days=days, return_transit_days=transit)
        if p.tier == tier
        else p
        for p in read_tier_policies(counter.uow())
    ]
    save_tier_policies(counter.uow(), counter.manager, policies, now=T0)


def verified_address(counter, address=GUANGZHOU):
    return set_delivery_address(counter.uow(), counter.clerk, counter.streamer_id, address, True, now=T0)


def mail_three(counter, waybill=WAYBILL, now=SHIPPED):
    allow_post(counter)
    verified_address(counter)
    request = ParcelRequest(counter.streamer_id, counter.codes[:3], "sf", waybill, "wechat", "4200001234202612010001")
    return mail_out(counter.uow(), counter.clerk, request, now=now)
