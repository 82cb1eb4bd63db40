"""The network standing a pull brings (hq/PROTOCOL.md, "What each showroom receives"): HQ's network key,
and by keyed phone hash what other showrooms hold against each streamer. What this showroom holds itself
the counter knows better (its own loans and statuses), so that part is left out.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert

from db.sync_models import NetworkStanding, NetworkState
from kernel.standing import read_standing

_KEY = re.compile(r"[0-9a-f]{64}")


def network_state(uow) -> NetworkState:
    state = uow.session.get(NetworkState, 1)
    if state is None:
        state = NetworkState(id=1, key=None, standing_as_of=None)
        uow.session.add(state)
    return state


def apply_network_key(uow, data: dict) -> None:
    key = data["key"]
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise ValueError("network key is not 32 bytes of hex")
    network_state(uow).key = key


def apply_standing(uow, own_code: str, rows: list[dict]) -> None:
    """Each row checked against its declaration (kernel.standing); a standing with nothing left once this
    showroom's own part is taken out is removed."""
    keep, drop = [], []
    for data in rows:
        standing = read_standing(data)
        others = [held for held, h in zip(data["held_at"], standing.held_at) if h.code != own_code]
        blacklisted = standing.blacklisted_by and standing.blacklisted_by != own_code
        if not blacklisted and not others:
            drop.append(standing.hash)
            continue
        keep.append(
            {
                "phone_hash": standing.hash,
                "blacklisted_at": standing.blacklisted_at if blacklisted else "",
                "held_at": json.dumps(others, ensure_ascii=False),
            }
        )
    session = uow.session
    if drop:
        session.execute(
            delete(NetworkStanding).where(
                NetworkStanding.phone_hash.in_(select(func.json_each(json.dumps(drop)).table_valued("value").c.value))
            )
        )
    if keep:
        upsert = insert(NetworkStanding)
        session.execute(
            upsert.on_conflict_do_update(
                index_elements=[NetworkStanding.phone_hash],
                set_={"blacklisted_at": upsert.excluded.blacklisted_at, "held_at": upsert.excluded.held_at},
            ),
            keep,
        )


def standing_pulled(uow, at: datetime) -> None:
    """The pull reached HQ's latest change: the standing is the network's as of `at`."""
    network_state(uow).standing_as_of = at
