"""SIGKILL the client at random moments while it pushes to and pulls from a real HQ process.

After every kill: the local database is intact, HQ holds exactly a prefix of the outbox (nothing
twice, nothing the client did not send), nothing is marked acknowledged that HQ lacks, and the pull
cursor is never ahead of the rows stored. At the end one more sync makes HQ hold exactly the outbox.
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
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from hq import admin
from hq.db import make_engine, make_sessions
from hq.models import Change, Event
from tests.hq.conftest import ROOT, HqServer
from tests.hq.rooms import Room

ROUNDS = {"postgresql": 10, "sqlite": 5}  # 15 kills in all
CATALOG_PER_ROUND = 300


class ServerSide:
    def __init__(self, url: str):
        self.engine = make_engine(url)
        self.sessions = make_sessions(self.engine)

    def enrol_code(self, code: str) -> str:
        return admin.make_enrol_code(self.sessions, code)[0]


def _wait_dead(pid: int) -> None:
    """The worker is the zygote's child, not ours: watch /proc until it is gone or a zombie."""
    stat = Path(f"/proc/{pid}/stat")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
                return
        except (FileNotFoundError, ProcessLookupError):
            return
        time.sleep(0.01)
    raise AssertionError(f"worker {pid} survived SIGKILL")


class Zygote:
    """tests/hq/sync_worker.py: forks a fresh worker on request, so each kill costs no start-up."""

    def __init__(self, data_dir: Path, log: Path):
        self._log = open(log, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.hq.sync_worker", str(data_dir)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        self._sel = selectors.DefaultSelector()
        self._sel.register(self.proc.stdout, selectors.EVENT_READ)
        assert self._line() == "zygote"

    def _line(self) -> str:
        assert self._sel.select(timeout=120), "the worker went silent"
        return self.proc.stdout.readline().decode().strip()

    def kill_somewhere(self, rng: random.Random) -> None:
        self.proc.stdin.write(f"{rng.getrandbits(32)}\n".encode())
        self.proc.stdin.flush()
        lines = {self._line(), self._line()}
        pid = int(next(line for line in lines if line.startswith("pid ")).split()[1])
        assert "ready" in lines, lines
        time.sleep(rng.uniform(0.02, 0.6))
        os.kill(pid, signal.SIGKILL)
        _wait_dead(pid)

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.proc.stdout.close()
        self.proc.stdin.close()
        self._log.close()


def _local(db: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchall()


def _moment(server: ServerSide, db: Path, device_id: str) -> str:
    """Where the kill landed, roughly: for the printed tally that shows push and pull were both hit."""
    unacked = _local(db, "SELECT count(*) FROM outbox_event WHERE acked_at IS NULL")[0][0]
    acked = _local(db, "SELECT count(*) FROM outbox_event WHERE acked_at IS NOT NULL")[0][0]
    [(cursor,)] = _local(db, "SELECT cursor FROM sync_state")
    with server.sessions() as s:
        at_hq = len(s.scalars(select(Event.seq).where(Event.device_id == device_id)).all())
        latest = s.scalar(select(Change.pos).order_by(Change.pos.desc()).limit(1)) or 0
    if at_hq > acked:
        return "answer lost (HQ committed, not yet marked)"
    if unacked:
        return "pushing or working"
    return "pulling" if cursor < latest else "between syncs"


def _check(server: ServerSide, db: Path, device_id: str, where: str) -> None:
    assert _local(db, "PRAGMA integrity_check") == [("ok",)], where
    outbox = _local(db, "SELECT seq, id, payload, acked_at FROM outbox_event ORDER BY seq")
    assert [r[0] for r in outbox] == list(range(1, len(outbox) + 1)), where
    with server.sessions() as s:
        at_hq = list(
            s.execute(
                select(Event.seq, Event.id, Event.payload).where(Event.device_id == device_id).order_by(Event.seq)
            ).tuples()
        )
        [(cursor,)] = _local(db, "SELECT cursor FROM sync_state")
        upto = list(s.execute(select(Change.kind, Change.data).where(Change.pos <= cursor)).tuples())
    assert [r[0] for r in at_hq] == list(range(1, len(at_hq) + 1)), f"{where}: HQ holds a gap or a repeat"
    for (seq, eid, payload), (lseq, lid, lpayload, _acked) in zip(at_hq, outbox):
        assert (seq, eid, json.loads(payload)) == (lseq, lid, json.loads(lpayload)), where
    acked = [r[0] for r in outbox if r[3] is not None]
    assert not acked or max(acked) <= len(at_hq), f"{where}: marked acknowledged but not at HQ"
    products = {r[0] for r in _local(db, "SELECT id FROM product")}
    phones = {r[0] for r in _local(db, "SELECT phone FROM streamer")}
    for kind, data in upto:
        data = json.loads(data)
        if kind == "product":
            assert data["id"] in products, f"{where}: cursor {cursor} ahead of the products stored"
        elif kind == "streamer":
            assert data["phone"] in phones, f"{where}: cursor {cursor} ahead of the streamers stored"


@pytest.mark.slow
def test_killing_the_client_during_push_and_pull_loses_and_repeats_nothing(hq_db, room_templates, tmp_path):
    url = hq_db.separate_url()
    server = HqServer(url, tmp_path / "hq.log")
    try:
        side = ServerSide(url)
        admin.add_showroom(side.sessions, "CS", "长沙")
        room = Room(tmp_path / "cs", room_templates["CS"])
        room.enrol(side, server.url)
        device_id = room.status().device_id
        room.close()
        seed = random.SystemRandom().getrandbits(32)
        rng = random.Random(seed)
        db = tmp_path / "cs" / "showroom.sqlite3"
        zygote = Zygote(tmp_path / "cs", tmp_path / "worker.log")
        moments: list[str] = []
        try:
            for n in range(ROUNDS[hq_db.backend]):
                admin.add_catalog(
                    side.sessions,
                    [admin.CatalogItem(f"商家{n}", f"商品{n}-{i}", 1000 + i) for i in range(CATALOG_PER_ROUND)],
                )
                zygote.kill_somewhere(rng)
                moments.append(_moment(side, db, device_id))
                _check(side, db, device_id, f"seed {seed}, after kill {n + 1}")
        finally:
            zygote.stop()
        print(f"seed {seed}: kills landed {dict(Counter(moments))}")
        from showroom.store import Store
        from showroom.sync.service import sync_once

        store = Store(tmp_path / "cs")
        try:
            sync_once(store.uow, tmp_path / "cs")
        finally:
            store.close()
        _check(side, db, device_id, f"seed {seed}, at the end")
        with side.sessions() as s:
            count = len(s.scalars(select(Event.id).where(Event.device_id == device_id)).all())
            changes = s.scalar(select(Change.pos).order_by(Change.pos.desc()).limit(1))
        assert count == len(_local(db, "SELECT seq FROM outbox_event"))
        assert _local(db, "SELECT cursor FROM sync_state") == [(changes,)]
        side.engine.dispose()
    finally:
        server.stop()
