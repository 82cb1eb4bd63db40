"""The drain benchmark at a tiny scale (bench.drain), so it never rots: three showrooms back from a week
offline push at once into HQ served by two workers on PostgreSQL; nothing fails, is lost or applied twice.
Nothing about time is asserted."""

from __future__ import annotations

from tests.hq.conftest import PG_ADMIN_URL, _pg_admin


def test_three_showrooms_drain_into_two_workers_with_nothing_lost_or_twice():
    from bench import drain

    _pg_admin().dispose()  # skipped (or failed under CI) when PostgreSQL is not there
    figures = drain.measure(PG_ADMIN_URL, showrooms=3, events=300, workers=2, clients=1)
    assert figures["events"] >= 900
    assert (figures["client_errors"], figures["lost"], figures["applied_twice"], figures["still_pending"]) == (
        0,
        0,
        0,
        0,
    ), figures
    assert figures["inserted"] == figures["events"]
