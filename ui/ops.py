"""Runs service calls off the GUI thread, one at a time, and hands results back by signal.

Modelled on Anki's CollectionOp: the database has one worker thread; a screen never waits on it.
"""
from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


def still_there(callback: Callable | None) -> bool:
    """False when the callback is a method of a widget Qt has already deleted (a window replaced by
    a language switch, or closed, while its query was in flight): its answer has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class DbWorker(QObject):
    """`run(fn, on_success, on_error)`: fn runs on the worker thread, the callbacks on the GUI thread."""

    _finished = Signal(object, object, object, object)  # on_success, on_error, result, exception
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="showroom-db")
        self.pending = 0
        self._finished.connect(self._deliver)

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> None:
        self.pending += 1
        if self.pending == 1:
            self.busy_changed.emit(True)
        future = self._pool.submit(fn)
        future.add_done_callback(lambda f: self._on_done(f, on_success, on_error))

    def _on_done(self, future: Future, on_success, on_error) -> None:
        exc = future.exception()
        self._finished.emit(on_success, on_error, None if exc else future.result(), exc)

    def _deliver(self, on_success, on_error, result, exc) -> None:
        self.pending -= 1
        try:
            if not (still_there(on_success) and still_there(on_error)):
                return
            if exc is None:
                if on_success:
                    on_success(result)
            elif on_error:
                on_error(exc)
            else:
                log.error("unhandled error in database work", exc_info=exc)
                raise exc
        finally:
            if self.pending == 0:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
