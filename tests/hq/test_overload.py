"""Under overload HQ says 503 with Retry-After, at once; the sync client waits as told, with jitter, and
asks again (issue 14, item 8). No test here sleeps: the client's waits are recorded, not slept."""

from __future__ import annotations

import random

import httpx
import pytest
from sqlalchemy.exc import TimeoutError as PoolTimeout

from hq import device_reads
from showroom.domain.errors import HqServerError, HqUnreachable
from showroom.sync.client import Backoff, HqClient
from showroom.sync.push import push_all
from tests.hq.helpers import raw_client, token_of
from tests.hq.test_push import assert_exactly_once


class Busy(httpx.BaseTransport):
    """Answers the first `times` requests to `path` as an overloaded HQ (or proxy) would, then passes on."""

    def __init__(self, inner, times: int, status: int = 503, retry_after: str | None = "2", path="/v1/events"):
        self.inner, self.times, self.status, self.retry_after, self.path = inner, times, status, retry_after, path

    def handle_request(self, request):
        if self.times and request.url.path == self.path:
            self.times -= 1
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            return httpx.Response(self.status, headers=headers, json={"detail": {"code": "busy", "message": "busy"}})
        return self.inner.handle_request(request)


class RefusedAfter(httpx.BaseTransport):
    """Connections refused `times` times once `answers` requests got through (a full accept queue)."""

    def __init__(self, inner, answers: int, times: int):
        self.inner, self.answers, self.times = inner, answers, times

    def handle_request(self, request):
        if self.answers:
            self.answers -= 1
            return self.inner.handle_request(request)
        if self.times:
            self.times -= 1
            raise httpx.ConnectError("connection refused", request=request)
        return self.inner.handle_request(request)


def _client(cs, transport, **backoff) -> tuple[HqClient, list[float]]:
    slept: list[float] = []
    client = HqClient(
        "http://testserver",
        token=token_of(cs),
        transport=transport,
        backoff=Backoff(sleep=slept.append, rng=random.Random(1), **backoff),
    )
    return client, slept


def _pending(cs, n: int = 3) -> None:
    for i in range(n):
        cs.register(f"排队{i}", f"139000{i:05d}")


def test_the_client_waits_as_long_as_retry_after_says_with_jitter(hq, cs):
    _pending(cs)
    client, slept = _client(cs, Busy(hq.transport, times=3, retry_after="2"))
    with client:
        push_all(cs.store.uow, client)
    assert len(slept) == 3 and all(2 <= s <= 3 for s in slept) and len(set(slept)) == 3
    assert_exactly_once(hq, cs)


def test_without_retry_after_the_waits_grow_with_full_jitter(hq, cs):
    _pending(cs)
    client, slept = _client(cs, Busy(hq.transport, times=5, status=429, retry_after=None), base_s=0.5)
    with client:
        push_all(cs.store.uow, client)
    assert len(slept) == 5 and all(0 <= s <= 0.5 * 2**i for i, s in enumerate(slept))
    assert_exactly_once(hq, cs)


def test_a_refused_connection_is_busy_once_hq_has_answered_and_away_before(hq, cs):
    _pending(cs)
    client, slept = _client(cs, RefusedAfter(hq.transport, answers=0, times=1))
    with client, pytest.raises(HqUnreachable):
        push_all(cs.store.uow, client)  # the first contact fails: HQ is away, said at once
    assert slept == []
    client, slept = _client(cs, RefusedAfter(hq.transport, answers=1, times=2), base_s=0.5)
    with client:
        client.changes(0, 10)  # HQ answers ...
        push_all(cs.store.uow, client)  # ... then refuses twice: busy, asked again
    assert len(slept) == 2
    assert_exactly_once(hq, cs)


def test_the_client_gives_up_within_its_budget(hq, cs):
    _pending(cs)
    client, slept = _client(cs, Busy(hq.transport, times=100, retry_after="20"), budget_s=60)
    with client, pytest.raises(HqServerError):
        push_all(cs.store.uow, client)
    assert sum(slept) <= 60 and len(slept) >= 2


class ProxyLimit(httpx.BaseTransport):
    """A proxy before HQ that takes bodies of at most `limit` bytes (nginx says 413 in HTML)."""

    def __init__(self, inner, limit: int):
        self.inner, self.limit, self.refused = inner, limit, 0

    def handle_request(self, request):
        body = request.read()
        if len(body) > self.limit:
            self.refused += 1
            return httpx.Response(413, text="<html>413 Request Entity Too Large</html>")
        return self.inner.handle_request(request)


def test_a_body_too_large_for_a_proxy_goes_in_halves(hq, cs):
    _pending(cs, 40)
    proxy = ProxyLimit(hq.transport, 12_000)
    client, _ = _client(cs, proxy)
    with client:
        push_all(cs.store.uow, client)
    assert proxy.refused >= 1
    assert_exactly_once(hq, cs)


def test_hq_answers_503_with_retry_after_when_every_slot_stays_taken(hq, cs):
    slots = hq.app.state.sync_slots
    saved = slots.slots, slots.wait_s, slots._loop
    slots.slots, slots.wait_s, slots._loop = 0, 0.05, None  # no slot ever comes free
    try:
        with raw_client(hq, token_of(cs)) as http:
            answer = http.get("/v1/changes")
    finally:
        slots.slots, slots.wait_s, slots._loop = saved[0], saved[1], None
    assert answer.status_code == 503 and int(answer.headers["Retry-After"]) >= 1
    assert answer.json()["detail"]["code"] == "busy"


def test_a_database_pool_timeout_is_503_not_500(hq, cs, monkeypatch):
    def exhausted(*_args, **_kwargs):
        raise PoolTimeout("QueuePool limit of size 10 overflow 10 reached, connection timed out")

    monkeypatch.setattr(device_reads, "changes_json", exhausted)
    with raw_client(hq, token_of(cs)) as http:
        answer = http.get("/v1/changes")
    assert answer.status_code == 503 and "Retry-After" in answer.headers
    assert answer.json()["detail"]["code"] == "busy"
