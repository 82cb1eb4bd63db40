"""Transfers between showrooms end to end (issue 17): Changsha sends ten samples to Jinan, Jinan learns of the
transfer through HQ, receives eight of them (one damaged) offline and scans a code the slip did not list; the
differences are seen in both cities and at HQ, custody moves for what arrived only."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db.models import Sample
from hq.models import NetSample, NetTransfer
from showroom.domain.errors import SampleNotInStock, TransferRefused
from showroom.services import checkout, transfer_views, transfers
from tests.hq.helpers import hq_exceptions


def _status(room, code: str) -> str | None:
    uow = room.uow()
    with uow.read():
        return uow.session.scalar(select(Sample.status).where(Sample.code == code))


def test_send_ten_samples_to_another_city_and_receive_eight(hq, cs_jn):
    cs, jn = cs_jn
    cs.sync(hq.transport)
    jn.sync(hq.transport)  # both know the other showroom now
    assert [d.code for d in transfer_views.destinations(cs.uow())] == ["JN"]
    sent_codes = cs.sample_codes[:10]
    slip = transfers.send_transfer(cs.uow(), cs.admin, "JN", sent_codes, note="春季新品")
    number = slip.summary.number
    assert number.startswith("CS-T") and slip.summary.state == "sent" and slip.summary.figures.sent == 10
    assert {_status(cs, c) for c in sent_codes} == {"in_transit"}
    streamer = cs.register("小美", "13800138000")
    with pytest.raises(SampleNotInStock):  # in transit: not lent here
        checkout.check_out(cs.uow(), cs.admin, streamer, sent_codes[:1], "cash")
    cs.sync(hq.transport)

    with hq.sessions() as s:
        t = s.get(NetTransfer, slip.summary.id)
        assert (t.state, t.to_code, t.sent) == ("sent", "JN", 10)
        assert {x.status for x in s.scalars(select(NetSample).where(NetSample.code.in_(sent_codes)))} == {"in_transit"}

    jn.sync(hq.transport)  # learns of it; from here on Jinan works offline
    [incoming] = transfer_views.list_transfers(jn.uow(), direction="in", open_only=True)
    assert incoming.summary.number == number and incoming.summary.from_name == "长沙直播样品间"
    opened = transfers.open_incoming(jn.uow(), f" {number.lower()}\r\n")
    assert len(opened.codes_on_slip) == 10 and opened.lines[0].product == "长沙特产"
    scanned = sent_codes[:8] + ["CS-000999"]
    answers = [transfers.check_receipt_scan(jn.uow(), opened.summary.id, scanned[:i], c) for i, c in enumerate(scanned)]
    assert answers[:8] == ["on_slip"] * 8 and answers[8] == "extra"
    done = transfers.receive_transfer(
        jn.uow(), jn.admin, opened.summary.id, scanned, damaged={sent_codes[7]: "外盒压坏"}
    )
    f = done.summary.figures
    assert (done.summary.state, f.sent, f.received, f.short, f.extra, f.damaged) == ("partly_received", 10, 8, 2, 1, 1)
    assert {_status(jn, c) for c in sent_codes[:8]} == {"in_stock"}
    assert _status(jn, sent_codes[8]) is None  # short: never here
    jn_streamer = jn.register("小丽", "13900139000")
    checkout.check_out(jn.uow(), jn.admin, jn_streamer, sent_codes[:1], "cash")  # Jinan lends what it received
    with pytest.raises(TransferRefused):
        transfers.open_incoming(jn.uow(), number)  # received already
    jn.sync(hq.transport)

    with hq.sessions() as s:
        t = s.get(NetTransfer, slip.summary.id)
        assert (t.state, t.received, t.short, t.extra, t.damaged) == ("partly_received", 8, 2, 1, 1)
        by_code = {x.code: x for x in s.scalars(select(NetSample).where(NetSample.code.in_(sent_codes)))}
        assert {by_code[c].status for c in sent_codes[8:]} == {"in_transit"}
        assert by_code[sent_codes[1]].status == "in_stock" and by_code[sent_codes[0]].status == "on_loan"
        jn_id = by_code[sent_codes[0]].showroom_id
        assert {by_code[c].showroom_id for c in sent_codes[:8]} == {jn_id} != {by_code[sent_codes[9]].showroom_id}
        lines = {x["code"]: x["outcome"] for x in json.loads(t.lines)}
        assert lines[sent_codes[7]] == "damaged" and lines["CS-000999"] == "extra" and lines[sent_codes[9]] == "short"
    kinds = sorted(e.kind for e in hq_exceptions(hq))
    assert kinds == ["transfer_damaged", "transfer_extra", "transfer_short"]

    cs.sync(hq.transport)  # Changsha learns how it was received
    [back] = transfer_views.list_transfers(cs.uow(), direction="out")
    f = back.summary.figures
    assert (back.summary.state, f.received, f.short, f.extra, f.damaged) == ("partly_received", 8, 2, 1, 1)
    assert back.summary.received_by == jn.admin.name
    assert {_status(cs, c) for c in sent_codes[:8]} == {"transferred"}
    assert {_status(cs, c) for c in sent_codes[8:]} == {"in_transit"}
    assert {line.code: line.outcome for line in back.lines}["CS-000999"] == "extra"
    assert cs.status().exceptions == 3 and jn.status().exceptions == 3
    assert "transfer.received@1" not in {e.type for e in cs.events()}  # the pull recorded nothing to echo back


def test_a_transfer_called_back_before_it_arrives_is_back_in_stock_everywhere(hq, cs_jn):
    cs, jn = cs_jn
    cs.sync(hq.transport)
    slip = transfers.send_transfer(cs.uow(), cs.admin, "JN", cs.sample_codes[:3])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    assert len(transfer_views.list_transfers(jn.uow(), direction="in", open_only=True)) == 1
    transfers.cancel_transfer(cs.uow(), cs.admin, slip.summary.id, "发错城市")
    assert {_status(cs, c) for c in cs.sample_codes[:3]} == {"in_stock"}
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    assert transfer_views.list_transfers(jn.uow(), direction="in", open_only=True) == []
    with pytest.raises(TransferRefused) as refused:
        transfers.open_incoming(jn.uow(), slip.summary.number)
    assert refused.value.problem == "not_in_transit"
    with hq.sessions() as s:
        assert s.get(NetTransfer, slip.summary.id).state == "cancelled"
        assert {x.status for x in s.scalars(select(NetSample).where(NetSample.code.in_(cs.sample_codes[:3])))} == {
            "in_stock"
        }


def test_only_this_showrooms_samples_in_stock_are_sent(hq, cs_jn):
    cs, _jn = cs_jn
    cs.sync(hq.transport)
    with pytest.raises(TransferRefused) as refused:
        transfers.send_transfer(cs.uow(), cs.admin, "JN", ["JN-000001"])
    assert refused.value.problem == "not_ours"
    with pytest.raises(TransferRefused) as refused:
        transfers.send_transfer(cs.uow(), cs.admin, "CS", cs.sample_codes[:1])
    assert refused.value.problem == "own_showroom"
    with pytest.raises(TransferRefused) as refused:
        transfers.send_transfer(cs.uow(), cs.admin, "QD", cs.sample_codes[:1])
    assert refused.value.problem == "unknown_destination"
    transfers.send_transfer(cs.uow(), cs.admin, "JN", cs.sample_codes[:1])
    with pytest.raises(TransferRefused) as refused:
        transfers.send_transfer(cs.uow(), cs.admin, "JN", cs.sample_codes[:2])
    assert refused.value.problem == "not_sendable" and refused.value.facts["status"] == "in_transit"


def test_called_back_in_one_city_while_received_offline_in_the_other_the_samples_went(hq, cs_jn):
    """Both ends offline: Changsha calls the transfer back while Jinan, which pulled it before, receives it.
    HQ never rejects a physical fact: the receipt applies (custody moves), both cities are told, and Changsha's
    counter shows the samples transferred after its next pull."""
    cs, jn = cs_jn
    cs.sync(hq.transport)
    slip = transfers.send_transfer(cs.uow(), cs.admin, "JN", cs.sample_codes[:2])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    transfers.cancel_transfer(cs.uow(), cs.admin, slip.summary.id, "发错城市")
    transfers.receive_transfer(jn.uow(), jn.admin, slip.summary.id, cs.sample_codes[:2])
    cs.sync(hq.transport)  # the call-back reaches HQ first
    jn.sync(hq.transport)
    with hq.sessions() as s:
        assert s.get(NetTransfer, slip.summary.id).state == "received"
        custody = {x.showroom_id for x in s.scalars(select(NetSample).where(NetSample.code.in_(cs.sample_codes[:2])))}
    assert [e.kind for e in hq_exceptions(hq)] == ["received_after_cancel"]
    assert len(custody) == 1
    cs.sync(hq.transport)
    [back] = transfer_views.list_transfers(cs.uow(), direction="out")
    assert back.summary.state == "received"
    assert {_status(cs, c) for c in cs.sample_codes[:2]} == {"transferred"}


def test_only_the_destination_receives_a_transfer(hq, cs_jn, room_templates, tmp_path):
    """A receipt pushed by a third city is kept and applies nothing (foreign_write, for it and the sender)."""
    from kernel.events import ReceivedLine, TransferReceived
    from tests.hq.rooms import Room

    cs, _jn = cs_jn
    hq.add_showroom("XM", "厦门")
    xm = Room(tmp_path / "xm", room_templates["XM"])
    xm.enrol(hq)
    try:
        cs.sync(hq.transport)
        slip = transfers.send_transfer(cs.uow(), cs.admin, "JN", cs.sample_codes[:1])
        cs.sync(hq.transport)
        sample_id = cs.sample_ids()[cs.sample_codes[0]]
        xm.record(
            TransferReceived(
                transfer_id=slip.summary.id,
                number=slip.summary.number,
                from_showroom="CS",
                from_name="长沙",
                sent_at=slip.summary.sent_at,
                sent_by="x",
                received_by="x",
                products=[],
                samples=[
                    ReceivedLine(
                        sample_id=sample_id, code=cs.sample_codes[0], product_id=None, outcome="received", note=""
                    )
                ],
            )
        )
        xm.sync(hq.transport)
        with hq.sessions() as s:
            assert s.get(NetTransfer, slip.summary.id).state == "sent"
            assert s.get(NetSample, sample_id).status == "in_transit"
        [exception] = hq_exceptions(hq)
        assert exception.kind == "foreign_write" and exception.showroom_codes == "CS,XM"
    finally:
        xm.close()


def test_both_ends_of_a_transfer_are_rebuilt_from_hq_alone(hq, cs_jn, tmp_path):
    """Jinan's PC dies after receiving a transfer, Changsha's after sending one: each rebuilt from HQ has its
    transfers, and Jinan the samples it received (their products came with the transfer), lendable."""
    cs, jn = cs_jn
    cs.sync(hq.transport)
    slip = transfers.send_transfer(cs.uow(), cs.admin, "JN", cs.sample_codes[:3])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    transfers.receive_transfer(jn.uow(), jn.admin, slip.summary.id, cs.sample_codes[:2], {cs.sample_codes[1]: "划痕"})
    jn.sync(hq.transport)
    cs.sync(hq.transport)  # Changsha knows how it was received
    for room, statuses, _short in rebuilt_from_hq(hq, (cs, jn), tmp_path, cs.sample_codes[:3]):
        if room.code == "JN":
            assert statuses == {cs.sample_codes[0]: "in_stock", cs.sample_codes[1]: "in_stock"}
        else:
            assert statuses == dict(zip(cs.sample_codes[:3], ["transferred", "transferred", "in_transit"], strict=True))


def rebuilt_from_hq(hq, rooms, tmp_path, codes: list[str]):
    """Each room's PC dies and it is rebuilt from HQ alone (its own events replayed, then a pull): its transfers
    must read as before. Yields (room, the statuses of `codes` there, its short samples not settled)."""
    from showroom.services.shortfall_views import list_shortfalls
    from showroom.store import Store
    from showroom.sync.recover import recover
    from showroom.sync.service import sync_once

    before = {room.code: transfer_views.list_transfers(room.uow()) for room in rooms}
    for room in rooms:
        room.close()
        folder = tmp_path / f"new-{room.code}"
        store = Store(folder)
        try:
            recover(store.uow, folder, "http://testserver", hq.enrol_code(room.code), "246810", transport=hq.transport)
            sync_once(store.uow, folder, transport=hq.transport)
            again = transfer_views.list_transfers(store.uow())
            assert [(v.summary.state, v.summary.figures, v.lines) for v in again] == [
                (v.summary.state, v.summary.figures, v.lines) for v in before[room.code]
            ]
            short = list_shortfalls(store.uow())
            uow = store.uow()
            with uow.read():
                query = select(Sample.code, Sample.status).where(Sample.code.in_(codes))
                statuses = dict(uow.session.execute(query).tuples().all())
        finally:
            store.close()
        yield room, statuses, short


def test_a_receipt_takes_sample_codes_only_and_a_transfer_is_received_once(hq, cs_jn):
    cs, jn = cs_jn
    cs.sync(hq.transport)
    slip = transfers.send_transfer(cs.uow(), cs.admin, "JN", cs.sample_codes[:2])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    for scanned, problem in (([], "nothing_scanned"), ([cs.sample_codes[0], "CS-M00001"], "not_a_sample_code")):
        with pytest.raises(TransferRefused) as refused:
            transfers.receive_transfer(jn.uow(), jn.admin, slip.summary.id, scanned)
        assert refused.value.problem == problem
    with pytest.raises(TransferRefused) as refused:
        transfers.cancel_transfer(jn.uow(), jn.admin, slip.summary.id, "不是我们的")
    assert refused.value.problem == "not_outgoing"
    transfers.receive_transfer(jn.uow(), jn.admin, slip.summary.id, cs.sample_codes[:2])
    with pytest.raises(TransferRefused) as refused:
        transfers.receive_transfer(jn.uow(), jn.admin, slip.summary.id, cs.sample_codes[:2])
    assert refused.value.problem == "not_in_transit"
    with pytest.raises(TransferRefused) as refused:
        transfers.open_incoming(cs.uow(), slip.summary.number)
    assert refused.value.problem == "not_incoming"
