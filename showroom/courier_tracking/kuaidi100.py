"""Kuaidi100 (快递100) real-time query (实时快递查询接口): the request it takes and its answer read into a
TrackingResult. Pure functions, no HTTP (client.py sends the request).

What the documentation says, and where it was read (December 2026):
- Request: POST, application/x-www-form-urlencoded, to https://poll.kuaidi100.com/poll/query.do with
  `customer` (the account's company id), `param` (JSON: `com` company code in lower case, `num` the
  waybill, at most 32 characters, `phone` needed for SF Express, optional `resultv2`, `show` 0 = JSON,
  `order` desc) and `sign` = MD5 of param + key + customer, as 32 upper-case hex digits. Sources: Kuaidi100's
  own Python demo (github.com/kuaidi100-api/python-demo, code/synquery.py: the phone "may be its last four
  digits"), its Java SDK (kuaidi100-api/java-demo, sdk/request/QueryTrackReq.java), and its article
  "快递100快递实时物流快递查询接口API案例代码" (cloud.tencent.com/developer/article/1825387, also
  segmentfault.com/a/1190000040012459).
- Answer: {"message", "state", "status", "condition", "ischeck", "com", "nu", "data": [{"context",
  "time", "ftime", "status", "areaCode", "areaName"}]}, data newest first; `state` 0 在途, 1 揽收, 2 疑难,
  3 签收, 4 退签, 5 派件, 6 退回, 7 转投 (转单), 10 待清关, 11 清关中, 12 已清关, 13 清关异常, 14 拒签
  (java-demo sdk/response/QueryTrackResp.java and QueryTrackData.java; the same article). Older pages
  (blog.csdn.net/CB_1213/article/details/86637524) give 0-7 only; 8 (清关, customs) is read as in transit.
  Times are China local time ("2012-08-28 16:33:19").
- A refusal: {"result": false, "returnCode": "...", "message": "..."} (QueryTrackResp.java's `result` and
  `returnCode`, "查不到轨迹或者其他问题返回码"). Codes: 400 incomplete request / company not found / no queries
  left (api.kuaidi100.com/document/chaxunzhaobudaogongsi), 500 server error, 503 sign check failed,
  600 not a valid user, 601 key expired (Kuaidi100's code table on apifox.com/apidoc/project-514987,
  printed for its other interfaces). 408 (phone digits did not match), 500 "查询无结果" (no scans yet),
  501/502 (server error, busy) are from memory of the query page and are NOT verified; each is read
  cautiously below (500 is taken as "no scans yet": the query interface answers it for a waybill with none).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from showroom.courier_tracking.model import (
    TrackingConfig,
    TrackingError,
    TrackingErrorKind,
    TrackingResult,
    TrackingState,
    Waybill,
)

CHINA = ZoneInfo("Asia/Shanghai")  # the couriers' times carry no zone: China Standard Time
Kind = TrackingErrorKind

# Our names for the couriers (and the ways a clerk writes them) to Kuaidi100's company codes.
COMPANY_CODES = {
    "shunfeng": ("sf", "sf express", "顺丰", "顺丰速运", "顺丰快递", "shunfeng"),
    "zhongtong": ("zto", "中通", "中通快递", "zhongtong"),
    "yuantong": ("yto", "圆通", "圆通速递", "圆通快递", "yuantong"),
    "yunda": ("yunda", "韵达", "韵达快递", "韵达速递"),
    "jd": ("jd", "jdl", "京东", "京东快递", "京东物流"),
    "ems": ("ems", "中国邮政ems", "邮政ems", "邮政特快专递"),
}
_BY_NAME = {name: code for code, names in COMPANY_CODES.items() for name in names}

STATES = {
    "0": TrackingState.IN_TRANSIT,
    "1": TrackingState.PICKED_UP,
    "2": TrackingState.PROBLEM,
    "3": TrackingState.DELIVERED,
    "4": TrackingState.RETURNED_TO_SENDER,
    "5": TrackingState.OUT_FOR_DELIVERY,
    "6": TrackingState.RETURNING,
    "7": TrackingState.IN_TRANSIT,  # handed to another courier
    "8": TrackingState.IN_TRANSIT,  # customs
    "10": TrackingState.IN_TRANSIT,  # waiting for customs
    "11": TrackingState.IN_TRANSIT,  # in customs
    "12": TrackingState.IN_TRANSIT,  # cleared customs
    "13": TrackingState.PROBLEM,  # customs trouble
    "14": TrackingState.REFUSED,
}

REFUSALS = {
    "400": Kind.REJECTED,
    "408": Kind.REJECTED,
    "500": Kind.NO_RECORDS,
    "501": Kind.BUSY,
    "502": Kind.BUSY,
    "503": Kind.AUTH,
    "600": Kind.AUTH,
    "601": Kind.AUTH,
}


def company_code(courier: str) -> str:
    code = _BY_NAME.get((courier or "").strip().lower())
    if code is None:
        raise TrackingError(Kind.UNKNOWN_COURIER, repr(courier))
    return code


def sign(param: str, key: str, customer: str) -> str:
    """The documented signature: MD5 of param + key + customer, upper-case hex."""
    return hashlib.md5((param + key + customer).encode("utf-8")).hexdigest().upper()


def query_form(waybill: Waybill, config: TrackingConfig) -> dict[str, str]:
    """The form fields of one query. Only the phone's last four digits leave the showroom."""
    number = str(waybill.number or "").strip()
    if not number or len(number) > 32:  # the documented limit of a waybill number
        raise TrackingError(Kind.REJECTED, f"waybill number {number!r}")
    param = {"com": company_code(waybill.courier), "num": number}
    digits = "".join(ch for ch in str(waybill.phone or "") if ch.isdigit())
    if digits:
        param["phone"] = digits[-4:]
    param |= {"resultv2": "1", "show": "0", "order": "desc"}
    text = json.dumps(param, ensure_ascii=False, separators=(",", ":"))
    return {"customer": config.customer, "param": text, "sign": sign(text, config.key, config.customer)}


