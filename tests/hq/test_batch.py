"""A pushed batch applied in memory and written set-based: per-event semantics survive the batching.

Each test runs on PostgreSQL and SQLite (the `hq` fixture), where the bulk writes take different paths.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from hq import admin
from hq.batch import BatchCache, SampleRow
from hq.models import Change, DepositTotal, Event, NetLoan, NetLoanItem, NetSample
from hq.projections import BadPayload, read_event
from kernel.events import Event as DeclaredEvent
from kernel.events import (
    LoanCheckedOut,
    LoanedSample,
    ReturnedItem,
    SamplesCheckedIn,
    SampleSentBack,
    SamplesReturnedToMerchant,
)
from tests.hq.helpers import hq_count, hq_exceptions, hq_samples, raw_client, token_of


def _room_id(room) -> str:
    return next(json.loads(e.payload)["showroom_id"] for e in room.events() if e.type == "showroom.set_up@1")


class Hand:
    """Events written by hand after the room's own, numbered on from its outbox: declared events (their
    payloads as the counter would write them), or raw payloads of any type."""

    def __init__(self, room):
        self.room, self.seq = room, room.events()[-1].seq
        self.at = datetime.now(timezone.utc)

    def event(self, kind: str | DeclaredEvent, payload: dict | None = None) -> dict:
        if isinstance(kind, DeclaredEvent):
            kind, payload = kind.TYPE, kind.to_payload()
        self.seq += 1
        self.at += timedelta(seconds=1)
        return {
            "id": str(uuid.uuid4()),
            "seq": self.seq,
            "type": kind,
            "payload": payload,
            "occurred_at": self.at.isoformat(),
            "staff_id": None,
        }

    def lend(self, loan_id: str, streamer_id: str, phone: str, sample_ids: list[str]) -> dict:
        return self.event(
            LoanCheckedOut(
                loan_id=loan_id,
                number=f"CS-L{self.seq + 1:09d}",
                streamer_id=streamer_id,
                streamer_phone=phone,
                showroom_id=_room_id(self.room),
                due_at=self.at,
                deposit_fen=1000,
                deposit_method="cash",
                policy_deposit_fen=1000,
                opened_at=self.at,
                staff_id=self.room.admin.id,
                tier="diamond",
                planned_stream_date=None,
                has_signature=False,
                override=None,
                samples=[LoanedSample(sample_id=s, code=CODE, value_fen=500) for s in sample_ids],
            )
        )

    def give_back(self, loan_id: str, sample_ids: list[str]) -> dict:
        return self.event(
            SamplesCheckedIn(
                showroom_id=_room_id(self.room),
                items=[
                    ReturnedItem(loan_id=loan_id, sample_id=s, code=CODE, condition="good", note="") for s in sample_ids
                ],
            )
        )


CODE = "CS-999999"  # any sample code: HQ goes by the sample's id


def _push(hq, room, events: list[dict]) -> dict:
    with raw_client(hq, token_of(room)) as http:
        answer = http.post("/v1/events", json={"events": events})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_an_unreadable_event_is_undone_alone_and_the_events_around_it_on_the_same_rows_apply(hq, cs):
    sid = cs.register("甲", "13711112222")
    cs.sync(hq.transport)
    a, b = sorted(hq_samples(hq))[:2]
    good, bad = str(uuid.uuid4()), str(uuid.uuid4())
    hand = Hand(cs)
    events = [
        hand.lend(good, sid, "13711112222", [a]),
        # lends b, then finds b named twice: b's change, its item and the deposit must all be undone
        hand.lend(bad, sid, "13711112222", [b, b]),
        hand.lend(str(uuid.uuid4()), sid, "13711112222", [b]),  # b is still free: no lent-twice
        hand.give_back(good, [a]),
    ]
    answer = _push(hq, cs, events)
    assert answer == {"acked_seq": events[-1]["seq"], "inserted": 4, "duplicates": 0}
    assert [(x.kind, x.event_id) for x in hq_exceptions(hq)] == [("event_not_applied", events[1]["id"])]
    statuses = hq_samples(hq)
    assert (statuses[a], statuses[b]) == ("in_stock", "on_loan")
    with hq.sessions() as s:
        assert s.get(NetLoan, bad) is None
        assert s.scalar(select(NetLoanItem.returned_at).where(NetLoanItem.loan_id == good)) is not None
        assert (
            s.get(DepositTotal, s.scalar(select(NetSample.showroom_id).where(NetSample.id == a))).collected_fen == 2000
        )  # the two loans that applied, not the undone one
    assert hq_count(hq, Event) == len(cs.events()) + 4


def test_a_replayed_batch_changes_no_projection(hq, cs):
    sid = cs.register("乙", "13722223333")
    cs.sync(hq.transport)
    a = sorted(hq_samples(hq))[0]
    hand, loan = Hand(cs), str(uuid.uuid4())
    events = [hand.lend(loan, sid, "13722223333", [a])]
    _push(hq, cs, events)
    with hq.sessions() as s:
        before = s.get(DepositTotal, s.scalar(select(NetSample.showroom_id).where(NetSample.id == a))).collected_fen
    assert _push(hq, cs, events) == {"acked_seq": events[0]["seq"], "inserted": 0, "duplicates": 1}
    with hq.sessions() as s:
        assert (
            s.get(DepositTotal, s.scalar(select(NetSample.showroom_id).where(NetSample.id == a))).collected_fen
            == before
            == 1000
        )
    assert hq_exceptions(hq) == []


def test_local_only_admin_events_are_kept_and_not_applied(hq, cs):
    cs.sync(hq.transport)
    hand = Hand(cs)
    events = [
        hand.event("staff.disabled@1", {"staff_id": str(uuid.uuid4()), "name": "刘洋"}),
        hand.event("tier_policy.changed@1", {"tier": "gold", "max_samples_out": "not a number"}),
        hand.event("device.hq_address_changed@1", {"before": None, "after": "http://hq"}),
        hand.event("settings.changed@3", {"key": "receipt_width", "value": 58}),
        hand.event("loan.rescheduled@2", {"anything": True}),
    ]  # a newer client's type: kept, not applied
    assert _push(hq, cs, events)["inserted"] == 5
    assert hq_exceptions(hq) == []
    assert [read_event(e["type"], e["payload"]) for e in events] == [None] * 5  # never read
    lent = Hand(cs).lend(str(uuid.uuid4()), str(uuid.uuid4()), "13700000000", [str(uuid.uuid4())])
    assert isinstance(read_event(lent["type"], lent["payload"]), LoanCheckedOut)


BREAKS = {  # one broken field each; the problem HQ reports names it
    "a NUL in the code": (("samples", 0, "code"), "CS-000001\x00", "samples[0].code: nul_character"),
    "a value of 2**63 fen": (("samples", 0, "value_fen"), 2**63, "samples[0].value_fen: out_of_range"),
    "a time in the year 9999": (("opened_at",), "9999-12-31T23:59:59-12:00", "opened_at: out_of_window"),
    "a naive time": (("due_at",), "2026-11-27T10:00:00", "due_at: naive_time"),
    "a field too many": (("extra",), "x" * 1000, "extra: unexpected"),
}


@pytest.mark.parametrize("case", list(BREAKS))
def test_an_event_that_breaks_its_declaration_is_kept_reported_and_skipped(hq, cs, case):
    """Today's way with a payload HQ cannot read (hq/projections.py, not_applied): the rest applies."""
    (*where, key), value, problem = BREAKS[case]
    sid = cs.register("丙", "13733332222")
    cs.sync(hq.transport)
    a, b = sorted(hq_samples(hq))[:2]
    hand = Hand(cs)
    bad = hand.lend(str(uuid.uuid4()), sid, "13733332222", [a])
    target = bad["payload"]
    for step in where:
        target = target[step]
    target[key] = value
    events = [bad, hand.lend(str(uuid.uuid4()), sid, "13733332222", [b])]
    reading = read_event(bad["type"], bad["payload"])
    assert isinstance(reading, BadPayload) and problem in str(reading)
    assert _push(hq, cs, events) == {"acked_seq": events[-1]["seq"], "inserted": 2, "duplicates": 0}
    [exception] = hq_exceptions(hq)
    assert (exception.kind, exception.event_id) == ("event_not_applied", bad["id"])
    assert json.loads(exception.detail) == {"type": "loan.checked_out@1", "problem": str(reading)}
    assert (hq_samples(hq)[a], hq_samples(hq)[b]) == ("in_stock", "on_loan")


