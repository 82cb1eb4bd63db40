"""Sync throughput against PostgreSQL through a real `showroom-hq serve` process: prints figures.

    .venv/bin/python -m bench.sync_bench [--database-url postgresql+psycopg://postgres@127.0.0.1/postgres]
                                         [--events 20000] [--products 50000] [--json]

From code: `measure(database_url, events, products) -> dict` (bench/run.py calls it): events/s and rows/s,
seconds, p50/p95/p99 per batch and per page, and the CPU seconds the client, HQ and PostgreSQL spent
(wall time grows when other work shares the machine; CPU time much less).

Push: a showroom with a week offline in its outbox (--events, mostly loans and returns) sends it all.
Pull: a newly enrolled showroom's first pull of an HQ catalog of --products products.
A scratch database (bench_<uuid>) is created on the given server and dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
from sqlalchemy import create_engine, insert, text

ROOT = Path(__file__).resolve().parents[1]


def _scratch_database(admin_url: str) -> tuple[str, callable]:
    if admin_url.startswith("sqlite"):
        return admin_url, lambda: None
    name = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return admin_url.rsplit("/", 1)[0] + "/" + name, drop


def _serve(url: str, port: int) -> subprocess.Popen:
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
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )  # its banner would mix into --json output
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    proc.wait()
    raise RuntimeError("HQ did not start")


def _showroom(folder: Path, code: str):
    from showroom.services import catalog, setup
    from showroom.store import Store

    store = Store(folder)
    admin = setup.set_up_showroom(store.uow(), code, f"{code} bench", code, "bench", "9999")
    merchant = catalog.create_merchant(store.uow(), admin, "bench merchant")
    product = catalog.create_product(
        store.uow(),
        admin,
        merchant.id,
        "bench product",
        retail_price_fen=100,
        live_price_fen=90,
        commission_bp=1000,
        sample_value_fen=5000,
    )
    intake = catalog.receive_samples(store.uow(), admin, product.id, 500)
    return store, admin, intake


def _week_offline(store, admin, events: int, first_phone: int | None = None) -> None:
    """Writes a week of realistic counter events straight into the outbox (the push is what is measured).
    `first_phone`: the streamers' phones count up from 1<first_phone> (a showroom's own people), else
    they are drawn from a small shared range."""
    from sqlalchemy import func, select

    from db.models import OutboxEvent, Sample, ShowroomRow

    uow = store.uow()
    with uow.read():
        room_row = uow.session.scalar(select(ShowroomRow).where(ShowroomRow.is_local.is_(True)))
        room = argparse.Namespace(id=room_row.id, code=room_row.code)
        samples = list(uow.session.execute(select(Sample.id, Sample.code)).tuples())
        seq = uow.session.scalar(select(func.max(OutboxEvent.seq)))
    rng = random.Random(7)
    outbox, streamers = _Outbox(seq, admin.id), []
    while len(outbox.rows) < events:
        if not streamers or rng.random() < 0.1:
            streamers.append(_register(outbox, rng, room, len(streamers), first_phone))
        else:
            _lend_and_return(outbox, rng, room, streamers, samples, admin.id)
    uow = store.uow()
    with uow:
        uow.session.execute(insert(OutboxEvent), outbox.rows[:events])
        uow.commit()


class _Outbox:
    """Outbox rows as UnitOfWork.record_event writes them (the declared payload, checked), 30 s apart from a
    week ago, numbered on from `seq`."""

    def __init__(self, seq: int, staff_id: str):
        self.seq, self.staff_id, self.rows = seq, staff_id, []
        self.t = datetime.now(timezone.utc) - timedelta(days=7)

    def add(self, event) -> None:
        self.seq += 1
        self.t += timedelta(seconds=30)
        self.rows.append(
            {
                "seq": self.seq,
                "id": str(uuid.uuid4()),
                "type": event.TYPE,
                "occurred_at": self.t,
                "staff_id": self.staff_id,
                "payload": json.dumps(event.to_payload(), ensure_ascii=False, sort_keys=True),
            }
        )


def _register(outbox: _Outbox, rng: random.Random, room, n: int, first_phone: int | None) -> tuple[str, str]:
    """The showroom's n-th streamer (from 0) registers; returns (their id, their phone)."""
    from kernel import events as ev

    sid = str(uuid.uuid4())
    phone = f"13{rng.randint(5, 9)}{n:08d}" if first_phone is None else f"1{first_phone + n}"
    n += 1
    outbox.add(
        ev.StreamerRegistered(
            streamer_id=sid,
            name=f"主播{n}",
            phone=phone,
            platform="douyin",
            handle="",
            tier="gold",
            member_code=f"{room.code}-M{n:05d}",
        )
    )
    return sid, phone


