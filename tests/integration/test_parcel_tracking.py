"""Automatic tracking against a local fake of the aggregator's real-time query (127.0.0.1 only): it answers
with the documented shapes, checks the signature, and knows one SF waybill signed for, one in transit, and
one return parcel signed for at the showroom. Off by default; an unreachable or refusing service changes nothing."""

from __future__ import annotations

import hashlib
import json
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from showroom.services.mailing import ParcelRequest, mail_out
from showroom.services.mailing_views import parcel
from showroom.services.parcel_steps import mark_delivered, record_return_shipped
from showroom.services.parcel_tracking import track_parcels
from showroom.services.settings import save_settings
from tests.integration.mailing_fixtures import RETURN_WAYBILL, SHIPPED, WAYBILL, mail_three

CUSTOMER, KEY = "CUST0001", "test-key-123"
SIGNED_AT = "2026-11-22 14:05:11"  # Beijing time
ANSWERS = {
    WAYBILL: {
        "message": "ok",
        "state": "3",
        "status": "200",
        "condition": "F00",
        "ischeck": "1",
        "com": "shunfeng",
        "nu": WAYBILL,
        "data": [
            {"time": SIGNED_AT, "ftime": SIGNED_AT, "context": "[广州市] 已签收，签收人：本人", "status": "签收"},
            {"time": "2026-11-21 08:00:00", "ftime": "2026-11-21 08:00:00", "context": "运输中", "status": "在途"},
        ],
    },
    "SF1428574306422": {
        "message": "ok",
        "state": "0",
        "status": "200",
        "ischeck": "0",
        "com": "shunfeng",
        "nu": "SF1428574306422",
        "data": [{"time": "2026-11-21 08:00:00", "ftime": "2026-11-21 08:00:00", "context": "运输中"}],
    },
    RETURN_WAYBILL: {
        "message": "ok",
        "state": "3",
        "status": "200",
        "ischeck": "1",
        "com": "yuantong",
        "nu": RETURN_WAYBILL,
        "data": [{"time": "2026-11-30 10:00:00", "ftime": "2026-11-30 10:00:00", "context": "长沙 已签收"}],
    },
}


class FakeAggregator(BaseHTTPRequestHandler):
    asked: list[dict] = []

    def do_POST(self):  # noqa: N802
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode()).items()}
        FakeAggregator.asked.append(form)
        expected = hashlib.md5((form["param"] + KEY + CUSTOMER).encode()).hexdigest().upper()  # noqa: S324
        param = json.loads(form["param"])
        if form.get("customer") != CUSTOMER or form.get("sign") != expected:
            body = {"result": False, "returnCode": "601", "message": "key已过期或签名错误"}
        else:
            body = ANSWERS.get(
                param["num"], {"result": False, "returnCode": "500", "message": "查询无结果，请隔段时间再查"}
            )
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def aggregator():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeAggregator)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeAggregator.asked = []
    yield f"http://127.0.0.1:{server.server_address[1]}/poll/query.do"
    server.shutdown()
    server.server_close()


def turn_on(counter, url: str, key: str = KEY) -> None:
    settings = {
        "mailing.tracking_on": True,
        "mailing.tracking_url": url,
        "mailing.tracking_customer": CUSTOMER,
        "mailing.tracking_key": key,
    }
    save_settings(counter.uow(), counter.manager, settings)


def test_tracking_is_off_by_default_and_asks_nobody(counter, aggregator):
    mail_three(counter)
    result = track_parcels(counter.uow(), counter.clerk, delay_s=0, now=SHIPPED + timedelta(days=3))
    assert result.unavailable == "disabled" and FakeAggregator.asked == []
    assert parcel(counter.uow(), WAYBILL).state == "shipped"


def test_a_parcel_the_courier_signed_for_is_delivered_at_that_time(counter, aggregator):
    mail_three(counter)
    request = ParcelRequest(counter.streamer_id, counter.codes[3:4], "sf", "SF1428574306422", "alipay", "2026112022001")
    mail_out(counter.uow(), counter.clerk, request, now=SHIPPED)
    turn_on(counter, aggregator)
    result = track_parcels(counter.uow(), counter.clerk, delay_s=0, now=SHIPPED + timedelta(days=3))
    assert (result.asked, result.unavailable) == (2, "")
    view = parcel(counter.uow(), WAYBILL)
    assert view.state == "delivered" and view.delivered_at == datetime(2026, 11, 22, 6, 5, 11, tzinfo=timezone.utc)
    assert result.delivered == (view.number,)
    assert parcel(counter.uow(), "SF1428574306422").state == "shipped"


def test_a_return_parcel_signed_for_here_is_said_not_received(counter, aggregator):
    mail_three(counter)
    mark_delivered(counter.uow(), counter.clerk, WAYBILL, now=SHIPPED + timedelta(days=2))
    record_return_shipped(counter.uow(), counter.clerk, WAYBILL, "yto", RETURN_WAYBILL, now=SHIPPED + timedelta(days=8))
    turn_on(counter, aggregator)
    result = track_parcels(counter.uow(), counter.clerk, delay_s=0, now=SHIPPED + timedelta(days=10))
    assert result.back_at_the_door == (RETURN_WAYBILL,)
    assert parcel(counter.uow(), WAYBILL).state == "return_shipped"  # taken back only by scanning at the counter


def test_an_unreachable_service_changes_nothing(counter):
    mail_three(counter)
    turn_on(counter, "http://127.0.0.1:9/poll/query.do")  # nothing listens on the discard port
    result = track_parcels(counter.uow(), counter.clerk, delay_s=0, now=SHIPPED + timedelta(days=3))
    assert result.unavailable == "unreachable" and result.delivered == ()
    assert parcel(counter.uow(), WAYBILL).state == "shipped"


def test_a_wrong_key_stops_the_round_after_one_question(counter, aggregator):
    mail_three(counter)
    request = ParcelRequest(counter.streamer_id, counter.codes[3:4], "sf", "SF1428574306422", "alipay", "2026112022001")
    mail_out(counter.uow(), counter.clerk, request, now=SHIPPED)
    turn_on(counter, aggregator, key="wrong")
    result = track_parcels(counter.uow(), counter.clerk, delay_s=0, now=SHIPPED + timedelta(days=3))
    assert result.unavailable == "auth" and len(FakeAggregator.asked) == 1 and result.delivered == ()
    assert parcel(counter.uow(), WAYBILL).state == "shipped"
