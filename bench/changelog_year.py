"""HQ's change log after a simulated year: its size before and after compaction, and a new device's first
pull (issue 14, item 9).

    .venv/bin/python -m bench.changelog_year [--database-url URL] [--divisor 1] [--json]

A year of changes is written straight into a scratch PostgreSQL database's log (bench_<uuid>, dropped
afterwards), in time order, in the forms HQ stages them (hq/admin.py, hq/projections.py): the shared
catalog made on day one (2,000 merchants, 50,000 products), each product re-priced four times in the
year, 100,000 streamers registered through the year and each blacklisted, lifted or re-tiered twice
more, and 20 sync exceptions a day. Then a new device's first pull through a real `showroom-hq serve`
(a snapshot: each row once), the compaction (superseded changes older than the horizon), and the same
first pull again. Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select, text

from bench.sync_bench import _free_port, _scratch_database, _serve, _showroom

YEAR_END = datetime(2026, 11, 27, 2, 0, tzinfo=timezone.utc)
DAY = timedelta(days=1)
MERCHANTS, PRODUCTS, REPRICES, STREAMERS, STREAMER_CHANGES, EXCEPTIONS_A_DAY = 2_000, 50_000, 4, 100_000, 2, 20
CODES = ("CS", "JN", "XM", "QD", "HZ")


def _changes(divisor: int, rng: random.Random) -> list[tuple[datetime, str, str, dict]]:
    """(at, kind, key, data) for a year, in time order."""
    start = YEAR_END - 365 * DAY
    out = _catalog_changes(divisor, rng, start)
    out += _streamer_changes(divisor, rng, start)
    out += _exception_changes(divisor, rng, start)
    out.sort(key=lambda c: c[0])
    return out


def _catalog_changes(divisor: int, rng: random.Random, start: datetime) -> list[tuple[datetime, str, str, dict]]:
    """The merchants and products made on day one, then each product re-priced through the year."""
    from hq.admin import merchant_change, product_change
    from hq.models import NetMerchant, NetProduct

    out: list[tuple[datetime, str, str, dict]] = []
    merchants = [
        NetMerchant(id=str(uuid.uuid4()), name=f"商家{i}号店", contact="", phone="", created_at=start)
        for i in range(MERCHANTS // divisor)
    ]
    out += [(start, "merchant", m.id, merchant_change(m)) for m in merchants]
    products = [
        NetProduct(
            id=str(uuid.uuid4()),
            merchant_id=rng.choice(merchants).id,
            name=f"商品 {i}",
            brand="",
            category="食品",
            spec="",
            retail_price_fen=1000,
            live_price_fen=900,
            commission_bp=1000,
            sample_value_fen=1000,
            ean=None,
            created_at=start,
        )
        for i in range(PRODUCTS // divisor)
    ]
    out += [(start, "product", p.id, product_change(p)) for p in products]
    for p in products:
        for _ in range(REPRICES):
            p.retail_price_fen += rng.randrange(-100, 200)
            out.append((start + rng.random() * 365 * DAY, "product", p.id, product_change(p)))
    return out


def _streamer_changes(divisor: int, rng: random.Random, start: datetime) -> list[tuple[datetime, str, str, dict]]:
    """Streamers registered through the year, each blacklisted and lifted in turn after."""
    from hq.batch import StreamerRow
    from hq.projections import streamer_change

    out: list[tuple[datetime, str, str, dict]] = []
    for i in range(STREAMERS // divisor):
        born = start + rng.random() * 365 * DAY
        s = StreamerRow(
            id=str(uuid.uuid4()),
            phone=f"1{3_600_000_000 + i}",
            name=f"主播{i}",
            platform="douyin",
            handle="",
            tier="gold",
            member_code=f"CS-M{i + 1:05d}",
            blacklisted=False,
            blacklist_reason="",
            blacklisted_by="",
            updated_at=born,
        )
        out.append((born, "streamer", s.id, streamer_change(s)))
        for _ in range(STREAMER_CHANGES):
            s.blacklisted = not s.blacklisted
            s.blacklist_reason, s.blacklisted_by = ("样品未还", "CS") if s.blacklisted else ("", "HQ")
            out.append((born + rng.random() * (YEAR_END - born), "streamer", s.id, streamer_change(s)))
    return out


def _exception_changes(divisor: int, rng: random.Random, start: datetime) -> list[tuple[datetime, str, str, dict]]:
    """EXCEPTIONS_A_DAY sync exceptions a day (fewer, on fewer days, when divided)."""
    out: list[tuple[datetime, str, str, dict]] = []
    for day in range(365):
        for _ in range(max(EXCEPTIONS_A_DAY // divisor, 1) if day % max(divisor // EXCEPTIONS_A_DAY, 1) == 0 else 0):
            at = start + (day + rng.random()) * DAY
            xid = str(uuid.uuid4())
            out.append(
                (
                    at,
                    "sync_exception",
                    xid,
                    {
                        "id": xid,
                        "kind": "sample_lent_twice",
                        "event_id": None,
                        "showroom_codes": sorted(rng.sample(CODES, 2)),
                        "detail": {"code": "CS-000042"},
                        "at": at.isoformat(),
                    },
                )
            )
    return out


def _write(sessions, changes) -> None:
    from hq.bulk import insert_rows
    from hq.models import Change

    for i in range(0, len(changes), 20_000):
        with sessions() as s, s.begin():
            insert_rows(
                s,
                Change.__table__,
                ("kind", "key", "data", "at"),
                [
                    (kind, key, json.dumps(data, ensure_ascii=False, sort_keys=True), at)
                    for at, kind, key, data in changes[i : i + 20_000]
                ],
            )


def _size(engine, sessions) -> tuple[int, float]:
    from hq.models import Change

    with sessions() as s:
        rows = s.scalar(select(func.count()).select_from(Change))
    with engine.connect() as conn:
        mb = conn.scalar(text("SELECT pg_total_relation_size('hq_change')")) / 2**20
    return rows, round(mb, 1)


def _first_pull(folder: Path, code: str, hq_url: str, sessions) -> tuple[int, float]:
    from hq import admin as hq_admin
    from showroom.sync.client import HqClient
    from showroom.sync.enrol import enrol
    from showroom.sync.pull import pull_all

    hq_admin.add_showroom(sessions, code, f"{code} 样品间")
    store, _, _ = _showroom(folder, code)
    try:
        enrol(store.uow, store.data_dir, hq_url, hq_admin.make_enrol_code(sessions, code)[0])
        with HqClient(hq_url, token=(store.data_dir / "device-secret").read_text()) as client:
            started = time.perf_counter()
            rows = pull_all(store.uow, client)
            return rows, round(time.perf_counter() - started, 2)
    finally:
        store.close()


def measure(database_url: str, divisor: int = 1, port: int | None = None) -> dict:
    from hq.changelog import HORIZON_DAYS, compact_changes
    from hq.db import make_engine, make_sessions, upgrade

    port = port or _free_port()
    url, drop = _scratch_database(database_url)
    engine = make_engine(url)
    server = None
    try:
        upgrade(engine)
        sessions = make_sessions(engine)
        changes = _changes(divisor, random.Random(2026))
        started = time.perf_counter()
        _write(sessions, changes)
        write_s = time.perf_counter() - started
        keys = len({(kind, key) for _, kind, key, _ in changes})
        before = _size(engine, sessions)
        server = _serve(url, port)
        hq_url = f"http://127.0.0.1:{port}"
        with tempfile.TemporaryDirectory() as tmp:
            pulled_before = _first_pull(Path(tmp) / "a", "AA", hq_url, sessions)
            started = time.perf_counter()
            deleted = compact_changes(sessions, now=YEAR_END + DAY)
            compact_s = time.perf_counter() - started
            with engine.connect() as conn:
                # the space a compaction frees is reused by later appends; VACUUM FULL shows the size at once
                conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM FULL ANALYZE hq_change"))
            after = _size(engine, sessions)
            pulled_after = _first_pull(Path(tmp) / "b", "BB", hq_url, sessions)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
        engine.dispose()
        drop()
    return {
        "changes_in_the_year": len(changes),
        "rows_changed": keys,
        "horizon_days": HORIZON_DAYS,
        "log_rows_before": before[0],
        "log_mb_before": before[1],
        "compacted": deleted,
        "compact_seconds": round(compact_s, 1),
        "log_rows_after": after[0],
        "log_mb_after": after[1],
        "first_pull_rows_before": pulled_before[0],
        "first_pull_seconds_before": pulled_before[1],
        "first_pull_rows_after": pulled_after[0],
        "first_pull_seconds_after": pulled_after[1],
        "write_seconds": round(write_s, 1),
    }


def report(f: dict) -> str:
    return (
        f"change log after a year: {f['changes_in_the_year']:,} changes of {f['rows_changed']:,} rows; "
        f"{f['log_rows_before']:,} rows ({f['log_mb_before']} MB) before compaction, {f['log_rows_after']:,} "
        f"({f['log_mb_after']} MB) after ({f['compacted']:,} deleted in {f['compact_seconds']} s, horizon "
        f"{f['horizon_days']} days); a new device's first pull: {f['first_pull_rows_before']:,} changes in "
        f"{f['first_pull_seconds_before']} s before, {f['first_pull_rows_after']:,} in "
        f"{f['first_pull_seconds_after']} s after"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--divisor", type=int, default=1, help="a smaller year: every count divided by this")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    figures = measure(args.database_url, args.divisor)
    print(json.dumps(figures, indent=1) if args.json else report(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
