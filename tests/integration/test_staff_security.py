"""Staff management and login security on a real migrated SQLite file: lockout, records, admin changes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.models import Base
from db.staff_models import LoginRecord, StaffLock
from showroom.domain.errors import (
    AccountLocked,
    InvalidInput,
    LoginFailed,
    OverrideRefused,
    PermissionDenied,
    StaffChangeRefused,
)
from showroom.domain.staff_rules import LOCK_DURATION, MAX_WRONG_PINS
from showroom.services import checkout, staff, staff_admin, streamers
from showroom.services.common import utcnow
from showroom.services.views import Override
from tests.conftest import T0
from tests.integration.helpers import dump_database, events, rows


def _records(counter) -> list[tuple]:
    """(name, channel, outcome) of every attempt, in the order made."""
    return rows(counter.store.db_path, "SELECT name, channel, outcome FROM login_record ORDER BY at, rowid")


def _fail(counter, times: int, name="小张", pin="0000", at=T0):
    for i in range(times):
        with pytest.raises((LoginFailed, AccountLocked)):
            staff.login(counter.uow(), name, pin, now=at + timedelta(seconds=i))


def _account(counter, name, now=T0):
    return next(a for a in staff_admin.staff_accounts(counter.uow(), counter.admin, now=now) if a.name == name)


def test_the_migration_matches_the_models_of_its_tables(counter):
    with counter.store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    mine = [d for d in diffs if any(t in repr(d) for t in (LoginRecord.__tablename__, StaffLock.__tablename__))]
    assert mine == []


def test_a_right_login_is_recorded(counter):
    actor = staff.login(counter.uow(), "小张", "1111", now=T0)
    assert (actor.id, actor.role) == (counter.clerk.id, "clerk")
    assert _records(counter) == [("小张", "login", "ok")]
    assert _account(counter, "小张").last_login_at == T0


def test_a_wrong_pin_is_refused_yet_recorded(counter):
    with pytest.raises(LoginFailed):
        staff.login(counter.uow(), "小张", "0000", now=T0)
    assert _records(counter) == [("小张", "login", "wrong_pin")]
    [(staff_id, failed, until)] = rows(
        counter.store.db_path, "SELECT staff_id, failed_count, locked_until FROM staff_lock"
    )
    assert (staff_id, failed, until) == (counter.clerk.id, 1, None)


def test_an_unknown_name_is_refused_like_a_wrong_pin_and_recorded_without_an_account(counter):
    with pytest.raises(LoginFailed):
        staff.login(counter.uow(), "张三", "1111", now=T0)
    assert rows(counter.store.db_path, "SELECT staff_id, name, outcome FROM login_record") == [
        (None, "张三", "unknown_name")
    ]


def test_five_wrong_pins_lock_the_account_and_even_the_right_pin_is_refused(counter):
    _fail(counter, MAX_WRONG_PINS - 1)
    with pytest.raises(AccountLocked) as locked:
        staff.login(counter.uow(), "小张", "0000", now=T0 + timedelta(minutes=1))
    until = T0 + timedelta(minutes=1) + LOCK_DURATION
    assert (locked.value.name, locked.value.until) == ("小张", until)
    with pytest.raises(AccountLocked) as again:
        staff.login(counter.uow(), "小张", "1111", now=T0 + timedelta(minutes=2))
    assert again.value.until == until  # the right PIN neither helps nor extends the lock
    assert [o for _, _, o in _records(counter)] == ["wrong_pin"] * 4 + ["lock_started", "locked"]
    [(_, _, payload)] = events(counter.store.db_path, "staff.locked@1")
    assert payload["staff_id"] == counter.clerk.id and payload["channel"] == "login"
    assert _account(counter, "小张", now=T0 + timedelta(minutes=2)).locked_until == until


def test_attempts_while_locked_do_not_extend_the_lock_and_it_lifts_after_fifteen_minutes(counter):
    _fail(counter, MAX_WRONG_PINS)
    until = T0 + timedelta(seconds=MAX_WRONG_PINS - 1) + LOCK_DURATION
    _fail(counter, 3, at=until - timedelta(seconds=10))
    with pytest.raises(AccountLocked):
        staff.login(counter.uow(), "小张", "1111", now=until - timedelta(seconds=1))
    actor = staff.login(counter.uow(), "小张", "1111", now=until)
    assert actor.id == counter.clerk.id
    assert _account(counter, "小张", now=until).failed_pins == 0


def test_after_a_lock_runs_out_the_count_starts_again(counter):
    _fail(counter, MAX_WRONG_PINS)
    after = T0 + timedelta(hours=1)
    _fail(counter, MAX_WRONG_PINS - 1, at=after)  # four more: not locked again yet
    assert staff.login(counter.uow(), "小张", "1111", now=after + timedelta(minutes=1)).name == "小张"


def test_a_right_pin_resets_the_count(counter):
    _fail(counter, MAX_WRONG_PINS - 1)
    staff.login(counter.uow(), "小张", "1111", now=T0 + timedelta(minutes=1))
    _fail(counter, MAX_WRONG_PINS - 1, at=T0 + timedelta(minutes=2))
    assert staff.login(counter.uow(), "小张", "1111", now=T0 + timedelta(minutes=3)).name == "小张"


def test_a_disabled_account_is_refused_and_recorded(counter):
    staff_admin.set_active(counter.uow(), counter.admin, counter.clerk.id, False, now=T0)
    with pytest.raises(LoginFailed):
        staff.login(counter.uow(), "小张", "1111", now=T0)
    assert _records(counter) == [("小张", "login", "disabled")]
    with pytest.raises(PermissionDenied):  # a session opened before is stopped at its next action
        staff.create_staff(counter.uow(), counter.clerk, "新人", "clerk", "5555", now=T0)


def test_an_admin_unlocks_early_and_it_is_recorded(counter):
    _fail(counter, MAX_WRONG_PINS)
    account = staff_admin.unlock(counter.uow(), counter.admin, counter.clerk.id, now=T0 + timedelta(minutes=1))
    assert (account.locked_until, account.failed_pins) == (None, 0)
    [(_, _, payload)] = events(counter.store.db_path, "staff.unlocked@1")
    assert payload["staff_id"] == counter.clerk.id and payload["failed_pins"] == MAX_WRONG_PINS
    [(by,)] = rows(counter.store.db_path, "SELECT staff_id FROM outbox_event WHERE type = 'staff.unlocked@1'")
    assert by == counter.admin.id
    assert staff.login(counter.uow(), "小张", "1111", now=T0 + timedelta(minutes=2)).name == "小张"
    with pytest.raises(InvalidInput) as nothing:  # not locked any more
        staff_admin.unlock(counter.uow(), counter.admin, counter.clerk.id, now=T0 + timedelta(minutes=3))
    assert nothing.value.problem == "unchanged"


def test_a_pin_reset_gives_a_new_pin_and_lifts_the_lock(counter):
    _fail(counter, MAX_WRONG_PINS)
    staff_admin.reset_pin(counter.uow(), counter.admin, counter.clerk.id, "246810", now=T0 + timedelta(minutes=1))
    with pytest.raises(LoginFailed):
        staff.login(counter.uow(), "小张", "1111", now=T0 + timedelta(minutes=2))
    assert staff.login(counter.uow(), "小张", "246810", now=T0 + timedelta(minutes=3)).name == "小张"
    [(_, _, payload)] = events(counter.store.db_path, "staff.pin_reset@1")
    assert payload == {"staff_id": counter.clerk.id, "name": "小张", "lock_lifted": True}  # never the PIN


def test_add_disable_enable_and_change_role_are_events_naming_the_admin(counter):
    added = staff.create_staff(counter.uow(), counter.admin, "周敏", "clerk", "4321", now=T0)
    staff_admin.change_role(counter.uow(), counter.admin, added.id, "manager", now=T0)
    staff_admin.set_active(counter.uow(), counter.admin, added.id, False, now=T0)
    account = staff_admin.set_active(counter.uow(), counter.admin, added.id, True, now=T0)
    assert (account.role, account.active) == ("manager", True)
    kinds = rows(
        counter.store.db_path,
        "SELECT type, staff_id FROM outbox_event WHERE payload LIKE ? ORDER BY seq",
        f"%{added.id}%",
    )
    assert kinds == [
        ("staff.created@1", counter.admin.id),
        ("staff.role_changed@1", counter.admin.id),
        ("staff.disabled@1", counter.admin.id),
        ("staff.enabled@1", counter.admin.id),
    ]
    [(_, _, payload)] = events(counter.store.db_path, "staff.role_changed@1")
    assert (payload["old_role"], payload["new_role"]) == ("clerk", "manager")


def test_the_last_active_admin_is_kept(counter):
    before = dump_database(counter.store.db_path)
    with pytest.raises(StaffChangeRefused) as refused:
        staff_admin.change_role(counter.uow(), counter.admin, counter.admin.id, "manager", now=T0)
    assert refused.value.problem == "last_admin"
    with pytest.raises(StaffChangeRefused) as refused:
        staff_admin.set_active(counter.uow(), counter.admin, counter.admin.id, False, now=T0)
    assert refused.value.problem == "disable_self"
    assert dump_database(counter.store.db_path) == before
    second = staff.create_staff(counter.uow(), counter.admin, "赵总", "admin", "7777", now=T0)
    second_actor = staff.login(counter.uow(), "赵总", "7777", now=T0)
    staff_admin.set_active(counter.uow(), second_actor, counter.admin.id, False, now=T0)  # another admin remains
    with pytest.raises(StaffChangeRefused) as refused:
        staff_admin.change_role(counter.uow(), second_actor, second.id, "clerk", now=T0)
    assert refused.value.problem == "last_admin"


@pytest.mark.parametrize("who", ["clerk", "manager"])
def test_only_an_admin_manages_staff(counter, who):
    actor = getattr(counter, who)
    before = dump_database(counter.store.db_path)
    calls = [
        lambda: staff_admin.staff_accounts(counter.uow(), actor, now=T0),
        lambda: staff_admin.login_records(counter.uow(), actor),
        lambda: staff.create_staff(counter.uow(), actor, "新人", "clerk", "5555", now=T0),
        lambda: staff_admin.set_active(counter.uow(), actor, counter.clerk.id, False, now=T0),
        lambda: staff_admin.reset_pin(counter.uow(), actor, counter.clerk.id, "5555", now=T0),
        lambda: staff_admin.change_role(counter.uow(), actor, actor.id, "admin", now=T0),
        lambda: staff_admin.unlock(counter.uow(), actor, counter.clerk.id, now=T0),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.required_role == "admin"
    assert dump_database(counter.store.db_path) == before


def test_login_records_list_the_newest_first(counter):
    _fail(counter, 2, name="李经理")
    staff.login(counter.uow(), "李经理", "2222", now=T0 + timedelta(minutes=1))
    records = staff_admin.login_records(counter.uow(), counter.admin)
    assert [(r.name, r.outcome) for r in records] == [
        ("李经理", "ok"),
        ("李经理", "wrong_pin"),
        ("李经理", "wrong_pin"),
    ]
    assert all(r.staff_id == counter.manager.id for r in records)


# -- the manager's override PIN at the counter ------------------------------------------------------


@pytest.fixture
def suspended(counter):
    streamers.block_streamer(counter.store.uow(), counter.manager, counter.streamer_id, "late twice", now=T0)
    return counter


def _lend(counter, override, now=T0):
    return checkout.check_out(
        counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", override=override, now=now
    )


def test_a_right_override_pin_is_recorded_with_the_check_out(suspended):
    _lend(suspended, Override("李经理", "2222", "known streamer"))
    assert _records(suspended) == [("李经理", "override", "ok")]


def _authorise(counter, override: Override, now):
    """What a use case does with an override: its transaction inside override_pins_counted."""
    uow = counter.uow()
    with staff.override_pins_counted(uow, override, now), uow:
        manager = staff.verify_manager(uow, override.manager_name, override.pin, now=now)
        if manager is None:
            raise OverrideRefused("wrong_pin")
        uow.commit()
        return manager.name


def test_override_pins_counted_records_what_the_rolled_back_use_case_could_not(counter):
    for i in range(MAX_WRONG_PINS):
        with pytest.raises(OverrideRefused):
            _authorise(counter, Override("李经理", "0000", "please"), T0 + timedelta(seconds=i))
    with pytest.raises(AccountLocked) as locked:
        _authorise(counter, Override("李经理", "2222", "please"), T0 + timedelta(minutes=1))
    assert locked.value.until == T0 + timedelta(seconds=MAX_WRONG_PINS - 1) + LOCK_DURATION
    assert [o for _, c, o in _records(counter)] == ["wrong_pin"] * 4 + ["lock_started", "locked"]
    with pytest.raises(OverrideRefused):  # another refusal than a PIN is nobody's failed attempt
        with staff.override_pins_counted(counter.uow(), Override("王店长", "0000", ""), T0):
            raise OverrideRefused("reason_required")
    assert len(_records(counter)) == MAX_WRONG_PINS + 1
    assert _authorise(counter, Override("李经理", "2222", "ok"), T0 + timedelta(minutes=20)) == "李经理"
    assert _records(counter)[-1] == ("李经理", "override", "ok")


def test_wrong_override_pins_at_check_out_count_towards_the_managers_lock(suspended):
    start = utcnow()  # check_out may not hand its `now` to verify_manager: this test lives in the present
    for _ in range(MAX_WRONG_PINS):
        with pytest.raises(OverrideRefused):
            _lend(suspended, Override("李经理", "0000", "please"), now=start)
    assert [o for _, c, o in _records(suspended) if c == "override"] == ["wrong_pin"] * 4 + ["lock_started"]
    with pytest.raises(AccountLocked):  # the right PIN no longer overrides, at the counter or at login
        _lend(suspended, Override("李经理", "2222", "please"), now=start)
    with pytest.raises(AccountLocked):
        staff.login(suspended.uow(), "李经理", "2222", now=start)
    assert rows(suspended.store.db_path, "SELECT count(*) FROM loan") == [(0,)]


def test_a_clerk_name_in_the_override_box_is_recorded_but_counts_against_nobody(suspended):
    staff.record_failed_override(suspended.uow(), "小张", "1111", now=T0)
    assert _records(suspended) == [("小张", "override", "not_allowed")]
    assert rows(suspended.store.db_path, "SELECT count(*) FROM staff_lock") == [(0,)]
