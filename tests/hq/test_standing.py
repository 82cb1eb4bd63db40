"""A streamer's network standing blocks everywhere (issue 14, item 7).

Samples overdue, a suspension or a blacklist in one showroom reach every counter after one sync each (the
one that knows, then the other) and block there by that counter's own tier policy; the panel says where;
offline the counter goes on with what it last pulled and says how old it is.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from showroom.domain.errors import StreamerBlocked
from showroom.services import checkout, streamers
from tests.hq.helpers import Offline
from ui.network_text import age_text, standing_text

PHONE = "13800138000"
MONTH_AGO = datetime.now(timezone.utc) - timedelta(days=30)


def register_new(room, phone: str = PHONE) -> str:
    """At the entry tier ("new"), whose policy blocks on overdue samples."""
    return streamers.register_streamer(room.uow(), room.admin, "小美", phone, "douyin").id


def blocks_at(room, streamer_id: str) -> list:
    with pytest.raises(StreamerBlocked) as refused:
        room.lend(streamer_id, room.sample_codes[-1:])
    return refused.value.blocks


def test_samples_overdue_in_changsha_refuse_her_in_jinan_after_changsha_pushes_and_jinan_pulls(hq, cs_jn):
    cs, jn = cs_jn
    checkout.check_out(cs.uow(), cs.admin, register_new(cs), cs.sample_codes[:2], "cash", now=MONTH_AGO)
    jn_id = register_new(jn)
    jn.lend(jn_id, jn.sample_codes[:1])  # before the news: she may borrow in Jinan
    cs.sync(hq.transport)
    jn.sync(hq.transport)

    [overdue] = blocks_at(jn, jn_id)
    assert (overdue.kind, overdue.count, overdue.overridable) == ("overdue", 2, True)  # Jinan's "new" tier
    panel = streamers.streamer_panel(jn.uow(), jn_id)
    assert standing_text(panel.network) == "2 samples overdue at 长沙直播样品间"
    assert [b.kind for b in panel.blocks] == ["overdue"]


def test_a_streamer_jinan_never_saw_is_stopped_as_soon_as_the_clerk_registers_her_offline(hq, cs_jn):
    """The counter matches the typed phone against the hashes it pulled: no network needed."""
    cs, jn = cs_jn
    checkout.check_out(cs.uow(), cs.admin, register_new(cs), cs.sample_codes[:1], "cash", now=MONTH_AGO)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    with pytest.raises(Exception):
        jn.sync(Offline())
    [overdue] = blocks_at(jn, register_new(jn))
    assert (overdue.kind, overdue.count) == ("overdue", 1)


def test_the_local_tier_decides_a_regular_whose_tier_overlooks_lateness_may_borrow(hq, cs_jn):
    cs, jn = cs_jn
    checkout.check_out(cs.uow(), cs.admin, register_new(cs), cs.sample_codes[:2], "cash", now=MONTH_AGO)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    diamond = jn.register("小美", PHONE)  # Jinan's diamond tier does not block on overdue
    jn.lend(diamond, jn.sample_codes[:1])
    panel = streamers.streamer_panel(jn.uow(), diamond)
    assert standing_text(panel.network) == "2 samples overdue at 长沙直播样品间" and panel.blocks == []


def test_a_suspension_in_changsha_suspends_her_in_jinan_until_changsha_lifts_it(hq, cs_jn):
    cs, jn = cs_jn
    cs_id = register_new(cs)
    streamers.block_streamer(cs.uow(), cs.admin, cs_id, "态度恶劣")
    jn_id = register_new(jn)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    [suspended] = blocks_at(jn, jn_id)
    assert (suspended.kind, suspended.overridable, suspended.reason) == ("suspended", True, "长沙直播样品间")
    assert standing_text(streamers.streamer_panel(jn.uow(), jn_id).network) == "suspended at 长沙直播样品间"

    streamers.unblock_streamer(cs.uow(), cs.admin, cs_id, "已道歉")
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    jn.lend(jn_id, jn.sample_codes[:1])
    assert standing_text(streamers.streamer_panel(jn.uow(), jn_id).network) == "nothing held in other showrooms"


def test_a_blacklist_anywhere_cannot_be_overridden(hq, cs_jn):
    cs, jn = cs_jn
    cs.blacklist(register_new(cs), "三件样品未还")
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    [blacklisted] = blocks_at(jn, register_new(jn))
    assert (blacklisted.kind, blacklisted.overridable, blacklisted.reason) == ("blacklisted", False, "长沙直播样品间")


def test_samples_back_in_changsha_lift_the_block_in_jinan_after_one_sync_each(hq, cs_jn):
    cs, jn = cs_jn
    checkout.check_out(cs.uow(), cs.admin, register_new(cs), cs.sample_codes[:2], "cash", now=MONTH_AGO)
    jn_id = register_new(jn)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    assert blocks_at(jn, jn_id)
    cs.give_back(cs.sample_codes[:2])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    jn.lend(jn_id, jn.sample_codes[:1])
    panel = streamers.streamer_panel(jn.uow(), jn_id)
    assert panel.network.elsewhere == () and standing_text(panel.network) == "nothing held in other showrooms"


def test_changsha_does_not_count_its_own_loans_twice(hq, cs_jn):
    """A showroom's own part of the standing is its own database's: what HQ sends of it is left out."""
    cs, jn = cs_jn
    cs_id = register_new(cs)
    checkout.check_out(cs.uow(), cs.admin, cs_id, cs.sample_codes[:1], "cash", now=MONTH_AGO)
    cs.sync(hq.transport)
    cs.sync(hq.transport)
    panel = streamers.streamer_panel(cs.uow(), cs_id)
    assert panel.network.elsewhere == () and [(b.kind, b.count) for b in panel.blocks] == [("overdue", 1)]


def test_offline_the_counter_says_how_old_its_network_standing_is(hq, cs_jn):
    cs, jn = cs_jn
    checkout.check_out(cs.uow(), cs.admin, register_new(cs), cs.sample_codes[:2], "cash", now=MONTH_AGO)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    pulled = streamers.streamer_panel(jn.uow(), register_new(jn)).network.as_of
    with pytest.raises(Exception):
        jn.sync(Offline())  # HQ out of reach: the standing stays as last pulled
    panel = streamers.streamer_panel(jn.uow(), jn.streamer_id(PHONE), now=pulled + timedelta(days=3, hours=2))
    assert panel.network.as_of == pulled and [b.kind for b in panel.blocks] == ["overdue"]
    assert age_text(panel.network.as_of, pulled + timedelta(days=3, hours=2)) == "network standing as of 3 days ago"
