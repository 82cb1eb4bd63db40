"""A streamer's network record: who they are, what they hold and held in every city, how reliable, how blocked;
and HQ's blacklist decisions, which reach every counter through the change log."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from hq import admin
from hq.changelog import flush_changes
from hq.console import audit
from hq.console.accounts import Staff
from hq.console.i18n import N_, TIMEZONE
from hq.console.queries import item_open, like
from hq.models import (
    AuditEntry,
    Event,
    HqShowroom,
    NetLoan,
    NetLoanItem,
    NetProduct,
    NetSample,
    NetShipment,
    NetStreamer,
    StreamerAlias,
)
from kernel.lateness import days_overdue
from kernel.phone import normalise_phone
from kernel.refusals import InvalidInput

SEARCH_MAX = 50
HISTORY_MAX = 200


class StreamerRefused(Exception):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def search(session: Session, query: str) -> list[NetStreamer]:
    """By phone in any notation (+86 138-0013-8000, full-width digits), by member card, else by part of the name."""
    query = (query or "").strip()[:100]
    if not query:
        return []
    try:
        phone = normalise_phone(query)
    except InvalidInput:
        phone = None
    if phone:
        where = NetStreamer.phone == phone
    else:
        where = or_(NetStreamer.member_code == query.upper(), NetStreamer.name.like(like(query), escape="\\"))
    return list(session.scalars(select(NetStreamer).where(where).order_by(NetStreamer.name).limit(SEARCH_MAX)))


@dataclass(frozen=True)
class Holding:
    showroom_code: str
    sample_code: str
    product: str
    loan_number: str
    opened_at: datetime
    due_at: datetime
    days_late: int
    value_fen: int


@dataclass(frozen=True)
class LoanLine:
    showroom_code: str
    number: str
    opened_at: datetime
    due_at: datetime
    closed_at: datetime | None
    deposit_fen: int
    items: int
    returned: int
    late: int
    lost: int
    parcel: str = ""  # a mailed loan: its courier's waybill and the parcel's state; '' for a loan at the counter
    parcel_state: str = ""


@dataclass
class Reliability:
    items: int = 0
    on_time: int = 0
    late: int = 0
    lost: int = 0
    overdue_now: int = 0

    @property
    def on_time_pct(self) -> int | None:
        done = self.on_time + self.late + self.lost
        return round(100 * self.on_time / done) if done else None


@dataclass(frozen=True)
class StatusChange:
    at: datetime
    where: str  # a showroom code, or HQ
    to: str
    reason: str
    by: str = ""


@dataclass
class StreamerRecord:
    streamer: NetStreamer
    cities: list[str]
    holdings: list[Holding]
    loans: list[LoanLine]
    loans_total: int
    reliability: Reliability
    deposits_held_fen: int
    status_changes: list[StatusChange] = field(default_factory=list)


def record(session: Session, streamer_id: str, now: datetime) -> StreamerRecord | None:
    s = session.get(NetStreamer, streamer_id)
    if s is None:
        return None
    codes = dict(session.execute(select(HqShowroom.id, HqShowroom.code)).tuples().all())
    cities = _cities(session, s, codes)
    holdings = _holdings(session, s, codes, now)
    loans = _loan_lines(session, s, codes)
    reliability, held = _reliability(session, s, now)
    deposits = session.scalar(
        select(func.coalesce(func.sum(NetLoan.deposit_fen), 0)).where(
            NetLoan.streamer_id == s.id, NetLoan.closed_at.is_(None)
        )
    )
    return StreamerRecord(
        s, cities, holdings, loans, held, reliability, int(deposits or 0), status_changes(session, s, codes)
    )


def _cities(session: Session, s: NetStreamer, codes: dict[str, str]) -> list[str]:
    """The showrooms that know them under an alias or have lent to them."""
    cities = {
        codes.get(r)
        for r in session.scalars(select(StreamerAlias.showroom_id).where(StreamerAlias.streamer_id == s.id))
    }
    cities |= {
        codes.get(r) for r in session.scalars(select(NetLoan.showroom_id).where(NetLoan.streamer_id == s.id).distinct())
    }
    return sorted(c for c in cities if c)


def _holdings(session: Session, s: NetStreamer, codes: dict[str, str], now: datetime) -> list[Holding]:
    """The samples out with them now, soonest due first."""
    return [
        Holding(
            codes.get(room, "?"),
            code or "?",
            product or "",
            number,
            opened,
            due,
            days_overdue(due, now, TIMEZONE),
            value or 0,
        )
        for room, code, product, number, opened, due, value in session.execute(
            select(
                NetLoan.showroom_id,
                NetSample.code,
                NetProduct.name,
                NetLoan.number,
                NetLoan.opened_at,
                NetLoan.due_at,
                NetLoanItem.value_fen,
            )
            .join(NetLoanItem, NetLoanItem.loan_id == NetLoan.id)
            .outerjoin(NetSample, NetSample.id == NetLoanItem.sample_id)
            .outerjoin(NetProduct, NetProduct.id == NetSample.product_id)
            .where(NetLoan.streamer_id == s.id, NetLoan.closed_at.is_(None), item_open())
            .order_by(NetLoan.due_at, NetSample.code)
        )
    ]


def _loan_lines(session: Session, s: NetStreamer, codes: dict[str, str]) -> list[LoanLine]:
    """Their newest HISTORY_MAX loans, newest first, each with its items counted."""
    late = NetLoanItem.returned_at > NetLoan.due_at
    recent = (
        select(NetLoan.id)
        .where(NetLoan.streamer_id == s.id)
        .order_by(NetLoan.opened_at.desc())
        .limit(HISTORY_MAX)
        .scalar_subquery()
    )  # the newest loans first, then only their items
    per_loan = (
        select(
            NetLoan.id,
            NetLoan.showroom_id,
            NetLoan.number,
            NetLoan.opened_at,
            NetLoan.due_at,
            NetLoan.closed_at,
            NetLoan.deposit_fen,
            func.count(NetLoanItem.sample_id),
            func.count(NetLoanItem.returned_at),
            func.sum(case((late, 1), else_=0)),
            func.count(NetLoanItem.lost_at),
            NetShipment.waybill,
            NetShipment.state,
        )
        .outerjoin(NetLoanItem, NetLoanItem.loan_id == NetLoan.id)
        .outerjoin(NetShipment, NetShipment.loan_id == NetLoan.id)
        .where(NetLoan.id.in_(recent))
        .group_by(NetLoan.id, NetShipment.waybill, NetShipment.state)
        .order_by(NetLoan.opened_at.desc())
    )
    return [
        LoanLine(
            codes.get(room, "?"),
            number,
            opened,
            due,
            closed,
            deposit,
            n,
            back,
            int(n_late or 0),
            lost,
            wb or "",
            st or "",
        )
        for _id, room, number, opened, due, closed, deposit, n, back, n_late, lost, wb, st in session.execute(per_loan)
    ]


def _reliability(session: Session, s: NetStreamer, now: datetime) -> tuple[Reliability, int]:
    """Over every loan of theirs: items back on time, late, lost, overdue now; and how many loans in all."""
    late, in_time = NetLoanItem.returned_at > NetLoan.due_at, NetLoanItem.returned_at <= NetLoan.due_at
    total, on_time, n_late, lost, out_late, held = session.execute(
        select(
            func.count(NetLoanItem.sample_id),
            func.sum(case((in_time, 1), else_=0)),
            func.sum(case((late, 1), else_=0)),
            func.count(NetLoanItem.lost_at),
            func.sum(case((item_open() & (NetLoan.due_at < now), 1), else_=0)),
            func.count(NetLoan.id.distinct()),
        )
        .select_from(NetLoan)
        .join(NetLoanItem, NetLoanItem.loan_id == NetLoan.id)
        .where(NetLoan.streamer_id == s.id)
    ).one()
    return Reliability(total or 0, int(on_time or 0), int(n_late or 0), lost or 0, int(out_late or 0)), held or 0


def status_changes(session: Session, s: NetStreamer, codes: dict[str, str]) -> list[StatusChange]:
    """Suspensions and blacklists made at counters (their events) and HQ's own decisions (the audit trail)."""
    ids = {s.id, *session.scalars(select(StreamerAlias.local_id).where(StreamerAlias.streamer_id == s.id))}
    out = []
    for at, room, payload in session.execute(
        select(Event.occurred_at, Event.showroom_id, Event.payload).where(
            Event.type.like("streamer.status_changed@%"), Event.payload.like(f"%{s.phone}%")
        )
    ):
        p = json.loads(payload)
        if p.get("phone") == s.phone or p.get("streamer_id") in ids:
            out.append(StatusChange(at, codes.get(room, "?"), str(p.get("to") or ""), str(p.get("reason") or "")))
    for entry in session.scalars(
        select(AuditEntry).where(AuditEntry.target == s.id, AuditEntry.action.in_(("blacklisted", "blacklist_lifted")))
    ):
        d = json.loads(entry.detail)
        out.append(
            StatusChange(
                entry.at,
                "HQ",
                "blacklisted" if entry.action == "blacklisted" else "active",
                str(d.get("reason") or ""),
                entry.login,
            )
        )
    return sorted(out, key=lambda c: c.at, reverse=True)


def set_blacklist(
    session: Session, streamer_id: str, blacklisted: bool, reason: str, staff: Staff, now: datetime, client: str = ""
) -> NetStreamer:
    """Through the same change log as the command line's lift-blacklist: every counter has it after its next pull."""
    reason = (reason or "").strip()
    if not reason:
        raise StreamerRefused(N_("Say why: the reason is shown at every counter."))
    s = session.get(NetStreamer, streamer_id, with_for_update=True)
    if s is None:
        raise StreamerRefused(N_("No such streamer."))
    if s.blacklisted == blacklisted:
        raise StreamerRefused(N_("Already blacklisted.") if blacklisted else N_("Not on the blacklist."))
    admin.set_network_blacklist(session, s, blacklisted, reason, now)
    audit.record(
        session,
        now,
        staff.id,
        staff.login,
        "blacklisted" if blacklisted else "blacklist_lifted",
        s.id,
        client,
        reason=reason[:300],
        phone=s.phone,
        name=s.name,
    )
    flush_changes(session)
    return s
