"""Showrooms reconnecting after a week offline drain their backlogs into one HQ at once (issue 14, item 8).

    .venv/bin/python -m bench.drain [--showrooms 50] [--events 20000] [--workers 2] [--clients 5] [--json]

Prepared first, not timed: a scratch PostgreSQL database (bench_<uuid>, dropped afterwards), a real
`showroom-hq serve --workers N` on it, and per showroom a counter set up through the services, enrolled,
synced, then given a week of counter events in its outbox (bench.sync_bench writes them: registrations,
check-outs, returns and closes, with phone numbers of its own). Then every showroom pushes at once with
the real sync client (`push_all`), from --clients processes of threads, and the drain is timed from the
go to the last acknowledgement. Checked after: no client error, nothing lost (HQ holds every event of
every device once, acknowledged to its last one), nothing applied twice (each showroom's loans and
deposit totals at HQ are exactly those its events describe). Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import func, select

from bench.sync_bench import _free_port, _scratch_database

ROOT = Path(__file__).resolve().parents[1]
DEPOSIT_FEN = 10000  # what bench.sync_bench's check-outs take and refund


def room_code(i: int) -> str:
    return f"{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}" + ("" if i < 676 else chr(65 + i // 676 % 26))


@dataclass
class Pushed:
    """What one showroom's drain did, as its client saw it."""

    code: str
    inserted: int = 0
    waits: list[float] = field(default_factory=list)
    error: str = ""
    ended: float = 0.0


