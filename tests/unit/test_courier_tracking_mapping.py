"""Kuaidi100's answers read into a TrackingResult (showroom/courier_tracking/kuaidi100.py): every documented
state, times from China local to UTC, refusals by their return code, and malformed answers as a
TrackingError of a clear kind, never another exception. No network."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from showroom.courier_tracking import (
    TrackingClient,
    TrackingConfig,
    TrackingError,
    TrackingErrorKind,
    TrackingState,
    Waybill,
    company_code,
    read_answer,
    track_many,
)
from showroom.courier_tracking.kuaidi100 import query_form, sign

Kind = TrackingErrorKind
CHECKED = datetime(2026, 12, 6, 9, 0, tzinfo=timezone.utc)
WAYBILL = Waybill("YT9693083639795", "YTO")


def _answer(state="0", data=None, **more) -> str:
    events = (
        [
            {
                "context": "【深圳市】已签收，签收人：本人",
                "time": "2026-12-06 16:33:19",
                "ftime": "2026-12-06 16:33:19",
            },
            {"context": "【深圳市】派件中", "time": "2026-12-06 08:10:00", "ftime": "2026-12-06 08:10:00"},
            {"context": "【长沙市】已揽收", "time": "2026-12-04 20:02:11", "ftime": "2026-12-04 20:02:11"},
        ]
        if data is None
        else data
    )
    body = {"message": "ok", "state": state, "status": "200", "condition": "F00", "ischeck": "0"}
    body |= {"com": "yuantong", "nu": WAYBILL.number, "data": events, **more}
    return json.dumps(body, ensure_ascii=False)


@pytest.mark.parametrize(
    ("code", "state"),
    [
        ("0", TrackingState.IN_TRANSIT),
        ("1", TrackingState.PICKED_UP),
        ("2", TrackingState.PROBLEM),
        ("3", TrackingState.DELIVERED),
        ("4", TrackingState.RETURNED_TO_SENDER),
        ("5", TrackingState.OUT_FOR_DELIVERY),
        ("6", TrackingState.RETURNING),
        ("7", TrackingState.IN_TRANSIT),
        ("8", TrackingState.IN_TRANSIT),
        ("10", TrackingState.IN_TRANSIT),
        ("11", TrackingState.IN_TRANSIT),
        ("12", TrackingState.IN_TRANSIT),
        ("13", TrackingState.PROBLEM),
        ("14", TrackingState.REFUSED),
        ("99", TrackingState.UNKNOWN),
        (3, TrackingState.DELIVERED),  # the article documents `state` as an Integer
    ],
)
def test_every_documented_state_is_mapped(code, state):
    result = read_answer(_answer(code), WAYBILL, CHECKED)
    assert result.state is state
    assert result.raw_state == str(code)
    assert result.waybill == WAYBILL.number and result.courier == "YTO" and result.checked_at == CHECKED


def test_a_delivered_parcel_says_when_in_utc():
    result = read_answer(_answer("3").encode("utf-8"), WAYBILL, CHECKED)
    assert result.delivered_at == datetime(2026, 12, 6, 8, 33, 19, tzinfo=timezone.utc)  # 16:33 in Shanghai
    assert result.last_event_at == result.delivered_at
    assert result.last_event_text == "【深圳市】已签收，签收人：本人"


def test_only_a_delivered_parcel_has_a_delivery_time():
    result = read_answer(_answer("5"), WAYBILL, CHECKED)
    assert result.delivered_at is None
    assert result.last_event_at == datetime(2026, 12, 6, 8, 33, 19, tzinfo=timezone.utc)


def test_the_newest_scan_is_found_whatever_the_order():
    events = [
        {"context": "older", "ftime": "2026-12-04 20:02:11"},
        {"context": "newest", "time": "2026-12-05 09:00"},  # `time` when `ftime` is missing, minutes only
    ]
    result = read_answer(_answer("0", events), WAYBILL, CHECKED)
    assert (result.last_event_text, result.last_event_at) == (
        "newest",
        datetime(2026, 12, 5, 1, 0, tzinfo=timezone.utc),
    )


@pytest.mark.parametrize(
    ("answer", "kind", "code"),
    [
        ({"result": False, "returnCode": "503", "message": "验证签名失败"}, Kind.AUTH, "503"),
        ({"result": False, "returnCode": "600", "message": "您不是合法的用户"}, Kind.AUTH, "600"),
        ({"result": False, "returnCode": "601", "message": "POLL:KEY已过期"}, Kind.AUTH, "601"),
        ({"result": False, "returnCode": "400", "message": "找不到对应公司"}, Kind.REJECTED, "400"),
        ({"result": False, "returnCode": "408", "message": "手机号码校验不通过"}, Kind.REJECTED, "408"),
        ({"result": False, "returnCode": "500", "message": "查询无结果，请隔段时间再查"}, Kind.NO_RECORDS, "500"),
        ({"result": False, "returnCode": "502", "message": "服务器繁忙"}, Kind.BUSY, "502"),
        ({"result": False, "returnCode": "777", "message": "?"}, Kind.REJECTED, "777"),
        ({"status": "400", "message": "参数错误"}, Kind.REJECTED, "400"),
        ({"status": "500", "message": "查询无结果"}, Kind.NO_RECORDS, "500"),
        ({"result": False}, Kind.REJECTED, ""),
    ],
)
def test_a_refusal_is_an_error_of_its_kind(answer, kind, code):
    with pytest.raises(TrackingError) as caught:
        read_answer(json.dumps(answer, ensure_ascii=False), WAYBILL, CHECKED)
    assert (caught.value.kind, caught.value.code) == (kind, code)
    assert caught.value.stops_polling == (kind is Kind.AUTH)


def _without(key: str) -> str:
    body = json.loads(_answer())
    del body[key]
    return json.dumps(body)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (_without("state"), Kind.MALFORMED),
        (_without("data"), Kind.MALFORMED),
        (_answer(state=None), Kind.MALFORMED),
        (_answer(state=["3"]), Kind.MALFORMED),
        (_answer(state=True), Kind.MALFORMED),
        (_answer(state=""), Kind.MALFORMED),
        (_answer(data={"context": "x"}), Kind.MALFORMED),
        (_answer(data=["a scan"]), Kind.MALFORMED),
        (_answer(data=[{"context": "no time"}]), Kind.MALFORMED),
        (_answer(data=[{"time": "2026-12-06 16:33:19"}]), Kind.MALFORMED),
        (_answer(data=[{"context": "x", "ftime": 1733475199}]), Kind.MALFORMED),
        (_answer(data=[{"context": "x", "ftime": "06/12/2026 16:33"}]), Kind.MALFORMED),
        (_answer(data=[]), Kind.NO_RECORDS),
        (_answer(nu="SF0000000000"), Kind.MALFORMED),  # an answer about another waybill
        ("<html><body><h1>502 Bad Gateway</h1></body></html>", Kind.MALFORMED),
        (b"\xff\xfe not utf-8", Kind.MALFORMED),
        ("", Kind.MALFORMED),
        ("ok", Kind.MALFORMED),
        ("[1, 2]", Kind.MALFORMED),
        ("null", Kind.MALFORMED),
        ("{}", Kind.MALFORMED),
        ('{"message": "ok", "state": "3", "data": [', Kind.MALFORMED),
    ],
)
def test_a_malformed_answer_is_a_tracking_error_never_another_exception(body, kind):
    with pytest.raises(TrackingError) as caught:
        read_answer(body, WAYBILL, CHECKED)
    assert caught.value.kind is kind
    assert str(caught.value)  # says what it saw, for the log


def test_an_html_page_is_named_as_one():
    with pytest.raises(TrackingError, match="an HTML page"):
        read_answer("  <!DOCTYPE html><html>Server Error</html>", WAYBILL, CHECKED)


@pytest.mark.parametrize(
    ("courier", "code"),
    [
        ("SF", "shunfeng"),
        ("顺丰", "shunfeng"),
        ("顺丰速运", "shunfeng"),
        ("ZTO", "zhongtong"),
        ("中通", "zhongtong"),
        ("yto", "yuantong"),
        ("圆通", "yuantong"),
        ("Yunda", "yunda"),
        ("韵达", "yunda"),
        ("JD", "jd"),
        ("京东", "jd"),
        (" EMS ", "ems"),
    ],
)
def test_couriers_map_to_kuaidi100_company_codes(courier, code):
    assert company_code(courier) == code


@pytest.mark.parametrize("courier", ["", "DHL", "申通", None])
def test_an_unknown_courier_is_refused(courier):
    with pytest.raises(TrackingError) as caught:
        company_code(courier)
    assert caught.value.kind is Kind.UNKNOWN_COURIER


def test_the_sign_is_the_upper_case_md5_of_param_key_customer():
    param = '{"com":"yuantong","num":"YT9693083639795"}'
    assert sign(param, "KEYabc", "CUSTOMER123") == "0BFA194752FD92DD1FD17CF99DBFC897"


def test_the_query_sends_only_the_last_four_digits_of_the_phone():
    config = TrackingConfig(enabled=True, customer="C1", key="K1")
    form = query_form(Waybill(" SF1234567890 ", "SF", phone="+86 138-0013-5678"), config)
    param = json.loads(form["param"])
    assert param == {
        "com": "shunfeng",
        "num": "SF1234567890",
        "phone": "5678",
        "resultv2": "1",
        "show": "0",
        "order": "desc",
    }
    assert form["customer"] == "C1" and form["sign"] == sign(form["param"], "K1", "C1")
    assert "phone" not in json.loads(query_form(WAYBILL, config)["param"])
    assert "phone" not in json.loads(query_form(Waybill("SF1", "SF", phone=None), config)["param"])


@pytest.mark.parametrize("number", ["", "   ", None, "X" * 33])
def test_a_waybill_number_out_of_the_documented_bounds_is_refused_before_asking(number):
    with pytest.raises(TrackingError) as caught:
        query_form(Waybill(number, "SF"), TrackingConfig(enabled=True, customer="C", key="K"))
    assert caught.value.kind is Kind.REJECTED


@pytest.mark.parametrize(
    ("config", "kind"),
    [
        (TrackingConfig(), Kind.DISABLED),
        (TrackingConfig(customer="C", key="K"), Kind.DISABLED),  # off by default, even with an account
        (TrackingConfig(enabled=True), Kind.NOT_CONFIGURED),
        (TrackingConfig(enabled=True, customer="C", key=" "), Kind.NOT_CONFIGURED),
        (TrackingConfig(enabled=True, customer="", key="K"), Kind.NOT_CONFIGURED),
        (TrackingConfig(enabled=True, customer="C", key="K", provider="aftership"), Kind.NOT_CONFIGURED),
        (TrackingConfig(enabled=True, customer="C", key="K", base_url="poll.kuaidi100.com"), Kind.NOT_CONFIGURED),
        (TrackingConfig(enabled=True, customer="C", key="K", timeout_s=0), Kind.NOT_CONFIGURED),
    ],
)
def test_the_client_refuses_to_run_when_off_or_without_an_account(config, kind):
    with pytest.raises(TrackingError) as caught:
        TrackingClient(config)
    assert caught.value.kind is kind and caught.value.stops_polling
    run = track_many(config, [WAYBILL])
    assert run.outcomes == () and run.stopped_by.kind is kind and run.not_tried == (WAYBILL,)


def test_the_key_and_phone_stay_out_of_reprs():
    assert "SECRET" not in repr(TrackingConfig(enabled=True, customer="C", key="SECRET"))
    assert "13800135678" not in repr(Waybill("SF1", "SF", phone="13800135678"))
