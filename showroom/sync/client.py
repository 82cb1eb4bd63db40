"""HTTP client of the sync protocol (version 1). The transport is injectable, so tests can drop answers.

An HQ that is busy says so (503, or 429 from a proxy) with Retry-After; the client waits that long, with
jitter of its own, and asks again, a bounded number of times (`Backoff`). A refused connection is taken
for "busy" too once HQ has answered this client, and for "HQ is away" (HqUnreachable, at once) before.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

from showroom import __version__
from showroom.domain.errors import (
    DeviceRevoked,
    EnrolRefused,
    HqServerError,
    HqUnreachable,
    ProtocolUnsupported,
    SyncRefused,
)
from showroom.services import common

PROTOCOL = "1"
TIMEOUT_S = 30.0
BUSY = (429, 502, 503, 504)  # come back later: HQ (or a proxy before it) is overloaded or restarting


@dataclass
class Backoff:
    """How long to wait before asking a busy HQ again: Retry-After when it says one (at most `cap_s`),
    stretched by up to half again at random, else exponential with full jitter; `attempts` tries in all,
    and never more than `budget_s` of waiting for one request. `sleep` is injectable for tests."""

    attempts: int = 8
    base_s: float = 0.5
    cap_s: float = 30.0
    budget_s: float = 120.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.cap_s) * self.rng.uniform(1.0, 1.5)
        return self.rng.uniform(0, min(self.cap_s, self.base_s * 2**attempt))


class BodyTooLarge(Exception):
    """HQ (or a proxy before it) would not take a body this large (413): send fewer events at once."""


class SequenceGap(Exception):
    """HQ holds fewer of our events than we thought (409): resend from acked_seq + 1."""

    def __init__(self, acked_seq: int):
        super().__init__(acked_seq)
        self.acked_seq = acked_seq


@dataclass(frozen=True)
class PushAnswer:
    acked_seq: int
    inserted: int
    duplicates: int


@dataclass(frozen=True)
class ChangesPage:
    changes: list[dict]
    next_cursor: int
    latest: int
    has_more: bool


@dataclass(frozen=True)
class HistoryPage:
    events: list[dict]
    latest_seq: int
    has_more: bool


def normalise_url(url: str) -> str:
    url = (url or "").strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        url = "http://" + url
    return url


class HqClient:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: float = TIMEOUT_S,
        backoff: Backoff | None = None,
        outbox_seq: int | None = None,
    ):
        # the app version and the newest outbox event tell HQ's console what this counter runs and still holds
        headers = {"X-Showroom-Protocol": PROTOCOL, "X-Showroom-App": __version__}
        if outbox_seq is not None:
            headers["X-Showroom-Outbox"] = str(outbox_seq)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        import httpx  # ~80 ms: loaded with the first client, not when the app starts (its status bar)

        self._http = httpx.Client(
            base_url=normalise_url(base_url), headers=headers, transport=transport, timeout=timeout
        )
        self.backoff = backoff or Backoff()
        self.answered = False  # HQ has answered this client: a refused connection now means "busy"
        self.waits: list[float] = []  # each wait for a busy HQ, in seconds (the drain benchmark counts them)
        self.clock_skew_s: int | None = None  # HQ's time minus ours, at the last answer
        self.clock_checked_at: datetime | None = None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HqClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _call(self, method: str, path: str, *, repeatable: bool = True, **kwargs) -> dict | list:
        """One request, asked again while HQ is busy. `repeatable`: sending it twice does no harm (a push,
        a pull), so an answer lost on the way back is asked for again too; an enrolment is not."""
        waited, attempt = 0.0, 0
        while True:
            response, retry_after, failure = self._send(method, path, repeatable, kwargs)
            if response is not None and response.status_code not in BUSY:
                break
            attempt += 1
            delay = self.backoff.delay(attempt - 1, retry_after)
            if attempt >= self.backoff.attempts or waited + delay > self.backoff.budget_s:
                if failure is not None:
                    raise failure
                break  # still busy: said as HqServerError below
            self.backoff.sleep(delay)
            self.waits.append(delay)
            waited += delay
        if response.status_code < 300:
            try:
                return response.json()
            except ValueError as exc:
                raise HqServerError("answer is not JSON") from exc
        raise _refusal(response)

    def _send(self, method: str, path: str, repeatable: bool, kwargs: dict):
        """(response, Retry-After seconds, None), or (None, None, HqUnreachable) for a failure worth a retry;
        raises HqUnreachable for one that is not."""
        import httpx

        sent = common.utcnow()  # the PC clock the use cases stamp with
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TransportError as exc:  # connect, read, timeouts, broken pipes: all mean "not now"
            failure = HqUnreachable(type(exc).__name__)
            refused = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
            if self.answered and (refused or repeatable):  # HQ was there a moment ago: it is busy
                return None, None, failure
            raise failure from exc
        except httpx.InvalidURL as exc:
            raise HqUnreachable(str(exc)) from exc
        self.answered = True
        self._measure_clock(response, sent, common.utcnow())
        return response, _seconds(response.headers.get("Retry-After")), None

    def _measure_clock(self, response: httpx.Response, sent: datetime, received: datetime) -> None:
        """HQ's clock against ours from its Date header (whole seconds, so half a second is added back),
        taken as read at the middle of the exchange."""
        try:
            hq_time = parsedate_to_datetime(response.headers["date"])
        except (KeyError, TypeError, ValueError):
            return
        if hq_time.tzinfo is None:
            return
        middle = sent + (received - sent) / 2
        self.clock_skew_s = round((hq_time - middle).total_seconds() + 0.5)
        self.clock_checked_at = received

    def enrol(
        self, code: str, showroom_code: str, local_showroom_id: str, device_name: str, first_unacked_seq: int
    ) -> dict:
        return self._call(
            "POST",
            "/v1/enrol",
            repeatable=False,
            json={
                "code": code,
                "showroom_code": showroom_code,
                "local_showroom_id": local_showroom_id,
                "device_name": device_name[:100],
                "first_unacked_seq": first_unacked_seq,
                "catch_up": True,
            },
        )

    def recover(self, code: str, device_name: str) -> dict:
        """Enrols this PC as the counter of the code's showroom, to rebuild it from HQ's copy of its events."""
        return self._call(
            "POST", "/v1/recover", repeatable=False, json={"code": code, "device_name": device_name[:100]}
        )

    def push(self, events: list[dict]) -> PushAnswer:
        return self.push_wire([json.dumps(e, ensure_ascii=False) for e in events])

    def push_wire(self, events: list[str]) -> PushAnswer:
        """Events already as JSON text (push.py splices the outbox's stored payloads in)."""
        body = self._call(
            "POST",
            "/v1/events",
            content=(f'{{"events":[{",".join(events)}],"sent_at":{json.dumps(common.utcnow().isoformat())}}}').encode(),
            headers={"Content-Type": "application/json"},
        )
        try:
            return PushAnswer(int(body["acked_seq"]), int(body["inserted"]), int(body["duplicates"]))
        except (KeyError, TypeError, ValueError) as exc:  # a proxy or portal answering for HQ
            raise HqServerError("unexpected answer to a push") from exc

    def changes(self, after: int, limit: int) -> ChangesPage:
        body = self._call("GET", "/v1/changes", params={"after": after, "limit": limit})
        try:
            page = ChangesPage(
                list(body["changes"]), int(body["next_cursor"]), int(body["latest"]), bool(body["has_more"])
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise HqServerError("unexpected answer to a pull") from exc
        if not all(isinstance(c, dict) and isinstance(c.get("data"), dict) for c in page.changes):
            raise HqServerError("unexpected change in a pull")
        return page

    def history(self, after: int, limit: int) -> HistoryPage:
        """This counter's own events at HQ past sequence `after` (what every enrolment of it pushed)."""
        body = self._call("GET", "/v1/history", params={"after": after, "limit": limit})
        try:
            page = HistoryPage(list(body["events"]), int(body["latest_seq"]), bool(body["has_more"]))
            for e in page.events:
                if not (isinstance(e["payload"], dict) and isinstance(e["seq"], int) and isinstance(e["id"], str)):
                    raise TypeError("event")
        except (KeyError, TypeError, ValueError) as exc:
            raise HqServerError("unexpected answer to a history request") from exc
        return page


def _seconds(value: str | None) -> float | None:
    """Retry-After in seconds (its date form is not used by HQ: taken as absent)."""
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return None
    return seconds if 0 <= seconds < 86400 else None


def _refusal(response: httpx.Response) -> Exception:
    try:
        detail = response.json().get("detail")
    except ValueError:
        detail = None
    problem = detail if isinstance(detail, dict) else {"code": "", "message": str(detail or response.text)[:200]}
    code, message = problem.get("code", ""), problem.get("message", "")
    status = response.status_code
    if status == 413:
        return BodyTooLarge(message)
    if status == 409 and code == "sequence_gap":
        return SequenceGap(int(problem.get("acked_seq") or 0))
    if status == 401:
        return DeviceRevoked(message)
    if status == 426:
        return ProtocolUnsupported(message)
    if status == 403 and code in ("enrol_code_invalid", "showroom_mismatch"):
        return EnrolRefused(code, message)
    if status >= 500 or status in (404, 405, 502, 503, 504):  # a proxy or a wrong URL: not our data's fault
        return HqServerError(f"HTTP {status}")
    return SyncRefused(code or f"http_{status}", message)