def _serve(url: str, port: int, workers: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from hq.cli import main; raise SystemExit(main())",
            "serve",
            "--database-url",
            url,
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    for _ in range(600):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
        if proc.poll() is not None:
            break
    proc.kill()
    proc.wait()
    raise RuntimeError("HQ did not start")


def _prepare(folder: str, code: str, index: int, hq_url: str, enrol_code: str, events: int) -> None:
    """One showroom: set up, enrolled, its set-up pushed, then a week offline written to its outbox."""
    from bench.sync_bench import _showroom, _week_offline
    from showroom.sync.client import HqClient
    from showroom.sync.enrol import enrol
    from showroom.sync.push import push_all

    store, admin, _ = _showroom(Path(folder), code)
    try:
        enrol(store.uow, store.data_dir, hq_url, enrol_code)
        with HqClient(hq_url, token=(store.data_dir / "device-secret").read_text()) as client:
            push_all(store.uow, client)
        _week_offline(store, admin, events, first_phone=3_500_000_000 + index * 100_000)
    finally:
        store.close()


def _drain_some(rooms: list[tuple[str, str]], hq_url: str, go: float) -> list[Pushed]:
    """In one client process: a thread per showroom, all pushing from `go` (a time.time() instant)."""
    from showroom.domain.errors import SyncError
    from showroom.store import Store
    from showroom.sync.client import HqClient
    from showroom.sync.push import push_all

    results = [Pushed(code) for _, code in rooms]
    stores = [Store(Path(folder)) for folder, _ in rooms]

    def one(store, result: Pushed) -> None:
        try:
            with HqClient(hq_url, token=(store.data_dir / "device-secret").read_text()) as client:
                try:
                    result.inserted = push_all(store.uow, client)
                finally:
                    result.waits = client.waits
        except (SyncError, OSError) as exc:
            result.error = f"{type(exc).__name__}: {exc}"[:300]
        result.ended = time.time()

    threads = [threading.Thread(target=one, args=(s, r)) for s, r in zip(stores, results)]
    time.sleep(max(0.0, go - time.time()))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    return results


def _cpu_seconds(pids: list[int]) -> float:
    tick, total = os.sysconf("SC_CLK_TCK"), 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _tree(pid: int) -> list[int]:
    children = subprocess.run(["ps", "--ppid", str(pid), "-o", "pid="], capture_output=True, text=True).stdout
    return [pid] + [int(p) for p in children.split()]


def _check(sessions, rooms: dict[str, str], expected: dict[str, tuple[int, int, int]]) -> dict:
    """Lost and applied-twice (or not at all), from HQ's own tables, per showroom: every event stored and
    acknowledged; as many loans, deposits taken and refunds as the showroom's events say."""
    from hq.models import DepositTotal, Device, Event, HqShowroom, NetLoan

    lost = twice = 0
    with sessions() as s:
        by_code = dict(s.execute(select(HqShowroom.code, HqShowroom.id)).tuples().all())
        for code in rooms:
            last_seq, loans, closed = expected[code]
            room_id = by_code[code]
            device = s.scalar(select(Device).where(Device.showroom_id == room_id))
            stored = s.scalar(select(func.count()).select_from(Event).where(Event.device_id == device.id))
            lost += (last_seq - stored) + (last_seq - device.acked_seq)
            held = s.scalar(select(func.count()).select_from(NetLoan).where(NetLoan.showroom_id == room_id))
            deposits = s.get(DepositTotal, room_id)
            twice += (
                abs(held - loans)
                + abs(deposits.collected_fen - loans * DEPOSIT_FEN) // DEPOSIT_FEN
                + abs(deposits.refunded_fen - closed * DEPOSIT_FEN) // DEPOSIT_FEN
            )
    return {"lost": lost, "applied_twice": twice}


def _expected(folder: str) -> tuple[int, int, int, int]:
    """(last outbox seq, loans checked out, loans closed, events not acknowledged) of one showroom."""
    from db.models import OutboxEvent
    from showroom.store import Store

    store = Store(Path(folder))

    def count(*where) -> int:
        return uow.session.scalar(select(func.count()).select_from(OutboxEvent).where(*where))

    try:
        uow = store.uow()
        with uow.read():
            return (
                uow.session.scalar(select(func.max(OutboxEvent.seq))),
                count(OutboxEvent.type == "loan.checked_out@1"),
                count(OutboxEvent.type == "loan.closed@1"),
                count(OutboxEvent.acked_at.is_(None)),
            )
    finally:
        store.close()


def measure(
    database_url: str,
    showrooms: int = 50,
    events: int = 20_000,
    workers: int = 2,
    clients: int = 5,
    port: int | None = None,
) -> dict:
    """Prepare, drain, check; returns the figures (asserts nothing)."""
    from hq import admin as hq_admin
    from hq.db import make_engine, make_sessions, upgrade

    port = port or _free_port()
    url, drop = _scratch_database(database_url)
    engine = make_engine(url)
    server = None
    codes = [room_code(i) for i in range(showrooms)]
    try:
        upgrade(engine)
        sessions = make_sessions(engine)
        for code in codes:
            hq_admin.add_showroom(sessions, code, f"{code} 样品间")
        server = _serve(url, port, workers)
        hq_url = f"http://127.0.0.1:{port}"
        with tempfile.TemporaryDirectory() as tmp:
            folders = {code: str(Path(tmp) / code) for code in codes}
            started = time.perf_counter()
            context = multiprocessing.get_context("spawn")
            _prepare_all(sessions, folders, hq_url, events, context)
            prepare_s = time.perf_counter() - started
            expected = _expected_all(folders, context)
            backlog = sum(e[3] for e in expected.values())
            load = os.getloadavg()
            pushed, drain_s, hq_cpu = _drain_all(folders, clients, hq_url, server.pid, context)
            left = sum(e[3] for e in _expected_all(folders, context).values())
        checked = _check(sessions, folders, {c: e[:3] for c, e in expected.items()})
    finally:
        if server is not None:
            server.terminate()
            server.wait()
        engine.dispose()
        drop()
    return _figures(showrooms, workers, clients, backlog, pushed, drain_s, hq_cpu, prepare_s, left, checked, load)


def _figures(
    showrooms: int,
    workers: int,
    clients: int,
    backlog: int,
    pushed: list[Pushed],
    drain_s: float,
    hq_cpu: float,
    prepare_s: float,
    left: int,
    checked: dict,
    load: tuple[float, ...],
) -> dict:
    """What measure returns; the load average after is read here, at the end."""
    errors = [r for r in pushed if r.error]
    waits = [w for r in pushed for w in r.waits]
    return {
        "showrooms": showrooms,
        "events": backlog,
        "workers": workers,
        "client_processes": clients,
        "drain_seconds": round(drain_s, 2),
        "events_per_s": round(backlog / drain_s),
        "events_per_s_per_worker": round(backlog / drain_s / workers),
        "client_errors": len(errors),
        "first_errors": [r.error for r in errors[:3]],
        "inserted": sum(r.inserted for r in pushed),
        "still_pending": left,
        **checked,
        "busy_waits": len(waits),
        "busy_wait_seconds": round(sum(waits), 1),
        "hq_cpu_seconds": round(hq_cpu, 1),
        "prepare_seconds": round(prepare_s, 1),
        "load_average_before": [round(v, 2) for v in load],
        "load_average_after": [round(v, 2) for v in os.getloadavg()],
    }


def _prepare_all(sessions, folders: dict[str, str], hq_url: str, events: int, context) -> None:
    """Every showroom set up and given its week offline, two at a time (not timed as the drain)."""
    from hq import admin as hq_admin

    codes, n = list(folders), len(folders)
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        list(
            pool.map(
                _prepare,
                folders.values(),
                codes,
                range(n),
                [hq_url] * n,
                [hq_admin.make_enrol_code(sessions, c)[0] for c in codes],
                [events] * n,
            )
        )


def _expected_all(folders: dict[str, str], context) -> dict[str, tuple[int, int, int, int]]:
    """`_expected` of every showroom, by code."""
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        return dict(zip(folders, pool.map(_expected, folders.values())))


def _drain_all(
    folders: dict[str, str], clients: int, hq_url: str, server_pid: int, context
) -> tuple[list[Pushed], float, float]:
    """Every showroom pushes at once from `clients` processes; returns what each did, the drain's seconds
    from the go to the last acknowledgement, and the CPU seconds HQ spent meanwhile."""
    codes = list(folders)
    groups = [[(folders[c], c) for c in codes[i::clients]] for i in range(clients)]
    with ProcessPoolExecutor(max_workers=clients, mp_context=context) as pool:
        list(pool.map(time.sleep, [0.5] * clients))  # every client process started before the go
        go = time.time() + 2.0
        hq_cpu = _cpu_seconds(_tree(server_pid))
        futures = [pool.submit(_drain_some, group, hq_url, go) for group in groups if group]
        pushed = [r for f in futures for r in f.result()]
    drain_s = max(r.ended for r in pushed) - go
    return pushed, drain_s, _cpu_seconds(_tree(server_pid)) - hq_cpu


def report(f: dict) -> str:
    return (
        f"drain: {f['showrooms']} showrooms × a week offline = {f['events']:,} events in {f['drain_seconds']} s "
        f"= {f['events_per_s']:,} events/s ({f['events_per_s_per_worker']:,} per HQ worker, {f['workers']} "
        f"workers); client errors {f['client_errors']}, lost {f['lost']}, applied twice {f['applied_twice']}, "
        f"still pending {f['still_pending']}; {f['busy_waits']} waits for a busy HQ "
        f"({f['busy_wait_seconds']} s in all); HQ CPU {f['hq_cpu_seconds']} s; load average before "
        f"{f['load_average_before']}, after {f['load_average_after']} (prepared in {f['prepare_seconds']} s)"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--showrooms", type=int, default=50)
    p.add_argument("--events", type=int, default=20_000, help="events per showroom")
    p.add_argument("--workers", type=int, default=2, help="HQ worker processes")
    p.add_argument("--clients", type=int, default=5, help="client processes (the showrooms shared out)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    figures = measure(args.database_url, args.showrooms, args.events, args.workers, args.clients)
    print(json.dumps(figures, indent=1) if args.json else report(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
