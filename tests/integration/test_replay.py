"""The replay (showroom/replay): a counter's own events written back into its tables give the rows its use
cases wrote. The walk (event_walk.py) records every kind of event on one copy of a set-up counter; its
events are then laid into another copy, as a catch-up from HQ lays them (showroom/sync/catch_up.py), and
the two are compared table by table, row by row."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import select

from db.engine import database_path
from db.models import OutboxEvent
from kernel.events import EVENTS, declared
from showroom.replay import NOTHING, PROJECTIONS, ReplayConflict, Replaying, replay_event
from showroom.services.common import local_showroom
from showroom.store import Store
from showroom.sync.catch_up import lay_in
from tests.conftest import T0
from tests.integration.event_walk import SHORTFALLS_START, walk
from tests.integration.helpers import rows
from tests.integration.shortfall_walk import walk_receipt_again

# What the events do not carry, by table: generated ids of rows no event names, the PIN hashes (never sent
# to HQ), the signature image (the event says only that there was one), and this PC's own bookkeeping.
UNCOMPARED = {
    "deposit_entry": {"id"},
    "sample_movement": {"id"},
    "due_date_change": {"id"},
    "loan_item": {"id"},
    "loan": {"signature_png"},
    "staff": {"pin_hash"},
    "outbox_event": {"acked_at"},
    "stocktake_line": {"id"},
    "transfer_line": {"id"},
}
COMPARED = (
    "merchant",
    "product",
    "sample",
    "streamer",
    "loan",
    "loan_item",
    "deposit_entry",
    "sample_movement",
    "due_date_change",
    "reminder",
    "tier_policy",
    "tier_suspension_rule",
    "code_counter",
    "stocktake",
    "stocktake_line",
    "tier_loss_rule",
    "automatic_loss",
    "photo",
    "tier_photo_rule",
    "tier_post_rule",
    "streamer_address",
    "shipment",
    "transfer",
    "transfer_line",
    "return_elsewhere",  # foreign_loan_line is not: it is what a pull brings, and a recovered counter pulls again
    "return_elsewhere_unmatched",  # HQ's word (a pull) on the returns a manager settled: the settlement repeats it
    "return_elsewhere_photo",  # photos waiting for their sample: none once each was told
    "transfer_shortfall",
    "outbox_event",
)


def _copy(template_db, folder):
    folder.mkdir()
    with closing(sqlite3.connect(template_db)) as source, closing(sqlite3.connect(database_path(folder))) as target:
        source.backup(target)
    return Store(folder)


def _table(store: Store, name: str) -> list[tuple]:
    with closing(sqlite3.connect(store.db_path)) as conn:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        keep = [c for c in columns if c not in UNCOMPARED.get(name, set())]
        return sorted(conn.execute(f'SELECT {", ".join(keep)} FROM "{name}"').fetchall(), key=repr)


@pytest.fixture(scope="module")
def walked_and_replayed(tmp_path_factory, counter_template):
    template_db, built = counter_template
    base = tmp_path_factory.mktemp("replay")
    original, copy = _copy(template_db, base / "original"), _copy(template_db, base / "copy")
    try:
        walk(dataclasses.replace(built, store=original, codes=list(built.codes)))
        start = rows(copy.db_path, "SELECT max(seq) FROM outbox_event")[0][0]
        events = [
            {"id": i, "seq": seq, "type": t, "payload": json.loads(p), "occurred_at": at, "staff_id": staff}
            for seq, i, t, p, at, staff in rows(
                original.db_path,
                "SELECT seq, id, type, payload, occurred_at, staff_id FROM outbox_event WHERE seq > ? ORDER BY seq",
                start,
            )
        ]
        for e in events:  # the wire's form of a time
            e["occurred_at"] = e["occurred_at"].replace(" ", "T") + ("" if "+" in e["occurred_at"] else "+00:00")
        uow = copy.uow()
        with uow:
            counts = lay_in(uow, events)
            uow.commit()
        walk_receipt_again(copy.uow, SHORTFALLS_START)  # a pull no event carries: a recovered counter pulls again
        yield original, copy, counts, len(events)
    finally:
        original.close()
        copy.close()


def test_every_declared_event_type_has_a_projection_or_none_by_choice():
    assert set(PROJECTIONS) | NOTHING == set(EVENTS.values())
    assert not set(PROJECTIONS) & NOTHING


@pytest.mark.parametrize("table", COMPARED)
def test_the_replayed_rows_are_the_rows_the_use_cases_wrote(walked_and_replayed, table):
    original, copy, (replayed, already), total = walked_and_replayed
    assert (replayed, already) == (total, 0)
    assert _table(copy, table) == _table(original, table)


def test_an_event_replayed_twice_is_refused_not_doubled(walked_and_replayed):
    _original, copy, _counts, _total = walked_and_replayed
    uow = copy.uow()
    with uow:
        loan = uow.session.scalar(select(OutboxEvent).where(OutboxEvent.type == "loan.checked_out@1").limit(1))
        r = Replaying(uow, local_showroom(uow), loan.staff_id, T0)
        with pytest.raises(ReplayConflict) as conflict:
            replay_event(r, loan.type, json.loads(loan.payload))
        assert conflict.value.problem == "loan_number_taken"


def test_a_type_no_declaration_names_is_a_conflict_not_a_crash(walked_and_replayed):
    _original, copy, _counts, _total = walked_and_replayed
    uow = copy.uow()
    with uow:
        r = Replaying(uow, local_showroom(uow), None, T0)
        with pytest.raises(ReplayConflict) as conflict:
            replay_event(r, "sample.teleported@1", {})
        assert conflict.value.problem == "unknown_type" and declared("sample.teleported@1") is None


# This PC's own: its settings (printers, paper, backups, the HQ address), logins and locks, its sync
# bookkeeping. None of it is a domain fact, so none of it is an event.
THIS_PC = {
    "alembic_version",
    "setting",
    "login_record",
    "staff_lock",
    "sync_state",
    "sync_exception",
    "hq_clock",
    "network_state",
    "network_standing",
    "sync_catalog_alias",
    "catch_up",
}


def test_a_busy_demo_showroom_is_rebuilt_from_its_events_alone(tmp_path):
    """Every table of the demo (six weeks of a showroom's life) from its outbox into an empty database, as
    `showroom recover` lays it in: the same rows, but for what THIS_PC and UNCOMPARED name."""
    from datetime import datetime, timezone

    from demo.seed import seed_demo

    original, rebuilt = Store(tmp_path / "demo"), Store(tmp_path / "rebuilt")
    try:
        seed_demo(original, now=datetime(2026, 11, 27, 6, 30, tzinfo=timezone.utc))
        events = [
            {
                "id": i,
                "seq": seq,
                "type": t,
                "payload": json.loads(p),
                "staff_id": staff,
                "occurred_at": at.replace(" ", "T") + ("" if "+" in at else "+00:00"),
            }
            for seq, i, t, p, at, staff in rows(
                original.db_path, "SELECT seq, id, type, payload, occurred_at, staff_id FROM outbox_event ORDER BY seq"
            )
        ]
        for start in range(0, len(events), 500):  # a page of HQ's history per transaction
            uow = rebuilt.uow()
            with uow:
                assert lay_in(uow, events[start : start + 500]) == (len(events[start : start + 500]), 0)
                uow.commit()
        names = [n for (n,) in rows(original.db_path, "SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert len(events) > 300 and len(names) > len(THIS_PC) + 10
        for name in sorted(set(names) - THIS_PC):
            assert _table(rebuilt, name) == _table(original, name), name
    finally:
        original.close()
        rebuilt.close()


def test_a_counter_that_never_caught_up_has_nothing_to_name(counter):
    from showroom.sync.unrecovered import unrecovered_work

    named = unrecovered_work(counter.uow())
    assert named.caught_up_at is None and not named.anything
    assert named.not_replayed == [] and named.renumbered == []
