"""The daily report's parcel figures (samples by courier): parcels sent, delivered and received back in the
period, and the parcels overdue at its end (stuck at a step, or their samples late)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from db.mailing_models import Shipment
from db.models import Loan
from db.uow import UnitOfWork
from showroom.services.overdue_views import OverdueLine


def _between(column, start: datetime, end: datetime):
    return (column >= start, column < end)


def parcel_figures(uow: UnitOfWork, start: datetime, end: datetime, overdue: list[OverdueLine]) -> dict[str, int]:
    """Inside the report's read: Headline's parcels_* fields."""

    def count(column) -> int:
        return uow.session.scalar(select(func.count(Shipment.loan_id)).where(*_between(column, start, end))) or 0

    late_numbers = {line.loan_number for line in overdue if line.days_late > 0}
    late = 0
    if late_numbers:
        late = uow.session.scalar(
            select(func.count(Shipment.loan_id))
            .join(Loan, Loan.id == Shipment.loan_id)
            .where(Loan.number.in_(late_numbers))
        )
    return dict(
        parcels_sent=count(Shipment.shipped_at),
        parcels_delivered=count(Shipment.delivered_at),
        parcels_returned=count(Shipment.received_at),
        parcels_overdue=late or 0,
    )
