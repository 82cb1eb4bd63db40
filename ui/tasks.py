"""Everything the app does off the GUI thread goes through one TaskRunner, in named lanes.

Modelled on Anki's TaskManager (qt/aqt/taskman.py) and its operations: a lane is one worker thread,
so work in a lane runs in the order it was asked for, and lanes never wait for each other — a report
PDF being built, a sync with a slow HQ or a backup copy never queues in front of the counter's scans.

One rule delivers every result: on the GUI thread, and only if the widget whose method is the
callback still exists (a window replaced by a language switch, or closed, while its work was in
flight). After a use case succeeds, the topics it declared (showroom.services.changes) are announced
once by `changed`, whoever called it — a screen never announces by hand.

Python worker threads rather than QThreads: a window or session dropped without shutdown() must not
abort the app ("QThread destroyed while running").
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Lane(StrEnum):
    DB = "db"  # the counter's use cases and queries, one at a time (SQLite has one writer)
    PAPERS = "papers"  # building PDFs: receipts, labels, reports (seconds for a long report)
    PRINTING = "printing"  # sending papers to printers, which may hang on a driver
    SYNC = "sync"  # talking to HQ, with a Store of its own
    BACKUP = "backup"  # copies with SQLite's backup API, on a connection of their own
    TRACKING = "tracking"  # asking a courier-tracking service where parcels are (network only, no database)


def still_there(callback: Callable | None) -> bool:
    """False when the callback is a method of a widget Qt has already deleted: its answer has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


@dataclass(frozen=True)
class _Asked:
    """What to do with a task's outcome: kept on the GUI thread, never handed to a lane (see _hop)."""

    lane: Lane
    on_success: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    changes: Callable[[Any], frozenset] | None


def _hop(runner: weakref.ref, ticket: int, future: Future) -> None:
    """In the lane's thread: only the ticket and the outcome cross to the GUI thread. The callbacks, and the
    widgets their methods hold, never enter a lane, so a lane never drops the last reference to a widget (a
    widget freed off the GUI thread crashes Qt)."""
    error = future.exception()
    result = None if error else future.result()
    alive = runner()
    if alive is not None:
        try:
            alive._finished.emit(ticket, result, error)
        except RuntimeError:  # the runner's Qt half is gone: nobody is listening
            pass


class TaskRunner(QObject):
    """`run(lane, fn, on_success, on_error, changes=...)`: fn runs in the lane, the callbacks on the GUI thread."""

    changed = Signal(set)  # the topics a successful use case declared
    busy_changed = Signal(str, bool)  # lane, whether it has work in flight
    _finished = Signal(object, object, object)  # ticket, result, error: from a lane's thread to the GUI thread
    _posted = Signal(object, tuple)  # a callback and its arguments, for progress reported mid-task

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lanes: dict[Lane, ThreadPoolExecutor] = {}
        self._pending: dict[Lane, int] = {lane: 0 for lane in Lane}
        self._lock = threading.Lock()
        self._closed = False
        self._asked: dict[int, _Asked] = {}
        self._tickets = itertools.count(1)
        self._finished.connect(self._deliver)
        self._posted.connect(lambda callback, args: callback(*args) if still_there(callback) else None)

    # --- GUI thread ---------------------------------------------------------------------------------
    def run(
        self,
        lane: Lane,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        changes: Callable[[Any], frozenset] | None = None,
    ) -> bool:
        """Queues fn in its lane; False (and nothing runs) once the runner is shut down. `changes(result)`
        names the topics to announce after success (showroom.services.changes.changed_after)."""
        with self._lock:
            if self._closed:
                return False
            pool = self._lanes.get(lane)
            if pool is None:
                pool = self._lanes[lane] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"showroom-{lane}")
        self._pending[lane] += 1
        if self._pending[lane] == 1:
            self.busy_changed.emit(str(lane), True)
        ticket = next(self._tickets)
        self._asked[ticket] = _Asked(lane, on_success, on_error, changes)
        pool.submit(fn).add_done_callback(functools.partial(_hop, weakref.ref(self), ticket))
        return True

    def pending(self, lane: Lane | None = None) -> int:
        """Work asked for and not yet delivered: in one lane, or in all of them."""
        return self._pending[lane] if lane is not None else sum(self._pending.values())

    def drain(self, lane: Lane) -> None:
        """Blocks until what is queued in the lane has run (closing a store that lives on that lane)."""
        pool = self._lanes.get(lane)
        if pool is not None and not self._closed:
            pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Lets work in flight finish (each use case is one transaction), then stops every lane."""
        with self._lock:
            self._closed = True
            lanes = list(self._lanes.values())
        for pool in lanes:
            pool.shutdown(wait=True)

    # --- any thread ---------------------------------------------------------------------------------
    def post(self, callback: Callable[..., None], *args) -> None:
        """Calls callback(*args) on the GUI thread, if its widget still exists (progress from a lane)."""
        try:
            self._posted.emit(callback, args)
        except RuntimeError:  # the runner itself is gone: nobody is listening
            pass

    def _deliver(self, ticket: int, result: Any, error: BaseException | None) -> None:
        asked = self._asked.pop(ticket)
        self._pending[asked.lane] -= 1
        topics = frozenset(asked.changes(result)) if asked.changes is not None and error is None else frozenset()
        try:
            if not (still_there(asked.on_success) and still_there(asked.on_error)):
                return
            if error is None:
                if asked.on_success:
                    asked.on_success(result)
            elif asked.on_error:
                asked.on_error(error)
            else:
                log.error("unhandled error in %s work", asked.lane, exc_info=error)
                raise error
        finally:
            # as Anki's operation_did_execute: after the asker has seen its answer, and even when the asker
            # is gone, since other screens show what changed
            if topics:
                self.changed.emit(set(topics))
            if self._pending[asked.lane] == 0:
                self.busy_changed.emit(str(asked.lane), False)
