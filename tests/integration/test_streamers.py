"""Registering streamers (phone is the natural key), finding them, and blocking them."""

import pytest

from showroom.domain.codes import CodeKind, classify
from showroom.domain.errors import AlreadyExists, InvalidInput, NotFound, PermissionDenied
from showroom.services import streamers
from tests.conftest import T0
from tests.integration.helpers import events, rows


def register(counter, name="阿杰", phone="+86 139-0013-9000", tier="gold"):
    return streamers.register_streamer(
        counter.store.uow(), counter.manager, name, phone, "kuaishou", "@ajie", tier=tier, now=T0
    )


def test_phone_is_stored_normalised_and_a_member_card_is_issued(counter):
    s = register(counter)
    assert s.phone == "13900139000"
    assert s.member_code == "CS-M00002"  # the fixture's streamer has CS-M00001
    assert classify(s.member_code) == CodeKind.MEMBER
    assert (s.tier, s.status, s.platform) == ("gold", "active", "kuaishou")
    [(phone,)] = rows(counter.store.db_path, "SELECT phone FROM streamer WHERE id = ?", s.id)
    assert phone == "13900139000"


def test_member_codes_are_sequential(counter):
    codes = [register(counter, f"主播{i}", f"1370000000{i}").member_code for i in range(3)]
    assert codes == ["CS-M00002", "CS-M00003", "CS-M00004"]


@pytest.mark.parametrize(
    "same_phone", ["13800138000", "+86 138 0013 8000", "0086-138-0013-8000", "１３８００１３８０００"]
)
def test_a_phone_already_registered_is_refused_with_the_owners_name(counter, same_phone):
    with pytest.raises(AlreadyExists) as err:
        register(counter, "冒名者", same_phone)
    assert (err.value.what, err.value.key, err.value.owner) == ("phone", "13800138000", "小美")


def test_registration_is_an_event(counter):
    s = register(counter)
    [(_, _, payload)] = [
        e for e in events(counter.store.db_path, "streamer.registered@1") if e[2]["streamer_id"] == s.id
    ]
    assert payload["phone"] == "13900139000"
    assert payload["member_code"] == s.member_code


def test_an_unknown_tier_is_refused(counter):
    with pytest.raises(NotFound):
        register(counter, tier="platinum")


@pytest.mark.parametrize("query", ["CS-M00001", "cs-m00001", "138 0013 8000", "+8613800138000"])
def test_found_by_member_card_or_phone(counter, query):
    assert streamers.find_streamer(counter.store.uow(), query).id == counter.streamer_id


@pytest.mark.parametrize("query", ["CS-M99999", "13900000000", "nobody"])
def test_not_found_is_a_typed_error(counter, query):
    with pytest.raises(NotFound):
        streamers.find_streamer(counter.store.uow(), query)


def test_manager_suspends_blacklists_and_lifts(counter):
    store, manager, sid = counter.store, counter.manager, counter.streamer_id
    suspended = streamers.block_streamer(store.uow(), manager, sid, "late twice", now=T0)
    assert (suspended.status, suspended.status_reason) == ("suspended", "late twice")
    blacklisted = streamers.block_streamer(store.uow(), manager, sid, "kept samples", blacklist=True, now=T0)
    assert (blacklisted.status, blacklisted.status_reason) == ("blacklisted", "kept samples")
    with pytest.raises(PermissionDenied):  # a blacklist protects every showroom: admins only
        streamers.unblock_streamer(store.uow(), manager, sid, "paid for them", now=T0)
    lifted = streamers.unblock_streamer(store.uow(), counter.admin, sid, "paid for them", now=T0)
    assert (lifted.status, lifted.status_reason) == ("active", "")
    with pytest.raises(InvalidInput):  # lifting again changes nothing and records nothing
        streamers.unblock_streamer(store.uow(), counter.admin, sid, "again", now=T0)
    changes = [(p["from"], p["to"], p["reason"]) for _, _, p in events(store.db_path, "streamer.status_changed@1")]
    assert changes == [
        ("active", "suspended", "late twice"),
        ("suspended", "blacklisted", "kept samples"),
        ("blacklisted", "active", "paid for them"),
    ]


def test_the_panel_shows_the_block(counter):
    streamers.block_streamer(counter.store.uow(), counter.manager, counter.streamer_id, "late twice", now=T0)
    panel = streamers.streamer_panel(counter.store.uow(), counter.streamer_id, now=T0)
    assert [b.kind for b in panel.blocks] == ["suspended"]
    assert panel.policy.tier == "silver"


def test_clerks_register_newcomers_only(counter):
    with pytest.raises(PermissionDenied):
        streamers.register_streamer(counter.uow(), counter.clerk, "大V", "13300133000", "douyin", tier="diamond")
    newcomer = streamers.register_streamer(counter.uow(), counter.clerk, "新人", "13300133000", "douyin")
    assert newcomer.tier == "new"


def test_searches_take_percent_and_underscore_literally(counter):
    assert streamers.search_streamers(counter.uow(), "%") == []
    assert streamers.search_streamers(counter.uow(), "_") == []
    assert [s.name for s in streamers.search_streamers(counter.uow(), "小美")] == ["小美"]
