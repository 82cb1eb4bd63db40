"""What a catch-up could not get back, named so a manager can walk the shelves for it: the work recorded on
the old PC after HQ last heard from it (HQ's `unsynced_work_lost`, pulled like every exception of this
showroom), and each of HQ's events whose rows contradicted what this counter held (`not_replayed`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from db.sync_models import CatchUpState, ReceivedSyncException
from showroom.sync.catch_up import NOT_REPLAYED
from showroom.sync.renumber import RENUMBERED

UNSYNCED = "unsynced_work_lost"  # HQ's exception, recorded when an older copy of this counter enrolled


@dataclass(frozen=True)
class NotReplayed:
    seq: int
    type: str  # the event's declared type, e.g. loan.checked_out@1
    problem: str  # a key: loan_number_taken, sample_not_in_stock, pin_reset_not_restored, ...
    what: str  # the loan number, sample or member code, name it was about
    at: datetime  # when it was recorded


@dataclass(frozen=True)
class Renumbered:
    kind: str  # loan | sample | member
    was: str  # the number given again here after the restore (HQ's event keeps it)
    now: str  # what the row made here is numbered now: reprint its receipt or card, relabel the sample


@dataclass(frozen=True)
class Unrecovered:
    caught_up_at: datetime | None  # None: this counter never caught up from HQ
    replayed: int
    hq_knew_until: datetime | None  # the newest event HQ had: work recorded after it on the old PC is lost
    last_sync_at: datetime | None  # the old PC's last push, as HQ recorded it (after the next pull)
    unsynced_events: int | None  # how many events the old PC said it held that never reached HQ
    not_replayed: list[NotReplayed]
    renumbered: list[Renumbered]

    @property
    def anything(self) -> bool:
        return self.caught_up_at is not None and (self.last_sync_at is not None or bool(self.not_replayed))


def unrecovered_work(uow) -> Unrecovered:
    """One read: what the last catch-up could not get back."""
    with uow.read():
        state = uow.session.get(CatchUpState, 1)
        caught = (state.finished_at, state.replayed, state.hq_knew_until) if state else (None, 0, None)
        x = ReceivedSyncException
        rows = uow.session.execute(
            select(x.kind, x.detail, x.at).where(x.kind.in_((NOT_REPLAYED, UNSYNCED, RENUMBERED))).order_by(x.at)
        ).all()
    missing, moved, last_sync, unsynced = [], [], None, None
    for row in rows:
        detail = json.loads(row.detail or "{}")
        if row.kind == RENUMBERED:
            moved.append(Renumbered(detail.get("kind", ""), detail.get("was", ""), detail.get("now", "")))
        elif row.kind == NOT_REPLAYED:
            missing.append(
                NotReplayed(
                    detail.get("seq", 0),
                    detail.get("type", ""),
                    detail.get("problem", ""),
                    detail.get("what", ""),
                    row.at,
                )
            )
        else:  # the newest of HQ's word on it
            at = detail.get("last_sync_at")
            last_sync = datetime.fromisoformat(at) if at else None
            unsynced = detail.get("unsynced_events")
    return Unrecovered(*caught, last_sync, unsynced, missing, moved)
