"""Tier terms and the Settings dialog's one save: managers only, validated, all or nothing, recorded."""

from __future__ import annotations

import dataclasses

import pytest

from showroom.domain.errors import InvalidInput, NotEnrolled, PermissionDenied
from showroom.services import tier_policies
from showroom.services.hq_address import change_hq_address, read_hq_address
from showroom.services.records import list_policies
from showroom.services.settings import read_settings
from showroom.services.tier_policies import TierPolicyInvalid, save_showroom_settings, save_tier_policies
from showroom.settings import GROUPS, SPECS, group_of
from tests.conftest import T0
from tests.integration.helpers import dump_database, events


def by_tier(policies):
    return {p.tier: p for p in policies}


def test_a_manager_changes_terms_and_each_changed_tier_is_recorded(counter):
    gold = by_tier(list_policies(counter.uow()))["gold"]
    new = by_tier(list_policies(counter.uow()))["new"]
    changed_gold = dataclasses.replace(
        gold,
        max_samples_out=15,
        loan_days=9,
        deposit_rule="percent_of_value",
        deposit_percent=30,
        suspend_after_days_late=None,
    )
    saved = save_tier_policies(counter.uow(), counter.manager, [changed_gold, new], now=T0)
    gold_after = by_tier(saved)["gold"]
    assert (
        gold_after.max_samples_out,
        gold_after.loan_days,
        gold_after.deposit_rule,
        gold_after.deposit_percent,
        gold_after.suspend_after_days_late,
    ) == (15, 9, "percent_of_value", 30, None)
    # the per-sample amount the old rule used is not kept behind the new rule
    assert gold_after.deposit_per_sample_fen == 0
    assert by_tier(saved)["new"] == new
    recorded = events(counter.store.db_path, "tier_policy.changed@1")
    assert [payload["tier"] for _, _, payload in recorded] == ["gold"]  # "new" did not change
    payload = recorded[0][2]
    assert payload["before"]["loan_days"] == gold.loan_days and payload["after"]["loan_days"] == 9
    assert payload["after"]["suspend_after_days_late"] is None


@pytest.mark.parametrize(
    "change, field",
    [
        (dict(max_samples_out=0), "max_samples_out"),
        (dict(loan_days=0), "loan_days"),
        (dict(loan_days=91), "loan_days"),
        (dict(deposit_rule="per_sample", deposit_per_sample_fen=0), "deposit_per_sample_fen"),
        (dict(deposit_rule="percent_of_value", deposit_percent=101), "deposit_percent"),
        (dict(deposit_rule="percent_of_value", deposit_percent=0), "deposit_percent"),
        (dict(deposit_rule="pay_what_you_like"), "deposit_rule"),
        (dict(suspend_after_days_late=0), "suspend_after_days_late"),
        (dict(block_on_overdue="yes"), "block_on_overdue"),
    ],
)
def test_a_bad_term_refuses_every_tier_and_writes_nothing(counter, change, field):
    policies = list_policies(counter.uow())
    good = dataclasses.replace(policies[0], loan_days=4)  # valid, comes first, must not be written either
    bad = dataclasses.replace(policies[2], **change)
    before = dump_database(counter.store.db_path)
    with pytest.raises(TierPolicyInvalid) as refused:
        save_tier_policies(counter.uow(), counter.manager, [good, bad], now=T0)
    assert (refused.value.tier, refused.value.field) == (bad.tier, field)
    assert dump_database(counter.store.db_path) == before


def test_range_refusal_says_what_is_allowed(counter):
    gold = by_tier(list_policies(counter.uow()))["gold"]
    with pytest.raises(TierPolicyInvalid) as refused:
        save_tier_policies(counter.uow(), counter.manager, [dataclasses.replace(gold, loan_days=120)], now=T0)
    assert (refused.value.problem, refused.value.value, refused.value.minimum, refused.value.maximum) == (
        "out_of_range",
        120,
        1,
        90,
    )


