"""What waits in the outbox for the next sync with HQ."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from db.models import OutboxEvent
from db.uow import UnitOfWork


@dataclass(frozen=True)
class OutboxStatus:
    pending: int
    last_event_at: datetime | None


def outbox_status(uow: UnitOfWork) -> OutboxStatus:
    with uow.read():
        pending, last = uow.session.execute(
            select(func.count(OutboxEvent.seq), func.max(OutboxEvent.occurred_at)).where(OutboxEvent.acked_at.is_(None))
        ).one()
        return OutboxStatus(pending=pending or 0, last_event_at=last)
