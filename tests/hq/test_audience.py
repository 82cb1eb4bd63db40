"""A device sees only what it needs (issue 14, item 3).

Its own showroom's exceptions, filtered at HQ in SQL and paged with a cursor; about a streamer who never
came to its showroom, only the keyed hash of their phone and their standing, never a name or a phone; the
full record once its showroom served them.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from db.models import Streamer
from db.sync_models import NetworkState, ReceivedSyncException
from hq.projections import record_exception
from kernel.standing import phone_hash
from tests.hq.helpers import raw_client, token_of


def _exceptions(hq, code: str, count: int, kind: str = "unknown_sample") -> None:
    with hq.sessions() as s, s.begin():
        for i in range(count):
            record_exception(s, kind, [code], None, {"n": i})
        from hq.changelog import flush_changes

        flush_changes(s)


def test_a_device_reads_its_own_exceptions_even_behind_200_newer_ones_of_another_showroom(hq, cs_jn):
    cs, jn = cs_jn
    _exceptions(hq, "JN", 1, "unknown_loan")
    _exceptions(hq, "CS", 250)
    with raw_client(hq, token_of(jn)) as http:
        answer = http.get("/v1/sync-exceptions")
    assert answer.status_code == 200 and [x["kind"] for x in answer.json()] == ["unknown_loan"]


def test_exceptions_page_newest_first_with_a_cursor(hq, cs_jn):
    cs, _jn = cs_jn
    _exceptions(hq, "CS", 250)
    seen, before = [], None
    with raw_client(hq, token_of(cs)) as http:
        for _ in range(5):  # 3 pages and an empty one
            page = http.get("/v1/sync-exceptions", params={"limit": 100} | ({"before": before} if before else {}))
            assert page.status_code == 200
            if not page.json():
                break
            seen += page.json()
            before = page.json()[-1]["id"]
        unknown = http.get("/v1/sync-exceptions", params={"before": "not-one-of-ours"})
    assert len(seen) == len({x["id"] for x in seen}) == 250
    assert [x["detail"]["n"] for x in seen] == sorted((x["detail"]["n"] for x in seen), reverse=True)
    assert unknown.status_code == 422 and unknown.json()["detail"]["code"] == "unknown_cursor"


def test_each_device_pulls_only_its_own_showrooms_exceptions(hq, cs_jn):
    cs, jn = cs_jn
    _exceptions(hq, "CS", 3)
    _exceptions(hq, "JN", 2, "unknown_loan")
    with raw_client(hq, token_of(jn)) as http:
        changes = http.get("/v1/changes", params={"after": 0, "limit": 5000}).json()["changes"]
    assert sorted(c["data"]["kind"] for c in changes if c["kind"] == "sync_exception") == ["unknown_loan"] * 2
    jn.sync(hq.transport)
    uow = jn.uow()
    with uow.read():
        assert list(uow.session.scalars(select(ReceivedSyncException.kind))) == ["unknown_loan"] * 2


def test_a_streamer_who_never_came_reaches_a_showroom_as_a_keyed_hash_and_standing_only(hq, cs_jn):
    cs, jn = cs_jn
    sid = cs.register("远方的小美", "13511112222")
    cs.blacklist(sid, "三件样品未还")
    cs.sync(hq.transport)
    with raw_client(hq, token_of(jn)) as http:
        pulled = http.get("/v1/changes", params={"after": 0, "limit": 5000}).json()["changes"]
    text = json.dumps(pulled, ensure_ascii=False)
    assert "13511112222" not in text and "远方的小美" not in text and "三件样品未还" not in text
    assert "streamer" not in {c["kind"] for c in pulled}
    [standing] = [c["data"] for c in pulled if c["kind"] == "standing"]
    [key] = [c["data"]["key"] for c in pulled if c["kind"] == "network_key"]
    assert standing["hash"] == phone_hash(key, "13511112222")  # a counter that knows the phone finds it
    assert standing["blacklisted_by"] == "CS" and standing["blacklisted_at"] == "长沙直播样品间"

    jn.sync(hq.transport)
    assert "13511112222" not in jn.streamers_by_phone()
    uow = jn.uow()
    with uow.read():
        assert uow.session.get(NetworkState, 1).key == key

    # Served in Jinan (registered there): from the next pull on Jinan receives the full record.
    jn.register("小美", "135 1111 2222")
    jn.sync(hq.transport)
    jn.sync(hq.transport)
    uow = jn.uow()
    with uow.read():
        local = uow.session.execute(
            select(Streamer.status, Streamer.status_reason).where(Streamer.phone == "13511112222")
        ).one()
    assert tuple(local) == ("blacklisted", "三件样品未还")
    with raw_client(hq, token_of(jn)) as http:
        records = [
            c["data"] for c in http.get("/v1/changes", params={"after": 0}).json()["changes"] if c["kind"] == "streamer"
        ]
    assert [r["phone"] for r in records] == ["13511112222"] and records[0]["reason"] == "三件样品未还"


def test_a_pull_moves_past_what_other_showrooms_receive(hq, cs_jn):
    """A page that ends short has read everything up to HQ's latest change: the cursor goes there, so the
    next pull does not read other showrooms' changes again."""
    cs, jn = cs_jn
    _exceptions(hq, "CS", 5)
    with raw_client(hq, token_of(jn)) as http:
        page = http.get("/v1/changes", params={"after": 0}).json()
    assert page["next_cursor"] == page["latest"] and not page["has_more"]
