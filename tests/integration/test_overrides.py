"""A manager at the counter may authorise a block away with their PIN and a reason; never a blacklist."""

from datetime import timedelta

import pytest

from showroom.domain.errors import OverrideRefused, StreamerBlocked
from showroom.services import catalog, checkout, streamers
from showroom.services.views import Override
from tests.conftest import T0
from tests.integration.helpers import deposit_entries, dump_database, events, rows

MANAGER_OK = Override("李经理", "2222", "regular streamer, called the agency")


def lend(counter, codes, *, method="cash", override=None, now=T0, streamer_id=None):
    return checkout.check_out(
        counter.store.uow(),
        counter.clerk,
        streamer_id or counter.streamer_id,
        codes,
        method,
        override=override,
        now=now,
    )


@pytest.fixture
def suspended(counter):
    streamers.block_streamer(counter.store.uow(), counter.manager, counter.streamer_id, "late twice", now=T0)
    return counter


def test_without_an_override_a_suspension_blocks(suspended):
    with pytest.raises(StreamerBlocked) as err:
        lend(suspended, suspended.codes[:1])
    assert err.value.streamer_name == "小美"
    assert [(b.kind, b.reason) for b in err.value.blocks] == [("suspended", "late twice")]
    assert err.value.overridable


def test_a_manager_override_is_recorded_on_the_loan_and_in_the_event(suspended):
    receipt = lend(suspended, suspended.codes[:1], override=MANAGER_OK)
    assert (receipt.override_by, receipt.override_reason) == ("李经理", MANAGER_OK.reason)
    [(by, reason)] = rows(suspended.store.db_path, "SELECT override_by, override_reason FROM loan")
    assert (by, reason) == (suspended.manager.id, MANAGER_OK.reason)
    [(_, _, payload)] = events(suspended.store.db_path, "loan.checked_out@1")
    assert payload["override"] == {
        "manager_id": suspended.manager.id,
        "reason": MANAGER_OK.reason,
        "blocks": ["suspended"],
    }


def test_an_admin_may_override_too(suspended):
    receipt = lend(suspended, suspended.codes[:1], override=Override("王店长", "9999", "owner says yes"))
    assert receipt.override_by == "王店长"


@pytest.mark.parametrize(
    "override, problem, attempt",
    [
        (Override("李经理", "0000", "please"), "wrong_pin", "wrong_pin"),
        (Override("小张", "1111", "I am sure"), "wrong_pin", "not_allowed"),  # a clerk's own PIN is no override
        (Override("nobody", "2222", "please"), "wrong_pin", "unknown_name"),
        (Override("李经理", "2222", "   "), "reason_required", None),
    ],
)
def test_a_bad_override_is_refused_and_writes_nothing_but_the_attempt(suspended, override, problem, attempt):
    """Only the login security record of a wrong PIN is kept (a run of them locks the manager)."""
    before = dump_database(suspended.store.db_path)
    with pytest.raises(OverrideRefused) as err:
        lend(suspended, suspended.codes[:1], override=override)
    assert err.value.problem == problem
    after = dump_database(suspended.store.db_path)
    attempts = [(r[2], r[4], r[5]) for r in after.pop("login_record")]  # name, channel, outcome
    for table in ("login_record", "staff_lock"):
        before.pop(table)
    after.pop("staff_lock")
    assert after == before
    assert attempts == ([(override.manager_name, "override", attempt)] if attempt else [])


def test_a_blacklist_can_never_be_overridden(counter):
    streamers.block_streamer(
        counter.store.uow(), counter.manager, counter.streamer_id, "kept samples", blacklist=True, now=T0
    )
    before = dump_database(counter.store.db_path)
    with pytest.raises(StreamerBlocked) as err:
        lend(counter, counter.codes[:1], override=MANAGER_OK)
    assert not err.value.overridable
    assert [b.kind for b in err.value.blocks] == ["blacklisted"]
    assert dump_database(counter.store.db_path) == before


def test_overdue_samples_block_until_a_manager_overrides(counter):
    lend(counter, counter.codes[:1], now=T0)
    ten_days_later = T0 + timedelta(days=10)
    with pytest.raises(StreamerBlocked) as err:
        lend(counter, counter.codes[1:2], now=ten_days_later)
    assert [(b.kind, b.count) for b in err.value.blocks] == [("overdue", 1)]
    receipt = lend(counter, counter.codes[1:2], now=ten_days_later, override=MANAGER_OK)
    assert receipt.override_by == "李经理"


def test_going_over_the_limit_needs_an_override(counter):
    extra = catalog.receive_samples(counter.store.uow(), counter.clerk, counter.product_id, 1, now=T0).codes
    seven = counter.codes + extra  # silver allows 6
    with pytest.raises(StreamerBlocked) as err:
        lend(counter, seven)
    assert [(b.kind, b.count, b.limit) for b in err.value.blocks] == [("over_limit", 7, 6)]
    assert len(lend(counter, seven, override=MANAGER_OK).lines) == 7


def test_waiving_a_deposit_needs_an_override(counter):
    with pytest.raises(StreamerBlocked) as err:
        lend(counter, counter.codes[:2], method="waived")
    assert [(b.kind, b.count) for b in err.value.blocks] == [("deposit_waived", 8000)]
    receipt = lend(counter, counter.codes[:2], method="waived", override=MANAGER_OK)
    assert (receipt.deposit_fen, receipt.deposit_method) == (0, "waived")
    assert deposit_entries(counter.store.db_path, receipt.loan_id) == [("collect", 0, "waived")]
    [(note,)] = rows(counter.store.db_path, "SELECT note FROM deposit_entry WHERE loan_id = ?", receipt.loan_id)
    assert note == "waived 8000"
    [(_, _, payload)] = events(counter.store.db_path, "loan.checked_out@1")
    assert (payload["deposit_fen"], payload["policy_deposit_fen"]) == (0, 8000)
    assert payload["override"]["blocks"] == ["deposit_waived"]


def test_waiving_nothing_needs_no_override(counter):
    diamond = streamers.register_streamer(
        counter.store.uow(), counter.manager, "大主播", "13700137000", "douyin", tier="diamond", now=T0
    )
    receipt = lend(counter, counter.codes[:2], method="waived", streamer_id=diamond.id)
    assert (receipt.deposit_fen, receipt.override_by) == (0, None)


def test_a_quote_shows_the_blocks_before_confirming(suspended):
    quote = checkout.quote_checkout(
        suspended.store.uow(), suspended.streamer_id, suspended.codes[:2], method="waived", now=T0
    )
    assert [b.kind for b in quote.blocks] == ["suspended", "deposit_waived"]
