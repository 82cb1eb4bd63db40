"""The tracking client against a local fake Kuaidi100 (http.server on 127.0.0.1, a free port, in a thread):
it checks the form and the sign as the documentation says, and answers with the documented shapes —
delivered, in transit, no scans yet, a wrong sign, a slow answer, an HTML error page. Never the internet."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import replace
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from showroom.courier_tracking import (
    TrackingClient,
    TrackingConfig,
    TrackingError,
    TrackingErrorKind,
    TrackingState,
    Waybill,
    track_many,
)

Kind = TrackingErrorKind
CUSTOMER, KEY = "FAKECUSTOMER0001", "fakeKey42"
NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)
SLOW_S = 1.5

EVENTS = {
    "3": [
        {
            "context": "【深圳市】已签收，签收人凭取货码签收",
            "time": "2026-12-06 16:33:19",
            "ftime": "2026-12-06 16:33:19",
            "status": "签收",
            "areaCode": "CN440300000000",
            "areaName": "广东,深圳市",
        },
        {
            "context": "【深圳市】快件已到达 福田营业点",
            "time": "2026-12-06 07:45:00",
            "ftime": "2026-12-06 07:45:00",
            "status": "在途",
            "areaCode": "CN440300000000",
            "areaName": "广东,深圳市",
        },
    ],
    "0": [
        {
            "context": "【长沙转运中心】已发出 下一站【深圳转运中心】",
            "time": "2026-12-05 23:10:02",
            "ftime": "2026-12-05 23:10:02",
            "status": "在途",
            "areaCode": "CN430100000000",
            "areaName": "湖南,长沙市",
        },
        {
            "context": "【长沙市】已揽收",
            "time": "2026-12-05 18:00:40",
            "ftime": "2026-12-05 18:00:40",
            "status": "揽收",
            "areaCode": "CN430100000000",
            "areaName": "湖南,长沙市",
        },
    ],
}
WAYBILLS = {  # waybill -> (company code, state of its answer)
    "SF1400000001": ("shunfeng", "3"),
    "ZT7500000002": ("zhongtong", "0"),
}


def _refusal(code: str, message: str) -> dict:
    return {"result": False, "returnCode": code, "message": message}


class FakeKuaidi100(BaseHTTPRequestHandler):
    """POST /poll/query.do as documented; remembers what it was sent (server.received)."""

    def do_POST(self):  # noqa: N802  (http.server's name)
        size = int(self.headers.get("Content-Length", 0))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(size).decode("utf-8")).items()}
        self.server.received.append((self.headers.get("Content-Type", ""), form))
        if self.path != "/poll/query.do":
            return self._send(404, b"<html><body>Not Found</body></html>", "text/html")
        expected = hashlib.md5((form.get("param", "") + KEY + CUSTOMER).encode()).hexdigest().upper()
        if form.get("customer") != CUSTOMER or form.get("sign") != expected:
            return self._json(_refusal("503", "验证签名失败"))
        param = json.loads(form["param"])
        number = param["num"]
        if number == "SLOW0000001":
            time.sleep(SLOW_S)
            return self._json(_refusal("500", "查询无结果，请隔段时间再查"))
        if number == "HTML0000500":
            return self._send(
                500, b"<html><head><title>500</title></head><body>Internal Server Error</body></html>", "text/html"
            )
        if number not in WAYBILLS:
            return self._json(_refusal("500", "查询无结果，请隔段时间再查"))
        company, state = WAYBILLS[number]
        if param["com"] != company or (company == "shunfeng" and param.get("phone") != "5678"):
            return self._json(_refusal("408", "快递公司参数异常：手机号码校验不通过"))
        answer = {"message": "ok", "nu": number, "ischeck": "1" if state == "3" else "0", "condition": "F00"}
        answer |= {"com": company, "status": "200", "state": state, "data": EVENTS[state]}
        self._json(answer)

    def _json(self, body: dict) -> None:
        self._send(200, json.dumps(body, ensure_ascii=False).encode("utf-8"), "application/json;charset=UTF-8")

    def _send(self, status: int, body: bytes, kind: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (the slow answer)
            pass

    def log_message(self, *args) -> None:  # quiet test output
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeKuaidi100)
    httpd.daemon_threads = True
    httpd.received = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@pytest.fixture
def config(server):
    server.received.clear()
    host, port = server.server_address
    return TrackingConfig(
        enabled=True, customer=CUSTOMER, key=KEY, base_url=f"http://{host}:{port}/poll/query.do", timeout_s=0.5
    )


def _client(config: TrackingConfig, sleeps: list | None = None) -> TrackingClient:
    return TrackingClient(config, now=lambda: NOW, sleep=(sleeps.append if sleeps is not None else lambda s: None))


def test_a_delivered_parcel(server, config):
    with _client(config) as client:
        result = client.track(Waybill("SF1400000001", "顺丰", phone="138 0013 5678"))
    assert result.state is TrackingState.DELIVERED
    assert result.delivered_at == datetime(2026, 12, 6, 8, 33, 19, tzinfo=timezone.utc)
    assert result.last_event_text == "【深圳市】已签收，签收人凭取货码签收"
    assert result.checked_at == NOW and result.courier == "顺丰"
    content_type, form = server.received[-1]
    assert content_type == "application/x-www-form-urlencoded"  # as documented
    assert set(form) == {"customer", "param", "sign"} and KEY not in form.values()
    assert "13800135678" not in form["param"]  # only the last four digits leave the showroom


def test_a_parcel_in_transit(config):
    with _client(config) as client:
        result = client.track(Waybill("ZT7500000002", "ZTO"))
    assert (result.state, result.delivered_at) == (TrackingState.IN_TRANSIT, None)
    assert result.last_event_at == datetime(2026, 12, 5, 15, 10, 2, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("waybill", "kind"),
    [
        (Waybill("YT0000000003", "YTO"), Kind.NO_RECORDS),  # no scans yet
        (Waybill("SF1400000001", "SF"), Kind.REJECTED),  # SF Express needs the phone's last digits
        (Waybill("HTML0000500", "EMS"), Kind.BUSY),  # an HTML error page with HTTP 500
        (Waybill("SLOW0000001", "JD"), Kind.TIMEOUT),
        (Waybill("DH0000000001", "DHL"), Kind.UNKNOWN_COURIER),
    ],
)
def test_what_goes_wrong_is_a_tracking_error_of_its_kind(config, waybill, kind):
    with _client(config) as client, pytest.raises(TrackingError) as caught:
        client.track(waybill)
    assert caught.value.kind is kind  # and nothing but a TrackingError came out


def test_a_wrong_key_is_an_auth_error(config):
    wrong = replace(config, key="notTheKey")
    with _client(wrong) as client, pytest.raises(TrackingError) as caught:
        client.track(Waybill("ZT7500000002", "ZTO"))
    assert (caught.value.kind, caught.value.code) == (Kind.AUTH, "503")


def test_a_wrong_address_is_refused(config):
    elsewhere = replace(config, base_url=config.base_url.replace("query.do", "nowhere"))
    with _client(elsewhere) as client, pytest.raises(TrackingError) as caught:
        client.track(Waybill("ZT7500000002", "ZTO"))
    assert (caught.value.kind, caught.value.code) == (Kind.REJECTED, "404")


BATCH = [
    Waybill("SF1400000001", "SF", phone="13800135678"),
    Waybill("YT0000000003", "YTO"),
    Waybill("ZT7500000002", "ZTO"),
]


def test_a_polling_run_asks_one_at_a_time_with_a_pause_and_goes_past_ordinary_errors(server, config):
    sleeps: list[float] = []
    with _client(config, sleeps) as client:
        run = client.track_many(BATCH, delay_s=0.25)
    assert [o.waybill for o in run.outcomes] == BATCH and run.stopped_by is None and run.not_tried == ()
    assert run.outcomes[0].result.state is TrackingState.DELIVERED
    assert run.outcomes[1].error.kind is Kind.NO_RECORDS and run.outcomes[1].result is None
    assert run.outcomes[2].result.state is TrackingState.IN_TRANSIT
    assert sleeps == [0.25, 0.25]  # between queries, not before the first
    assert len(server.received) == 3


def test_a_polling_run_stops_at_an_auth_error(server, config):
    wrong = replace(config, customer="SOMEONEELSE")
    run = track_many(wrong, BATCH, delay_s=0, now=lambda: NOW)
    assert len(run.outcomes) == 1 and run.outcomes[0].error.kind is Kind.AUTH
    assert run.stopped_by is run.outcomes[0].error and run.not_tried == tuple(BATCH[1:])
    assert len(server.received) == 1  # the others were never sent


def test_a_polling_run_stops_when_the_aggregator_cannot_be_reached(config):
    with ThreadingHTTPServer(("127.0.0.1", 0), FakeKuaidi100) as closed:
        port = closed.server_address[1]  # bound, then closed: nothing listens there
    offline = replace(config, base_url=f"http://127.0.0.1:{port}/poll/query.do")
    run = track_many(offline, BATCH, delay_s=0)
    assert run.stopped_by.kind is Kind.UNREACHABLE and run.not_tried == tuple(BATCH[1:])
