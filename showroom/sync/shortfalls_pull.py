"""What a pull brings of short samples settled by the other city (the `settled` of each line of a `transfer`
change, hq/shortfall_projections.py). The sender learns that a short sample arrived late at the receiver: it is
the other showroom's from then on, shown as `transferred`, even over a loss or a find declared here (the
arrival wins). The receiver learns that the sender found a short sample or declared it lost: the line is no
longer short on its screen (yet the sample may still be received late). A counter's own word is written by its
use case or its replay, never by a pull; like every pulled change these write rows directly and record no event.
"""

from __future__ import annotations

from sqlalchemy import update

from db.models import Sample
from db.transfer_models import Transfer
from showroom.domain.model import SampleStatus
from showroom.domain.shortfalls import SENDER_SETTLES, Settlement, overrides
from showroom.domain.transfers import Direction, LineOutcome
from showroom.services.shortfall_rows import Settled, settlements_of, write_settlement
from showroom.services.transfer_rows import showroom_named
from showroom.sync.transfers_pull import pulled_time


def _theirs(direction: str, settlement: str) -> bool:
    """Whether a settlement is the other city's word, as seen from this end of the transfer."""
    if direction == Direction.OUT:
        return settlement == Settlement.ARRIVED_LATE
    return settlement in SENDER_SETTLES


def apply_settlements(uow, rows: list[dict]) -> None:
    s = uow.session
    for d in rows:
        transfer = s.get(Transfer, d["id"])
        if transfer is None:
            continue
        held, arrived = settlements_of(s, transfer.id), []
        for x in d["lines"]:
            settlement = x.get("settled") or ""
            if x.get("outcome") != LineOutcome.SHORT or not _theirs(transfer.direction, settlement):
                continue
            row = held.get(x["code"])
            if row is not None and not overrides(settlement, row.settlement):
                continue
            settled = Settled(
                Settlement(settlement),
                pulled_time(x["settled_at"]),
                x.get("settled_by") or "",
                x.get("settled_note") or "",
            )
            write_settlement(s, transfer.id, x["code"], x["sample_id"], settled)
            if transfer.direction == Direction.OUT:
                arrived.append(x["sample_id"])
        if arrived:  # the other showroom's now; one lent here since stays (HQ keeps it where it is lent)
            dest = showroom_named(s, d["to_code"], d["to_name"])
            s.execute(
                update(Sample)
                .where(Sample.id.in_(arrived), Sample.status != SampleStatus.ON_LOAN)
                .values(status=SampleStatus.TRANSFERRED.value, showroom_id=dest.id)
            )
