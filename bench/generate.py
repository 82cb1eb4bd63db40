"""A deterministic big showroom: three years of a busy counter, built in minutes with bulk inserts.

    .venv/bin/python -m bench.generate [--divisor N]      # builds (or finds) it under build/bench/

The schema is the real one (Alembic, via the Store); the showroom, its staff and their PIN hashes are
made by the real services; everything else is planned in memory (bench.plan) and written with
sqlite3 executemany in one transaction with synchronous=OFF and journal_mode=OFF, the explicit
indexes dropped first and re-created from their own SQL afterwards (faster than maintaining them).
The finished file is cached under build/bench/<version>-<scale>/ and never modified by a benchmark
(bench.run works on a copy), so a second `make bench` does not regenerate it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import time
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from bench.plan import ANCHOR, GENERATOR_VERSION, Plan, Scale, plan_showroom
from bench.vocab import STAFF

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "build" / "bench"
SITE, ROOM_NAME, CITY = "CS", "长沙直播样品间", "长沙"
BIG_TABLES = (
    "merchant",
    "product",
    "sample",
    "streamer",
    "loan",
    "loan_item",
    "deposit_entry",
    "sample_movement",
    "outbox_event",
    "code_counter",
)


def cache_dir(scale: Scale) -> Path:
    """Keyed by generator version, schema (the migration heads) and scale: a new index means a new file."""
    from db.migrate import head_revisions

    return CACHE / f"v{GENERATOR_VERSION}-{'+'.join(sorted(head_revisions()))}-{scale.key}"


def _set_up(folder: Path) -> dict[str, str]:
    """The showroom and its staff through the real services (argon2 PIN hashes, the first events)."""
    from showroom.services import setup, staff
    from showroom.store import Store

    store = Store(folder)
    try:
        start = plan_start()
        admin = setup.set_up_showroom(store.uow(), SITE, ROOM_NAME, CITY, STAFF[0][0], STAFF[0][2], now=start)
        ids = {admin.name: admin.id}
        for name, role, pin in STAFF[1:]:
            ids[name] = staff.create_staff(store.uow(), admin, name, role, pin, now=start).id
        return ids
    finally:
        store.close()


def plan_start() -> datetime:
    from bench.plan import START

    return START


def _insert(con: sqlite3.Connection, table: str, rows: list[tuple], columns: list[str]) -> None:
    if rows:
        marks = ",".join("?" * len(rows[0]))
        names = ",".join(f'"{c}"' for c in columns[: len(rows[0])])
        con.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]


def _write(db: Path, plan: Plan) -> None:
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=OFF")  # generation only: a failed build is thrown away whole
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("PRAGMA cache_size=-400000")
        indexes = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({','.join('?' * len(BIG_TABLES))})",
            BIG_TABLES,
        ).fetchall()
        con.execute("BEGIN")
        for name, _sql in indexes:
            con.execute(f'DROP INDEX "{name}"')
        for table, rows in plan.tables():
            # the plan fills the columns of the first schema in order; columns a later migration added
            # (at the end, each with a default) keep their defaults
            expected = _columns(con, table)
            if rows and len(rows[0]) > len(expected):
                raise RuntimeError(f"{table}: plan has {len(rows[0])} columns, schema {len(expected)}")
            _insert(con, table, rows, expected)
        for _name, sql in indexes:
            con.execute(sql)
        con.execute("COMMIT")  # no ANALYZE: the app never runs it, so the planner works without statistics
        broken = con.execute("PRAGMA foreign_key_check").fetchmany(5)
        if broken:
            raise RuntimeError(f"generated rows break references: {broken}")
    finally:
        con.close()


def build(folder: Path, scale: Scale) -> dict:
    """Builds the showroom into an empty folder; returns what the benchmarks need to know about it."""
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    staff_ids = _set_up(folder)
    db = folder / "showroom.sqlite3"
    con = sqlite3.connect(db)
    try:
        room_id = con.execute("SELECT id FROM showroom WHERE is_local").fetchone()[0]
        first_seq = con.execute("SELECT max(seq) FROM outbox_event").fetchone()[0] + 1
    finally:
        con.close()
    planned = time.perf_counter()
    plan = plan_showroom(scale, room_id, staff_ids, first_seq)
    planned = time.perf_counter() - planned
    written = time.perf_counter()
    _write(db, plan)
    info = dict(
        plan.info,
        scale=asdict(scale),
        version=GENERATOR_VERSION,
        anchor=ANCHOR.isoformat(),
        plan_seconds=round(planned, 1),
        write_seconds=round(time.perf_counter() - written, 1),
        seconds=round(time.perf_counter() - started, 1),
        bytes=db.stat().st_size,
    )
    (folder / "generated.json").write_text(json.dumps(info, ensure_ascii=False, indent=1))
    return info


def ensure_generated(scale: Scale, log=print) -> tuple[Path, dict]:
    """The cached showroom for this generator version and scale, built first when missing."""
    target = cache_dir(scale)
    if (target / "generated.json").exists():
        return target, json.loads((target / "generated.json").read_text())
    scratch = target.with_name(target.name + ".building")
    shutil.rmtree(scratch, ignore_errors=True)
    log(f"generating {scale.key} into {target} ...")
    info = build(scratch, scale)
    shutil.rmtree(target, ignore_errors=True)
    scratch.rename(target)
    return target, info


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--divisor", type=int, default=1, help="1 = full scale; 500 = the quick scale")
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args()
    scale = Scale.full().divided(args.divisor)
    if args.force:
        shutil.rmtree(cache_dir(scale), ignore_errors=True)
    folder, info = ensure_generated(scale)
    print(folder)
    print(json.dumps(info, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
