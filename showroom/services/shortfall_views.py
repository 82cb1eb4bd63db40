"""What is read back of samples short on transfers: those not settled yet (the transfers screen's list, at the
sender to settle and at the receiver to watch for), and the losses they became (the daily report and the
merchant statement count them; no streamer held them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from db.models import Product
from db.shortfall_models import TransferShortfall
from db.transfer_models import Transfer, TransferLine
from db.uow import UnitOfWork
from showroom.domain.shortfalls import Settlement, days_since
from showroom.domain.transfers import Direction, LineOutcome, TransferState
from showroom.services.common import local_tz, resolve_now

LIST_LIMIT = 500


@dataclass(frozen=True)
class ShortSample:
    """A sample short on a transfer's receipt, not settled yet."""

    transfer_id: str
    number: str
    direction: str  # out: sent from here (this showroom settles it) | in: sent here (it may still turn up)
    code: str
    product: str
    other: str  # the showroom it went to (out) or came from (in)
    since: datetime  # the receipt that found it short
    days: int  # whole local days since then


def _product_names(uow: UnitOfWork, rows) -> dict[str, str]:
    """Names of the products of these lines: this showroom's own, else as an incoming slip carries them."""
    ids = {line.product_id for line, _t in rows if line.product_id}
    names = dict(uow.session.execute(select(Product.id, Product.name).where(Product.id.in_(ids))).tuples().all())
    for _line, t in rows:
        if t.direction == Direction.IN:
            names |= {p["product_id"]: p["name"] for p in json.loads(t.products) if p["product_id"] not in names}
    return names


def _unsettled(as_of: datetime | None = None) -> tuple:
    """Where a transfer line is short and not settled (at `as_of`, when given: found short and not settled by then)."""
    settled = select(TransferShortfall.code).where(
        TransferShortfall.transfer_id == TransferLine.transfer_id, TransferShortfall.code == TransferLine.code
    )
    when = ()
    if as_of is not None:
        settled, when = settled.where(TransferShortfall.settled_at < as_of), (Transfer.received_at < as_of,)
    return (
        Transfer.state == TransferState.PARTLY_RECEIVED,
        TransferLine.outcome == LineOutcome.SHORT,
        ~settled.exists(),
        *when,
    )


def short_on_transfers_at(uow: UnitOfWork, as_of: datetime) -> int:
    """How many samples were short on a transfer and not settled at `as_of`, either way (the daily report's figure).
    Inside the caller's transaction."""
    lines = select(func.count()).select_from(TransferLine).join(Transfer, Transfer.id == TransferLine.transfer_id)
    return uow.session.scalar(lines.where(*_unsettled(as_of))) or 0


def list_shortfalls(uow: UnitOfWork, now: datetime | None = None) -> list[ShortSample]:
    """Every sample short on a transfer and not settled yet, sent from here or to here, oldest receipt first."""
    now = resolve_now(now)
    with uow.read():
        rows = uow.session.execute(
            select(TransferLine, Transfer)
            .join(Transfer, Transfer.id == TransferLine.transfer_id)
            .where(*_unsettled())
            .order_by(Transfer.received_at, Transfer.number, TransferLine.position)
            .limit(LIST_LIMIT)
        ).all()
        names, tz = _product_names(uow, rows), local_tz(uow)
        return [
            ShortSample(
                transfer_id=t.id,
                number=t.number,
                direction=t.direction,
                code=line.code,
                product=names.get(line.product_id, ""),
                other=t.to_name if t.direction == Direction.OUT else t.from_name,
                since=t.received_at or t.sent_at,
                days=days_since(t.received_at or t.sent_at, now, tz),
            )
            for line, t in rows
        ]


def transfer_losses(uow: UnitOfWork, start: datetime, end: datetime) -> int:
    """Samples short on a transfer that this showroom declared lost in [start, end), and which stay lost (one
    that arrived at the other city after all is not a loss). Inside the caller's transaction."""
    return (
        uow.session.scalar(
            select(func.count())
            .select_from(TransferShortfall)
            .join(Transfer, Transfer.id == TransferShortfall.transfer_id)
            .where(
                Transfer.direction == Direction.OUT,
                TransferShortfall.settlement == Settlement.DECLARED_LOST,
                TransferShortfall.settled_at >= start,
                TransferShortfall.settled_at < end,
            )
        )
        or 0
    )


def lost_on_transfers(uow: UnitOfWork, sample_ids: list[str]) -> dict[str, datetime]:
    """Of these samples, those lost short on a transfer (declared lost by this showroom): when. Inside the
    caller's transaction."""
    return dict(
        uow.session.execute(
            select(TransferShortfall.sample_id, TransferShortfall.settled_at)
            .join(Transfer, Transfer.id == TransferShortfall.transfer_id)
            .where(
                Transfer.direction == Direction.OUT,
                TransferShortfall.sample_id.in_(sample_ids),
                TransferShortfall.settlement == Settlement.DECLARED_LOST,
            )
        )
        .tuples()
        .all()
    )