def test_a_clerk_cannot_change_terms(counter):
    before = dump_database(counter.store.db_path)
    gold = by_tier(list_policies(counter.uow()))["gold"]
    with pytest.raises(PermissionDenied):
        save_tier_policies(counter.uow(), counter.clerk, [dataclasses.replace(gold, loan_days=3)], now=T0)
    assert dump_database(counter.store.db_path) == before


def test_the_settings_dialog_save_is_one_transaction(counter):
    policies = list_policies(counter.uow())
    changed = [dataclasses.replace(policies[0], loan_days=2)]
    saved = save_showroom_settings(
        counter.uow(), counter.manager, {"backup.keep": 30, "receipt.terms": "七天内归还"}, changed, now=T0
    )
    assert saved.settings["backup.keep"] == 30 and saved.settings["receipt.terms"] == "七天内归还"
    assert [p.loan_days for p in saved.policies if p.tier == policies[0].tier] == [2]
    assert len(saved.policies) == len(policies) and saved.hq_url == ""
    # a bad setting on another page refuses the tier change too
    before = dump_database(counter.store.db_path)
    with pytest.raises(InvalidInput) as refused:
        save_showroom_settings(
            counter.uow(), counter.manager, {"backup.keep": 0}, [dataclasses.replace(policies[0], loan_days=5)], now=T0
        )
    assert refused.value.field == "backup.keep"
    assert dump_database(counter.store.db_path) == before
    assert read_settings(counter.uow())["backup.keep"] == 30


def test_an_hq_address_needs_an_enrolled_showroom(counter):
    assert read_hq_address(counter.uow()).enrolled is False
    before = dump_database(counter.store.db_path)
    with pytest.raises(NotEnrolled):
        change_hq_address(counter.uow(), counter.manager, "hq.example.com:8400", now=T0)
    with pytest.raises(NotEnrolled):
        save_showroom_settings(counter.uow(), counter.manager, {"backup.keep": 3}, [], hq_url="hq.example.com", now=T0)
    assert dump_database(counter.store.db_path) == before


def test_an_enrolled_showroom_moves_to_a_new_hq_address(counter):
    from datetime import datetime, timezone

    from db.sync_models import SyncState

    uow = counter.uow()
    with uow:  # the state row as enrolment leaves it (enrolment itself needs an HQ: tested in tests/hq)
        uow.session.add(
            SyncState(
                id=1,
                hq_url="http://old-hq:8400",
                device_id="d-1",
                showroom_code="CS",
                cursor=0,
                enrolled_at=datetime.now(timezone.utc),
                last_error_detail="",
            )
        )
        uow.commit()
    with pytest.raises(PermissionDenied):
        change_hq_address(counter.uow(), counter.clerk, "new-hq:8400", now=T0)
    with pytest.raises(InvalidInput) as refused:
        change_hq_address(counter.uow(), counter.manager, "   ", now=T0)
    assert refused.value.problem == "required"
    with pytest.raises(InvalidInput):
        change_hq_address(counter.uow(), counter.manager, "http://new hq:8400", now=T0)
    moved = change_hq_address(counter.uow(), counter.manager, " new-hq.example.com:8400/ ", now=T0)
    assert (moved.enrolled, moved.url, moved.showroom_code) == (True, "http://new-hq.example.com:8400", "CS")
    [(_, _, payload)] = events(counter.store.db_path, "device.hq_address_changed@1")
    assert payload == {"before": "http://old-hq:8400", "after": "http://new-hq.example.com:8400"}


def test_every_editable_setting_belongs_to_a_page():
    assert {group_of(spec.key) for spec in SPECS if spec.editable} <= set(GROUPS)


def test_checked_policy_is_pure_domain_validation():
    from showroom.domain.policy import TierPolicy

    policy = TierPolicy("gold", 5, 7, "none", deposit_per_sample_fen=500, deposit_percent=20)
    assert tier_policies.checked_policy(policy).deposit_per_sample_fen == 0
    with pytest.raises(TierPolicyInvalid):
        tier_policies.checked_policy(TierPolicy("gold", True, 7, "none"))  # a bool is not a count
