"""What is read back of transfers for the screen, the slip and the tests: a transfer with its lines and
figures, the lists (outgoing, incoming), and the showrooms a transfer may go to."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Product, Sample, ShowroomRow
from db.transfer_models import Transfer
from db.uow import UnitOfWork
from showroom.domain.errors import TransferRefused
from showroom.domain.shortfalls import Settlement
from showroom.domain.transfers import LineOutcome
from showroom.services.shortfall_rows import settled_lines
from showroom.services.transfer_rows import lines_of

LIST_LIMIT = 300


@dataclass(frozen=True)
class TransferLineView:
    code: str
    product: str  # the product's name ('' for an extra code)
    outcome: str  # '' while in transit
    note: str
    settled: str = ""  # a short line settled since: found_at_sender | declared_lost | arrived_late


@dataclass(frozen=True)
class TransferFigures:
    sent: int
    received: int
    short: int
    extra: int
    damaged: int
    late: int = 0  # short at the receipt, arrived since (counted in `received`)
    found: int = 0  # short at the receipt, found at the sender since
    lost: int = 0  # short at the receipt, declared lost by the sender since


@dataclass(frozen=True)
class TransferSummary:
    id: str
    number: str
    direction: str  # out | in
    from_code: str
    from_name: str
    to_code: str
    to_name: str
    state: str
    sent_at: datetime
    sent_by: str
    received_at: datetime | None
    received_by: str
    note: str
    reason: str
    figures: TransferFigures


@dataclass(frozen=True)
class TransferView:
    summary: TransferSummary
    lines: tuple[TransferLineView, ...]

    @property
    def codes_on_slip(self) -> tuple[str, ...]:
        return tuple(line.code for line in self.lines if line.outcome != LineOutcome.EXTRA)


@dataclass(frozen=True)
class Destination:
    code: str
    name: str


def _figures(outcomes: Counter, listed: int, settled: Counter | None = None) -> TransferFigures:
    """`short` is what is still short: a short line settled since counts as what it became."""
    settled = settled or Counter()
    return TransferFigures(
        sent=listed,
        received=outcomes[LineOutcome.RECEIVED] + outcomes[LineOutcome.DAMAGED] + settled[Settlement.ARRIVED_LATE],
        short=outcomes[LineOutcome.SHORT] - settled.total(),
        extra=outcomes[LineOutcome.EXTRA],
        damaged=outcomes[LineOutcome.DAMAGED],
        late=settled[Settlement.ARRIVED_LATE],
        found=settled[Settlement.FOUND_AT_SENDER],
        lost=settled[Settlement.DECLARED_LOST],
    )


def _summary(t: Transfer, figures: TransferFigures) -> TransferSummary:
    return TransferSummary(
        id=t.id,
        number=t.number,
        direction=t.direction,
        from_code=t.from_code,
        from_name=t.from_name,
        to_code=t.to_code,
        to_name=t.to_name,
        state=t.state,
        sent_at=t.sent_at,
        sent_by=t.sent_by,
        received_at=t.received_at,
        received_by=t.received_by,
        note=t.note,
        reason=t.reason,
        figures=figures,
    )


def view_of(uow: UnitOfWork, transfer: Transfer) -> TransferView:
    """Inside the caller's transaction."""
    s = uow.session
    lines = lines_of(s, transfer.id)
    ids = {line.product_id for line in lines if line.product_id}
    names = dict(s.execute(select(Product.id, Product.name).where(Product.id.in_(ids))).tuples().all()) if ids else {}
    if len(names) < len(ids):  # an incoming transfer's products are known here once received
        names |= {p["product_id"]: p["name"] for p in json.loads(transfer.products) if p["product_id"] not in names}
    outcomes = Counter(line.outcome for line in lines)
    listed = sum(1 for line in lines if line.outcome != LineOutcome.EXTRA)
    settled = settled_lines(s, transfer.id) if outcomes[LineOutcome.SHORT] else {}
    return TransferView(
        summary=_summary(transfer, _figures(outcomes, listed, Counter(settled.values()))),
        lines=tuple(
            TransferLineView(
                line.code, names.get(line.product_id, ""), line.outcome, line.note, settled.get(line.code, "")
            )
            for line in lines
        ),
    )


def sent_view(transfer: Transfer, lines: list[tuple[str, str]]) -> TransferView:
    """A transfer just sent, from what its use case holds: (code, product name) in slip order."""
    figures = _figures(Counter(), len(lines))
    return TransferView(_summary(transfer, figures), tuple(TransferLineView(c, name, "", "") for c, name in lines))


def transfer_view(uow: UnitOfWork, transfer_id: str) -> TransferView:
    with uow.read():
        transfer = uow.session.get(Transfer, transfer_id)
        if transfer is None:
            raise TransferRefused("no_such_transfer", number=transfer_id)
        return view_of(uow, transfer)


def list_transfers(uow: UnitOfWork, direction: str | None = None, open_only: bool = False) -> list[TransferView]:
    """Newest first (by number within a time): outgoing, incoming or both; `open_only`, those still in transit."""
    with uow.read():
        q = select(Transfer).order_by(Transfer.sent_at.desc(), Transfer.number.desc()).limit(LIST_LIMIT)
        if direction is not None:
            q = q.where(Transfer.direction == direction)
        if open_only:
            q = q.where(Transfer.state == "sent")
        return [view_of(uow, t) for t in uow.session.scalars(q)]


def destinations(uow: UnitOfWork) -> list[Destination]:
    """The other showrooms this counter knows (pulled from HQ), by code."""
    with uow.read():
        rows = uow.session.execute(
            select(ShowroomRow.code, ShowroomRow.name).where(ShowroomRow.is_local.is_(False)).order_by(ShowroomRow.code)
        )
        return [Destination(code, name) for code, name in rows]


@dataclass(frozen=True)
class SendCandidate:
    code: str
    product: str
    shelf: str


def sample_to_send(s: Session, room_id: str, code: str) -> Sample:
    """A sample that may go on a slip: this showroom's, in stock; TransferRefused says why not."""
    sample = s.scalar(select(Sample).where(Sample.code == code))
    if sample is None or sample.showroom_id != room_id:
        raise TransferRefused("not_ours", code=code)
    if sample.status != "in_stock":
        raise TransferRefused("not_sendable", code=code, status=sample.status)
    return sample
