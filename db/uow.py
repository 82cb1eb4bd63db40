"""Unit of work: one SQLite transaction per use case, rolled back unless commit() is called."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import datetime

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import LAYING_IN, READ_ONLY
from db.models import OutboxEvent
from kernel.events import Event

NEW_EVENTS = "showroom.new_events"  # Session.info key: the events this unit of work appended
_listening = threading.Lock()


def _note_new_event(session: Session, instance: object) -> None:
    """Keeps every event a unit of work adds, flushed or not, for the checks made at commit."""
    if isinstance(instance, OutboxEvent):
        session.info.setdefault(NEW_EVENTS, []).append(instance)


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]):
        self._session_factory = session_factory
        self.session: Session | None = None
        self._next_seq: int | None = None
        self._read_only = False
        self._laying_in = False
        with _listening:  # once per session factory, whichever thread makes its first unit of work
            if not event.contains(session_factory, "transient_to_pending", _note_new_event):
                event.listen(session_factory, "transient_to_pending", _note_new_event)

    def read(self) -> UnitOfWork:
        """For queries: `with uow.read():` begins a deferred transaction that never takes the write lock."""
        self._read_only = True
        return self

    def laying_in(self) -> UnitOfWork:
        """For a page of HQ's history replayed: `with uow.laying_in():` writes with synchronous=NORMAL and a
        big page cache (db/engine.py says why that is safe)."""
        self._laying_in = True
        return self

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self._next_seq = None
        if self._read_only:
            self.session.connection(execution_options={READ_ONLY: True})
        elif self._laying_in:
            self.session.connection(execution_options={LAYING_IN: True})
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.rollback()
        finally:
            self.session.close()
            self._read_only = self._laying_in = False  # for one `with`; the same unit of work may write next

    def commit(self) -> None:
        if self._read_only:
            raise RuntimeError("a read-only unit of work cannot commit")
        self.before_commit()
        self.session.commit()
        self.session.info.pop(NEW_EVENTS, None)

    def before_commit(self) -> None:
        """A hook for checks of the whole unit of work (the store's clock check); may refuse by raising."""

    def rollback(self) -> None:
        self.session.rollback()
        self.session.info.pop(NEW_EVENTS, None)

    def appended_events(self) -> list[OutboxEvent]:
        """The events appended since this unit of work began (or last committed)."""
        return list(self.session.info.get(NEW_EVENTS, ()))

    def last_event_before(self, seq: int) -> OutboxEvent | None:
        """The event recorded just before number `seq`: the newest one already committed."""
        with self.session.no_autoflush:
            return self.session.scalar(
                select(OutboxEvent).where(OutboxEvent.seq < seq).order_by(OutboxEvent.seq.desc()).limit(1)
            )

    def record_event(self, event: Event, *, staff_id: str | None, at: datetime) -> OutboxEvent:
        """Append a declared event (kernel.events) to the outbox; it commits or vanishes with the use case.
        Its payload is checked against the declaration first: EventInvalid, and nothing is recorded."""
        if not isinstance(event, Event):
            raise TypeError(f"record_event takes a declared event (kernel.events), not {type(event).__name__}")
        payload = event.to_payload()
        if self._next_seq is None:
            last = self.session.scalar(select(func.max(OutboxEvent.seq)))
            self._next_seq = (last or 0) + 1
        row = OutboxEvent(
            seq=self._next_seq,
            id=str(uuid.uuid4()),
            type=event.TYPE,
            payload=json.dumps(payload, ensure_ascii=False, sort_keys=True),
            occurred_at=at,
            staff_id=staff_id,
        )
        self._next_seq += 1
        self.session.add(row)
        return row
