"""The daily report (or a week's, a month's): every figure counted from the ledger, by local days.

A loan at 23:59 local time belongs to that day: periods are [first day 00:00, day after last 00:00)
in the showroom's time zone. Holdings and the overdue list are taken at the end of the period, or now
when the period is still running, with the due dates of then and lateness judged on the period's last
day: a past day's report reads the same tomorrow.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import func, or_, select

from db.desk_models import Reminder
from db.models import DepositEntry, Loan, LoanItem, Merchant, Product, Sample, Staff, Streamer
from db.uow import UnitOfWork
from showroom.domain.errors import InvalidInput
from showroom.domain.model import DepositKind, DepositMethod, ReturnCondition
from showroom.domain.policy import end_of_local_day
from showroom.services.common import local_showroom, local_tz, resolve_now, timezone_name
from showroom.services.overdue import items_out_at, overdue_lines
from showroom.services.owed import OWED_KINDS, owed_amount
from showroom.services.records import HELD_SIGN
from showroom.services.reports.parcels import parcel_figures
from showroom.services.reports.views import (
    DailyReport,
    DayCount,
    DepositReconciliation,
    DepositRow,
    Headline,
    LoanLine,
    Ranked,
    ReturnLine,
    StaffActivity,
)
from showroom.services.shortfall_views import short_on_transfers_at, transfer_losses
from showroom.services.stocktake_views import missing_at_stocktake_at

# The ledger kinds in the order of a DepositRow's amounts.
ROW_KINDS = (
    DepositKind.COLLECT,
    DepositKind.REFUND,
    DepositKind.FORFEIT,
    DepositKind.CHARGE,
    DepositKind.OWE,
    DepositKind.PAY_OUT,
)
MAX_DAYS = 93  # a quarter at most: longer lists help nobody at the desk
CHART_DAYS = 14
TOP = 5
Progress = Callable[[int, str], None]  # (percent, step)


def local_midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=tz)


def _count(uow: UnitOfWork, column, *where) -> int:
    return uow.session.scalar(select(func.count(column)).where(*where)) or 0


def _in(column, start: datetime, end: datetime):
    return (column >= start, column < end)


def _headline(uow: UnitOfWork, start: datetime, end: datetime, as_of: datetime, overdue_then: int) -> Headline:
    out_then = _count(uow, LoanItem.id, *items_out_at(as_of))
    return Headline(
        loans_opened=_count(uow, Loan.id, *_in(Loan.opened_at, start, end)),
        samples_lent=_count(uow, LoanItem.id, *_in(LoanItem.out_at, start, end)),
        samples_returned=_count(uow, LoanItem.id, *_in(LoanItem.returned_at, start, end)),
        samples_received=_count(uow, Sample.id, *_in(Sample.received_at, start, end)),
        samples_lost=_count(uow, LoanItem.id, *_in(LoanItem.lost_at, start, end)) + transfer_losses(uow, start, end),
        samples_out=out_then,
        samples_overdue=overdue_then,
        new_streamers=_count(uow, Streamer.id, *_in(Streamer.created_at, start, end)),
        samples_missing=missing_at_stocktake_at(uow, as_of),
        samples_short=short_on_transfers_at(uow, as_of),
    )


def _loans(uow: UnitOfWork, start: datetime, end: datetime) -> list[LoanLine]:
    # The count as a subquery, not a join grouped by loan: grouped, SQLite walked all 250,000 loans in
    # id order instead of the day's few through ix_loan_opened_at.
    items = select(func.count(LoanItem.id)).where(LoanItem.loan_id == Loan.id).scalar_subquery()
    q = (
        select(Loan, Streamer.name, Streamer.phone, Staff.name, items)
        .join(Streamer, Streamer.id == Loan.streamer_id)
        .join(Staff, Staff.id == Loan.staff_id)
        .where(*_in(Loan.opened_at, start, end))
        .order_by(Loan.opened_at, Loan.number)
    )
    return [
        LoanLine(loan.opened_at, loan.number, name, phone, n, loan.deposit_fen, loan.deposit_method, staff)
        for loan, name, phone, staff, n in uow.session.execute(q)
    ]


def _returns(uow: UnitOfWork, start: datetime, end: datetime) -> list[ReturnLine]:
    rows = (
        select(
            LoanItem.returned_at,
            LoanItem.return_condition,
            Loan.number,
            Loan.due_at,
            Streamer.name,
            Streamer.phone,
            Staff.name,
        )
        .join(Loan, LoanItem.loan_id == Loan.id)
        .join(Streamer, Streamer.id == Loan.streamer_id)
        .join(Staff, Staff.id == LoanItem.return_staff_id)
        .where(*_in(LoanItem.returned_at, start, end))
        .order_by(LoanItem.returned_at, Loan.number)
    )
    groups: dict[tuple, list] = {}
    for at, condition, number, due, name, phone, staff in uow.session.execute(rows):
        groups.setdefault((at, number, name, phone, staff), []).append((condition, at > due))
    return [
        ReturnLine(
            at,
            number,
            name,
            phone,
            len(items),
            sum(1 for _, late in items if late),
            sum(1 for c, _ in items if c != ReturnCondition.GOOD.value),
            staff,
        )
        for (at, number, name, phone, staff), items in groups.items()
    ]


def _held_before(uow: UnitOfWork, moment: datetime) -> int:
    """Deposits held just before `moment`. A loan closed by then holds nothing (closing refunds or owes
    what is left), so only the entries of loans still open then count: a few thousand, not the whole ledger."""
    sign = HELD_SIGN
    open_then = select(Loan.id).where(or_(Loan.closed_at.is_(None), Loan.closed_at >= moment))
    q = (
        select(DepositEntry.kind, func.sum(DepositEntry.amount_fen))
        .where(DepositEntry.at < moment, DepositEntry.loan_id.in_(open_then))
        .group_by(DepositEntry.kind)
    )
    return sum(sign.get(kind, 0) * (total or 0) for kind, total in uow.session.execute(q))


def _owed_before(uow: UnitOfWork, moment: datetime) -> int:
    """Owed to streamers just before `moment`: owe less pay_out entries (their own index, kind then time)."""
    q = select(func.sum(owed_amount())).where(DepositEntry.kind.in_(OWED_KINDS), DepositEntry.at < moment)
    return uow.session.scalar(q) or 0


def _deposits(uow: UnitOfWork, start: datetime, end: datetime) -> DepositReconciliation:
    q = (
        select(DepositEntry.method, DepositEntry.kind, func.sum(DepositEntry.amount_fen))
        .where(*_in(DepositEntry.at, start, end))
        .group_by(DepositEntry.method, DepositEntry.kind)
    )
    sums: dict[tuple[str, str], int] = {(m, k): total or 0 for m, k, total in uow.session.execute(q)}
    rows = [
        DepositRow(method.value, *(sums.get((method.value, kind.value), 0) for kind in ROW_KINDS))
        for method in DepositMethod
    ]
    cash = rows[0]
    return DepositReconciliation(
        rows=rows,
        held_at_start_fen=_held_before(uow, start),
        held_at_end_fen=_held_before(uow, end),
        cash_in_drawer_fen=cash.net_fen,
        owed_at_start_fen=_owed_before(uow, start),
        owed_at_end_fen=_owed_before(uow, end),
    )


def _staff(uow: UnitOfWork, start: datetime, end: datetime) -> list[StaffActivity]:
    def grouped(q) -> dict[str, int]:
        return {staff_id: n for staff_id, n in uow.session.execute(q)}

    loans = grouped(
        select(Loan.staff_id, func.count(Loan.id)).where(*_in(Loan.opened_at, start, end)).group_by(Loan.staff_id)
    )
    lent = grouped(
        select(Loan.staff_id, func.count(LoanItem.id))
        .join(Loan)
        .where(*_in(LoanItem.out_at, start, end))
        .group_by(Loan.staff_id)
    )
    back = grouped(
        select(LoanItem.return_staff_id, func.count(LoanItem.id))
        .where(*_in(LoanItem.returned_at, start, end))
        .group_by(LoanItem.return_staff_id)
    )
    received = grouped(
        select(Sample.received_by, func.count(Sample.id))
        .where(*_in(Sample.received_at, start, end))
        .group_by(Sample.received_by)
    )
    reminded = grouped(
        select(Reminder.staff_id, func.count(Reminder.id))
        .where(*_in(Reminder.at, start, end))
        .group_by(Reminder.staff_id)
    )
    out = []
    for staff in uow.session.scalars(select(Staff).order_by(Staff.name)):
        figures = [d.get(staff.id, 0) for d in (loans, lent, back, received, reminded)]
        if any(figures):
            out.append(StaffActivity(staff.name, *figures))
    return out


def _top(uow: UnitOfWork, start: datetime, end: datetime, by_merchant: bool) -> list[Ranked]:
    key = (Merchant.id, Merchant.name) if by_merchant else (Product.id, Product.name, Merchant.name)
    q = (
        select(*key, func.count(LoanItem.id), func.count(func.distinct(Loan.streamer_id)))
        .select_from(LoanItem)
        .join(Loan)
        .join(Sample, LoanItem.sample_id == Sample.id)
        .join(Product, Sample.product_id == Product.id)
        .join(Merchant, Product.merchant_id == Merchant.id)
        .where(*_in(LoanItem.out_at, start, end))
        .group_by(*key)
        .order_by(func.count(LoanItem.id).desc(), key[1])
        .limit(TOP)
    )
    if by_merchant:
        return [Ranked(name, "", n, people) for _, name, n, people in uow.session.execute(q)]
    return [Ranked(name, merchant, n, people) for _, name, merchant, n, people in uow.session.execute(q)]


def _chart(uow: UnitOfWork, last_day: date, tz: tzinfo) -> list[DayCount]:
    # One indexed count(*) per local day and column: fetching a busy fortnight's 40,000 timestamps to
    # bucket them in Python took 0.4 s.
    days = [last_day - timedelta(days=i) for i in range(CHART_DAYS - 1, -1, -1)]

    def count(column, d: date) -> int:
        start, end = local_midnight(d, tz), local_midnight(d + timedelta(days=1), tz)
        return uow.session.scalar(select(func.count()).select_from(LoanItem).where(*_in(column, start, end))) or 0

    return [DayCount(d, count(LoanItem.out_at, d), count(LoanItem.returned_at, d)) for d in days]


def daily_report(
    uow: UnitOfWork,
    first_day: date,
    last_day: date | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> DailyReport:
    """The report of one local day, or of the days first_day..last_day inclusive."""
    now = resolve_now(now)
    last_day = last_day or first_day
    if last_day < first_day:
        raise InvalidInput("report_period", "end_before_start", last_day.isoformat())
    if (last_day - first_day).days >= MAX_DAYS:
        raise InvalidInput("report_period", "period_too_long", MAX_DAYS)
    step = progress or (lambda _percent, _step: None)
    with uow.read():
        tz = local_tz(uow)
        start, end = local_midnight(first_day, tz), local_midnight(last_day + timedelta(days=1), tz)
        if start > now:
            raise InvalidInput("report_period", "in_future", first_day.isoformat())
        as_of = min(end - timedelta(microseconds=1), now)
        # Lateness is judged from the period's own last day, never from today's clock: at 23:59:59, the
        # instant due dates fall on, a sample due that day is not yet late (it is in the next day's report).
        judged_at = min(end_of_local_day(last_day, tz), now)
        room = local_showroom(uow)
        step(5, "overdue")
        overdue = overdue_lines(uow, as_of, tz, judged_at)
        step(20, "headline")
        # late as the call list says (with the due dates of then, before any later extension)
        headline = _headline(uow, start, end, as_of, sum(1 for line in overdue if line.days_late > 0))
        headline = dataclasses.replace(headline, **parcel_figures(uow, start, end, overdue))
        step(30, "lists")
        loans, returns = _loans(uow, start, end), _returns(uow, start, end)
        step(60, "deposits")
        deposits = _deposits(uow, start, end)
        step(75, "staff")
        staff = _staff(uow, start, end)
        step(85, "demand")
        products, merchants = _top(uow, start, end, False), _top(uow, start, end, True)
        chart = _chart(uow, last_day, tz)
        step(100, "done")
        return DailyReport(
            showroom_name=room.name,
            showroom_code=room.code,
            timezone=timezone_name(uow),
            first_day=first_day,
            last_day=last_day,
            as_of=as_of,
            headline=headline,
            loans=loans,
            returns=returns,
            overdue=overdue,
            deposits=deposits,
            staff=staff,
            top_products=products,
            top_merchants=merchants,
            last_14_days=chart,
        )
