"""The pull cursor never skips a change, even when a slow transaction commits after faster ones."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select

from hq.changelog import flush_changes, read_changes, stage
from hq.models import Change

WRITERS = 4
PER_WRITER = 6


def test_a_puller_misses_no_change_while_writers_race_a_slow_transaction(hq):
    """Writers append concurrently; one holds its transaction open after appending. A puller polling
    by cursor the whole time must end with every change, each once, in cursor order."""
    sessions = hq.sessions
    errors: list[BaseException] = []
    stop = threading.Event()
    seen: list[int] = []

    def write(writer: int) -> None:
        try:
            for i in range(PER_WRITER):
                with sessions() as s, s.begin():
                    stage(s, "test", f"w{writer}-{i}", {"writer": writer, "i": i})
                    flush_changes(s)
                    if writer == 0 and i % 2 == 0:
                        time.sleep(0.4)  # the slow one: appended, not yet committed
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    def pull() -> None:
        cursor = 0
        try:
            while True:
                done = stop.is_set()
                with sessions() as s, s.begin():
                    rows, _ = read_changes(s, cursor, 3)
                for row in rows:
                    assert row.pos > cursor
                    seen.append(row.pos)
                    cursor = row.pos
                if done and not rows:
                    return
                time.sleep(0.005)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    puller = threading.Thread(target=pull)
    puller.start()
    writers = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for t in writers:
        t.start()
    for t in writers:
        t.join()
    stop.set()
    puller.join(30)
    assert not errors, errors
    with sessions() as s:
        everything = list(s.scalars(select(Change.pos).order_by(Change.pos)))
    assert len(everything) == WRITERS * PER_WRITER
    assert seen == everything, "the puller skipped or repeated a change"
