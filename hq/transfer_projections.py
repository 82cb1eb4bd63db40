"""What HQ keeps of transfers between showrooms (调拨, issue 17): each transfer (hq_transfer) from both ends,
custody of its samples (hq_sample: `in_transit` from the sender's transfer.sent, the destination's and
`in_stock` from its transfer.received for each sample that arrived; a short one stays the sender's, in
transit), and the change log that tells each end what the other did (kind `transfer`, for the two showrooms).

Ownership: transfer.sent names its samples, so hq/ownership.py refuses one that sends another showroom's.
transfer.received and transfer.cancelled name no sample: they are checked here against the transfer (only its
destination receives it, only its sender calls it back). HQ never rejects a physical fact: a receipt after a
call-back is applied (the samples did arrive) and both showrooms are told (`received_after_cancel`); a
call-back after a receipt applies nothing (`cancel_after_receipt`). Short and extra samples are exceptions
both showrooms and HQ see (`transfer_short`, `transfer_extra`).
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from hq.applying import Applying, not_applied, record_exception
from hq.batch import SampleRow, among
from hq.changelog import stage
from hq.models import HqShowroom, NetSample, NetTransfer
from hq.ownership import ForeignWrite
from kernel.events import Event, TransferCancelled, TransferReceived, TransferSent

SENT, RECEIVED, PARTLY, CANCELLED = "sent", "received", "partly_received", "cancelled"
ARRIVED = ("received", "damaged")
_NAMED = 50  # codes named in one exception


def find_transfer(session: Session, transfer_id: str) -> NetTransfer | None:
    for row in session.new:  # sent in this batch: not written yet
        if isinstance(row, NetTransfer) and row.id == transfer_id:
            return row
    return session.get(NetTransfer, transfer_id)


def showroom_code(session: Session, showroom_id: str | None) -> str:
    room = session.get(HqShowroom, showroom_id) if showroom_id else None
    return room.code if room else ""


def transfer_change(session: Session, t: NetTransfer) -> dict:
    """The transfer as both its ends pull it (showroom/sync/transfers_pull.py)."""
    from_room = session.get(HqShowroom, t.from_showroom_id)
    to_room = session.get(HqShowroom, t.to_showroom_id) if t.to_showroom_id else None
    return {
        "id": t.id,
        "number": t.number,
        "from_code": from_room.code,
        "from_name": from_room.name,
        "to_code": t.to_code,
        "to_name": to_room.name if to_room else t.to_code,
        "state": t.state,
        "sent_at": t.sent_at.isoformat(),
        "sent_by": t.sent_by,
        "received_at": t.received_at.isoformat() if t.received_at else None,
        "received_by": t.received_by,
        "ended_at": t.ended_at.isoformat() if t.ended_at else None,
        "note": t.note,
        "reason": t.reason,
        "products": json.loads(t.products),
        "lines": json.loads(t.lines),
    }


def tell_both(session: Session, t: NetTransfer) -> None:
    change = transfer_change(session, t)
    for code in {change["from_code"], t.to_code}:
        stage(session, "transfer", t.id, change, audience=code)


def transfer_sent(a: Applying, e: TransferSent) -> None:
    if find_transfer(a.session, e.transfer_id) is not None:
        record_exception(a.session, "transfer_reported_twice", [a.showroom.code], a.event_id, {"number": e.number})
        return
    dest = a.session.scalar(select(HqShowroom).where(HqShowroom.code == e.to_showroom))
    if dest is None:
        record_exception(
            a.session, "unknown_destination", [a.showroom.code], a.event_id, {"number": e.number, "to": e.to_showroom}
        )
    payload = e.to_payload()
    t = NetTransfer(
        id=e.transfer_id,
        number=e.number,
        from_showroom_id=a.showroom.id,
        to_code=e.to_showroom,
        to_showroom_id=dest.id if dest else None,
        state=SENT,
        sent_at=a.at,
        sent_by=e.sent_by,
        received_by="",
        note=e.note,
        reason="",
        sent=len(e.samples),
        received=0,
        short=0,
        extra=0,
        damaged=0,
        lines=json.dumps([x | {"outcome": "", "note": ""} for x in payload["samples"]], ensure_ascii=False),
        products=json.dumps(payload["products"], ensure_ascii=False),
    )
    a.session.add(t)
    for x in e.samples:
        sample = a.cache.samples.get(x.sample_id)
        if sample is None:
            sample = a.cache.add(SampleRow(x.sample_id, x.code, x.product_id, a.showroom.id, "in_transit", None, a.at))
        sample.status, sample.current_loan_id, sample.updated_at = "in_transit", None, a.at
    if dest is not None:
        tell_both(a.session, t)


def to_act_on(a: Applying, e: Event, t: NetTransfer | None, owner_id: str | None) -> bool:
    """Whether the transfer is there and this end's to act on; reported otherwise."""
    if t is None:
        record_exception(
            a.session, "unknown_transfer", [a.showroom.code], a.event_id, {"number": e.number, "type": e.TYPE}
        )
        return False
    if owner_id != a.showroom.id:
        owner = showroom_code(a.session, t.from_showroom_id)
        rows = [{"kind": "transfer", "id": t.id, "label": t.number, "showroom": owner}]
        not_applied(a.session, a.showroom, a.event_id, e.TYPE, ForeignWrite([owner], rows))
        return False
    return True


