"""Kill the process at any moment and the database is consistent (DESIGN.md, non-negotiables).

A child process lends and takes back samples in a loop; the parent SIGKILLs it at random moments,
reopening the same database each round so that any damage would accumulate, and checks after each
kill that SQLite is intact and that every loan is whole: all of a use case, or none of it.
"""

from __future__ import annotations

import json
import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from showroom.services import catalog, setup, staff, streamers
from showroom.store import Store

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 8
SAMPLES = 80
STREAMERS = 5
READY_TIMEOUT_S = 120  # only a guard against a hung child; nothing is asserted about speed


def prepare(data_dir: Path) -> None:
    store = Store(data_dir)
    try:
        admin = setup.set_up_showroom(store.uow(), "CS", "长沙样品间", "长沙", "王店长", "9999")
        staff.create_staff(store.uow(), admin, "小张", "clerk", "1111")
        merchant = catalog.create_merchant(store.uow(), admin, "良品铺子")
        product = catalog.create_product(
            store.uow(),
            admin,
            merchant.id,
            "每日坚果",
            retail_price_fen=12900,
            live_price_fen=9900,
            commission_bp=2000,
            sample_value_fen=8000,
        )
        catalog.receive_samples(store.uow(), admin, product.id, SAMPLES)
        for i in range(STREAMERS):  # diamond: 30 samples each and no overdue blocks, so lending never stops
            streamers.register_streamer(store.uow(), admin, f"主播{i}", f"1390000000{i}", "douyin", tier="diamond")
    finally:
        store.close()


def run_and_kill(data_dir: Path, rng: random.Random, stderr_path: Path) -> None:
    with open(stderr_path, "wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.crash_worker", str(data_dir), str(rng.getrandbits(32))],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env={
                **os.environ,
                "PYTHONDONTWRITEBYTECODE": "1",
                "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
            },
        )
        try:
            with selectors.DefaultSelector() as sel:
                sel.register(child.stdout, selectors.EVENT_READ)
                if not sel.select(timeout=READY_TIMEOUT_S):
                    pytest.fail("the worker never finished a use case")
            line = child.stdout.readline()
            assert line == b"ready\n", f"worker died before working: {stderr_path.read_text(errors='replace')}"
            # let it work a while: the kill lands wherever it happens to be
            time.sleep(rng.uniform(0.2, 1.0))
            assert child.poll() is None, f"worker stopped by itself: {stderr_path.read_text(errors='replace')}"
            os.kill(child.pid, signal.SIGKILL)
        finally:
            if child.poll() is None:
                child.kill()
            child.wait()
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL


def loan_problems(conn: sqlite3.Connection) -> list[str]:
    """Every way a loan can be half-written; empty when each use case was all or nothing."""
    problems = []
    one = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
    checked_out = {}
    for seq, payload in one("SELECT seq, payload FROM outbox_event WHERE type = 'loan.checked_out@1'"):
        loan_id = json.loads(payload)["loan_id"]
        if loan_id in checked_out:
            problems.append(f"loan {loan_id} has two checked_out events")
        checked_out[loan_id] = seq
    for loan_id, number, closed_at in one("SELECT id, number, closed_at FROM loan"):
        items = conn.execute(
            "SELECT count(*), coalesce(sum(returned_at IS NULL AND lost_at IS NULL), 0) "
            "FROM loan_item WHERE loan_id = ?",
            (loan_id,),
        ).fetchone()
        collects = conn.execute(
            "SELECT count(*) FROM deposit_entry WHERE loan_id = ? AND kind = 'collect'", (loan_id,)
        ).fetchone()[0]
        if items[0] < 1:
            problems.append(f"{number} has no items")
        if collects != 1:
            problems.append(f"{number} has {collects} collect entries")
        if loan_id not in checked_out:
            problems.append(f"{number} has no loan.checked_out@1 event")
        if (closed_at is None) != bool(items[1]):
            problems.append(f"{number}: closed_at={closed_at} but {items[1]} items still out")
    if set(checked_out) - {r[0] for r in one("SELECT id FROM loan")}:
        problems.append("a loan.checked_out@1 event names a loan that does not exist")
    for code, status in one(
        "SELECT s.code, s.status FROM loan_item i JOIN sample s ON s.id = i.sample_id "
        "WHERE i.returned_at IS NULL AND i.lost_at IS NULL"
    ):
        if status != "on_loan":
            problems.append(f"{code} is in an open loan item but is {status}")
    for (code,) in one(
        "SELECT code FROM sample WHERE status = 'in_stock' AND id IN (SELECT sample_id FROM "
        "loan_item WHERE returned_at IS NULL AND lost_at IS NULL)"
    ):
        problems.append(f"{code} is in stock but still in an open loan item")
    for (code,) in one(
        "SELECT code FROM sample WHERE status = 'on_loan' AND id NOT IN (SELECT sample_id FROM "
        "loan_item WHERE returned_at IS NULL AND lost_at IS NULL)"
    ):
        problems.append(f"{code} is on loan but in no open loan item")
    return problems


def check_consistent(db_path: Path, where: str) -> int:
    """Asserts every invariant; returns the number of loans so far."""
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], where
        seqs = [r[0] for r in conn.execute("SELECT seq FROM outbox_event ORDER BY seq")]
        assert seqs == list(range(1, len(seqs) + 1)), f"{where}: outbox seq has gaps"
        assert loan_problems(conn) == [], where
        return conn.execute("SELECT count(*) FROM loan").fetchone()[0]


@pytest.mark.slow
def test_killing_the_counter_mid_work_never_leaves_a_half_written_loan(tmp_path):
    data_dir = tmp_path / "data"
    prepare(data_dir)
    seed = random.SystemRandom().getrandbits(32)
    rng = random.Random(seed)
    db_path = data_dir / "showroom.sqlite3"
    loans = []
    for round_no in range(1, ROUNDS + 1):
        run_and_kill(data_dir, rng, tmp_path / f"worker-{round_no}.stderr")
        loans.append(check_consistent(db_path, f"seed {seed}, after kill {round_no}"))
    assert loans[-1] > 0, f"seed {seed}: the worker never lent anything"
    assert loans == sorted(loans), f"seed {seed}: committed loans disappeared: {loans}"
    print(f"seed {seed}: loans after each kill {loans}")
    # the store still opens (migrations see head) and works after all those kills
    store = Store(data_dir)
    try:
        assert len(catalog.search_products(store.uow())) == 1
    finally:
        store.close()


def test_the_checker_finds_a_half_written_loan(tmp_path):
    """The invariants above are not vacuous: a loan without its event and deposit is caught."""
    data_dir = tmp_path / "data"
    prepare(data_dir)
    db_path = data_dir / "showroom.sqlite3"
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute(
            "INSERT INTO loan (id, number, streamer_id, staff_id, showroom_id, opened_at, due_at, "
            "deposit_fen, deposit_method, override_reason) SELECT 'x', 'CS-L000000001', "
            "(SELECT id FROM streamer LIMIT 1), id, (SELECT id FROM showroom), '2026-01-01', "
            "'2026-01-02', 0, 'cash', '' FROM staff LIMIT 1"
        )
        conn.commit()
        assert sorted(loan_problems(conn)) == sorted(
            [
                "CS-L000000001 has no items",
                "CS-L000000001 has 0 collect entries",
                "CS-L000000001 has no loan.checked_out@1 event",
                "CS-L000000001: closed_at=None but 0 items still out",
            ]
        )
