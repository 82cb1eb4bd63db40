"""Keeping what start-up made out of Python's cyclic garbage collector.

A counter process holds ~100,000 objects that live as long as it does (Qt wrappers, SQLAlchemy's mappers and
compiled statements, translations). Each full collection walks all of them: 50-60 ms on the 2-core machine the
benchmarks run on, landing inside whatever use case happens to allocate past the threshold (a receipt of a
200-sample transfer met it one round in ten). Frozen, they are skipped; garbage made later is collected as before.
"""

from __future__ import annotations

import gc


def settle_long_lived_objects() -> None:
    """Once the app is up (and again after a window is replaced): unfreeze, so what a closed window left in
    cycles is collected rather than kept; collect; freeze what is left."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
