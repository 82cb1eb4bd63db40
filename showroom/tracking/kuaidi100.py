"""An adapter for 快递100's real-time query (实时查询, `poll/query.do`), the common aggregator of Chinese couriers.

The request is a form POST: `customer` (the account's customer id), `param` (JSON: `com` the courier's code,
`num` the waybill, `phone` the receiver's or sender's phone, which SF asks for) and `sign`, the upper-case MD5 of
param + key + customer. The answer is JSON: `message`, `status` ("200" when found), `state` ("3" signed for,
"4" returned and signed, "0" in transit, "1" collected, "5" out for delivery, "2" a problem, "6" on its way
back, "14" refused), `ischeck` ("1": the waybill is done), and `data`, the tracking steps newest first, each with
`time`/`ftime` ("2026-11-22 14:05:11", Beijing time), `context` and `status`. Anything else is said as
TrackingUnavailable and changes nothing: a parcel is always marked by hand too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import httpx

DEFAULT_URL = "https://poll.kuaidi100.com/poll/query.do"
TIMEOUT_S = 10.0
CODES = {"sf": "shunfeng", "zto": "zhongtong", "yto": "yuantong", "yunda": "yunda", "jd": "jd", "ems": "ems"}
SIGNED = {"3", "4"}  # signed for (3), or returned to the sender and signed for there (4)
BEIJING = ZoneInfo("Asia/Shanghai")


class TrackingUnavailable(Exception):
    """No usable answer: not configured, unreachable, refused, or an answer of another shape."""


@dataclass(frozen=True)
class TrackingStep:
    at: datetime  # UTC
    text: str


@dataclass(frozen=True)
class Tracked:
    waybill: str
    state: str  # the aggregator's state code
    signed_at: datetime | None  # UTC, when the parcel was signed for
    steps: tuple[TrackingStep, ...]

    @property
    def delivered(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True)
class Kuaidi100:
    customer: str
    key: str
    url: str = DEFAULT_URL
    transport: httpx.BaseTransport | None = None  # tests answer from a local fake server

    def sign(self, param: str) -> str:
        return hashlib.md5((param + self.key + self.customer).encode("utf-8")).hexdigest().upper()  # noqa: S324

    def query(self, courier: str, waybill: str, phone: str = "") -> Tracked:
        if not (self.customer and self.key and courier in CODES):
            raise TrackingUnavailable("not_configured")
        param = json.dumps({"com": CODES[courier], "num": waybill, "phone": phone}, ensure_ascii=False)
        form = {"customer": self.customer, "param": param, "sign": self.sign(param)}
        try:
            with httpx.Client(timeout=TIMEOUT_S, transport=self.transport) as client:
                answer = client.post(self.url, data=form)
        except httpx.HTTPError as failed:
            raise TrackingUnavailable(type(failed).__name__) from None
        if answer.status_code != 200:
            raise TrackingUnavailable(f"http_{answer.status_code}")
        return read_answer(waybill, answer)


def read_answer(waybill: str, answer: httpx.Response) -> Tracked:
    try:
        body = answer.json()
        if str(body.get("status")) != "200":
            raise TrackingUnavailable(str(body.get("message") or body.get("returnCode") or "refused")[:100])
        steps = tuple(
            TrackingStep(_beijing(step.get("ftime") or step["time"]), str(step.get("context", ""))[:300])
            for step in body.get("data") or []
        )
        state = str(body.get("state", ""))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise TrackingUnavailable("unreadable") from None
    signed = max((s.at for s in steps), default=None) if state in SIGNED else None
    return Tracked(waybill, state, signed, steps)


def _beijing(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIJING).astimezone(ZoneInfo("UTC"))
