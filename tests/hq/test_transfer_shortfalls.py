"""Samples short on a transfer, settled afterwards, end to end: Changsha sends ten samples to Jinan, Jinan receives
eight; one of the two short turns up in Jinan (received late, offline) and Changsha declares the other lost; after
their syncs both cities and HQ agree on where each is. When the cities contradict each other (Changsha declared a
sample lost that Jinan then received), the arrival wins whichever HQ hears first, and both are told."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from db.models import Sample
from hq.models import NetSample, NetTransfer, Resolution
from hq.shortfall_projections import SETTLED_AT_COUNTERS
from showroom.domain.errors import InvalidInput, PermissionDenied, TransferRefused
from showroom.services import checkout, staff, transfer_views
from showroom.services.common import Actor
from showroom.services.reports.daily import daily_report
from showroom.services.shortfall_views import list_shortfalls
from showroom.services.transfer_shortfalls import check_late_scan, open_slip, receive_late, settle_short
from showroom.services.transfers import cancel_transfer, receive_transfer, send_transfer
from tests.hq.helpers import hq_exceptions


def _status(room, code: str) -> str | None:
    uow = room.uow()
    with uow.read():
        return uow.session.scalar(select(Sample.status).where(Sample.code == code))


def _settled(room, transfer_id: str) -> dict[str, str]:
    return {line.code: line.settled for line in transfer_views.transfer_view(room.uow(), transfer_id).lines}


def _clerk(room) -> Actor:
    made = staff.create_staff(room.uow(), room.admin, "小张", "clerk", "1111")
    return Actor(made.id, made.name, made.role)


def _sent_and_received_short(hq, cs, jn, count: int, arrived: int):
    """Changsha sends `count` samples, Jinan receives the first `arrived`; both have synced after."""
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    codes = cs.sample_codes[:count]
    slip = send_transfer(cs.uow(), cs.admin, "JN", codes)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    receive_transfer(jn.uow(), jn.admin, slip.summary.id, codes[:arrived])
    jn.sync(hq.transport)
    cs.sync(hq.transport)
    return slip.summary, codes


def test_one_short_sample_arrives_late_the_other_is_declared_lost_and_all_agree(hq, cs_jn):
    cs, jn = cs_jn
    t, codes = _sent_and_received_short(hq, cs, jn, 10, 8)
    [out_a, out_b] = list_shortfalls(cs.uow())
    assert (out_a.direction, out_a.number, out_a.code, out_a.other, out_a.product) == (
        "out",
        t.number,
        codes[8],
        "济南直播样品间",
        "长沙特产",
    )
    assert out_b.code == codes[9] and out_a.days == 0
    assert [(x.direction, x.code) for x in list_shortfalls(jn.uow())] == [("in", codes[8]), ("in", codes[9])]

    # Jinan finds one in another bag: it scans the slip, then the sample (offline)
    opened = open_slip(jn.uow(), t.number)
    assert opened.late and [line.code for line in opened.view.lines] == codes[8:]
    assert check_late_scan(jn.uow(), t.id, [], codes[8]) == "on_slip"
    with pytest.raises(TransferRefused) as refused:
        check_late_scan(jn.uow(), t.id, [], codes[0])  # received with the others
    assert refused.value.problem == "not_short"
    late = receive_late(jn.uow(), _clerk(jn), t.id, [codes[8]])  # any clerk
    f = late.summary.figures
    assert (f.received, f.short, f.late) == (9, 1, 1) and _status(jn, codes[8]) == "in_stock"

    # Changsha gives up on the other: a manager declares it lost, with a reason
    with pytest.raises(PermissionDenied):
        settle_short(cs.uow(), _clerk(cs), t.id, [codes[9]], "declared_lost", "快递丢件")
    with pytest.raises(InvalidInput):
        settle_short(cs.uow(), cs.admin, t.id, [codes[9]], "declared_lost", " ")
    with pytest.raises(TransferRefused) as refused:
        settle_short(cs.uow(), cs.admin, t.id, [codes[0]], "found_at_sender")
    assert refused.value.problem == "not_short"
    lost = settle_short(cs.uow(), cs.admin, t.id, [codes[9]], "declared_lost", "快递丢件")
    assert (lost.summary.figures.lost, lost.summary.figures.short) == (1, 1) and _status(cs, codes[9]) == "lost"
    with pytest.raises(TransferRefused) as refused:
        settle_short(cs.uow(), cs.admin, t.id, [codes[9]], "found_at_sender")
    assert refused.value.problem == "settled_already"

    jn.sync(hq.transport)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    with hq.sessions() as s:
        row = s.get(NetTransfer, t.id)
        assert (row.state, row.received, row.short, row.short_open) == ("partly_received", 9, 2, 0)
        lines = {x["code"]: x for x in json.loads(row.lines)}
        assert (lines[codes[8]]["settled"], lines[codes[8]]["settled_in"]) == ("arrived_late", "JN")
        assert (lines[codes[9]]["settled"], lines[codes[9]]["settled_note"]) == ("declared_lost", "快递丢件")
        samples = {x.code: x for x in s.scalars(select(NetSample).where(NetSample.code.in_(codes)))}
        assert samples[codes[8]].showroom_id == samples[codes[0]].showroom_id and samples[codes[8]].status == "in_stock"
        assert (samples[codes[9]].status, samples[codes[9]].current_loan_id) == ("lost", None)
        assert samples[codes[9]].showroom_id != samples[codes[0]].showroom_id  # lost in the sender's custody
    [short] = hq_exceptions(hq)  # nothing contradicted
    assert short.kind == "transfer_short"
    with hq.sessions() as s:
        assert s.get(Resolution, ("sync_exception", short.id)).staff_id == SETTLED_AT_COUNTERS

    assert list_shortfalls(cs.uow()) == [] and list_shortfalls(jn.uow()) == []
    assert _settled(cs, t.id)[codes[8]] == "arrived_late" and _settled(jn, t.id)[codes[9]] == "declared_lost"
    assert (_status(cs, codes[8]), _status(cs, codes[9])) == ("transferred", "lost")
    f = transfer_views.transfer_view(cs.uow(), t.id).summary.figures
    assert (f.received, f.short, f.late, f.lost) == (9, 0, 1, 1)
    assert "transfer.arrived_late@1" not in {e.type for e in cs.events()}  # the pull recorded nothing
    today = datetime.now(timezone.utc).date()
    assert daily_report(cs.uow(), today - timedelta(days=1), today + timedelta(days=1)).headline.samples_lost == 1
    assert daily_report(jn.uow(), today - timedelta(days=1), today + timedelta(days=1)).headline.samples_lost == 0
    streamer = jn.register("小丽", "13900139000")
    checkout.check_out(jn.uow(), jn.admin, streamer, [codes[8]], "cash")  # Jinan lends what arrived late


@pytest.mark.parametrize("arrival_first", [False, True], ids=["loss-reaches-hq-first", "arrival-reaches-hq-first"])
def test_declared_lost_at_the_sender_and_received_late_at_the_receiver_the_arrival_wins(hq, cs_jn, arrival_first):
    cs, jn = cs_jn
    t, codes = _sent_and_received_short(hq, cs, jn, 3, 2)
    settle_short(cs.uow(), cs.admin, t.id, [codes[2]], "declared_lost", "找不到了")  # both offline meanwhile
    receive_late(jn.uow(), jn.admin, t.id, [codes[2]], {codes[2]: "外盒湿了"})
    first, second = (jn, cs) if arrival_first else (cs, jn)
    first.sync(hq.transport)
    second.sync(hq.transport)
    first.sync(hq.transport)
    with hq.sessions() as s:
        sample = s.scalar(select(NetSample).where(NetSample.code == codes[2]))
        jn_id = s.scalar(select(NetSample.showroom_id).where(NetSample.code == codes[0]))
        assert (sample.status, sample.showroom_id) == ("in_stock", jn_id)
        row = s.get(NetTransfer, t.id)
        assert row.short_open == 0 and json.loads(row.lines)[2]["settled"] == "arrived_late"
    [contradiction] = [x for x in hq_exceptions(hq) if x.kind == "transfer_lost_arrived"]
    assert contradiction.showroom_codes == "CS,JN" and codes[2] in contradiction.detail
    assert (_status(cs, codes[2]), _status(jn, codes[2])) == ("transferred", "in_stock")
    assert _settled(cs, t.id)[codes[2]] == _settled(jn, t.id)[codes[2]] == "arrived_late"
    today = datetime.now(timezone.utc).date()
    assert daily_report(cs.uow(), today).headline.samples_lost == 0  # it was not lost after all
    assert cs.status().exceptions == jn.status().exceptions == 2  # transfer_short and the contradiction


def test_found_at_the_sender_is_in_stock_there_and_no_longer_short_at_the_receiver(hq, cs_jn):
    cs, jn = cs_jn
    t, codes = _sent_and_received_short(hq, cs, jn, 2, 1)
    settle_short(cs.uow(), cs.admin, t.id, [codes[1]], "found_at_sender")
    assert _status(cs, codes[1]) == "in_stock"
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    with hq.sessions() as s:
        assert s.scalar(select(NetSample.status).where(NetSample.code == codes[1])) == "in_stock"
    assert list_shortfalls(jn.uow()) == [] and _settled(jn, t.id)[codes[1]] == "found_at_sender"
    f = transfer_views.transfer_view(jn.uow(), t.id).summary.figures
    assert (f.short, f.found) == (0, 1)
    send_transfer(cs.uow(), cs.admin, "JN", [codes[1]])  # back in stock at the sender: it may go again


def test_both_ends_rebuilt_from_hq_have_their_short_samples_settled(hq, cs_jn, tmp_path):
    """Jinan received one of three and one more late; Changsha declared the third lost. Each counter rebuilt from
    HQ alone (its own events replayed, then a pull) shows the same transfer and the same samples."""
    from tests.hq.test_transfers import rebuilt_from_hq

    cs, jn = cs_jn
    t, codes = _sent_and_received_short(hq, cs, jn, 3, 1)
    receive_late(jn.uow(), jn.admin, t.id, [codes[1]])
    settle_short(cs.uow(), cs.admin, t.id, [codes[2]], "declared_lost", "快递丢件")
    for room in (jn, cs, jn):
        room.sync(hq.transport)
    for room, statuses, short in rebuilt_from_hq(hq, (cs, jn), tmp_path, codes):
        assert short == []
        if room.code == "JN":
            assert statuses == {codes[0]: "in_stock", codes[1]: "in_stock"}
        else:
            assert statuses == dict(zip(codes, ["transferred", "transferred", "lost"], strict=True))


def test_a_sample_short_on_a_transfer_called_back_meanwhile_is_found_at_the_sender(hq, cs_jn):
    """Changsha called the transfer back while Jinan, offline, received one of the two: the other is on Changsha's
    shelf again (the call-back) yet short on Jinan's receipt; Changsha settles it as found here."""
    cs, jn = cs_jn
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    codes = cs.sample_codes[:2]
    slip = send_transfer(cs.uow(), cs.admin, "JN", codes)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    cancel_transfer(cs.uow(), cs.admin, slip.summary.id, "发错城市")
    receive_transfer(jn.uow(), jn.admin, slip.summary.id, codes[:1])
    for room in (cs, jn, cs):
        room.sync(hq.transport)
    assert [(x.code, x.direction) for x in list_shortfalls(cs.uow())] == [(codes[1], "out")]
    assert _status(cs, codes[1]) == "in_stock"
    settle_short(cs.uow(), cs.admin, slip.summary.id, [codes[1]], "found_at_sender", "撤回后在货架上")
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    with hq.sessions() as s:
        assert s.get(NetTransfer, slip.summary.id).short_open == 0
        assert s.scalar(select(NetSample.status).where(NetSample.code == codes[1])) == "in_stock"
    assert list_shortfalls(cs.uow()) == list_shortfalls(jn.uow()) == []
    assert sorted(x.kind for x in hq_exceptions(hq)) == ["received_after_cancel", "transfer_short"]
