"""A page of HQ's history is laid in whole (showroom/sync/catch_up.py, lay_in); only a page with an event that
contradicts the counter is laid in again an event per savepoint. Either way the rows, the outbox and what is
named must be those the event-by-event path gives."""

from __future__ import annotations

import dataclasses
import json
import uuid

import pytest

from showroom.store import Store
from showroom.sync import catch_up
from tests.integration.event_walk import walk
from tests.integration.helpers import rows
from tests.integration.test_replay import COMPARED, _copy, _table

NAMED = "SELECT kind, detail FROM sync_exception ORDER BY detail"


@pytest.fixture(scope="module")
def walked(tmp_path_factory, counter_template):
    template_db, built = counter_template
    original = _copy(template_db, tmp_path_factory.mktemp("page") / "original")
    try:
        walk(dataclasses.replace(built, store=original, codes=list(built.codes)))
        start = rows(template_db, "SELECT max(seq) FROM outbox_event")[0][0]
        events = [
            {"id": i, "seq": seq, "type": t, "payload": json.loads(p), "staff_id": staff, "occurred_at": at}
            for seq, i, t, p, at, staff in rows(
                original.db_path,
                "SELECT seq, id, type, payload, occurred_at, staff_id FROM outbox_event WHERE seq > ? ORDER BY seq",
                start,
            )
        ]
    finally:
        original.close()
    for e in events:  # the wire's form of a time
        e["occurred_at"] = e["occurred_at"].replace(" ", "T") + ("" if "+" in e["occurred_at"] else "+00:00")
    return template_db, events


def _laid(template_db, folder, events, whole: bool) -> tuple[Store, tuple[int, int]]:
    store = _copy(template_db, folder)
    uow = store.uow()
    with uow:
        if whole:
            counts = catch_up.lay_in(uow, events)
        else:  # the event-by-event path, a savepoint each
            counts = catch_up._lay(uow, events, {}, catch_up._replay)
        uow.commit()
    return store, counts


def _with_a_loan_twice(events: list[dict]) -> list[dict]:
    """The first check-out again, under a new id, right after itself: its number is taken (not_replayed)."""
    at = next(i for i, e in enumerate(events) if e["type"] == "loan.checked_out@1")
    again = dict(events[at], id=str(uuid.uuid4()))
    page = events[: at + 1] + [again] + events[at + 1 :]
    first = page[0]["seq"]
    return [dict(e, seq=first + n) for n, e in enumerate(page)]


@pytest.mark.parametrize("conflict", [False, True], ids=["clean", "with_a_conflict"])
def test_a_page_laid_in_whole_gives_what_event_by_event_gives(walked, tmp_path, conflict):
    template_db, events = walked
    page = _with_a_loan_twice(events) if conflict else events
    whole, counts = _laid(template_db, tmp_path / "whole", page, whole=True)
    each, each_counts = _laid(template_db, tmp_path / "each", page, whole=False)
    try:
        assert counts == each_counts == (len(page) - conflict, 0)
        for table in COMPARED:
            assert _table(whole, table) == _table(each, table), table
        named = rows(whole.db_path, NAMED)
        assert named == rows(each.db_path, NAMED)
        problems = [json.loads(d)["problem"] for k, d in named if k == catch_up.NOT_REPLAYED]
        assert problems.count("loan_number_taken") == conflict
    finally:
        whole.close()
        each.close()
