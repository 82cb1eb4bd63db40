"""A merchant's statement across cities: every sample they consigned and where each is now."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from sqlalchemy import select

from hq.models import NetMerchant
from showroom.services import catalog


def test_one_merchant_made_in_two_cities_is_one_statement(hq, network, browser):
    cs, jn = network
    for room in (cs, jn):  # the same business, made at each counter while offline
        m = catalog.create_merchant(room.uow(), room.admin, "湘味坊食品专营店")
        p = catalog.create_product(
            room.uow(),
            room.admin,
            m.id,
            "剁椒酱",
            retail_price_fen=2990,
            live_price_fen=1990,
            commission_bp=2000,
            sample_value_fen=1250,
        )
        catalog.receive_samples(room.uow(), room.admin, p.id, 2)
        room.sync(hq.transport)
    b = browser("wang", "viewer")
    listing = b.get("/console/merchants", params={"q": "湘味"}).text
    assert listing.count("湘味坊食品专营店") == 1 and "CS, JN" in listing
    with hq.sessions() as s:
        mid = s.scalar(select(NetMerchant.id).where(NetMerchant.name == "湘味坊食品专营店"))
    page = b.get(f"/console/merchants/{mid}").text
    assert "CS-0000" in page and "JN-0000" in page and page.count("剁椒酱") == 4
    sheet = load_workbook(io.BytesIO(b.get(f"/console/merchants/{mid}/statement.xlsx").content)).active
    assert sheet.max_row == 5


def test_where_each_sample_is_now(hq, network, browser):
    b = browser("wang", "viewer")
    with hq.sessions() as s:
        mid = s.scalar(select(NetMerchant.id).where(NetMerchant.name == "长沙商家"))
    page = b.get(f"/console/merchants/{mid}").text
    assert page.count("小美") == 3 and "13800138000" in page  # the three samples she holds
    csv = b.get(f"/console/merchants/{mid}/statement.csv").content.decode("utf-8-sig")
    assert len(csv.strip().splitlines()) == 13 and "借出" in csv