def test_samples_returned_to_their_merchant_leave_hq_stock(hq, cs):
    cs.sync(hq.transport)
    a = sorted(hq_samples(hq))[0]
    unknown = str(uuid.uuid4())
    hand = Hand(cs)
    _push(
        hq,
        cs,
        [
            hand.event(
                SamplesReturnedToMerchant(
                    showroom_id=_room_id(cs),
                    note="",
                    samples=[
                        SampleSentBack(sample_id=a, code=CODE, merchant_id=str(uuid.uuid4())),
                        SampleSentBack(sample_id=unknown, code=CODE, merchant_id=str(uuid.uuid4())),
                    ],
                )
            )
        ],
    )
    assert hq_samples(hq)[a] == "returned_to_merchant"
    assert [x.kind for x in hq_exceptions(hq)] == ["unknown_sample"]


def test_the_change_log_keeps_the_order_changes_were_staged_in(hq):
    admin.add_catalog(hq.sessions, [admin.CatalogItem(f"商家{i % 3}", f"商品{i}", 100 + i) for i in range(30)])
    with hq.sessions() as s:
        rows = s.execute(select(Change.kind, Change.data).order_by(Change.pos)).all()
    names = [json.loads(d)["name"] for k, d in rows if k == "product"]
    assert names == [f"商品{i}" for i in range(30)]
    assert [k for k, _ in rows][:2] == ["merchant", "product"]  # each merchant before its first product


