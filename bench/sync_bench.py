"""Sync throughput against PostgreSQL through a real `showroom-hq serve` process: prints figures.

    .venv/bin/python -m bench.sync_bench [--database-url postgresql+psycopg://postgres@127.0.0.1/postgres]
                                         [--events 20000] [--products 50000]

Push: a showroom with a week offline in its outbox (--events, mostly loans and returns) sends it all.
Pull: a newly enrolled showroom's first pull of an HQ catalog of --products products.
A scratch database (bench_<uuid>) is created on the given server and dropped afterwards.
"""
from __future__ import annotations

import argparse
import json
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
    proc = subprocess.Popen([sys.executable, "-c", "from hq.cli import main; raise SystemExit(main())", "serve",
                             "--database-url", url, "--port", str(port), "--log-level", "warning"], cwd=ROOT)
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("HQ did not start")


def _showroom(folder: Path, code: str):
    from showroom.services import catalog, setup
    from showroom.store import Store
    store = Store(folder)
    admin = setup.set_up_showroom(store.uow(), code, f"{code} bench", code, "bench", "9999")
    merchant = catalog.create_merchant(store.uow(), admin, "bench merchant")
    product = catalog.create_product(store.uow(), admin, merchant.id, "bench product", retail_price_fen=100,
                                     live_price_fen=90, commission_bp=1000, sample_value_fen=5000)
    intake = catalog.receive_samples(store.uow(), admin, product.id, 500)
    return store, admin, intake


def _week_offline(store, admin, events: int) -> None:
    """Writes a week of realistic counter events straight into the outbox (the push is what is measured)."""
    from sqlalchemy import func, select

    from db.models import OutboxEvent, Sample, ShowroomRow
    uow = store.uow()
    with uow.read():
        room_row = uow.session.scalar(select(ShowroomRow))
        room = argparse.Namespace(id=room_row.id, code=room_row.code)
        samples = list(uow.session.execute(select(Sample.id, Sample.code)).tuples())
        seq = uow.session.scalar(select(func.max(OutboxEvent.seq)))
    rng = random.Random(7)
    t = datetime.now(timezone.utc) - timedelta(days=7)
    rows, streamers, n = [], [], 0

    def add(kind: str, payload: dict) -> None:
        nonlocal seq, t
        seq += 1
        t += timedelta(seconds=30)
        rows.append({"seq": seq, "id": str(uuid.uuid4()), "type": kind, "occurred_at": t, "staff_id": admin.id,
                     "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True)})

    while len(rows) < events:
        if not streamers or rng.random() < 0.1:
            sid, phone = str(uuid.uuid4()), f"13{rng.randint(5, 9)}{n:08d}"
            n += 1
            streamers.append((sid, phone))
            add("streamer.registered@1", {"streamer_id": sid, "name": f"主播{n}", "phone": phone,
                                          "platform": "douyin", "handle": "", "tier": "gold", "member_code": ""})
            continue
        sid, phone = rng.choice(streamers)
        loan_id, basket = str(uuid.uuid4()), rng.sample(samples, 2)
        add("loan.checked_out@1", {
            "loan_id": loan_id, "number": f"{room.code}-L{seq}", "streamer_id": sid, "streamer_phone": phone,
            "showroom_id": room.id, "due_at": (t + timedelta(days=7)).isoformat(), "deposit_fen": 10000,
            "deposit_method": "cash", "opened_at": t.isoformat(), "samples": [
                {"sample_id": s, "code": c, "value_fen": 5000} for s, c in basket]})
        add("samples.checked_in@1", {"showroom_id": room.id, "items": [
            {"loan_id": loan_id, "sample_id": s, "code": c, "condition": "good", "note": ""} for s, c in basket]})
        add("loan.closed@1", {"loan_id": loan_id, "number": f"{room.code}-L{seq}", "refund_fen": 10000,
                              "method": "cash"})
    uow = store.uow()
    with uow:
        uow.session.execute(insert(OutboxEvent), rows[:events])
        uow.commit()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--events", type=int, default=20_000)
    p.add_argument("--products", type=int, default=50_000)
    p.add_argument("--port", type=int, default=8477)
    args = p.parse_args(argv)
    from hq import admin as hq_admin
    from hq.db import make_engine, make_sessions, upgrade
    from showroom.sync.client import HqClient
    from showroom.sync.enrol import enrol
    from showroom.sync.pull import pull_all
    from showroom.sync.push import pending_count, push_all
    url, drop = _scratch_database(args.database_url)
    engine = make_engine(url)
    upgrade(engine)
    sessions = make_sessions(engine)
    server = _serve(url, args.port)
    hq_url = f"http://127.0.0.1:{args.port}"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            hq_admin.add_showroom(sessions, "CS", "长沙")
            hq_admin.add_showroom(sessions, "JN", "济南")
            store, admin, _ = _showroom(Path(tmp) / "cs", "CS")
            enrol(store.uow, store.data_dir, hq_url, hq_admin.make_enrol_code(sessions, "CS")[0])
            with HqClient(hq_url, token=(store.data_dir / "device-secret").read_text()) as client:
                push_all(store.uow, client)   # the set-up events, not counted
                _week_offline(store, admin, args.events)
                uow = store.uow()
                with uow.read():
                    waiting = pending_count(uow)
                started = time.perf_counter()
                push_all(store.uow, client)
                took = time.perf_counter() - started
            print(f"push: {waiting} events in {took:.2f} s = {waiting / took:,.0f} events/s "
                  f"(batches of 500, one HQ transaction each)")
            store.close()

            started = time.perf_counter()
            for start in range(0, args.products, 5000):
                hq_admin.add_catalog(sessions, [hq_admin.CatalogItem(f"商家{i % 500}", f"商品 {i}", 1000 + i % 9000,
                                                                     ean=None)
                                                for i in range(start, min(start + 5000, args.products))])
            print(f"(HQ catalog of {args.products} products made in {time.perf_counter() - started:.1f} s)")
            new, _, _ = _showroom(Path(tmp) / "jn", "JN")
            enrol(new.uow, new.data_dir, hq_url, hq_admin.make_enrol_code(sessions, "JN")[0])
            shown = []
            with HqClient(hq_url, token=(new.data_dir / "device-secret").read_text()) as client:
                started = time.perf_counter()
                rows = pull_all(new.uow, client, progress=lambda _stage, done, total: shown.append((done, total)))
                took = time.perf_counter() - started
            print(f"pull: {rows} changes in {took:.2f} s = {rows / took:,.0f} rows/s "
                  f"({len(shown)} progress updates, last {shown[-1][0]}/{shown[-1][1]})")
            new.close()
    finally:
        server.terminate()
        server.wait()
        engine.dispose()
        drop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