def _lend_and_return(
    outbox: _Outbox,
    rng: random.Random,
    room,
    streamers: list[tuple[str, str]],
    samples: list[tuple[str, str]],
    staff_id: str,
) -> None:
    """A streamer borrows two samples and brings them back: check-out, check-in, close."""
    from kernel import events as ev

    sid, phone = rng.choice(streamers)
    t = outbox.t
    loan_id, basket, number = str(uuid.uuid4()), rng.sample(samples, 2), f"{room.code}-L{t:%y%m%d}{outbox.seq:05d}"
    outbox.add(
        ev.LoanCheckedOut(
            loan_id=loan_id,
            number=number,
            streamer_id=sid,
            streamer_phone=phone,
            showroom_id=room.id,
            due_at=t + timedelta(days=7),
            deposit_fen=10000,
            deposit_method="cash",
            policy_deposit_fen=10000,
            opened_at=t,
            staff_id=staff_id,
            tier="gold",
            planned_stream_date=None,
            has_signature=False,
            override=None,
            samples=[ev.LoanedSample(sample_id=s, code=c, value_fen=5000) for s, c in basket],
        )
    )
    outbox.add(
        ev.SamplesCheckedIn(
            showroom_id=room.id,
            items=[ev.ReturnedItem(loan_id=loan_id, sample_id=s, code=c, condition="good", note="") for s, c in basket],
        )
    )
    outbox.add(ev.LoanClosed(loan_id=loan_id, number=number, refund_fen=10000, method="cash"))


def _percentiles(samples: list[float]) -> dict:
    """p50/p95/p99 in milliseconds (nearest rank), for per-batch and per-page latencies."""
    if not samples:
        return {"n": 0, "p50_ms": 0.0, "p95_ms": 0.0, "p99_ms": 0.0}
    ordered = sorted(samples)

    def rank(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, max(0, int(q * len(ordered) + 0.5) - 1))] * 1000, 2)

    return {"n": len(ordered), "p50_ms": rank(0.50), "p95_ms": rank(0.95), "p99_ms": rank(0.99)}