def transfer_received(a: Applying, e: TransferReceived) -> None:
    t = find_transfer(a.session, e.transfer_id)
    if not to_act_on(a, e, t, t.to_showroom_id if t else None):
        return
    sender = showroom_code(a.session, t.from_showroom_id)
    both = [sender, a.showroom.code]
    if t.state in (RECEIVED, PARTLY):
        record_exception(a.session, "transfer_received_twice", both, a.event_id, {"number": t.number})
        return
    if t.state == CANCELLED:
        record_exception(a.session, "received_after_cancel", both, a.event_id, {"number": t.number})
    lines = [
        {"sample_id": x.sample_id, "code": x.code, "product_id": x.product_id, "outcome": x.outcome, "note": x.note}
        for x in e.samples
    ]
    for x in e.samples:
        if x.outcome in ARRIVED:
            lay_in_at(a, x, t)
    count = {o: sum(1 for x in e.samples if x.outcome == o) for o in ("received", "short", "extra", "damaged")}
    t.state = PARTLY if count["short"] else RECEIVED
    t.received, t.short, t.extra, t.damaged = (
        count["received"] + count["damaged"],
        count["short"],
        count["extra"],
        count["damaged"],
    )
    t.short_open = count["short"]  # until settled (hq/shortfall_projections.py)
    t.received_at = t.ended_at = a.at
    t.received_by, t.lines = e.received_by, json.dumps(lines, ensure_ascii=False)
    _differences(a, t, e, both)
    tell_both(a.session, t)


def lay_in_at(a: Applying, x, t: NetTransfer) -> None:
    sample = a.cache.samples.get(x.sample_id)
    if sample is None:
        a.cache.add(SampleRow(x.sample_id, x.code, x.product_id, a.showroom.id, "in_stock", None, a.at))
        return
    sample.showroom_id, sample.status, sample.current_loan_id, sample.updated_at = a.showroom.id, "in_stock", None, a.at


def _differences(a: Applying, t: NetTransfer, e: TransferReceived, both: list[str]) -> None:
    for outcome, kind in (("short", "transfer_short"), ("extra", "transfer_extra"), ("damaged", "transfer_damaged")):
        codes = [x.code for x in e.samples if x.outcome == outcome]
        if codes:
            detail = {"number": t.number, "count": len(codes), "codes": codes[:_NAMED], "from": both[0], "to": both[1]}
            record_exception(a.session, kind, both, a.event_id, detail)


def transfer_cancelled(a: Applying, e: TransferCancelled) -> None:
    t = find_transfer(a.session, e.transfer_id)
    if not to_act_on(a, e, t, t.from_showroom_id if t else None):
        return
    if t.state != SENT:
        both = [a.showroom.code, t.to_code]
        record_exception(a.session, "cancel_after_receipt", both, a.event_id, {"number": t.number, "state": t.state})
        return
    ids = [x["sample_id"] for x in json.loads(t.lines) if x.get("sample_id")]
    missing = sorted(set(ids) - a.cache.samples.keys())
    pg = a.session.get_bind().dialect.name == "postgresql"
    for i in range(0, len(missing), 1000):
        a.cache._load(SampleRow, among(NetSample.id, missing[i : i + 1000], pg))  # noqa: SLF001 - the cache's loader
    for sid in ids:
        sample = a.cache.samples.get(sid)
        if sample is not None and sample.status == "in_transit" and sample.showroom_id == a.showroom.id:
            sample.status, sample.updated_at = "in_stock", a.at
    t.state, t.ended_at, t.reason = CANCELLED, a.at, e.reason
    tell_both(a.session, t)


TRANSFER_APPLY = {
    TransferSent: transfer_sent,
    TransferReceived: transfer_received,
    TransferCancelled: transfer_cancelled,
}
