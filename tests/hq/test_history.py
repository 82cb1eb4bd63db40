"""GET /v1/history: a counter's own events, as every enrolment of it pushed them (hq/history.py)."""

from __future__ import annotations

import json

from showroom.backup import take_backup
from showroom.restore import restore_now
from showroom.store import Store
from tests.hq.helpers import device_of, raw_client, token_of, wire


def _history(hq, token: str, after: int = 0, limit: int = 500) -> dict:
    with raw_client(hq, token) as http:
        answer = http.get("/v1/history", params={"after": after, "limit": limit})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_counter_reads_its_own_events_only_in_order_and_by_pages(hq, cs_jn):
    cs, jn = cs_jn
    cs.register("小美", "13800000001")
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    mine = [(e.seq, e.id) for e in cs.events()]
    page = _history(hq, token_of(cs), limit=2)
    assert [(e["seq"], e["id"]) for e in page["events"]] == mine[:2] and page["has_more"]
    assert page["latest_seq"] == mine[-1][0]
    rest = _history(hq, token_of(cs), after=2)
    assert [(e["seq"], e["id"]) for e in rest["events"]] == mine[2:] and not rest["has_more"]
    assert rest["events"][0]["payload"] == json.loads(cs.events()[2].payload)
    with raw_client(hq) as http:
        assert http.get("/v1/history").status_code == 401


def test_an_older_client_keeps_its_own_numbering_and_the_later_branch_wins(hq, cs, tmp_path):
    """Before catch-up existed a restored counter numbered on below what HQ held; its history then takes the
    later enrolment's branch from its first event on."""
    alice = cs.register("小美", "13800000001")
    cs.sync(hq.transport)
    backup = take_backup(cs.store.db_path, tmp_path / "backups", "manual")
    cs.lend(alice, cs.sample_codes[:1])
    cs.sync(hq.transport)
    old_branch = [(e.seq, e.id) for e in cs.events()]
    cs.close()
    restore_now(cs.data_dir, backup.path)
    cs.store = Store(cs.data_dir)
    cs.lend(alice, cs.sample_codes[1:2])
    events = cs.events()
    first = min(e.seq for e in events if e.acked_at is None)
    with raw_client(hq) as http:  # an older client: no `catch_up` in its enrolment
        answer = http.post(
            "/v1/enrol",
            json={
                "code": hq.enrol_code("CS"),
                "showroom_code": "CS",
                "local_showroom_id": cs.showroom_id(),
                "device_name": "old app",
                "first_unacked_seq": first,
            },
        ).json()
    assert answer["history_seq"] == old_branch[-1][0]
    assert device_of(hq, answer["device_id"]).acked_seq == first - 1
    token = f"{answer['device_id']}.{answer['secret']}"
    with raw_client(hq, token) as http:
        assert http.post("/v1/events", json={"events": wire([e for e in events if e.seq >= first])}).status_code == 200
    page = _history(hq, token)
    assert [(e["seq"], e["id"]) for e in page["events"]] == [(e.seq, e.id) for e in events]
