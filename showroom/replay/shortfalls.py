"""Short samples settled, replayed: the rows each settlement event stands for, written by the helpers its use
cases use (showroom/services/shortfall_rows.py), from what the event says. The sender's word needs only its
transfer (replayed from transfer.sent; the receipt that found the samples short comes with the pull that
follows); a late arrival needs the receipt this counter recorded (replayed from transfer.received), whose slip
carries the products."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models import Sample
from db.transfer_models import Transfer
from kernel.events import TransferArrivedLate, TransferShortSettled
from showroom.domain.shortfalls import Settlement
from showroom.domain.transfers import Direction
from showroom.replay.base import ReplayConflict, Replaying
from showroom.services.shortfall_rows import Late, Settled, arrive_late, settle_at_sender


def _transfer(r: Replaying, transfer_id: str, number: str, direction: Direction) -> Transfer:
    transfer = r.session.get(Transfer, transfer_id)
    if transfer is None or transfer.direction != direction:
        raise ReplayConflict("unknown_transfer", number)
    return transfer


def transfer_short_settled(r: Replaying, e: TransferShortSettled) -> None:
    transfer = _transfer(r, e.transfer_id, e.number, Direction.OUT)
    ids = [x.sample_id for x in e.samples]
    if r.session.scalar(select(func.count()).select_from(Sample).where(Sample.id.in_(ids))) != len(ids):
        raise ReplayConflict("unknown_sample", e.number)
    settled = Settled(Settlement(e.outcome), r.at, e.settled_by, e.note)
    settle_at_sender(r.session, transfer, [(x.sample_id, x.code) for x in e.samples], settled, r.staff_id)


def transfer_arrived_late(r: Replaying, e: TransferArrivedLate) -> None:
    transfer = _transfer(r, e.transfer_id, e.number, Direction.IN)
    late = [Late(x.sample_id, x.code, x.product_id, x.note) for x in e.samples]
    arrive_late(
        r.session, transfer, late, r.room.id, r.staff_id, Settled(Settlement.ARRIVED_LATE, r.at, e.received_by, "")
    )


PROJECTIONS = {TransferShortSettled: transfer_short_settled, TransferArrivedLate: transfer_arrived_late}
