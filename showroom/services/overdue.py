"""Who to call: every sample out that is late or due soon, in tiers, and the automatic suspensions.

`overdue_lines` reads the list as it stood at any instant (the daily report asks for the end of a
past day); `overdue_board` is the live screen: it first applies the tiers' automatic suspensions.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select

from db.desk_models import Reminder
from db.models import DepositEntry, DueDateChange, Loan, LoanItem, Merchant, Product, Sample, Staff, Streamer
from db.types import UTCDateTime
from db.uow import UnitOfWork
from kernel.events import ReasonParams, StreamerStatusChanged
from showroom.domain.model import StreamerStatus
from showroom.domain.overdue_tiers import DUE_SOON_DAYS, OverdueTier, call_order, classify, should_suspend
from showroom.domain.policy import days_overdue
from showroom.domain.reasons import auto_suspension
from showroom.services.auto_loss import enforce_losses
from showroom.services.changes import Topic, changes
from showroom.services.common import local_tz, resolve_now
from showroom.services.overdue_views import LastReminder, OverdueBoard, OverdueLine
from showroom.services.parcel_overdue import OPEN_PARCELS, parcel_tiers
from showroom.services.records import HELD_BY_STREAMER, HELD_SIGN, OPEN_ITEM, policy_for

# "+out_at": SQLite must not pick the out_at index here (nearly every item was lent before a
# recent moment), the OR terms below each have a far narrower one.
_LENT = literal_column("+loan_item.out_at", UTCDateTime)


def items_out_at(as_of: datetime) -> ColumnElement[bool]:
    """Items out at `as_of`: lent by then, and neither back nor lost nor superseded by then.

    Written as three OR terms, each served by an index (returned_at, lost_at: migration 0401), so a
    store with a million items reads the few thousand out then instead of every item ever lent:
    (back later or never) and (lost later or never) == open now, or back later, or lost later.
    """
    returned_later, lost_later = LoanItem.returned_at > as_of, LoanItem.lost_at > as_of
    return (
        _LENT <= as_of,
        or_(
            and_(LoanItem.returned_at.is_(None), LoanItem.lost_at.is_(None)),
            and_(returned_later, or_(LoanItem.lost_at.is_(None), lost_later)),
            and_(lost_later, or_(LoanItem.returned_at.is_(None), returned_later)),
        ),
        or_(LoanItem.superseded_at.is_(None), LoanItem.superseded_at > as_of),  # rare: no index term of its own
    )


def _due_as_of(uow: UnitOfWork, loan_ids: set[str], as_of: datetime) -> dict[str, datetime]:
    """A due date extended after `as_of` was still the old one then."""
    q = (
        select(DueDateChange.loan_id, DueDateChange.old_due_at)
        .where(DueDateChange.loan_id.in_(loan_ids), DueDateChange.at > as_of)
        .order_by(DueDateChange.at.desc())
    )
    return {loan_id: old for loan_id, old in uow.session.execute(q)}  # the earliest change wins (last written)


def _held(uow: UnitOfWork, loan_ids: set[str], as_of: datetime) -> dict[str, int]:
    sign = HELD_SIGN
    q = (
        select(DepositEntry.loan_id, DepositEntry.kind, func.sum(DepositEntry.amount_fen))
        .where(DepositEntry.loan_id.in_(loan_ids), DepositEntry.at <= as_of)
        .group_by(DepositEntry.loan_id, DepositEntry.kind)
    )
    held: dict[str, int] = {}
    for loan_id, kind, total in uow.session.execute(q):
        held[loan_id] = held.get(loan_id, 0) + sign.get(kind, 0) * (total or 0)
    return held


def _last_reminders(uow: UnitOfWork, streamer_ids: set[str], as_of: datetime) -> dict[str, LastReminder]:
    q = (
        select(Reminder.streamer_id, Reminder.at, Reminder.channel, Reminder.outcome, Staff.name)
        .join(Staff, Staff.id == Reminder.staff_id)
        .where(Reminder.streamer_id.in_(streamer_ids), Reminder.at <= as_of)
        .order_by(Reminder.at)
    )
    return {
        sid: LastReminder(at, channel, outcome, staff) for sid, at, channel, outcome, staff in uow.session.execute(q)
    }


def _candidates_query(as_of: datetime, tz: tzinfo) -> Select:
    """Items out at `as_of` that can fall in a tier: due before the end of the "due soon" window, or extended
    since (its due date then was an earlier one). Plain columns, no ORM objects: thousands of lines at scale."""
    soon = datetime.combine(as_of.astimezone(tz).date() + timedelta(days=DUE_SOON_DAYS + 1), time.min, tzinfo=tz)
    extended_since = select(DueDateChange.loan_id).where(DueDateChange.at > as_of)
    return (
        select(
            LoanItem.out_at,
            LoanItem.value_fen,
            Loan.id,
            Loan.number,
            Loan.due_at,
            Sample.code,
            Product.name,
            Merchant.name,
            Streamer.id,
            Streamer.name,
            Streamer.phone,
            Streamer.status,
        )
        .select_from(LoanItem)
        .join(Loan, LoanItem.loan_id == Loan.id)
        .join(Sample, LoanItem.sample_id == Sample.id)
        .join(Product, Sample.product_id == Product.id)
        .join(Merchant, Product.merchant_id == Merchant.id)
        .join(Streamer, Loan.streamer_id == Streamer.id)
        .where(*items_out_at(as_of), or_(Loan.due_at < soon, Loan.id.in_(extended_since), Loan.id.in_(OPEN_PARCELS)))
    )


def _partly_returned(uow: UnitOfWork, loan_ids: set[str], as_of: datetime) -> set[str]:
    """Loans with at least one item back by `as_of`."""
    return set(
        uow.session.scalars(
            select(LoanItem.loan_id).where(LoanItem.loan_id.in_(loan_ids), LoanItem.returned_at <= as_of)
        )
    )


def _sort_call_list(lines: list[OverdueLine]) -> None:
    """Worst first (the tiers' call order), then by streamer, loan and sample for a stable list."""
    lines.sort(
        key=lambda line: (
            *call_order(OverdueTier(line.tier), line.days_late),
            line.streamer_name,
            line.loan_number,
            line.sample_code,
        )
    )


def overdue_lines(uow: UnitOfWork, as_of: datetime, tz: tzinfo, judged_at: datetime | None = None) -> list[OverdueLine]:
    """Inside an open unit of work: the call list as it stood at `as_of`, worst first.

    `judged_at` (default `as_of`) is the instant lateness is judged at: a past day's report judges at the
    end of that day as due dates count it (23:59:59), so a sample due that day is not late in it."""
    judged_at = judged_at or as_of
    found = uow.session.execute(_candidates_query(as_of, tz)).all()
    loan_ids = {row[2] for row in found}
    partly = _partly_returned(uow, loan_ids, as_of)
    due_then, held = _due_as_of(uow, loan_ids, as_of), _held(uow, loan_ids, as_of)
    reminders = _last_reminders(uow, {row[8] for row in found}, as_of)
    parcels = parcel_tiers(uow, loan_ids - partly, judged_at, tz)  # a partial return by post: as at the counter
    lines = []
    for out_at, value, loan_id, number, loan_due, code, product, merchant, sid, name, phone, status in found:
        due = due_then.get(loan_id, loan_due)
        tier = classify(due, judged_at, tz, partly_returned=loan_id in partly)
        days_late = days_overdue(due, judged_at, tz)
        if loan_id in parcels and tier != OverdueTier.OVERDUE:
            parcel_tier, parcel_days = parcels[loan_id]
            tier, days_late = (OverdueTier(parcel_tier), parcel_days) if parcel_tier else (None, 0)
        if tier is None:
            continue
        lines.append(
            OverdueLine(
                tier=tier.value,
                streamer_id=sid,
                streamer_name=name,
                phone=phone,
                streamer_status=status,
                sample_code=code,
                product_name=product,
                merchant_name=merchant,
                loan_number=number,
                out_at=out_at,
                due_at=due,
                days_late=days_late,
                value_fen=value,
                deposit_held_fen=max(held.get(loan_id, 0), 0),
                last_reminder=reminders.get(sid),
            )
        )
    _sort_call_list(lines)
    return lines


@changes(Topic.STREAMERS, when=bool)
def enforce_suspensions(
    uow: UnitOfWork, now: datetime | None = None, streamer_ids: list[str] | None = None
) -> list[str]:
    """Suspends every active streamer (or only those of `streamer_ids`) holding a sample as many days late as
    their tier allows. A use case of its own: the overdue screen runs it before its list, the check-out
    screen when a streamer comes to the counter (before any quote, which only reads), check_out before it lends.

    One transaction; it commits only when someone is due for suspension (the status change is an event
    with `automatic: true` and no staff member). Returns the names suspended.
    """
    now = resolve_now(now)
    with uow:
        tz = local_tz(uow)
        q = (
            select(Streamer, Sample.code, Loan.due_at)
            .select_from(LoanItem)
            .join(Loan)
            .join(Sample, LoanItem.sample_id == Sample.id)
            .join(Streamer, Loan.streamer_id == Streamer.id)
            .where(Loan.due_at < now, Streamer.status == StreamerStatus.ACTIVE.value)
            .order_by(Loan.due_at, Sample.code)
        )
        # every streamer: all items out (one index range); a few at the counter: their open loans only
        q = (
            q.where(*OPEN_ITEM)
            if streamer_ids is None
            else q.where(Loan.streamer_id.in_(streamer_ids), *HELD_BY_STREAMER)
        )
        suspended: list[str] = []
        for s, code, due in uow.session.execute(q):
            late = days_overdue(due, now, tz)
            if s.status != StreamerStatus.ACTIVE.value or not should_suspend(
                policy_for(uow, s.tier).suspend_after_days_late, late
            ):
                continue
            # stored as a key and its parameters: each reader words it in their own language
            reason = auto_suspension(code, late)
            s.status = StreamerStatus.SUSPENDED.value
            s.status_reason, s.status_reason_key, s.status_reason_params = "", reason.key, reason.params_json()
            uow.record_event(
                StreamerStatusChanged(
                    streamer_id=s.id,
                    phone=s.phone,
                    from_status=StreamerStatus.ACTIVE.value,
                    to_status=StreamerStatus.SUSPENDED.value,
                    reason=reason.plain_words(),
                    automatic=True,
                    reason_key=reason.key,
                    reason_params=ReasonParams(**reason.params),
                    sample_code=code,
                    days_late=late,
                ),
                staff_id=None,
                at=now,
            )
            suspended.append(s.name)
        if suspended:
            uow.commit()
        return suspended


@changes(Topic.STREAMERS, Topic.SAMPLES, Topic.LOANS, when=lambda board: bool(board.suspended_now or board.lost_now))
def overdue_board(uow: UnitOfWork, now: datetime | None = None, enforce: bool = True) -> OverdueBoard:
    """The live overdue screen. Three transactions: the automatic losses and suspensions (enforce_losses,
    enforce_suspensions, unless `enforce` is False), then one read for the call list."""
    now = resolve_now(now)
    lost = tuple(enforce_losses(uow, now)) if enforce else ()
    suspended = enforce_suspensions(uow, now) if enforce else []
    with uow.read():
        lines = overdue_lines(uow, now, local_tz(uow))
        return OverdueBoard(as_of=now, lines=lines, suspended_now=suspended, lost_now=lost)
