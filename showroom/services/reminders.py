"""Reminders: each attempt to get samples back is recorded (how, by whom, when, what came of it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from db.desk_models import Reminder
from db.models import Loan, Staff
from db.uow import UnitOfWork
from kernel.events import StreamerReminded
from showroom.domain.codes import clean_scan
from showroom.domain.errors import InvalidInput, NotFound
from showroom.domain.model import Role
from showroom.domain.reminder import ReminderChannel, ReminderOutcome
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, optional_text, resolve_now
from showroom.services.records import get_streamer


@dataclass(frozen=True)
class ReminderView:
    id: str
    streamer_id: str
    loan_number: str | None
    channel: str
    outcome: str
    note: str
    staff_name: str
    at: datetime


def _choice(enum, field: str, value: str) -> str:
    try:
        return enum(value).value
    except ValueError:
        raise InvalidInput(field, "unknown_choice", value) from None


@changes(Topic.LOANS)
def log_reminder(
    uow: UnitOfWork,
    actor: Actor,
    streamer_id: str,
    channel: str,
    outcome: str,
    note: str = "",
    loan_number: str | None = None,
    now: datetime | None = None,
) -> ReminderView:
    """Any clerk may log a call; the reminder is kept and sent to HQ with the other events."""
    now = resolve_now(now)
    channel = _choice(ReminderChannel, "channel", channel)
    outcome = _choice(ReminderOutcome, "outcome", outcome)
    note = optional_text("note", note, 300)
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "log_reminder")
        streamer = get_streamer(uow, streamer_id)
        loan = None
        if loan_number:
            loan = uow.session.scalar(select(Loan).where(Loan.number == clean_scan(loan_number)))
            if loan is None or loan.streamer_id != streamer.id:
                raise NotFound("loan", loan_number)
        row = Reminder(
            streamer_id=streamer.id,
            loan_id=loan.id if loan else None,
            channel=channel,
            outcome=outcome,
            note=note,
            staff_id=staff.id,
            at=now,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.record_event(
            StreamerReminded(
                reminder_id=row.id,
                streamer_id=streamer.id,
                phone=streamer.phone,
                loan_number=loan.number if loan else None,
                channel=channel,
                outcome=outcome,
                note=note,
            ),
            staff_id=staff.id,
            at=now,
        )
        view = ReminderView(row.id, streamer.id, loan.number if loan else None, channel, outcome, note, staff.name, now)
        uow.commit()
        return view


def reminders_for(uow: UnitOfWork, streamer_id: str) -> list[ReminderView]:
    """Newest first."""
    q = (
        select(Reminder, Staff.name, Loan.number)
        .join(Staff, Staff.id == Reminder.staff_id)
        .outerjoin(Loan, Loan.id == Reminder.loan_id)
        .where(Reminder.streamer_id == streamer_id)
        .order_by(Reminder.at.desc())
    )
    with uow.read():
        return [
            ReminderView(r.id, r.streamer_id, number, r.channel, r.outcome, r.note, staff, r.at)
            for r, staff, number in uow.session.execute(q)
        ]
