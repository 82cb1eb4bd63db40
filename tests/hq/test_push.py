"""Push: exactly once, in order, per device; replays, lost answers, gaps, changed payloads, revocation."""

from __future__ import annotations

import json
import uuid

import pytest

from hq import admin
from hq.models import Event
from showroom.domain.errors import DeviceRevoked, HqUnreachable
from tests.hq.helpers import LoseResponses, device_of, hq_alerts, hq_count, hq_events, raw_client, token_of, wire
from tests.hq.rooms import Room


def assert_exactly_once(hq, room):
    local = room.events()
    at_hq = [e for e in hq_events(hq) if e.device_id == room.status().device_id]
    assert [e.seq for e in at_hq] == [e.seq for e in local]
    assert [e.id for e in at_hq] == [e.id for e in local]
    assert all(json.loads(h.payload) == json.loads(l.payload) for h, l in zip(at_hq, local))


def test_a_sync_pushes_the_whole_outbox_and_marks_it_acknowledged(hq, cs):
    report = cs.sync(hq.transport)
    assert report.pushed == len(cs.events()) > 0
    assert cs.status().pending == 0 and all(e.acked_at for e in cs.events())
    assert_exactly_once(hq, cs)
    assert cs.sync(hq.transport).pushed == 0


def test_a_replayed_push_inserts_nothing(hq, cs):
    batch = {"events": wire(cs.events())}
    with raw_client(hq, token_of(cs)) as http:
        first = http.post("/v1/events", json=batch).json()
        again = http.post("/v1/events", json=batch)
    assert again.status_code == 200
    assert again.json() == {"acked_seq": first["acked_seq"], "inserted": 0, "duplicates": len(batch["events"])}
    assert hq_count(hq, Event) == len(batch["events"])


def test_a_lost_answer_then_a_retry_leaves_every_event_at_hq_exactly_once(hq, cs):
    for i in range(3):
        cs.register(f"主播{i}", f"1390000000{i}")
    with pytest.raises(HqUnreachable):
        cs.sync(LoseResponses(hq.transport))
    assert cs.status().pending == len(cs.events())  # HQ committed, but we never heard: nothing marked
    assert hq_count(hq, Event) == len(cs.events())
    assert cs.status().last_error == "unreachable"
    report = cs.sync(hq.transport)
    assert report.pushed == 0 and cs.status().pending == 0 and cs.status().last_error is None
    assert_exactly_once(hq, cs)


def test_batches_of_500_until_empty(hq, cs):
    for i in range(30):
        cs.register(f"批量{i}", f"1380000{i:04d}")
    from showroom.sync import push

    push.BATCH, old = 7, push.BATCH
    try:
        cs.sync(hq.transport)
    finally:
        push.BATCH = old
    assert_exactly_once(hq, cs)


def test_same_event_id_with_another_payload_is_refused_and_raises_an_alert(hq, cs):
    cs.sync(hq.transport)
    changed = wire(cs.events()[:1])
    changed[0]["payload"]["name"] = "改过的"
    with raw_client(hq, token_of(cs)) as http:
        answer = http.post("/v1/events", json={"events": changed})
    assert answer.status_code == 422 and answer.json()["detail"]["code"] == "payload_mismatch"
    assert [a.kind for a in hq_alerts(hq)] == ["payload_mismatch"]
    assert_exactly_once(hq, cs)


def test_a_gap_is_409_with_the_acknowledged_sequence(hq, cs):
    events = wire(cs.events())
    with raw_client(hq, token_of(cs)) as http:
        assert http.post("/v1/events", json={"events": events[:2]}).status_code == 200
        answer = http.post("/v1/events", json={"events": events[4:]})
    assert answer.status_code == 409
    assert answer.json()["detail"] == {
        "code": "sequence_gap",
        "message": answer.json()["detail"]["message"],
        "acked_seq": 2,
    }


def test_hq_restored_from_an_old_backup_gets_the_missing_events_again(hq, cs):
    cs.sync(hq.transport)
    with hq.sessions() as s, s.begin():  # HQ "forgets" everything past seq 3 (restore from a backup)
        device = device_of(hq, cs.status().device_id)
        s.query(Event).filter(Event.device_id == device.id, Event.seq > 3).delete()
        s.merge(device).acked_seq = 3
    cs.register("新主播", "13700000001")
    cs.sync(hq.transport)
    assert_exactly_once(hq, cs)


