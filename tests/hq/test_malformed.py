"""Malformed requests get a 4xx with a stable code, never a 500, and change nothing."""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hq.models import Event
from tests.hq.helpers import hq_count, raw_client, token_of, wire


def _event(cs, **changes):
    event = wire(cs.events()[:1])[0]
    event.update(changes)
    return event


BAD_BODIES = [
    b"not json",
    b"[]",
    b"{}",
    b'{"events": []}',
    b'{"events": null}',
    b'{"events": [1, 2]}',
    b'{"events": {}}',
]


def test_bodies_that_are_not_a_batch(hq, cs):
    with raw_client(hq, token_of(cs)) as http:
        for body in BAD_BODIES:
            answer = http.post("/v1/events", content=body, headers={"Content-Type": "application/json"})
            assert answer.status_code == 422 and answer.json()["detail"]["code"] == "malformed", body


BAD_FIELDS = [
    {"seq": 0},
    {"seq": -5},
    {"seq": "one"},
    {"seq": 2**70},
    {"id": "not-a-uuid"},
    {"id": 7},
    {"type": ""},
    {"type": "no version"},
    {"type": "x" * 100 + "@1"},
    {"payload": "a string"},
    {"payload": [1]},
    {"occurred_at": "yesterday"},
    {"occurred_at": "2026-11-27T10:00:00"},
    {"staff_id": "x" * 99},
    {"unexpected": 1},
]


def test_events_with_bad_fields(hq, cs):
    with raw_client(hq, token_of(cs)) as http:
        for change in BAD_FIELDS:
            answer = http.post("/v1/events", json={"events": [_event(cs, **change)]})
            assert 400 <= answer.status_code < 500, (change, answer.text)
    assert hq_count(hq, Event) == 0


def test_more_than_500_events_is_refused(hq, cs):
    template = _event(cs)
    events = [dict(template, id=str(uuid.uuid4()), seq=i) for i in range(1, 502)]
    with raw_client(hq, token_of(cs)) as http:
        assert http.post("/v1/events", json={"events": events}).status_code == 422


def test_a_batch_naming_one_sequence_twice(hq, cs):
    a = _event(cs)
    with raw_client(hq, token_of(cs)) as http:
        assert http.post("/v1/events", json={"events": [a, dict(a, id=str(uuid.uuid4()))]}).status_code == 422


def test_an_event_hq_cannot_read_is_kept_and_reported_not_a_500(hq, cs):
    """Well-formed on the wire but unreadable inside: stored once, never applied, reported."""
    events = wire(cs.events())
    for e in events:
        if e["type"] == "samples.received@1":
            e["payload"]["samples"] = "nonsense"
    with raw_client(hq, token_of(cs)) as http:
        assert http.post("/v1/events", json={"events": events}).status_code == 200
    from tests.hq.helpers import hq_exceptions

    assert [x.kind for x in hq_exceptions(hq)] == ["event_not_applied"]
    assert hq_count(hq, Event) == len(events)


def test_bad_pull_parameters(hq, cs):
    with raw_client(hq, token_of(cs)) as http:
        for query in ("after=-1", "after=abc", "limit=0", "limit=99999", "after=1e400"):
            assert http.get(f"/v1/changes?{query}").status_code == 422, query


def test_bad_enrolments(hq):
    with raw_client(hq) as http:
        for body in (
            b"{}",
            b'{"code": 1}',
            b'{"code": "ABCDE-FGHIJ", "showroom_code": "cs"}',
            b'{"code": "ABCDE-FGHIJ", "showroom_code": "CS", "local_showroom_id": "x"}',
            b"[1]",
        ):
            answer = http.post("/v1/enrol", content=body, headers={"Content-Type": "application/json"})
            assert answer.status_code == 422, body


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(
        st.sampled_from(["id", "seq", "type", "payload", "occurred_at", "staff_id", "x"]), json_values, max_size=6
    ),
    st.sampled_from(["/v1/events", "/v1/enrol"]),
)
def test_any_json_gets_a_4xx_or_a_clean_answer(hq, cs, event, path):
    body = {"events": [event]} if path == "/v1/events" else event
    with raw_client(hq, token_of(cs)) as http:
        answer = http.post(path, json=body)
    assert answer.status_code < 500
