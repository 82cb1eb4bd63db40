"""What every screen is given: the store, the task runner, who is logged in, and the change bus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from showroom.services.changes import changed_after
from showroom.services.common import Actor
from showroom.services.views import ShowroomInfo
from showroom.store import Store
from ui.tasks import Lane, TaskRunner, still_there


class ChangeBus(QObject):
    """After a use case, one signal names what changed (showroom.services.changes.Topic) so each screen
    redraws only what it shows. Fed by the task runner alone: screens listen, never announce."""

    changed = Signal(set)


@dataclass
class UiContext:
    store: Store
    tasks: TaskRunner
    showroom: ShowroomInfo
    actor: Actor | None = None
    log_path: Path | None = None  # the rotating log file (ui.app.configure_logging), shown in About
    bus: ChangeBus = field(default_factory=ChangeBus)
    _print_desk: Any = None

    def __post_init__(self) -> None:
        self.tasks.changed.connect(self.bus.changed)

    @property
    def print_desk(self):
        """The one print queue of this window session (made on first use)."""
        if self._print_desk is None:
            from ui.print_desk import PrintDesk

            self._print_desk = PrintDesk(self)
        return self._print_desk

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.showroom.timezone)

    def call(
        self,
        service: Callable[..., Any],
        *args,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        **kwargs,
    ) -> None:
        """Run `service(uow, *args, **kwargs)` in the database lane with a fresh unit of work; what the use
        case declared it changes is announced after it succeeds."""
        self.tasks.run(
            Lane.DB,
            lambda: service(self.store.uow(), *args, **kwargs),
            on_success,
            on_error,
            changes=lambda result: changed_after(service, result),
        )

    def call_as_actor(self, service: Callable[..., Any], *args, **kwargs) -> None:
        """Same, for use cases that record who acted: `service(uow, actor, *args, **kwargs)`."""
        self.call(service, self.actor, *args, **kwargs)

    def build_paper(
        self,
        facts: Callable[..., Any],
        build: Callable[[Any], Any],
        *args,
        on_success: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """`facts(uow, *args)` in the database lane, then `build(facts)` in the papers lane: a report that
        takes seconds to lay out never holds up a scan."""
        self.call(
            facts,
            *args,
            on_error=on_error,
            on_success=lambda found: self.tasks.run(Lane.PAPERS, lambda: build(found), on_success, on_error),
        )


class LatestAnswer:
    """For searches, details and quotes: only the answer to the newest request is delivered.

    Typing fires a query per pause; an older answer that arrives after a newer request is dropped,
    so the list never flickers back to what was typed before.
    """

    def __init__(self, ctx: UiContext):
        self._ctx = ctx
        self._generation = 0

    def call(
        self,
        service: Callable[..., Any],
        *args,
        on_success: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        **kwargs,
    ) -> None:
        generation = self.invalidate()

        def current(callback):
            return lambda value: callback(value) if generation == self._generation and still_there(callback) else None

        self._ctx.call(service, *args, on_success=current(on_success), on_error=current(on_error), **kwargs)

    def invalidate(self) -> int:
        """Forget whatever is in flight (e.g. nobody at the counter any more)."""
        self._generation += 1
        return self._generation
