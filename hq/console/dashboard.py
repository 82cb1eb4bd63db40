"""The network dashboard: per showroom and in total, what is where, what is late, what waits; a 30-day trend."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session

from hq.console.i18n import TIMEZONE
from hq.console.queries import as_date, item_open, local_day_sql, local_midnight
from hq.models import (
    Alert,
    DepositTotal,
    Device,
    HqShowroom,
    NetLoan,
    NetLoanItem,
    NetSample,
    Resolution,
    SyncException,
)

TREND_DAYS = 30
# the stock by city: what is on the shelf, lent, not found at the last count, lost, between cities; and gone
STATUSES = ("in_stock", "on_loan", "missing_at_stocktake", "lost", "in_transit", "returned_to_merchant")


@dataclass
class Line:
    """One showroom's row (or the network total)."""

    code: str
    name: str
    samples: dict[str, int] = field(default_factory=dict)
    overdue: int = 0  # samples out past their due date
    deposits_held_fen: int = 0
    loans_today: int = 0
    loans_week: int = 0
    devices: int = 0
    last_sync: datetime | None = None
    waiting: int = 0  # events the devices said they hold and HQ has not acknowledged
    open_issues: int = 0  # open sync exceptions and alerts

    def add(self, other: Line) -> None:
        for k, v in other.samples.items():
            self.samples[k] = self.samples.get(k, 0) + v
        for name in ("overdue", "deposits_held_fen", "loans_today", "loans_week", "devices", "waiting", "open_issues"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        if other.last_sync and (self.last_sync is None or other.last_sync > self.last_sync):
            self.last_sync = other.last_sync


@dataclass
class Trend:
    code: str
    name: str
    days: list[date]
    loans: list[int]
    returns: list[int]
    overdue: list[int]


@dataclass
class Dashboard:
    lines: list[Line]
    total: Line
    trends: list[Trend]
    network_alerts: int  # alerts no showroom can be named for


def unresolved(subject: str, column):
    return ~exists().where(Resolution.subject == subject, Resolution.subject_id == column)


def dashboard(session: Session, now: datetime) -> Dashboard:
    rooms = list(session.scalars(select(HqShowroom).order_by(HqShowroom.code)))
    lines = {r.id: Line(r.code, r.name) for r in rooms}
    by_code = {r.code: lines[r.id] for r in rooms}
    for room_id, status, n in session.execute(
        select(NetSample.showroom_id, NetSample.status, func.count()).group_by(NetSample.showroom_id, NetSample.status)
    ):
        if room_id in lines:
            lines[room_id].samples[status] = n
    for room_id, n in session.execute(
        select(NetLoan.showroom_id, func.count())
        .join(NetLoanItem, NetLoanItem.loan_id == NetLoan.id)
        .where(NetLoan.closed_at.is_(None), NetLoan.due_at < now, item_open())
        .group_by(NetLoan.showroom_id)
    ):
        if room_id in lines:
            lines[room_id].overdue = n
    for d in session.scalars(select(DepositTotal)):
        if d.showroom_id in lines:
            lines[d.showroom_id].deposits_held_fen = d.collected_fen - d.refunded_fen - d.forfeited_fen
    today = now.astimezone(TIMEZONE).date()
    day_start, week_start = local_midnight(today), local_midnight(today - timedelta(days=today.weekday()))
    for room_id, n_today, n_week in session.execute(
        select(NetLoan.showroom_id, func.sum(case((NetLoan.opened_at >= day_start, 1), else_=0)), func.count())
        .where(NetLoan.opened_at >= min(day_start, week_start))
        .group_by(NetLoan.showroom_id)
    ):
        if room_id in lines:
            lines[room_id].loans_today, lines[room_id].loans_week = int(n_today or 0), n_week
    _add_devices(session, lines)
    network_alerts = _add_open_issues(session, lines, by_code)
    total = Line("", "")
    for line in lines.values():
        total.add(line)
    total.open_issues += network_alerts
    return Dashboard(list(lines.values()), total, trends(session, rooms, now), network_alerts)


def _add_devices(session: Session, lines: dict[int, Line]) -> None:
    """Each showroom's live devices: how many, when one last synced, how many events they still hold."""
    for d in session.scalars(select(Device)):
        line = lines.get(d.showroom_id)
        if line is None or d.revoked_at is not None:
            continue
        line.devices += 1
        seen = max((t for t in (d.last_push_at, d.last_pull_at, d.last_seen_at) if t), default=None)
        if seen and (line.last_sync is None or seen > line.last_sync):
            line.last_sync = seen
        line.waiting += max((d.outbox_seq or 0) - d.acked_seq, 0)


def _add_open_issues(session: Session, lines: dict[int, Line], by_code: dict[str, Line]) -> int:
    """Open sync exceptions and alerts onto their showrooms; returns the alerts no showroom can be named for."""
    for codes, n in session.execute(
        select(SyncException.showroom_codes, func.count())
        .where(unresolved("sync_exception", SyncException.id))
        .group_by(SyncException.showroom_codes)
    ):
        for code in filter(None, codes.split(",")):
            if code in by_code:
                by_code[code].open_issues += n
    network_alerts = 0
    for room_id, n in session.execute(
        select(Device.showroom_id, func.count())
        .select_from(Alert)
        .outerjoin(Device, Device.id == Alert.device_id)
        .where(unresolved("alert", Alert.id))
        .group_by(Device.showroom_id)
    ):
        if room_id in lines:
            lines[room_id].open_issues += n
        else:
            network_alerts += n
    return network_alerts


def trends(session: Session, rooms: list[HqShowroom], now: datetime) -> list[Trend]:
    """Per showroom and local day of the last 30: loans opened, loans returned in full, loans overdue at day's end."""
    today = now.astimezone(TIMEZONE).date()
    days = [today - timedelta(days=TREND_DAYS - 1 - i) for i in range(TREND_DAYS)]
    start = local_midnight(days[0])
    index = {d: i for i, d in enumerate(days)}
    out = {r.id: Trend(r.code, r.name, days, [0] * TREND_DAYS, [0] * TREND_DAYS, [0] * TREND_DAYS) for r in rooms}
    for column, series in ((NetLoan.opened_at, "loans"), (NetLoan.closed_at, "returns")):
        day = local_day_sql(session, column, now)
        for room_id, d, n in session.execute(
            select(NetLoan.showroom_id, day, func.count()).where(column >= start).group_by(NetLoan.showroom_id, day)
        ):
            i = index.get(as_date(d))
            if room_id in out and i is not None:
                getattr(out[room_id], series)[i] = n
    # Overdue at the end of a day: due before it and not yet closed by then. Loans returned on time never
    # count, so only the open ones and those closed late in the window are read.
    ends = [local_midnight(d + timedelta(days=1)) for d in days]
    ends[-1] = min(ends[-1], now)
    late = session.execute(
        select(NetLoan.showroom_id, NetLoan.due_at, NetLoan.closed_at).where(
            NetLoan.due_at < now,
            (NetLoan.closed_at.is_(None)) | ((NetLoan.closed_at >= start) & (NetLoan.closed_at > NetLoan.due_at)),
        )
    )
    steps = {room_id: [0] * (TREND_DAYS + 1) for room_id in out}
    for room_id, due, closed in late:  # overdue at the day ends in [due, closed): +1 where it starts, -1 after
        if room_id in steps:
            steps[room_id][bisect_right(ends, due)] += 1
            steps[room_id][bisect_left(ends, closed) if closed else TREND_DAYS] -= 1
    for room_id, trend in out.items():
        trend.overdue = list(accumulate(steps[room_id][:TREND_DAYS]))
    return list(out.values())
