"""HTTP client of the sync protocol (version 1). The transport is injectable, so tests can drop answers."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

from showroom import __version__
from showroom.domain.errors import (DeviceRevoked, EnrolRefused, HqServerError, HqUnreachable,
                                    ProtocolUnsupported, SyncRefused)

PROTOCOL = "1"
TIMEOUT_S = 30.0


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


def normalise_url(url: str) -> str:
    url = (url or "").strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        url = "http://" + url
    return url


class HqClient:
    def __init__(self, base_url: str, token: str | None = None, transport: httpx.BaseTransport | None = None,
                 timeout: float = TIMEOUT_S, outbox_seq: int | None = None):
        # the app version and the newest outbox event tell HQ's console what this counter runs and still holds
        headers = {"X-Showroom-Protocol": PROTOCOL, "X-Showroom-App": __version__}
        if outbox_seq is not None:
            headers["X-Showroom-Outbox"] = str(outbox_seq)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._http = httpx.Client(base_url=normalise_url(base_url), headers=headers, transport=transport,
                                  timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "HqClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _call(self, method: str, path: str, **kwargs) -> dict | list:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TransportError as exc:   # connect, read, timeouts, broken pipes: all mean "not now"
            raise HqUnreachable(type(exc).__name__) from exc
        except httpx.InvalidURL as exc:
            raise HqUnreachable(str(exc)) from exc
        if response.status_code < 300:
            try:
                return response.json()
            except ValueError as exc:
                raise HqServerError("answer is not JSON") from exc
        raise _refusal(response)

    def enrol(self, code: str, showroom_code: str, local_showroom_id: str, device_name: str,
              first_unacked_seq: int) -> dict:
        return self._call("POST", "/v1/enrol", json={
            "code": code, "showroom_code": showroom_code, "local_showroom_id": local_showroom_id,
            "device_name": device_name[:100], "first_unacked_seq": first_unacked_seq})

    def push(self, events: list[dict]) -> PushAnswer:
        return self.push_wire([json.dumps(e, ensure_ascii=False) for e in events])

    def push_wire(self, events: list[str]) -> PushAnswer:
        """Events already as JSON text (push.py splices the outbox's stored payloads in)."""
        body = self._call("POST", "/v1/events", content=(
            f'{{"events":[{",".join(events)}],"sent_at":{json.dumps(datetime.now(timezone.utc).isoformat())}}}'
        ).encode(), headers={"Content-Type": "application/json"})
        try:
            return PushAnswer(int(body["acked_seq"]), int(body["inserted"]), int(body["duplicates"]))
        except (KeyError, TypeError, ValueError) as exc:   # a proxy or portal answering for HQ
            raise HqServerError("unexpected answer to a push") from exc

    def changes(self, after: int, limit: int) -> ChangesPage:
        body = self._call("GET", "/v1/changes", params={"after": after, "limit": limit})
        try:
            page = ChangesPage(list(body["changes"]), int(body["next_cursor"]), int(body["latest"]),
                               bool(body["has_more"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise HqServerError("unexpected answer to a pull") from exc
        if not all(isinstance(c, dict) and isinstance(c.get("data"), dict) for c in page.changes):
            raise HqServerError("unexpected change in a pull")
        return page


def _refusal(response: httpx.Response) -> Exception:
    try:
        detail = response.json().get("detail")
    except ValueError:
        detail = None
    problem = detail if isinstance(detail, dict) else {"code": "", "message": str(detail or response.text)[:200]}
    code, message = problem.get("code", ""), problem.get("message", "")
    status = response.status_code
    if status == 409 and code == "sequence_gap":
        return SequenceGap(int(problem.get("acked_seq") or 0))
    if status == 401:
        return DeviceRevoked(message)
    if status == 426:
        return ProtocolUnsupported(message)
    if status == 403 and code in ("enrol_code_invalid", "showroom_mismatch"):
        return EnrolRefused(code, message)
    if status >= 500 or status in (404, 405, 502, 503, 504):   # a proxy or a wrong URL: not our data's fault
        return HqServerError(f"HTTP {status}")
    return SyncRefused(code or f"http_{status}", message)
