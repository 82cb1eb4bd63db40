"""Transfers replayed: the rows each transfer event stands for, written by the helpers its use cases use
(showroom/services/transfer_rows.py, transfers.call_back), from what the event says. A receipt carries its
slip's lines and products, so a receiving counter rebuilt from HQ needs nothing of the sender's."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from db.models import Sample
from db.transfer_models import Transfer
from kernel.events import TransferCancelled, TransferReceived, TransferSent
from showroom.domain.model import MovementKind, SampleStatus
from showroom.domain.transfers import Direction, LineOutcome, state_after
from showroom.replay.base import ReplayConflict, Replaying
from showroom.services.transfer_rows import (
    move_samples,
    record_outcomes,
    showroom_named,
    take_in,
    write_sent,
    write_transfer,
)
from showroom.services.transfers import call_back


def transfer_sent(r: Replaying, e: TransferSent) -> None:
    s = r.session
    if s.scalar(select(Transfer.id).where(Transfer.number == e.number)) is not None:
        raise ReplayConflict("transfer_number_taken", e.number)
    ids = [x.sample_id for x in e.samples]
    if s.scalar(select(func.count()).select_from(Sample).where(Sample.id.in_(ids))) != len(ids):
        raise ReplayConflict("unknown_sample", e.number)
    r.reach_code(e.number)
    dest = showroom_named(s, e.to_showroom, e.to_name)
    write_sent(s, e.transfer_id, e.number, (r.room, dest), e.sent_by, e.note, e.samples, r.at)
    move_samples(s, ids, SampleStatus.IN_TRANSIT, MovementKind.TRANSFER_SENT, r.staff_id, r.at, e.number)


def _incoming(r: Replaying, e: TransferReceived) -> Transfer:
    """The incoming transfer as the receipt's slip had it (when no pull brought it before)."""
    transfer = r.session.get(Transfer, e.transfer_id)
    if transfer is not None:
        return transfer
    showroom_named(r.session, e.from_showroom, e.from_name)
    payload = e.to_payload()
    return write_transfer(
        r.session,
        dict(
            id=e.transfer_id,
            number=e.number,
            direction=Direction.IN.value,
            from_code=e.from_showroom,
            from_name=e.from_name,
            to_code=r.room.code,
            to_name=r.room.name,
            state="sent",
            sent_at=e.sent_at,
            sent_by=e.sent_by,
            received_by="",
            note="",
            reason="",
            products=json.dumps(payload["products"], ensure_ascii=False),
        ),
        [(x.sample_id, x.code, x.product_id, "", "") for x in e.samples if x.outcome != LineOutcome.EXTRA],
    )


def transfer_received(r: Replaying, e: TransferReceived) -> None:
    transfer = _incoming(r, e)
    if transfer.direction != Direction.IN or transfer.received_at is not None:
        raise ReplayConflict("transfer_received_twice", e.number)
    lines = [(x.sample_id, x.code, x.product_id, x.outcome, x.note) for x in e.samples]
    record_outcomes(r.session, transfer, lines)
    transfer.state = state_after([(c, LineOutcome(o), n) for _s, c, _p, o, n in lines]).value
    transfer.received_at = transfer.ended_at = r.at
    transfer.received_by = e.received_by
    take_in(r.session, transfer, r.room.id, r.staff_id, r.at)


def transfer_cancelled(r: Replaying, e: TransferCancelled) -> None:
    transfer = r.session.get(Transfer, e.transfer_id)
    if transfer is None:
        raise ReplayConflict("unknown_transfer", e.number)
    call_back(r.session, transfer, e.reason, r.staff_id, r.at)


PROJECTIONS = {TransferSent: transfer_sent, TransferReceived: transfer_received, TransferCancelled: transfer_cancelled}
