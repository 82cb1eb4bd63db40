"""HQ sees the counters' stocktakes (issue 17, items 1 and 6), on PostgreSQL and SQLite.

A real count at the Changsha counter (a lent sample on the shelf, a Jinan sample found there, three samples
not found) synced through the real client: HQ holds the count and its figures, the samples missing at
stocktake, the lent one back in stock, and a `found_in_other_showroom` exception both cities pull. A batch
sent again changes nothing; events naming another showroom's samples or count apply nothing.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

from sqlalchemy import select

from db.sync_models import ReceivedSyncException
from hq.models import Event, NetStocktake
from hq.projections import APPLY
from kernel.events import APPLIES, EVENTS, MissingSample, SampleCounted, SamplesMissing
from showroom.services.stocktake import abandon_stocktake, count_code, finish_stocktake, settle_find, start_stocktake
from tests.hq.helpers import hq_exceptions, hq_samples, raw_client, token_of, wire


def stocktakes(hq) -> dict[str, NetStocktake]:
    with hq.sessions() as s:
        return {r.number: r for r in s.scalars(select(NetStocktake))}


def pulled_kinds(room) -> list[str]:
    uow = room.uow()
    with uow.read():
        return list(uow.session.scalars(select(ReceivedSyncException.kind)))


def count_all_but_three(room, foreign_code: str):
    """The whole showroom counted: sample 0 lent yet on the shelf (taken back), samples 1-8 found, 9-11 not,
    and a code of another city (left aside for it)."""
    streamer = room.register("小美", "13800138000")
    room.lend(streamer, room.sample_codes[:1])
    view = start_stocktake(room.uow(), room.admin)
    for code in room.sample_codes[:9]:
        count_code(room.uow(), room.admin, view.id, code)
    count_code(room.uow(), room.admin, view.id, foreign_code, shelf="A-01")
    settle_find(room.uow(), room.admin, view.id, room.sample_codes[0], "returned", "在货架上找到")
    settle_find(room.uow(), room.admin, view.id, foreign_code, "left", "放在一边,等济南来取")
    return finish_stocktake(room.uow(), room.admin, view.id)


def test_every_type_hq_applies_has_its_projection():
    assert set(APPLY) == {cls for cls in EVENTS.values() if cls.HQ == APPLIES}


def test_a_count_reaches_hq_with_its_figures_its_missing_samples_and_the_other_citys_find(hq, cs_jn):
    cs, jn = cs_jn
    jn.sync(hq.transport)  # HQ knows Jinan's samples
    done = count_all_but_three(cs, jn.sample_codes[4])
    cs.sync(hq.transport)

    [row] = stocktakes(hq).values()
    assert (row.number, row.status, row.shelves, row.scanned) == (done.number, "finished", "[]", 10)
    figures = (row.expected, row.found, row.missing, row.unexpected)
    assert figures == (done.totals.expected, done.totals.found, done.totals.missing, done.totals.unexpected)
    assert figures == (12, 9, 3, 2)  # the lent sample, taken back, was expected and found
    assert row.ended_at is not None and row.ended_at >= row.started_at
    ids = cs.sample_ids()
    statuses = hq_samples(hq)
    assert [statuses[ids[c]] for c in cs.sample_codes[9:]] == ["missing_at_stocktake"] * 3
    assert [statuses[ids[c]] for c in cs.sample_codes[:9]] == ["in_stock"] * 9  # the lent one taken back
    assert {sid: statuses[sid] for sid in ids.values()} == cs.sample_statuses()

    [found] = [x for x in hq_exceptions(hq) if x.kind == "found_in_other_showroom"]
    assert found.showroom_codes == "CS,JN"
    assert json.loads(found.detail) == {
        "code": jn.sample_codes[4],
        "found_at": "CS",
        "custodian": "JN",
        "shelf": "A-01",
        "stocktake": done.number,
        "status": "in_stock",
    }
    assert [x.kind for x in hq_exceptions(hq)] == ["found_in_other_showroom"]
    jn.sync(hq.transport)
    cs.sync(hq.transport)
    assert pulled_kinds(jn) == pulled_kinds(cs) == ["found_in_other_showroom"]  # where Jinan's sample is


def first_one_missing(hq, room):
    """The whole showroom counted but for its first sample, and synced: that sample is missing at HQ."""
    count = start_stocktake(room.uow(), room.admin)
    for code in room.sample_codes[1:]:
        count_code(room.uow(), room.admin, count.id, code)
    finish_stocktake(room.uow(), room.admin, count.id)
    room.sync(hq.transport)
    sample = room.sample_ids()[room.sample_codes[0]]
    assert hq_samples(hq)[sample] == "missing_at_stocktake"
    return count, sample


def test_a_missing_sample_found_at_the_next_count_is_in_stock_again_and_an_abandoned_count_says_why(hq, cs):
    first, sample = first_one_missing(hq, cs)

    second = start_stocktake(cs.uow(), cs.admin, ["A-01"])
    assert count_code(cs.uow(), cs.admin, second.id, cs.sample_codes[0]).line.outcome == "missing"
    settle_find(cs.uow(), cs.admin, second.id, cs.sample_codes[0], "back_in_stock")
    abandon_stocktake(cs.uow(), cs.admin, second.id, "停电")
    cs.sync(hq.transport)

    assert hq_samples(hq)[sample] == "in_stock"
    rows = stocktakes(hq)
    assert (rows[first.number].status, rows[first.number].missing, rows[first.number].scanned) == ("finished", 1, 11)
    again = rows[second.number]
    assert (again.status, again.note, again.shelves, again.scanned) == ("abandoned", "停电", '["A-01"]', 1)
    assert again.expected is None and hq_exceptions(hq) == []


def test_a_batch_sent_again_changes_nothing(hq, cs_jn):
    cs, jn = cs_jn
    jn.sync(hq.transport)
    count_all_but_three(cs, jn.sample_codes[0])
    cs.sync(hq.transport)
    before = ({n: (r.status, r.scanned, r.missing) for n, r in stocktakes(hq).items()}, hq_samples(hq))
    exceptions = len(hq_exceptions(hq))
    sent = [e for e in cs.events() if e.type.startswith(("stocktake.", "samples.missing"))]
    with raw_client(hq, token_of(cs)) as client:
        answer = client.post(
            "/v1/events", json={"events": wire(sent), "sent_at": datetime.now(timezone.utc).isoformat()}
        )
    assert answer.status_code == 200 and answer.json()["duplicates"] == len(sent) and answer.json()["inserted"] == 0
    assert ({n: (r.status, r.scanned, r.missing) for n, r in stocktakes(hq).items()}, hq_samples(hq)) == before
    assert len(hq_exceptions(hq)) == exceptions


def test_a_forged_count_of_another_showrooms_samples_or_of_its_count_applies_nothing(hq, cs_jn):
    cs, jn = cs_jn
    view = start_stocktake(cs.uow(), cs.admin)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    code = cs.sample_codes[3]
    before = hq_samples(hq)
    missing = jn.record(
        SamplesMissing(
            stocktake_id=str(uuid.uuid4()),
            samples=[MissingSample(sample_id=cs.sample_ids()[code], code=code, shelf="")],
        )
    )
    counted = jn.record(
        SampleCounted(stocktake_id=view.id, code=jn.sample_codes[0], sample_id=None, shelf="", outcome="found")
    )
    jn.sync(hq.transport)

    assert jn.status().pending == 0 and hq_samples(hq) == before
    [row] = stocktakes(hq).values()
    assert (row.showroom_id != jn.showroom_id(), row.scanned) == (True, 0)
    forged = {x.event_id: x for x in hq_exceptions(hq) if x.kind == "foreign_write"}
    assert set(forged) == {missing, counted} and {x.showroom_codes for x in forged.values()} == {"CS,JN"}
    assert json.loads(forged[counted].detail)["rows"] == [
        {"kind": "stocktake", "id": view.id, "label": view.number, "showroom": "CS"}
    ]
    with hq.sessions() as s:
        assert s.get(Event, missing) is not None  # kept for the audit trail


def test_a_count_hq_never_saw_begin_is_made_and_named_once(hq, cs):
    cs.sync(hq.transport)
    lost = str(uuid.uuid4())
    for code in cs.sample_codes[:2]:
        cs.record(
            SampleCounted(stocktake_id=lost, code=code, sample_id=cs.sample_ids()[code], shelf="", outcome="found")
        )
    cs.sync(hq.transport)
    [row] = stocktakes(hq).values()
    assert (row.id, row.number, row.status, row.scanned) == (lost, "", "counting", 2)
    [named] = hq_exceptions(hq)
    assert named.kind == "unknown_stocktake" and json.loads(named.detail)["stocktake_id"] == lost


def test_a_count_in_a_batch_with_an_event_hq_cannot_apply_applies_around_it(hq, cs):
    """The careful path (the batch redone, one savepoint per event) finds the count begun earlier in the
    same batch, and undoes only the event that fails: here a loan naming one sample twice."""
    from tests.hq.test_batch import Hand

    cs.sync(hq.transport)
    hand, stocktake, ids, codes = Hand(cs), str(uuid.uuid4()), cs.sample_ids(), cs.sample_codes
    streamer = cs.register("乙", "13722223333")

    def counted(code: str) -> dict:
        fields = {"stocktake_id": stocktake, "code": code, "sample_id": ids[code], "shelf": "", "outcome": "found"}
        return hand.event("stocktake.counted@1", fields)

    cs.sync(hq.transport)
    hand = Hand(cs)
    batch = [
        hand.event("stocktake.started@1", {"stocktake_id": stocktake, "number": "CS-C26120801", "shelves": ["A-01"]}),
        counted(codes[0]),
        hand.lend(str(uuid.uuid4()), streamer, "13722223333", [ids[codes[5]]] * 2),  # HQ cannot apply it
        counted(codes[1]),
        hand.event(
            "stocktake.finished@1",
            {
                "stocktake_id": stocktake,
                "number": "CS-C26120801",
                "expected": 2,
                "found": 2,
                "missing": 0,
                "unexpected": 0,
            },
        ),
    ]
    with raw_client(hq, token_of(cs)) as client:
        answer = client.post("/v1/events", json={"events": batch, "sent_at": hand.at.isoformat()})
    assert answer.status_code == 200 and answer.json()["inserted"] == 5
    [row] = stocktakes(hq).values()
    assert (row.number, row.status, row.scanned, row.found, row.shelves) == (
        "CS-C26120801",
        "finished",
        2,
        2,
        '["A-01"]',
    )
    [bad] = hq_exceptions(hq)
    assert (bad.kind, bad.event_id) == ("event_not_applied", batch[2]["id"])
    assert hq_samples(hq)[ids[codes[5]]] == "in_stock"


def test_a_missing_sample_put_back_outside_a_count_is_in_stock_at_hq(hq, cs):
    from showroom.services.found_again import put_back_found

    _count, sample = first_one_missing(hq, cs)
    put_back_found(cs.uow(), cs.admin, cs.sample_codes[0], note="在仓库找到")
    cs.sync(hq.transport)
    assert hq_samples(hq)[sample] == "in_stock" and hq_exceptions(hq) == []
