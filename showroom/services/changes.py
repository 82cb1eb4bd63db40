"""What a use case changes, declared on the use case itself, so the front end can tell every screen.

    @changes(Topic.SAMPLES, Topic.LOANS, Topic.STREAMERS)
    def check_out(uow, actor, ...): ...

After a use case succeeds, the UI's task runner announces its topics once (as Anki's
`operation_did_execute` does), and each screen redraws only what it shows; a screen never announces by
hand, so a topic cannot be forgotten. Reads declare nothing. Plain Python: no Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar


class Topic(StrEnum):
    SAMPLES = "samples"  # a sample's status, shelf or custody
    LOANS = "loans"  # loans opened, returned, extended, lost; deposits with them
    STREAMERS = "streamers"  # who they are, their status, tier, standing, what is owed to them
    CATALOG = "catalog"  # merchants and products
    STAFF = "staff"  # accounts and their locks
    SETTINGS = "settings"  # tier policies and declared settings
    STOCKTAKE = "stocktake"  # counts begun, scanned, settled, finished
    TRANSFERS = "transfers"  # transfers sent, called back, received (and what a pull brings of them)


F = TypeVar("F", bound=Callable)


def changes(*topics: Topic, when: Callable[[object], bool] | None = None) -> Callable[[F], F]:
    """Marks a use case with the topics it changes when it succeeds; `when(result)` narrows it to the
    results that did change something (a look at the overdue board that suspended nobody changed nothing)."""

    def mark(fn: F) -> F:
        fn.__changes__ = frozenset(topics)
        fn.__changes_when__ = when
        return fn

    return mark


def changed_by(fn: Callable) -> frozenset[Topic]:
    """The topics `fn` declared (none for a read, or for a callable that is not a use case)."""
    return getattr(fn, "__changes__", frozenset())


def changed_after(fn: Callable, result: object) -> frozenset[Topic]:
    """What `fn` changed, given what it returned."""
    when = getattr(fn, "__changes_when__", None)
    return changed_by(fn) if when is None or when(result) else frozenset()