class _Laps:
    """A progress callback that records the time each batch or page took, end to end."""

    def __init__(self):
        self.last = time.perf_counter()
        self.laps: list[float] = []
        self.shown: list[tuple[int, int]] = []

    def __call__(self, _stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        self.laps.append(now - self.last)
        self.last = now
        self.shown.append((done, total))


class _Cpu:
    """CPU seconds used by this process, the HQ process and the scratch database's PostgreSQL backends: a
    figure that, unlike wall time, does not grow when other work shares the machine."""

    def __init__(self, server: subprocess.Popen, engine):
        self.server, self.engine, self.tick = server, engine, os.sysconf("SC_CLK_TCK")

    def _proc(self, pid: int) -> float:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / self.tick

    def read(self) -> dict[str, float]:
        backends = 0.0
        if self.engine.dialect.name == "postgresql":
            with self.engine.connect() as conn:
                pids = (
                    conn.execute(
                        text(
                            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                            "AND pid <> pg_backend_pid()"
                        )
                    )
                    .scalars()
                    .all()
                )
            backends = sum(self._proc(pid) for pid in pids)
        return {"client": self._proc(os.getpid()), "hq": self._proc(self.server.pid), "postgres": backends}

    @staticmethod
    def spent(before: dict, after: dict) -> dict[str, float]:
        out = {k: round(max(after[k] - before[k], 0.0), 2) for k in after}
        out["total"] = round(sum(out.values()), 2)
        return out


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(database_url: str, events: int = 20_000, products: int = 50_000, port: int | None = None) -> dict:
    """Push `events` from one showroom, then a new device's first pull of `products` catalog rows, through a
    real HQ process on a scratch database (dropped afterwards). Returns the figures; asserts nothing."""
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
        cpu = _Cpu(server, engine)
        with tempfile.TemporaryDirectory() as tmp:
            hq_admin.add_showroom(sessions, "CS", "长沙")
            hq_admin.add_showroom(sessions, "JN", "济南")
            pushed = _push(sessions, hq_url, Path(tmp) / "cs", cpu, events)
            pulled = _first_pull(sessions, hq_url, Path(tmp) / "jn", cpu, products)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
        engine.dispose()
        drop()
    return {**pushed, **pulled}


def _push(sessions, hq_url: str, folder: Path, cpu: _Cpu, events: int) -> dict:
    """Showroom CS enrols, pushes its set-up events (not counted), then a week offline: `events` pushed, timed."""
    from hq import admin as hq_admin
    from showroom.sync.client import HqClient
    from showroom.sync.enrol import enrol
    from showroom.sync.push import pending_count, push_all

    store, admin, _ = _showroom(folder, "CS")
    enrol(store.uow, store.data_dir, hq_url, hq_admin.make_enrol_code(sessions, "CS")[0])
    with HqClient(hq_url, token=(store.data_dir / "device-secret").read_text()) as client:
        push_all(store.uow, client)  # the set-up events, not counted
        _week_offline(store, admin, events)
        uow = store.uow()
        with uow.read():
            waiting = pending_count(uow)
        laps, cpu_before = _Laps(), cpu.read()
        started = laps.last = time.perf_counter()
        push_all(store.uow, client, progress=laps)
        push_s = time.perf_counter() - started
        push_cpu = cpu.spent(cpu_before, cpu.read())
    store.close()
    return {
        "events": waiting,
        "push_seconds": push_s,
        "push_events_per_s": waiting / push_s,
        "push_batches": _percentiles(laps.laps),
        "push_cpu_seconds": push_cpu,
    }


def _first_pull(sessions, hq_url: str, folder: Path, cpu: _Cpu, products: int) -> dict:
    """HQ's catalog grows to `products` (not counted), then a new device at JN enrols and pulls it all, timed."""
    from hq import admin as hq_admin
    from showroom.sync.client import HqClient
    from showroom.sync.enrol import enrol
    from showroom.sync.pull import pull_all

    started = time.perf_counter()
    for start in range(0, products, 5000):
        hq_admin.add_catalog(
            sessions,
            [
                hq_admin.CatalogItem(f"商家{i % 500}", f"商品 {i}", 1000 + i % 9000, ean=None)
                for i in range(start, min(start + 5000, products))
            ],
        )
    catalog_s = time.perf_counter() - started
    new, _, _ = _showroom(folder, "JN")
    enrol(new.uow, new.data_dir, hq_url, hq_admin.make_enrol_code(sessions, "JN")[0])
    with HqClient(hq_url, token=(new.data_dir / "device-secret").read_text()) as client:
        laps, cpu_before = _Laps(), cpu.read()
        started = laps.last = time.perf_counter()
        rows = pull_all(new.uow, client, progress=laps)
        pull_s = time.perf_counter() - started
        pull_cpu = cpu.spent(cpu_before, cpu.read())
    new.close()
    return {
        "rows": rows,
        "pull_seconds": pull_s,
        "pull_rows_per_s": rows / pull_s,
        "pull_pages": _percentiles(laps.laps),
        "pull_cpu_seconds": pull_cpu,
        "pull_progress_last": laps.shown[-1] if laps.shown else None,
        "products": products,
        "catalog_seconds": catalog_s,
    }


def report(figures: dict) -> str:
    b, p = figures["push_batches"], figures["pull_pages"]
    return "\n".join(
        [
            f"push: {figures['events']} events in {figures['push_seconds']:.2f} s = "
            f"{figures['push_events_per_s']:,.0f} events/s ({b['n']} batches: p50 {b['p50_ms']} ms, "
            f"p95 {b['p95_ms']} ms, p99 {b['p99_ms']} ms)",
            f"pull: {figures['rows']} changes in {figures['pull_seconds']:.2f} s = "
            f"{figures['pull_rows_per_s']:,.0f} rows/s ({p['n']} pages: p50 {p['p50_ms']} ms, "
            f"p95 {p['p95_ms']} ms, p99 {p['p99_ms']} ms)",
            f"(HQ catalog of {figures['products']} products made in {figures['catalog_seconds']:.1f} s, not counted)",
            f"CPU seconds (client / HQ / PostgreSQL = total): push {_cpu_text(figures['push_cpu_seconds'])}, "
            f"pull {_cpu_text(figures['pull_cpu_seconds'])}",
        ]
    )


def _cpu_text(c: dict) -> str:
    return f"{c['client']:.2f} / {c['hq']:.2f} / {c['postgres']:.2f} = {c['total']:.2f}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--events", type=int, default=20_000)
    p.add_argument("--products", type=int, default=50_000)
    p.add_argument("--port", type=int, default=None, help="HQ port (default: a free one)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = p.parse_args(argv)
    figures = measure(args.database_url, args.events, args.products, port=args.port)
    print(json.dumps(figures, indent=1) if args.json else report(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
