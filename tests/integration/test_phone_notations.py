"""Phones in any notation, on a real migrated SQLite (issue 12, item 5): every way of writing a
streamer's mobile finds the same person at the counter and in the Streamers search; merchants may
give a landline or a 400 number, stored in one canonical form."""

from __future__ import annotations

import pytest

from showroom.domain.errors import AlreadyExists, InvalidInput
from showroom.services import catalog, streamers
from tests.conftest import T0
from tests.integration.helpers import rows

NOTATIONS = [
    "13800138000",
    "+86 138 0013 8000",
    "8613800138000",
    "0086 138-0013-8000",
    "138-0013-8000",
    "(138) 0013 8000",
    "１３８００１３８０００",
    "＋８６ １３８ ００１３ ８０００",
]


@pytest.mark.parametrize("typed", NOTATIONS)
def test_every_notation_finds_the_same_streamer_at_the_counter(counter, typed):
    assert streamers.find_streamer(counter.uow(), typed).id == counter.streamer_id


@pytest.mark.parametrize("typed", NOTATIONS)
def test_every_notation_finds_the_same_streamer_in_the_search(counter, typed):
    assert [s.id for s in streamers.search_streamers(counter.uow(), typed)] == [counter.streamer_id]


def test_part_of_a_number_still_searches_and_names_still_do(counter):
    assert [s.name for s in streamers.search_streamers(counter.uow(), "0013 8000")] == ["小美"]
    assert [s.name for s in streamers.search_streamers(counter.uow(), "小美")] == ["小美"]


def test_the_same_mobile_in_another_notation_is_the_same_person(counter):
    with pytest.raises(AlreadyExists):
        streamers.register_streamer(counter.uow(), counter.clerk, "冒名", "8613800138000", "douyin", now=T0)


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("(0731) 8888 6666", "0731-88886666"),
        ("0731-88886666", "0731-88886666"),
        ("+86 10 6552 8888", "010-65528888"),
        ("400 820 8820", "400-820-8820"),
        ("+86 139 0013 9000", "13900139000"),
        ("", ""),
    ],
)
def test_merchant_phones_take_landlines_and_service_numbers(counter, typed, stored):
    merchant = catalog.create_merchant(counter.uow(), counter.clerk, f"商家{typed}", "王经理", typed, now=T0)
    assert merchant.phone == stored
    [(phone,)] = rows(counter.store.db_path, "SELECT phone FROM merchant WHERE id = ?", merchant.id)
    assert phone == stored


def test_a_merchant_phone_nobody_can_dial_is_refused_and_nothing_is_saved(counter):
    with pytest.raises(InvalidInput) as err:
        catalog.create_merchant(counter.uow(), counter.clerk, "无效电话", "", "8888 6666", now=T0)
    assert err.value.problem == "not_phone"
    assert rows(counter.store.db_path, "SELECT id FROM merchant WHERE name = ?", "无效电话") == []
