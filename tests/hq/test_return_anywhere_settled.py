"""A return HQ cannot match, settled at the counter that took it (return anywhere), end to end on PostgreSQL and
SQLite: Jinan takes back a Changsha sample it has not heard of (in Changsha's stock, never lent), HQ finds no
open loan and says so to both; Jinan's pull brings HQ's word with the sample's product; a manager keeps it in
Jinan's stock, or sends it back to Changsha on a transfer. After the syncs, both cities and HQ agree on where the
sample is, and the console shows the exception resolved at Jinan's counter."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from db.models import Sample
from hq.console.sync_health import QueueFilter, queue
from hq.models import HqShowroom, NetSample, NetTransfer, Resolution
from kernel.events import ReturnElsewhereSettled, TransferredProduct
from showroom.domain.errors import ElsewhereRefused
from showroom.services import elsewhere_photos, elsewhere_settle, elsewhere_views, returns, transfers
from showroom.services.elsewhere_views import ElsewhereState
from tests.hq.helpers import hq_exceptions
from tests.photo_images import image_file


def _sample(room, code: str) -> tuple[str, str] | None:
    uow = room.uow()
    with uow.read():
        found = uow.session.execute(select(Sample.status, Sample.showroom_id).where(Sample.code == code)).first()
        return tuple(found) if found else None


def _at_hq(hq, code: str) -> tuple[str, str]:
    with hq.sessions() as s:
        sample = s.scalar(select(NetSample).where(NetSample.code == code))
        return sample.status, s.get(HqShowroom, sample.showroom_id).code


def _unmatched_at_jinan(hq, cs, jn, tmp_path) -> elsewhere_views.ReturnForOthers:
    """A damaged Changsha sample (never lent) taken back at Jinan with its photo; synced both ways."""
    code = cs.sample_codes[0]
    cs.sync(hq.transport)
    photo = elsewhere_photos.keep_return_photo(jn.uow(), jn.admin, jn.data_dir, code, image_file(tmp_path))
    returns.check_in(jn.uow(), jn.admin, [returns.ReturnRequest(code, "damaged", "屏幕划痕", (photo.id,))])
    [line] = elsewhere_views.returns_for_others(jn.uow())
    assert (line.state, line.lender_code) == (ElsewhereState.NOT_SENT, "CS")
    jn.sync(hq.transport)
    [line] = elsewhere_views.returns_for_others(jn.uow())
    assert line.state == ElsewhereState.UNMATCHED and line.settleable
    assert (line.product_name, line.lender_name, line.condition) == ("长沙特产", "长沙直播样品间", "damaged")
    assert _sample(jn, code) is None and elsewhere_views.held_for_others(jn.uow()) == 1  # held: in no stock
    [exc] = hq_exceptions(hq)
    assert exc.kind == "return_elsewhere_unmatched"
    return line


def _resolved_at_hq(hq, decision: str) -> None:
    [exc] = hq_exceptions(hq)
    with hq.sessions() as s:
        assert s.get(Resolution, ("sync_exception", exc.id)) is not None
        [item], _total = queue(s, QueueFilter(state="resolved"), 10)
    assert item.detail["settled"] == decision and item.resolved_by == "济南店长 (JN)"


def test_kept_in_jinan_stock_both_cities_and_hq_agree(hq, cs_jn, tmp_path):
    cs, jn = cs_jn
    line = _unmatched_at_jinan(hq, cs, jn, tmp_path)
    done = elsewhere_settle.settle_unmatched_return(jn.uow(), jn.admin, line.return_id, "keep", "无借样记录，留用")
    assert (done.code, done.decision, done.transfer_number) == (line.code, "keep", "")
    assert _sample(jn, line.code) == ("in_stock", jn.showroom_id())  # Jinan's now, lendable there
    types = [e.type for e in jn.events()]
    assert types[-2:] == ["return_elsewhere.settled@1", "photo.attached@1"]  # the photo travels with its sample
    [line] = elsewhere_views.returns_for_others(jn.uow())
    assert line.state == ElsewhereState.KEPT and line.settled_by == "济南店长"
    assert elsewhere_views.held_for_others(jn.uow()) == 0

    jn.sync(hq.transport)
    assert _at_hq(hq, line.code) == ("in_stock", "JN")
    _resolved_at_hq(hq, "keep")
    cs.sync(hq.transport)
    assert _sample(cs, line.code)[0] == "transferred"  # not at Changsha any more

    streamer = jn.register("小丽", "13900139000")
    jn.lend(streamer, [line.code])
    jn.sync(hq.transport)
    assert _at_hq(hq, line.code) == ("on_loan", "JN")
    assert [x.kind for x in hq_exceptions(hq)] == ["return_elsewhere_unmatched"]  # nothing else contradicts


def test_sent_back_to_changsha_on_a_transfer(hq, cs_jn, tmp_path):
    cs, jn = cs_jn
    line = _unmatched_at_jinan(hq, cs, jn, tmp_path)
    done = elsewhere_settle.settle_unmatched_return(jn.uow(), jn.admin, line.return_id, "send_back")
    assert done.decision == "send_back" and done.transfer_number.startswith("JN-T")
    assert _sample(jn, line.code)[0] == "in_transit"
    types = [e.type for e in jn.events()]
    assert types[-3:] == ["return_elsewhere.settled@1", "photo.attached@1", "transfer.sent@1"]
    [line] = elsewhere_views.returns_for_others(jn.uow())
    assert line.state == ElsewhereState.SENT_BACK and line.transfer_number == done.transfer_number

    jn.sync(hq.transport)
    assert _at_hq(hq, line.code) == ("in_transit", "JN")
    _resolved_at_hq(hq, "send_back")
    cs.sync(hq.transport)
    assert _sample(cs, line.code)[0] == "transferred"  # on its way back, not on Changsha's shelf yet
    incoming = transfers.open_incoming(cs.uow(), done.transfer_number)  # the slip scanned at Changsha
    transfers.receive_transfer(cs.uow(), cs.admin, incoming.summary.id, [line.code])
    assert _sample(cs, line.code) == ("in_stock", cs.showroom_id())
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    assert _sample(jn, line.code)[0] == "transferred"
    assert _at_hq(hq, line.code) == ("in_stock", "CS")
    with hq.sessions() as s:
        assert s.scalar(select(NetTransfer.state).where(NetTransfer.number == done.transfer_number)) == "received"
    assert [x.kind for x in hq_exceptions(hq)] == ["return_elsewhere_unmatched"]


def test_a_sample_hq_knows_nothing_of_cannot_be_settled_and_stays_held(hq, cs_jn):
    cs, jn = cs_jn
    returns.check_in(jn.uow(), jn.admin, [returns.ReturnRequest("CS-999999")])  # a code Changsha never made
    jn.sync(hq.transport)
    [line] = elsewhere_views.returns_for_others(jn.uow())
    assert line.state == ElsewhereState.UNKNOWN_SAMPLE and not line.settleable
    before = len(jn.events())
    for decision in ("keep", "send_back"):
        with pytest.raises(ElsewhereRefused) as refused:
            elsewhere_settle.settle_unmatched_return(jn.uow(), jn.admin, line.return_id, decision)
        assert refused.value.problem == "product_unknown"
    assert len(jn.events()) == before and elsewhere_views.held_for_others(jn.uow()) == 1


def test_a_settlement_against_an_exception_hq_does_not_hold_is_reported(hq, cs_jn, tmp_path):
    cs, jn = cs_jn
    line = _unmatched_at_jinan(hq, cs, jn, tmp_path)
    product = TransferredProduct(
        product_id=str(uuid.uuid4()),
        merchant_id=str(uuid.uuid4()),
        merchant_name="x",
        name="x",
        brand="",
        category="",
        spec="",
        retail_price_fen=1,
        live_price_fen=1,
        commission_bp=0,
        sample_value_fen=1,
        ean=None,
    )
    forged = ReturnElsewhereSettled(
        return_id=line.return_id,
        exception_id=str(uuid.uuid4()),
        sample_id=str(uuid.uuid4()),
        code=line.code,
        decision="keep",
        lender="CS",
        lender_name="长沙",
        settled_by="某人",
        note="",
        product=product,
    )
    jn.record(forged, datetime.now(timezone.utc))
    jn.sync(hq.transport)
    kinds = sorted(x.kind for x in hq_exceptions(hq))
    assert kinds == ["return_elsewhere_unmatched", "return_settlement_unknown"]
    with hq.sessions() as s:
        assert s.scalar(select(Resolution)) is None  # the real exception is still open
