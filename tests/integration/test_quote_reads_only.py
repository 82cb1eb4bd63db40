"""A check-out quote only reads; the tier's automatic suspension is a use case of its own that runs before it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest

from showroom.services import checkout, streamers
from showroom.services.overdue import enforce_suspensions
from tests.conftest import T0
from tests.integration.helpers import dump_database, rows

# 小美 is silver: 5 days to return, suspended automatically after 7 days late. Lent at T0 (20 Nov, 10:00
# in Changsha), due by the end of 25 Nov local time: on 3 Dec she is 8 days late.
EIGHT_DAYS_LATE = T0 + timedelta(days=13)


@pytest.fixture
def late(counter):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=T0)
    return counter


def data_version(conn: sqlite3.Connection) -> int:
    """SQLite's count of commits made by other connections since this one opened."""
    return conn.execute("PRAGMA data_version").fetchone()[0]


def test_a_quote_for_a_streamer_due_for_suspension_writes_nothing(late):
    db = late.store.db_path
    before = dump_database(db)
    with closing(sqlite3.connect(db)) as watcher:
        seen = data_version(watcher)
        quote = checkout.quote_checkout(late.uow(), late.streamer_id, late.codes[1:2], now=EIGHT_DAYS_LATE)
        assert data_version(watcher) == seen  # no commit at all
    assert dump_database(db) == before  # no row, no event in the outbox
    assert [b.kind for b in quote.blocks] == ["overdue"]  # the quote says what stands now
    assert streamers.find_streamer(late.uow(), "13800138000").status == "active"


def test_the_suspension_runs_first_as_its_own_use_case_and_the_quote_then_shows_it(late):
    assert enforce_suspensions(late.uow(), EIGHT_DAYS_LATE, [late.streamer_id]) == ["小美"]
    quote = checkout.quote_checkout(late.uow(), late.streamer_id, late.codes[1:2], now=EIGHT_DAYS_LATE)
    assert [b.kind for b in quote.blocks] == ["suspended", "overdue"]
    assert rows(late.store.db_path, "SELECT count(*) FROM outbox_event WHERE type = 'streamer.status_changed@1'") == [
        (1,)
    ]
