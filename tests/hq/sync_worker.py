"""Child process of test_sync_kill: works at the counter and syncs with a real HQ until it is killed.

It runs as a zygote: imports once, then forks one worker per line read on stdin (the seed) and prints
the worker's pid; the test SIGKILLs that worker. Forking skips a second of imports per kill, and the
worker opens its own database after the fork, so nothing is shared with the zygote.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from sqlalchemy import select

from db.models import Sample, Staff
from showroom.domain.errors import ShowroomError, SyncError
from showroom.services import checkout, returns, streamers
from showroom.services.common import Actor
from showroom.store import Store
from showroom.sync import pull, push
from showroom.sync.service import sync_once


def main(data_dir: Path, seed: int) -> None:
    push.BATCH, pull.PAGE = 25, 100  # many small transactions, so a kill lands inside push and pull
    rng = random.Random(seed)
    store = Store(data_dir)
    uow = store.uow()
    with uow.read():
        admin = uow.session.scalar(select(Staff).where(Staff.role == "admin"))
        actor = Actor(admin.id, admin.name, admin.role)
    ready = False
    while True:
        for _ in range(rng.randint(3, 20)):
            try:
                _use_case(store, actor, rng)
            except ShowroomError:
                pass
            if not ready:  # from here on, the kill may land anywhere
                print("ready", flush=True)
                ready = True
        try:
            sync_once(store.uow, data_dir)
        except SyncError:
            pass


def _use_case(store: Store, actor: Actor, rng: random.Random) -> None:
    uow = store.uow()
    with uow.read():
        samples = list(uow.session.execute(select(Sample.code, Sample.status)).tuples())
    roll = rng.random()
    if roll < 0.4:
        phone = f"13{rng.randint(5, 9)}{rng.randint(0, 99999999):08d}"
        streamers.register_streamer(store.uow(), actor, "主播", phone, "douyin", tier="diamond")
    elif roll < 0.7:
        people = streamers.search_streamers(store.uow(), "", limit=20)
        stock = [c for c, st in samples if st == "in_stock"]
        if people and stock:
            checkout.check_out(store.uow(), actor, rng.choice(people).id, [rng.choice(stock)], "cash")
    else:
        out = [c for c, st in samples if st == "on_loan"]
        if out:
            returns.check_in(store.uow(), actor, [returns.ReturnRequest(rng.choice(out))])


def zygote(data_dir: Path) -> None:
    import os

    print("zygote", flush=True)
    for line in sys.stdin:
        while True:  # reap the workers killed so far
            try:
                if os.waitpid(-1, os.WNOHANG) == (0, 0):
                    break
            except ChildProcessError:
                break
        pid = os.fork()
        if pid == 0:
            try:
                main(data_dir, int(line))
            finally:
                os._exit(1)
        print(f"pid {pid}", flush=True)


if __name__ == "__main__":
    zygote(Path(sys.argv[1]))