def read_answer(body: bytes | str, waybill: Waybill, checked_at: datetime) -> TrackingResult:
    """An answer of the query interface as a TrackingResult; anything else raises TrackingError."""
    answer = _json_object(body)
    _raise_refusal(answer)
    state_code = answer.get("state")
    if isinstance(state_code, bool) or not isinstance(state_code, (str, int)) or str(state_code).strip() == "":
        raise TrackingError(Kind.MALFORMED, f"state is {state_code!r}")
    events = answer.get("data")
    if not isinstance(events, list):
        raise TrackingError(Kind.MALFORMED, f"data is {type(events).__name__}")
    if not events:
        raise TrackingError(Kind.NO_RECORDS, "data is empty")
    number = answer.get("nu")
    if isinstance(number, str) and number and number.strip().upper() != str(waybill.number).strip().upper():
        raise TrackingError(Kind.MALFORMED, f"an answer about waybill {number!r}")
    at, text = max((_event(item) for item in events), key=lambda event: event[0])
    state = STATES.get(str(state_code).strip(), TrackingState.UNKNOWN)
    return TrackingResult(
        waybill=waybill.number,
        courier=waybill.courier,
        state=state,
        delivered_at=at if state is TrackingState.DELIVERED else None,
        last_event_text=text,
        last_event_at=at,
        checked_at=checked_at,
        raw_state=str(state_code).strip(),
    )


def _json_object(body: bytes | str) -> dict:
    try:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        answer = json.loads(text)
    except (UnicodeDecodeError, ValueError) as exc:
        start = (body[:200].decode("utf-8", "replace") if isinstance(body, bytes) else body[:200]).lstrip()
        what = "an HTML page" if start.startswith("<") else "not JSON"
        raise TrackingError(Kind.MALFORMED, f"{what}: {start[:80]!r}") from exc
    if not isinstance(answer, dict):
        raise TrackingError(Kind.MALFORMED, f"a JSON {type(answer).__name__}, not an object")
    return answer


def _raise_refusal(answer: dict) -> None:
    """A refusal says result false with a returnCode; some pages show the code in `status` instead."""
    code = answer.get("returnCode")
    if code is None and "state" not in answer and "data" not in answer:
        code = answer.get("status")
    refused = answer.get("result") is False or (code is not None and str(code).strip() != "200")
    if not refused:
        return
    code = "" if code is None else str(code).strip()
    message = answer.get("message")
    detail = message if isinstance(message, str) else ""
    raise TrackingError(REFUSALS.get(code, Kind.REJECTED), detail, code)


def _event(item: object) -> tuple[datetime, str]:
    if not isinstance(item, dict):
        raise TrackingError(Kind.MALFORMED, f"an event is {type(item).__name__}")
    text, when = item.get("context"), item.get("ftime") or item.get("time")
    if not isinstance(text, str) or not isinstance(when, str):
        raise TrackingError(Kind.MALFORMED, f"an event without context or time: {sorted(item)}")
    return china_time(when), text.strip()


def china_time(text: str) -> datetime:
    """A courier's time ("2026-12-06 16:33:19", China local) in UTC."""
    for form in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            local = datetime.strptime(text.strip(), form)
        except ValueError:
            continue
        return local.replace(tzinfo=CHINA).astimezone(timezone.utc)
    raise TrackingError(Kind.MALFORMED, f"time {text!r}")
