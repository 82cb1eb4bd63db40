"""Unit of work: one SQLite transaction per use case, rolled back unless commit() is called."""
from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import READ_ONLY
from db.models import OutboxEvent
from kernel.events import Event


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]):
        self._session_factory = session_factory
        self.session: Session | None = None
        self._next_seq: int | None = None
        self._read_only = False

    def read(self) -> "UnitOfWork":
        """For queries: `with uow.read():` begins a deferred transaction that never takes the write lock."""
        self._read_only = True
        return self

    def __enter__(self) -> "UnitOfWork":
        self.session = self._session_factory()
        self._next_seq = None
        if self._read_only:
            self.session.connection(execution_options={READ_ONLY: True})
        return self

    def __exit__(self, *exc) -> None:
        self.rollback()
        self.session.close()
        self._read_only = False   # read() is for one `with`; the same unit of work may write next

    def commit(self) -> None:
        if self._read_only:
            raise RuntimeError("a read-only unit of work cannot commit")
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

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
            seq=self._next_seq, id=str(uuid.uuid4()), type=event.TYPE,
            payload=json.dumps(payload, ensure_ascii=False, sort_keys=True),
            occurred_at=at, staff_id=staff_id,
        )
        self._next_seq += 1
        self.session.add(row)
        return row
