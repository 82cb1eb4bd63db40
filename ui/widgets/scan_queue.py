"""Keeps the scanner's pace: scans go to the DB worker one after another, and a confirm (F12,
CMD-CONFIRM) that comes before their answers waits for them, so it never misses the last scan.

Plain Python (no widgets): a screen calls `start()` before each scan or look-up it sends,
`finish()` when its answer is handled, and `confirm(action)` to confirm. Scans that arrive while
the screen cannot take them (recording, a question open, a dialog) are `hold()`-ed and `release()`-d
in the order they came, so none is lost.
"""

from __future__ import annotations

from collections.abc import Callable


class ScanQueue:
    def __init__(self, after_each: Callable[[], None] | None = None):
        self._after_each = after_each
        self.inflight = 0
        self.generation = 0  # bumped by reset(): answers to earlier scans are then ignored
        self.pending_codes: list[str] = []
        self._queued: Callable[[], None] | None = None
        self._held: list[str] = []

    def start(self, code: str | None = None) -> int:
        """A request is about to go to the worker; returns the generation to compare on return."""
        self.inflight += 1
        if code is not None:
            self.pending_codes.append(code)
        return self.generation

    def is_current(self, generation: int) -> bool:
        return generation == self.generation

    def finish(self, code: str | None = None) -> None:
        """An answer was handled. `after_each` runs (it may release held scans, which may start new
        requests); when no request is left in flight, a queued confirm runs now."""
        self.inflight -= 1
        if code is not None and code in self.pending_codes:
            self.pending_codes.remove(code)
        if self._after_each:
            self._after_each()
        if self.inflight == 0 and self._queued is not None:
            action, self._queued = self._queued, None
            action()

    def confirm(self, action: Callable[[], None]) -> None:
        """Run `action` now, or as soon as every scan sent before it has come back."""
        if self.inflight:
            self._queued = action
        else:
            action()

    @property
    def confirm_queued(self) -> bool:
        return self._queued is not None

    def cancel_confirm(self) -> None:
        """A scan was refused: the clerk must see that before anything is recorded."""
        self._queued = None

    def reset(self) -> None:
        self.generation += 1
        self._queued = None

    @property
    def holding_any(self) -> bool:
        """Scans are held: a new one goes behind them, so the order the clerk scanned is kept."""
        return bool(self._held)

    def hold(self, text: str) -> None:
        self._held.append(text)

    @property
    def held(self) -> list[str]:
        return list(self._held)

    def release(self) -> list[str]:
        """The held scans, oldest first; the queue holds none after."""
        held, self._held = self._held, []
        return held