def test_write_sends_only_what_changed_and_restore_goes_back_to_the_last_write(hq, cs):
    cs.sync(hq.transport)
    a, b = sorted(hq_samples(hq))[:2]
    with hq.sessions() as s, s.begin():
        room_id = s.scalar(select(NetSample.showroom_id).where(NetSample.id == a))
        named = [SampleSentBack(sample_id=x, code=CODE, merchant_id=str(uuid.uuid4())) for x in (a, b)]
        cache = BatchCache(
            s,
            room_id,
            [
                SamplesReturnedToMerchant.from_payload(
                    SamplesReturnedToMerchant(showroom_id=room_id, note="", samples=named).to_payload()
                )
            ],
        )
        at = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
        cache.samples[a].status, cache.samples[a].updated_at = "lost", at
        cache.add(
            SampleRow(
                id="new-sample",
                code="CS-NEW",
                product_id=None,
                showroom_id=room_id,
                status="in_stock",
                current_loan_id=None,
                updated_at=at,
            )
        )
        cache.write()
        cache.samples[b].status = "lost"
        cache.add(
            SampleRow(
                id="dropped",
                code="CS-DROP",
                product_id=None,
                showroom_id=room_id,
                status="in_stock",
                current_loan_id=None,
                updated_at=at,
            )
        )
        cache.restore()  # back to the write: b untouched, "dropped" never existed
        assert (cache.samples[b].status, "dropped" in cache.samples) == ("in_stock", False)
        cache.write()
    statuses = hq_samples(hq)
    assert (statuses[a], statuses[b], statuses["new-sample"], "dropped" in statuses) == (
        "lost",
        "in_stock",
        "in_stock",
        False,
    )
    with hq.sessions() as s:
        assert s.get(NetSample, a).updated_at == at


def test_a_pulled_catalog_holds_what_hq_made_value_for_value(hq, cs):
    admin.add_catalog(
        hq.sessions,
        [
            admin.CatalogItem(
                "商家甲",
                f"商品{i}",
                100 + i,
                retail_price_fen=900 + i,
                live_price_fen=800,
                commission_bp=1500,
                brand="牌",
                ean=f"69{i:011d}" if i % 2 else None,
            )
            for i in range(7)
        ],
    )
    cs.sync(hq.transport)
    from db.models import Product
    from hq.models import NetProduct

    fields = (
        "id",
        "name",
        "brand",
        "retail_price_fen",
        "live_price_fen",
        "commission_bp",
        "sample_value_fen",
        "ean",
        "created_at",
    )
    with hq.sessions() as s:
        made = {
            tuple(getattr(p, f) for f in fields)
            for p in s.scalars(select(NetProduct).where(NetProduct.origin_showroom_id.is_(None)))
        }
    uow = cs.uow()
    with uow.read():
        pulled = {
            tuple(getattr(p, f) for f in fields)
            for p in uow.session.scalars(select(Product))
            if p.id in {m[0] for m in made}
        }
    assert pulled == made and len(made) == 7


def test_rows_inserted_aside_raise_their_error_first_and_roll_back_with_the_transaction(hq):
    from sqlalchemy.exc import IntegrityError

    from hq.bulk import InsertAside
    from hq.models import Alert

    at = datetime.now(timezone.utc)
    row = (str(uuid.uuid4()), None, "test", "twice", at)
    columns = ("id", "device_id", "kind", "detail", "at")
    with pytest.raises(IntegrityError), hq.sessions() as s, s.begin():
        with InsertAside(s, Alert.__table__, columns, [row, row]):
            pass
    with pytest.raises(IntegrityError), hq.sessions() as s, s.begin():  # the cause wins over what followed
        with InsertAside(s, Alert.__table__, columns, [row, row]):
            if s.get_bind().dialect.name == "postgresql":
                raise KeyError("a projection failed meanwhile")
    with hq.sessions() as s, s.begin():
        with InsertAside(s, Alert.__table__, columns, [row]):
            assert s.scalar(select(Alert.kind).where(Alert.id == row[0])) in (None, "test")
    assert hq_count(hq, Alert) == 1
