"""The tier rule on damaged returns: with `photo_required_for_damage` on, check_in refuses a damaged line without
a photo of that sample (nothing written); with a photo, or a good return, or the rule off, it takes it back."""

from __future__ import annotations

import dataclasses
import json

import pytest

from showroom.domain.errors import PhotoRefused
from showroom.services import checkout, samples, tier_policies
from showroom.services.photos import attach_photo
from showroom.services.returns import ReturnRequest, check_in
from tests.conftest import T0
from tests.integration.helpers import rows
from tests.photo_images import image_file


def _tier_of(counter) -> str:
    return rows(counter.store.db_path, "SELECT tier FROM streamer WHERE id = ?", counter.streamer_id)[0][0]


def _require(counter, on: bool = True):
    tier = _tier_of(counter)
    policy = next(p for p in tier_policies.read_tier_policies(counter.uow()) if p.tier == tier)
    saved = tier_policies.save_tier_policies(
        counter.uow(), counter.manager, [dataclasses.replace(policy, photo_required_for_damage=on)], now=T0
    )
    return next(p for p in saved if p.tier == tier)


@pytest.fixture
def lent(counter):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=T0)
    return counter


def _status(counter, code):
    return samples.sample_detail(counter.uow(), code).row.status


def test_the_rule_is_off_until_a_manager_sets_it_and_reads_back(counter):
    assert not any(p.photo_required_for_damage for p in tier_policies.read_tier_policies(counter.uow()))
    assert _require(counter).photo_required_for_damage
    assert not _require(counter, on=False).photo_required_for_damage


def test_the_event_says_the_rule_only_when_it_is_on(counter):
    _require(counter)
    _require(counter, on=False)
    payloads = [
        json.loads(p)
        for (p,) in rows(counter.store.db_path, "SELECT payload FROM outbox_event WHERE type = 'tier_policy.changed@1'")
    ]
    assert payloads[0]["after"]["photo_required_for_damage"] is True
    assert "photo_required_for_damage" not in payloads[0]["before"]
    assert "photo_required_for_damage" not in payloads[1]["after"]


def test_a_damaged_return_without_a_photo_is_refused_and_nothing_is_written(lent):
    _require(lent)
    before = rows(lent.store.db_path, "SELECT count(*) FROM outbox_event")
    good = ReturnRequest(lent.codes[0])
    with pytest.raises(PhotoRefused) as refused:
        check_in(lent.uow(), lent.clerk, [good, ReturnRequest(lent.codes[1], "damaged", "裂了")], now=T0)
    assert refused.value.problem == "required_for_damage" and refused.value.facts["code"] == lent.codes[1]
    assert rows(lent.store.db_path, "SELECT count(*) FROM outbox_event") == before
    assert _status(lent, lent.codes[0]) == _status(lent, lent.codes[1]) == "on_loan"


def test_a_photo_of_another_sample_does_not_count(lent, tmp_path):
    _require(lent)
    other = attach_photo(
        lent.uow(), lent.clerk, lent.store.data_dir, lent.codes[0], "return", image_file(tmp_path), now=T0
    )
    with pytest.raises(PhotoRefused):
        check_in(lent.uow(), lent.clerk, [ReturnRequest(lent.codes[1], "damaged", "", photo_ids=(other.id,))], now=T0)


def test_a_damaged_return_with_its_photo_is_taken_back(lent, tmp_path):
    _require(lent)
    photo = attach_photo(
        lent.uow(), lent.clerk, lent.store.data_dir, lent.codes[1], "return", image_file(tmp_path), now=T0
    )
    request = ReturnRequest(lent.codes[1], "damaged", "裂了", photo_ids=(photo.id,))
    check_in(lent.uow(), lent.clerk, [ReturnRequest(lent.codes[0]), request], now=T0)
    assert _status(lent, lent.codes[1]) == "in_stock"


def test_without_the_rule_a_damaged_return_needs_no_photo(lent):
    check_in(lent.uow(), lent.clerk, [ReturnRequest(lent.codes[1], "damaged", "裂了")], now=T0)
    assert _status(lent, lent.codes[1]) == "in_stock"
