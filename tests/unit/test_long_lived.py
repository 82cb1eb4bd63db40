"""What start-up made is frozen out of the cyclic collector; garbage made afterwards is still collected."""

from __future__ import annotations

import gc
import weakref

from kernel.long_lived import settle_long_lived_objects


class _Node:
    pass


def _cycle() -> weakref.ref:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_settling_freezes_what_lives_and_later_cycles_are_still_collected():
    before = _cycle()  # garbage in a cycle when the app settles: collected, not frozen for ever
    try:
        settle_long_lived_objects()
        assert before() is None and gc.get_freeze_count() > 0
        after = _cycle()
        gc.collect()
        assert after() is None
    finally:
        gc.unfreeze()
