"""Reading HQ's database directly, for assertions."""

from __future__ import annotations

import json

import httpx
from sqlalchemy import func, select

from hq.models import Alert, Device, Event, NetSample, NetStreamer, SyncException
from showroom.sync.client import PROTOCOL


def hq_events(hq) -> list[Event]:
    with hq.sessions() as s:
        return list(s.scalars(select(Event).order_by(Event.device_id, Event.seq)))


def hq_count(hq, model, *where) -> int:
    with hq.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def hq_streamers(hq) -> dict[str, NetStreamer]:
    with hq.sessions() as s:
        return {r.phone: r for r in s.scalars(select(NetStreamer))}


def hq_served(hq) -> dict[str, set[str]]:
    """Showroom code -> the phones of the streamers it served (it receives their full records)."""
    from hq.models import HqShowroom, StreamerServed

    out: dict[str, set[str]] = {}
    with hq.sessions() as s:
        for code, phone in s.execute(
            select(HqShowroom.code, NetStreamer.phone)
            .join(StreamerServed, StreamerServed.showroom_id == HqShowroom.id)
            .join(NetStreamer, NetStreamer.id == StreamerServed.streamer_id)
        ):
            out.setdefault(code, set()).add(phone)
    return out


def hq_samples(hq) -> dict[str, str]:
    with hq.sessions() as s:
        return {r.id: r.status for r in s.scalars(select(NetSample))}


def hq_exceptions(hq) -> list[SyncException]:
    with hq.sessions() as s:
        return list(s.scalars(select(SyncException)))


def hq_alerts(hq) -> list[Alert]:
    with hq.sessions() as s:
        return list(s.scalars(select(Alert)))


def device_of(hq, device_id: str) -> Device:
    with hq.sessions() as s:
        return s.get(Device, device_id)


def token_of(room) -> str:
    return (room.data_dir / "device-secret").read_text()


def raw_client(hq, token: str | None = None, protocol: str | None = PROTOCOL) -> httpx.Client:
    headers = {}
    if protocol is not None:
        headers["X-Showroom-Protocol"] = protocol
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.Client(base_url="http://testserver", transport=hq.transport, headers=headers)


def wire(events) -> list[dict]:
    return [
        {
            "id": e.id,
            "seq": e.seq,
            "type": e.type,
            "payload": json.loads(e.payload),
            "occurred_at": e.occurred_at.isoformat(),
            "staff_id": e.staff_id,
        }
        for e in events
    ]


class LoseResponses(httpx.BaseTransport):
    """Fault injection: the server does the work, then the answer is lost on the way back."""

    def __init__(self, inner: httpx.BaseTransport, lose: int = 1, path: str = "/v1/events"):
        self.inner, self.lose, self.path = inner, lose, path

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.lose and request.url.path == self.path:
            self.lose -= 1
            response.read()
            raise httpx.ReadError("connection reset after the server answered", request=request)
        return response


class Offline(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("network is down", request=request)
