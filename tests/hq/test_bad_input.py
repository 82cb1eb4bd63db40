"""Never a 500, never a stuck device (issue 14, items 4 and 5), on PostgreSQL and on SQLite.

A request whose envelope HQ cannot store is refused with a documented 4xx and a `Refused` body, and
changes nothing. An event HQ cannot apply (its payload breaks its declaration) is stored, reported as
`event_not_applied`, and skipped: the device's later events flow and it never sends that batch again.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, insert, select

from db.models import OutboxEvent
from hq.limits import MAX_BODY_BYTES, MAX_EVENT_BYTES
from hq.models import Change, Device, Event, NetStreamer
from tests.hq.helpers import hq_count, hq_exceptions, raw_client, token_of, wire

JSON = {"Content-Type": "application/json"}


def _first_event(cs) -> dict:
    return wire(cs.events()[:1])[0]


def _post(hq, cs, body: bytes | str, path: str = "/v1/events"):
    with raw_client(hq, token_of(cs)) as http:
        return http.post(path, content=body if isinstance(body, bytes) else body.encode(), headers=JSON)


def _refused(answer, status: int, code: str | None = None) -> dict:
    assert answer.status_code == status, answer.text
    detail = answer.json()["detail"]
    assert isinstance(detail["code"], str) and isinstance(detail["message"], str)
    if code is not None:
        assert detail["code"] == code, detail
    return detail


# Request fields as a forged or broken client could send them, as raw JSON ("\\ud800" is a lone surrogate).
ENVELOPES = {
    "NUL in a staff id": ("staff_id", '"ab\\u0000cd"'),
    "lone surrogate in a staff id": ("staff_id", '"\\ud800"'),
    "a staff id that is no id": ("staff_id", '"clerk-1"'),
    "NUL in an event id": ("id", '"3fa85f64-5717-4562-b3fc-2c963f66afa\\u0000"'),
    "a time at year 1 with an offset": ("occurred_at", '"0001-01-01T00:00:00+05:00"'),
    "a time at 9999 with an offset": ("occurred_at", '"9999-12-31T23:59:59-05:00"'),
    "0 as a time": ("occurred_at", "0"),
    "a number as a time": ("occurred_at", "1795000000"),
    "a time without its offset": ("occurred_at", '"2026-11-27T10:00:00"'),
    "2^63 as a sequence": ("seq", str(2**63)),
}


def _with_raw(event: dict, field: str, raw: str) -> str:
    """The event as JSON text with one field's value replaced by raw JSON."""
    rest = json.dumps({k: v for k, v in event.items() if k != field})
    return f'{{"{field}": {raw}, {rest[1:]}'


@pytest.mark.parametrize("case", list(ENVELOPES))
def test_an_envelope_hq_cannot_store_is_refused_with_a_documented_4xx(hq, cs, case):
    field, raw = ENVELOPES[case]
    _refused(_post(hq, cs, f'{{"events": [{_with_raw(_first_event(cs), field, raw)}]}}'), 422, "malformed")
    assert hq_count(hq, Event) == 0


def test_a_sequence_of_2_31_is_a_gap_not_an_overflow(hq, cs):
    event = dict(_first_event(cs), seq=2**31)
    assert _refused(_post(hq, cs, json.dumps({"events": [event]})), 409, "sequence_gap")["acked_seq"] == 0


@pytest.mark.parametrize(
    "sent_at",
    [
        "0001-01-01T00:00:00+05:00",
        "9999-12-31T23:59:59-05:00",
        "2500-01-01T00:00:00+00:00",
        "1970-01-01T00:00:00+00:00",
    ],
)
def test_a_device_clock_far_off_is_recorded_not_a_500(hq, cs, sent_at):
    answer = _post(hq, cs, json.dumps({"events": [_first_event(cs)], "sent_at": sent_at}))
    assert answer.status_code == 200, answer.text
    with hq.sessions() as s:
        skew = s.scalar(select(Device.clock_skew_s))
    assert abs(skew) > 10**9 and abs(skew) <= 2**31 - 1


@pytest.mark.parametrize("sent_at", ["0", "1795000000", "true"])
def test_a_number_is_not_a_clock(hq, cs, sent_at):
    _refused(_post(hq, cs, f'{{"events": [{json.dumps(_first_event(cs))}], "sent_at": {sent_at}}}'), 422, "malformed")


def test_an_enrolment_with_nul_in_its_device_name_is_refused(hq):
    hq.add_showroom("CS", "长沙")
    body = json.dumps(
        {
            "code": hq.enrol_code("CS"),
            "showroom_code": "CS",
            "local_showroom_id": str(uuid.uuid4()),
            "device_name": "pc\u0000",
        }
    )
    with raw_client(hq) as http:
        _refused(http.post("/v1/enrol", content=body.encode(), headers=JSON), 422, "malformed")


def test_a_body_that_is_not_utf8_gets_a_documented_400(hq, cs):
    body = json.dumps({"events": [_first_event(cs)]}).encode().replace(b'"CS"', b'"\xff\xfe"', 1)
    _refused(_post(hq, cs, body), 400, "malformed_body")


def test_json_nested_too_deeply_gets_a_documented_4xx(hq, cs):
    for depth in (200, 900, 5000):
        event = json.dumps(_first_event(cs)).replace(
            '"payload": {', '"payload": {"deep": ' + "[" * depth + "]" * depth + ", ", 1
        )
        answer = _post(hq, cs, f'{{"events": [{event}]}}')
        assert answer.status_code in (200, 400, 422), (depth, answer.text)
        if answer.status_code != 200:
            _refused(answer, answer.status_code)


