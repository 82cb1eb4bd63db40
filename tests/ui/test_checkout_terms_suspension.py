"""The check-out terms run the tier's automatic suspension once when a streamer comes to the counter, before
their first quote; the quotes that follow (every scan) only read."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta, timezone

import pytest

from showroom.services import checkout, streamers
from tests.ui.conftest import wait_idle
from ui.widgets.checkout_terms import CheckoutTerms


@pytest.fixture
def long_late(counter):
    """小美 (silver: suspended after 7 days late) took a sample twenty days ago, whatever day the tests run."""
    out = datetime.now(timezone.utc) - timedelta(days=20)
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=out)
    return counter


def ask(qtbot, terms: CheckoutTerms, ui_ctx, streamer_id: str, codes: list[str]) -> None:
    with qtbot.waitSignal(terms.quote_changed, timeout=5000):
        terms.ask(streamer_id, codes)
    wait_idle(qtbot, ui_ctx)


def test_the_first_quote_shows_the_automatic_suspension_and_later_quotes_write_nothing(qtbot, ui_ctx, long_late):
    terms = CheckoutTerms(ui_ctx)
    qtbot.addWidget(terms)
    ask(qtbot, terms, ui_ctx, long_late.streamer_id, [])
    assert [b.kind for b in terms.quote.blocks][:1] == ["suspended"]
    assert streamers.find_streamer(long_late.uow(), "13800138000").status == "suspended"
    with closing(sqlite3.connect(long_late.store.db_path)) as watcher:
        seen = watcher.execute("PRAGMA data_version").fetchone()[0]
        ask(qtbot, terms, ui_ctx, long_late.streamer_id, long_late.codes[1:2])  # a scan: quoted again
        ask(qtbot, terms, ui_ctx, long_late.streamer_id, long_late.codes[1:3])
        assert watcher.execute("PRAGMA data_version").fetchone()[0] == seen
    assert "suspended" in [b.kind for b in terms.quote.blocks]
