"""Managers change a streamer's tier; the new limits apply at the next check-out."""

from __future__ import annotations

import json
import sqlite3

import pytest

from showroom.domain.errors import NotFound, PermissionDenied, StreamerBlocked
from showroom.services import checkout, streamers
from tests.conftest import T0


def test_promotion_raises_the_limit_at_the_next_check_out(counter):
    codes = counter.codes  # six samples; silver allows six, newcomer three
    streamers.set_streamer_tier(counter.uow(), counter.manager, counter.streamer_id, "new", "首次合作", now=T0)
    with pytest.raises(StreamerBlocked):
        checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, codes[:4], "cash", now=T0)
    view = streamers.set_streamer_tier(counter.uow(), counter.manager, counter.streamer_id, "gold", "合作稳定", now=T0)
    assert view.tier == "gold"
    receipt = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, codes[:4], "cash", now=T0)
    assert len(receipt.lines) == 4
    con = sqlite3.connect(counter.store.db_path)
    payloads = [
        json.loads(p)
        for (p,) in con.execute("SELECT payload FROM outbox_event WHERE type = 'streamer.tier_changed@1' ORDER BY seq")
    ]
    assert [(p["from"], p["to"]) for p in payloads] == [("silver", "new"), ("new", "gold")]


def test_clerks_cannot_change_tiers_and_unknown_tiers_are_refused(counter):
    with pytest.raises(PermissionDenied):
        streamers.set_streamer_tier(counter.uow(), counter.clerk, counter.streamer_id, "gold", "自己升级")
    with pytest.raises(NotFound):
        streamers.set_streamer_tier(counter.uow(), counter.manager, counter.streamer_id, "platinum", "没有这个等级")
    panel = streamers.streamer_panel(counter.uow(), counter.streamer_id)
    assert panel.streamer.tier == "silver"