def test_nan_in_a_payload_is_not_json(hq, cs):
    event = json.dumps(_first_event(cs)).replace('"payload": {', '"payload": {"x": NaN, ', 1)
    _refused(_post(hq, cs, f'{{"events": [{event}]}}'), 422, "malformed")
    assert hq_count(hq, Event) == 0


def test_a_body_over_the_limit_is_refused_with_413_naming_the_limit(hq, cs):
    big = json.dumps({"events": [_first_event(cs)], "pad": "x" * MAX_BODY_BYTES})
    detail = _refused(_post(hq, cs, big), 413, "too_large")
    assert f"{MAX_BODY_BYTES:,}" in detail["message"]

    def chunks():  # no Content-Length: counted as it streams in
        yield b'{"events": [], "pad": "'
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"x" * 65536
        yield b'"}'

    with raw_client(hq, token_of(cs)) as http:
        _refused(http.post("/v1/events", content=chunks(), headers=JSON), 413, "too_large")
    assert hq_count(hq, Event) == 0


def test_an_event_over_the_event_limit_is_refused_with_413(hq, cs):
    events = wire(cs.events())
    staff = next(e for e in events if e["type"] == "staff.created@1")  # a type HQ only stores
    staff["payload"]["name"] = "名" * (MAX_EVENT_BYTES // 3 + 1)
    detail = _refused(_post(hq, cs, json.dumps({"events": events})), 413, "event_too_large")
    assert f"{MAX_EVENT_BYTES:,}" in detail["message"]
    assert hq_count(hq, Event) == 0


# Payloads that break their declaration, of types HQ applies: (type to copy, field, value)
PAYLOADS = {
    "NUL in a streamer's name": ("streamer.registered@1", "name", "小\u0000美"),
    "a lone surrogate in a streamer's name": ("streamer.registered@1", "name", "小\ud800美"),
    "a brand of 101 characters": ("product.created@1", "brand", "牌" * 101),
    "a 15-digit EAN": ("product.created@1", "ean", "690123456789212"),
    "2^31 basis points": ("product.created@1", "commission_bp", 2**31),
    "a sample worth 2^63 fen": ("product.created@1", "sample_value_fen", 2**63),
    "a sample worth 2^64 fen": ("product.created@1", "sample_value_fen", 2**64),
    "an intake at year 1 with an offset": ("samples.received@1", "received_at", "0001-01-01T00:00:00+05:00"),
    "an intake at 9999 with an offset": ("samples.received@1", "received_at", "9999-12-31T23:59:59-05:00"),
    "a note of 250 KB": ("samples.received@1", "note", "注" * 80_000),
}


def _streamer_payload() -> dict:
    return {
        "streamer_id": str(uuid.uuid4()),
        "name": "小美",
        "phone": "13800138000",
        "platform": "douyin",
        "handle": "",
        "tier": "gold",
        "member_code": "CS-M00001",
    }


def _inject(cs, event_type: str, field: str, value) -> str:
    """A bad event written into the counter's outbox behind its real ones, as a broken or older client
    would have recorded it (the counter's own record_event refuses it)."""
    uow = cs.uow()
    with uow:
        model = next((e for e in uow.session.scalars(select(OutboxEvent).where(OutboxEvent.type == event_type))), None)
        payload = json.loads(model.payload) if model is not None else _streamer_payload()
        payload[field] = value
        for key in ("product_id", "streamer_id"):
            if key in payload:
                payload[key] = str(uuid.uuid4())
        event_id = str(uuid.uuid4())
        uow.session.execute(
            insert(OutboxEvent).values(
                seq=uow.session.scalar(select(func.max(OutboxEvent.seq))) + 1,
                id=event_id,
                type=event_type,
                payload=json.dumps(payload),
                occurred_at=datetime.now(timezone.utc),
                staff_id=cs.admin.id,
            )
        )
        uow.commit()
    return event_id


@pytest.mark.parametrize("case", list(PAYLOADS))
def test_an_event_hq_cannot_apply_is_kept_reported_and_skipped(hq, cs, case):
    bad = _inject(cs, *PAYLOADS[case])
    cs.register("后来的人", "13900139000")  # recorded after the bad event
    report = cs.sync(hq.transport)  # neither a 500 nor a refusal: the device is not stuck
    assert report.pushed == len(cs.events())
    assert [(x.kind, x.event_id) for x in hq_exceptions(hq)] == [("event_not_applied", bad)]
    with hq.sessions() as s:
        assert s.scalar(select(NetStreamer.name).where(NetStreamer.phone == "13900139000")) == "后来的人"
        assert s.scalar(select(Device.acked_seq)) == cs.events()[-1].seq
        stored = s.get(Event, bad)
        assert stored is not None
        for change in s.scalars(select(Change)):  # a change is never bigger than the row it describes
            assert len(change.data.encode()) < 2048, change.data[:200]
    assert cs.status().pending == 0
    assert cs.sync(hq.transport).pushed == 0  # never sent again


def test_a_stored_only_event_with_a_lone_surrogate_is_kept_escaped(hq, cs):
    bad = _inject(cs, "staff.created@1", "name", "\udfff")
    assert cs.sync(hq.transport).pushed == len(cs.events())
    with hq.sessions() as s:
        assert "\\udfff" in s.get(Event, bad).payload
    assert cs.sync(hq.transport).pushed == 0
