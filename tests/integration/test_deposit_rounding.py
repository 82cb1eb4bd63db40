"""Deposit rounding is a tier term: the quote, the loan, its event and its receipt (even reprinted after the
tier changed) all say how the deposit was reached."""

from __future__ import annotations

import dataclasses

import pytest

from showroom.services import catalog, checkout
from showroom.services.records import list_policies
from showroom.services.tier_policies import TierPolicyInvalid, save_tier_policies
from tests.conftest import T0
from tests.integration.helpers import events, rows


def set_silver(counter, **terms) -> None:
    silver = next(p for p in list_policies(counter.uow()) if p.tier == "silver")
    save_tier_policies(counter.uow(), counter.manager, [dataclasses.replace(silver, **terms)], now=T0)


@pytest.fixture
def two_at_299_85(counter) -> list[str]:
    """Two samples worth ¥299.85 each: a basket of ¥599.70."""
    product = catalog.create_product(
        counter.uow(),
        counter.clerk,
        catalog.list_merchants(counter.uow())[0].id,
        "蓝牙耳机",
        retail_price_fen=39900,
        live_price_fen=29900,
        commission_bp=1500,
        sample_value_fen=29985,
        now=T0,
    )
    return catalog.receive_samples(counter.uow(), counter.clerk, product.id, 2, now=T0).codes


def test_an_existing_percent_tier_still_rounds_up_to_the_yuan(counter):
    by_tier = {p.tier: p.deposit_rounding for p in list_policies(counter.uow())}
    assert by_tier == {"new": "yuan", "silver": "yuan", "gold": "fen", "diamond": "fen"}


@pytest.mark.parametrize("rounding, deposit", [("fen", 17991), ("yuan", 18000), ("ten_yuan", 18000)])
def test_the_quote_and_the_loan_follow_the_tiers_rounding(counter, two_at_299_85, rounding, deposit):
    set_silver(counter, deposit_percent=30, deposit_rounding=rounding)
    quote = checkout.quote_checkout(counter.uow(), counter.streamer_id, two_at_299_85, now=T0)
    assert quote.deposit_fen == deposit
    assert (quote.deposit.rate, quote.deposit.value_fen, quote.deposit.share_centifen, quote.deposit.rounding) == (
        30,
        59970,
        1_799_100,
        rounding,
    )
    receipt = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, two_at_299_85, "cash", now=T0)
    assert receipt.deposit_fen == deposit and receipt.deposit_calculation == quote.deposit
    [(_, _, payload)] = events(counter.store.db_path, "loan.checked_out@1")
    assert (payload["deposit_fen"], payload["deposit_rule"], payload["deposit_rate"], payload["deposit_rounding"]) == (
        deposit,
        "percent_of_value",
        30,
        rounding,
    )


def test_a_reprint_explains_the_deposit_as_it_was_reached_not_by_todays_terms(counter, two_at_299_85):
    set_silver(counter, deposit_percent=30, deposit_rounding="yuan")
    lent = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, two_at_299_85, "cash", now=T0)
    set_silver(counter, deposit_percent=80, deposit_rounding="ten_yuan")
    again = checkout.loan_receipt(counter.uow(), lent.number)
    assert again.deposit_calculation == lent.deposit_calculation
    assert (again.deposit_fen, again.deposit_calculation.deposit_fen) == (18000, 18000)


def test_the_rounding_change_is_recorded_and_an_unknown_rounding_is_refused(counter):
    set_silver(counter, deposit_rounding="ten_yuan")
    [(_, _, payload)] = events(counter.store.db_path, "tier_policy.changed@1")
    assert (payload["before"]["deposit_rounding"], payload["after"]["deposit_rounding"]) == ("yuan", "ten_yuan")
    assert rows(counter.store.db_path, "SELECT deposit_rounding FROM tier_policy WHERE tier = 'silver'") == [
        ("ten_yuan",)
    ]
    with pytest.raises(TierPolicyInvalid) as refused:
        set_silver(counter, deposit_rounding="jiao")
    assert (refused.value.field, refused.value.problem) == ("deposit_rounding", "unknown_choice")


def test_a_tier_without_deposit_keeps_no_rounding(counter):
    set_silver(counter, deposit_rule="none", deposit_rounding="ten_yuan")
    silver = next(p for p in list_policies(counter.uow()) if p.tier == "silver")
    assert (silver.deposit_rule, silver.deposit_rounding) == ("none", "fen")


def test_migration_0501_matches_the_models_of_its_columns(counter):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.models import Base

    with counter.store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    mine = (
        "deposit_rounding",
        "deposit_rule",
        "deposit_rate",
        "status_reason_key",
        "status_reason_params",
        "ix_deposit_entry_kind_at",
    )
    assert [d for d in diffs if any(name in repr(d) for name in mine)] == []
