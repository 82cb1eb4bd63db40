"""Compaction of the change log while HQ serves: every `every_s` seconds, in one worker at a time.

Each worker of `showroom-hq serve --workers N` runs a compactor thread; on PostgreSQL a session-level
advisory lock (tried, never waited for) lets one of them work while the others skip that round. What
it deletes, and why readers never miss anything, is in hq/changelog.py.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from hq.changelog import compact_changes

COMPACT_LOCK = 0x434F_4D50  # "COMP": the advisory lock of the compaction round
FIRST_ROUND_S = 60  # the first round waits this long: a starting HQ serves first
log = logging.getLogger(__name__)


def compact_once(engine: Engine, sessions: sessionmaker[Session]) -> int | None:
    """One round; None when another worker holds the round."""
    if engine.dialect.name != "postgresql":
        return compact_changes(sessions)
    with engine.connect() as conn:
        if not conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": COMPACT_LOCK}):
            return None
        try:
            return compact_changes(sessions)
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": COMPACT_LOCK})
            conn.commit()


class Compactor:
    def __init__(self, engine: Engine, sessions: sessionmaker[Session], every_s: float):
        self.engine, self.sessions, self.every_s = engine, sessions, every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="change-log-compactor", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        wait = min(FIRST_ROUND_S, self.every_s)
        while not self._stop.wait(wait):
            wait = self.every_s
            try:
                deleted = compact_once(self.engine, self.sessions)
            except Exception:  # noqa: BLE001 - a failed round is logged and tried again next time
                log.exception("change-log compaction failed")
                continue
            if deleted:
                log.info("change log compacted: %s superseded changes deleted", deleted)
