"""A streamer's standing in the rest of the network, found by the keyed hash of their phone in what the
counter last pulled from HQ (showroom/sync/standing.py). Works offline: it reads only the local database."""

from __future__ import annotations

import json
from datetime import datetime

from db.sync_models import NetworkStanding as StandingRow
from db.sync_models import NetworkState
from db.uow import UnitOfWork
from kernel.standing import phone_hash, read_standing
from showroom.domain.policy import HeldElsewhere, NetworkStanding, is_overdue


def network_standing(uow: UnitOfWork, phone: str, now: datetime) -> NetworkStanding | None:
    """What the other showrooms hold against this phone's owner, overdue counted at `now`; None when this
    showroom has never pulled from HQ (a showroom on its own, or not yet connected)."""
    state = uow.session.get(NetworkState, 1)
    if state is None:
        return None
    row = uow.session.get(StandingRow, phone_hash(state.key, phone)) if state.key else None
    if row is None:
        return NetworkStanding(blacklisted_at="", elsewhere=(), as_of=state.standing_as_of)
    standing = read_standing(
        {
            "hash": row.phone_hash,
            "blacklisted_by": "",
            "blacklisted_at": row.blacklisted_at,
            "held_at": json.loads(row.held_at),
        }
    )
    return NetworkStanding(
        blacklisted_at=standing.blacklisted_at,
        as_of=state.standing_as_of,
        elsewhere=tuple(
            HeldElsewhere(
                showroom=h.name,
                holding=len(h.due),
                suspended=h.suspended,
                overdue=sum(1 for due in h.due if is_overdue(due, now)),
            )
            for h in standing.held_at
        ),
    )
