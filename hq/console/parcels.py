"""Parcels of mailed loans across the network (寄样, issue 18): still out first, oldest shipped first, so a parcel
that never came back stays at the top."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from hq.models import HqShowroom, NetLoan, NetShipment, NetStreamer


@dataclass(frozen=True)
class ParcelRow:
    number: str
    showroom_code: str
    streamer: str
    courier: str
    waybill: str
    return_waybill: str
    destination: str
    state: str
    shipped_at: datetime
    delivered_at: datetime | None
    due_at: datetime
    overdue: bool


def parcels(session: Session, showroom: str, now: datetime, limit: int, offset: int) -> tuple[list[ParcelRow], int]:
    where = [HqShowroom.code == showroom] if showroom else []
    base = (
        select(NetShipment, NetLoan.due_at, HqShowroom.code, NetStreamer.name)
        .join(NetLoan, NetLoan.id == NetShipment.loan_id)
        .join(HqShowroom, HqShowroom.id == NetShipment.showroom_id)
        .outerjoin(NetStreamer, NetStreamer.id == NetLoan.streamer_id)
        .where(*where)
    )
    total = session.scalar(select(func.count()).select_from(base.subquery()))
    done = case((NetShipment.state == "received", 1), else_=0)
    q = base.order_by(done, NetShipment.shipped_at, NetShipment.number).limit(limit).offset(offset)
    return [
        ParcelRow(
            number=p.number,
            showroom_code=code,
            streamer=name or "?",
            courier=p.courier,
            waybill=p.waybill,
            return_waybill=p.return_waybill,
            destination=f"{p.province}{p.city}",
            state=p.state,
            shipped_at=p.shipped_at,
            delivered_at=p.delivered_at,
            due_at=due,
            overdue=p.state != "received" and due < now,
        )
        for p, due, code, name in session.execute(q)
    ], int(total or 0)
