"""How fast a showroom is rebuilt from HQ alone (`showroom recover`, issue 16): a showroom's history of
`events` pushed to a real HQ process on PostgreSQL, then an empty folder recovered from it, timed.

    python -m bench.recover_bench [--events N] [--json]

Prints figures; asserts nothing. The three-year figure is the measured rate applied to the 905,168 events of
`make bench`'s big showroom (its replay is what a recovery of that showroom would do)."""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from bench.sync_bench import _free_port, _scratch_database, _serve, _showroom, _week_offline

THREE_YEARS = 905_168  # events of the big showroom (BENCHMARKS.md, "The showroom measured")


def measure(database_url: str, events: int = 20_000, port: int | None = None) -> dict:
    from hq import admin as hq_admin
    from hq.db import make_engine, make_sessions, upgrade

    port = port or _free_port()
    url, drop = _scratch_database(database_url)
    engine = make_engine(url)
    server = None
    try:
        upgrade(engine)
        sessions = make_sessions(engine)
        server = _serve(url, port)
        hq_url = f"http://127.0.0.1:{port}"
        hq_admin.add_showroom(sessions, "CS", "长沙")
        with tempfile.TemporaryDirectory() as tmp:
            history = _history_at_hq(sessions, hq_url, Path(tmp) / "old", events)
            return _recover(sessions, hq_url, Path(tmp) / "new", history)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
        engine.dispose()
        drop()


def _history_at_hq(sessions, hq_url: str, folder: Path, events: int) -> int:
    """The old PC: set up, a week of loans and returns, all synced. Returns how many events HQ holds of it."""
    from hq import admin as hq_admin
    from showroom.sync.enrol import enrol
    from showroom.sync.service import sync_once

    store, admin, _ = _showroom(folder, "CS")
    try:
        enrol(store.uow, store.data_dir, hq_url, hq_admin.make_enrol_code(sessions, "CS")[0])
        _week_offline(store, admin, events)
        sync_once(store.uow, store.data_dir)
        return _pushed_so_far(store)
    finally:
        store.close()


def _pushed_so_far(store) -> int:
    from sqlalchemy import func, select

    from db.models import OutboxEvent

    uow = store.uow()
    with uow.read():
        return uow.session.scalar(select(func.count()).select_from(OutboxEvent))


def _recover(sessions, hq_url: str, folder: Path, history: int) -> dict:
    """The new PC: an empty folder recovered from HQ (the catalog sync after it is not counted)."""
    from hq import admin as hq_admin
    from showroom.store import Store
    from showroom.sync.recover import recover

    store = Store(folder)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        recover(store.uow, store.data_dir, hq_url, hq_admin.make_enrol_code(sessions, "CS")[0], "123456")
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        store.close()
    rate = history / seconds
    return {
        "events": history,
        "seconds": round(seconds, 2),
        "events_per_s": round(rate, 1),
        # the counter's own CPU (both its threads): unlike wall time, it hardly grows when others share the cores
        "counter_cpu_s": round(cpu, 2),
        "three_year_minutes": round(THREE_YEARS / rate / 60, 1),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--events", type=int, default=20_000)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    found = measure(args.database_url, args.events)
    print(
        json.dumps(found)
        if args.json
        else f"recovered {found['events']:,} events in {found['seconds']} s = {found['events_per_s']:,} events/s; "
        f"the three-year showroom ({THREE_YEARS:,} events) at that rate: {found['three_year_minutes']} min; "
        f"the counter's CPU {found['counter_cpu_s']} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
