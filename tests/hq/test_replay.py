"""A replayed event id is acknowledged only to the device that pushed it (issue 14, item 2).

The hole: an event without a showroom id (a streamer's registration), replayed under another device's
token at that device's next sequence, was counted as its duplicate, moved its acknowledged sequence, and
then jammed its real event at that place with `payload_mismatch`, for ever.
"""

from __future__ import annotations

from hq.models import Event
from showroom.backup import take_backup
from showroom.restore import restore_now
from showroom.store import Store
from tests.hq.helpers import device_of, hq_alerts, hq_count, hq_events, raw_client, token_of, wire


def test_another_devices_event_replayed_under_a_token_is_refused_and_moves_nothing(hq, cs_jn):
    cs, jn = cs_jn
    cs.register("小美", "13800138000")
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    jn_device = jn.status().device_id
    acked = device_of(hq, jn_device).acked_seq
    [registered] = [e for e in cs.events() if e.type == "streamer.registered@1"]
    replayed = wire([registered])
    replayed[0]["seq"] = acked + 1  # Jinan's next place

    with raw_client(hq, token_of(jn)) as http:
        answer = http.post("/v1/events", json={"events": replayed})
    assert answer.status_code == 403 and answer.json()["detail"]["code"] == "event_of_another_device"
    assert device_of(hq, jn_device).acked_seq == acked  # not counted as Jinan's
    assert [a.kind for a in hq_alerts(hq)] == ["event_of_another_device"]  # recorded for an operator
    assert hq_count(hq, Event, Event.id == registered.id) == 1  # still Changsha's, once

    jn.register("阿杰", "13912345678")  # Jinan's real event at that place goes through
    jn.sync(hq.transport)
    assert jn.status().pending == 0 and jn.status().last_error is None
    mine = [e for e in hq_events(hq) if e.device_id == jn_device]
    assert [e.id for e in mine] == [e.id for e in jn.events()]


def test_a_counter_restored_from_before_its_last_push_resends_it_under_its_new_enrolment(hq, cs, tmp_path):
    """The one device whose replays are its own duplicates besides itself: the same counter (same
    showroom, same local database) enrolled again after a restore, at the same places."""
    cs.register("小美", "13800000001")
    backup = take_backup(cs.store.db_path, tmp_path / "backups", "manual")  # taken before the push
    cs.sync(hq.transport)
    pushed = len(hq_events(hq))
    cs.close()
    restore_now(cs.data_dir, backup.path)
    cs.store = Store(cs.data_dir)
    cs.enrol(hq)
    report = cs.sync(hq.transport)
    assert report.pushed == 0 and cs.status().pending == 0 and cs.status().last_error is None
    assert len(hq_events(hq)) == pushed and hq_alerts(hq) == []


def test_an_event_of_this_device_replayed_at_another_place_is_refused(hq, cs):
    cs.sync(hq.transport)
    moved = wire(cs.events()[:1])
    moved[0]["seq"] = cs.events()[-1].seq + 1
    with raw_client(hq, token_of(cs)) as http:
        answer = http.post("/v1/events", json={"events": moved})
    assert answer.status_code == 422 and answer.json()["detail"]["code"] == "payload_mismatch"
    assert device_of(hq, cs.status().device_id).acked_seq == cs.events()[-1].seq
