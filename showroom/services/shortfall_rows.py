"""The rows a short sample's settlement writes, shared by its use cases (showroom/services/transfer_shortfalls.py),
their replay (showroom/replay/shortfalls.py) and what a pull brings of the other city's word
(showroom/sync/shortfalls_pull.py): one way to write each, whoever writes it. A sample that arrives late comes
into this showroom's stock the way a received transfer's does (transfer_rows.lay_in).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.shortfall_models import TransferShortfall
from db.transfer_models import Transfer
from showroom.domain.shortfalls import AT_SENDER, Settlement
from showroom.services.transfer_rows import Arriving, known_products, lay_in, move_samples


@dataclass(frozen=True)
class Settled:
    """Who settled a line, when and why, as the event (or HQ's change) says it."""

    settlement: Settlement
    at: datetime
    by: str
    note: str


def settlements_of(session: Session, transfer_id: str) -> dict[str, TransferShortfall]:
    """The settled lines of a transfer, by code."""
    return {
        row.code: row
        for row in session.scalars(select(TransferShortfall).where(TransferShortfall.transfer_id == transfer_id))
    }


def settled_lines(session: Session, transfer_id: str) -> dict[str, str]:
    """How each settled line of a transfer was settled, by code."""
    return dict(
        session.execute(
            select(TransferShortfall.code, TransferShortfall.settlement).where(
                TransferShortfall.transfer_id == transfer_id
            )
        )
        .tuples()
        .all()
    )


def write_settlement(session: Session, transfer_id: str, code: str, sample_id: str, settled: Settled) -> None:
    """A line's settlement, replacing the one held (the arrival wins over the sender's word)."""
    row = session.get(TransferShortfall, (transfer_id, code))
    if row is None:
        row = TransferShortfall(transfer_id=transfer_id, code=code)
        session.add(row)
    row.sample_id, row.settlement, row.settled_at = sample_id, settled.settlement.value, settled.at
    row.settled_by, row.note = settled.by[:100], settled.note[:300]
    session.flush()


def _detail(transfer: Transfer, note: str) -> str:
    return f"{transfer.number} {note}".strip()[:300]


def settle_at_sender(
    session: Session, transfer: Transfer, samples: Sequence[tuple[str, str]], settled: Settled, staff_id: str | None
) -> None:
    """The sender's word on samples `(sample_id, code)` of its transfer: in stock again or lost, each with its
    movement (when a staff member here said it)."""
    status, kind = AT_SENDER[settled.settlement]
    ids = [sample_id for sample_id, _code in samples]
    move_samples(session, ids, status.value, kind, staff_id, settled.at, _detail(transfer, settled.note))
    for sample_id, code in samples:
        write_settlement(session, transfer.id, code, sample_id, settled)


@dataclass(frozen=True)
class Late:
    """A short sample of an incoming transfer that turned up: its sender's ids, and how it came (damaged)."""

    sample_id: str
    code: str
    product_id: str
    note: str


def arrive_late(
    session: Session, transfer: Transfer, samples: Sequence[Late], room_id: str, staff_id: str, settled: Settled
) -> None:
    """Short samples of a transfer received here that arrived afterwards: this showroom's, in stock, each with
    its movement, their products known here as a received transfer's are."""
    products = known_products(session, json.loads(transfer.products), settled.at)
    arriving = [
        Arriving(
            x.sample_id, x.code, products.get(x.product_id, x.product_id), x.note or None, _detail(transfer, x.note)
        )
        for x in samples
    ]
    lay_in(session, arriving, room_id, staff_id, settled.at)
    for x in samples:
        write_settlement(session, transfer.id, x.code, x.sample_id, settled)