def test_a_revoked_device_gets_401_and_keeps_its_outbox(hq, cs):
    cs.register("离线主播", "13600000001")
    admin.revoke_device(hq.sessions, cs.status().device_id)
    before = [(e.seq, e.id, e.acked_at) for e in cs.events()]
    with pytest.raises(DeviceRevoked):
        cs.sync(hq.transport)
    assert [(e.seq, e.id, e.acked_at) for e in cs.events()] == before
    assert cs.status().pending == len(before) and cs.status().last_error == "revoked"
    with raw_client(hq, token_of(cs)) as http:
        assert http.get("/v1/changes").status_code == 401
    # enrolled again with a new code, the same outbox goes to HQ under the new device
    from showroom.sync.enrol import enrol

    enrol(cs.store.uow, cs.data_dir, "http://testserver", hq.enrol_code("CS"), transport=hq.transport, replace=True)
    cs.sync(hq.transport)
    assert cs.status().pending == 0
    assert hq_count(hq, Event) == len(before)


def test_an_event_naming_another_showroom_is_403(hq, cs, room_templates, tmp_path):
    events = wire(cs.events())
    received = next(e for e in events if e["type"] == "samples.received@1")
    received["payload"]["showroom_id"] = str(uuid.uuid4())
    with raw_client(hq, token_of(cs)) as http:
        answer = http.post("/v1/events", json={"events": events})
        assert answer.status_code == 403 and answer.json()["detail"]["code"] == "foreign_showroom"
        setup = dict(events[0], payload=dict(events[0]["payload"], code="JN"))
        assert http.post("/v1/events", json={"events": [setup]}).status_code == 403
    assert hq_count(hq, Event) == 0


def test_wrong_credentials_are_401(hq, cs):
    device_id = cs.status().device_id
    for token in (None, "garbage", f"{device_id}.wrong-secret", f"{uuid.uuid4()}.{token_of(cs).split('.', 1)[1]}"):
        with raw_client(hq, token) as http:
            assert http.post("/v1/events", json={"events": wire(cs.events())}).status_code == 401, token


def test_protocol_outside_the_supported_range_is_426(hq, cs):
    for protocol in (None, "0", "2", "abc"):
        with raw_client(hq, token_of(cs), protocol=protocol) as http:
            answer = http.get("/v1/changes")
        assert answer.status_code == 426 and answer.headers["X-Showroom-Protocol-Supported"] == "1-1", protocol


def test_enrol_codes_are_one_time_and_expire(hq, room_templates, tmp_path):
    from showroom.domain.errors import EnrolRefused
    from showroom.sync.enrol import enrol

    hq.add_showroom("CS", "长沙")
    hq.add_showroom("JN", "济南")
    room = Room(tmp_path / "cs", room_templates["CS"])
    try:
        used = hq.enrol_code("CS")
        expired = admin.make_enrol_code(hq.sessions, "CS", hours=-1)[0]
        for code, problem in (
            (hq.enrol_code("JN"), "showroom_mismatch"),
            (expired, "enrol_code_invalid"),
            ("NOPE-NOPE", "enrol_code_invalid"),
        ):
            with pytest.raises(EnrolRefused) as refused:
                enrol(room.store.uow, room.data_dir, "http://testserver", code, transport=hq.transport)
            assert refused.value.problem == problem
        enrol(room.store.uow, room.data_dir, "http://testserver", used, transport=hq.transport)
        with pytest.raises(EnrolRefused):
            enrol(room.store.uow, room.data_dir, "http://testserver", used, transport=hq.transport, replace=True)
        mode = (room.data_dir / "device-secret").stat().st_mode & 0o777
        assert mode == 0o600
    finally:
        room.close()


def test_status_shows_the_alert(hq, cs, capsys):
    from hq import cli

    cs.sync(hq.transport)
    changed = wire(cs.events()[:1])
    changed[0]["payload"]["name"] = "改过的"
    with raw_client(hq, token_of(cs)) as http:
        http.post("/v1/events", json={"events": changed})
    assert cli.main(["status", "--database-url", hq.url]) == 0
    out = capsys.readouterr().out
    assert "ALERT" in out and "payload_mismatch" in out and "CS " in out


def test_something_else_answering_for_hq_is_a_calm_server_error(hq, cs):
    """A captive portal or proxy answers 200 with a page of its own: the sync says HQ had a problem."""
    import httpx

    from showroom.domain.errors import HqServerError

    class Portal(httpx.BaseTransport):
        def handle_request(self, request):
            return httpx.Response(200, json={"welcome": "hotel wifi"})

    with pytest.raises(HqServerError):
        cs.sync(Portal())
    assert cs.status().pending == len(cs.events()) and cs.status().last_error == "server_error"
