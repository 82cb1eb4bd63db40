"""Taking samples back: check-in (partial returns allowed), losses, due-date extensions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, select

from db.loss_models import AutomaticLoss
from db.models import DepositEntry, DueDateChange, Loan, LoanItem, Product, Sample, SampleMovement, Streamer
from db.uow import UnitOfWork
from kernel.events import LoanClosed, LoanDueExtended, ReturnedItem, SampleDeclaredLost, SamplesCheckedIn
from showroom.domain.codes import clean_scan, scanned_codes
from showroom.domain.errors import (
    InvalidInput,
    LostAutomatically,
    NotFound,
    NotOnLoan,
    SampleAlreadyInBasket,
    UnknownCode,
)
from showroom.domain.model import (
    DepositKind,
    DepositMethod,
    LossSettlement,
    MovementKind,
    ReturnCondition,
    Role,
    SampleStatus,
)
from showroom.domain.policy import days_overdue, end_of_local_day
from showroom.services.auto_loss_rows import pending_on_loan
from showroom.services.changes import Topic, changes
from showroom.services.common import (
    Actor,
    acting_staff,
    local_showroom,
    local_tz,
    optional_text,
    required_text,
    resolve_now,
)
from showroom.services.mailing_rows import parcels_received
from showroom.services.owed import owe_what_is_held
from showroom.services.photo_rules import require_damage_photos
from showroom.services.records import OPEN_ITEM, deposit_balance, holdings, item_is_open, open_item_of, sample_by_code
from showroom.services.return_rows import coming_back
from showroom.services.returns_elsewhere import comes_from_elsewhere, return_line_elsewhere, take_elsewhere
from showroom.services.views import CheckinResult, DueChange, LoanAfterReturn, LossResult, ReturnLine


@dataclass(frozen=True)
class ReturnRequest:
    code: str
    condition: str = ReturnCondition.GOOD.value
    note: str = ""
    photo_ids: tuple[str, ...] = ()  # photos of this sample kept at the counter (services.photos, .elsewhere_photos)


def _open_item(uow: UnitOfWork, code: str) -> LoanItem:
    sample = sample_by_code(uow, code)
    item = open_item_of(uow, sample.id)
    if item is None:
        raise NotOnLoan(sample.code, sample.status)
    return item


def scan_for_checkin(uow: UnitOfWork, code: str, basket: list[str] = (), now: datetime | None = None) -> ReturnLine:
    now = resolve_now(now)
    code = clean_scan(code)
    if code in {clean_scan(c) for c in basket}:
        raise SampleAlreadyInBasket(code)
    # The counter's hot path: sample, product, open loan and holder in one joined query.
    q = (
        select(Sample.code, Sample.status, Product.name, Loan.number, Streamer.name, LoanItem.out_at, Loan.due_at)
        .join(Product, Sample.product_id == Product.id)
        .outerjoin(LoanItem, and_(LoanItem.sample_id == Sample.id, *OPEN_ITEM))
        .outerjoin(Loan, Loan.id == LoanItem.loan_id)
        .outerjoin(Streamer, Streamer.id == Loan.streamer_id)
        .where(Sample.code == code)
    )
    with uow.read():
        row = uow.session.execute(q).first()
        if row is None:
            if (elsewhere := return_line_elsewhere(uow, code, now)) is not None:
                return elsewhere  # another showroom's loan, returned here
            raise UnknownCode(code)
        sample_code, status, product, number, holder, out_at, due = row
        if number is None:
            if (elsewhere := return_line_elsewhere(uow, code, now)) is not None:
                return elsewhere  # sent from here once, lent since by the showroom it went to
            raise _lost_automatically(uow, sample_code) or NotOnLoan(sample_code, status)
        return ReturnLine(
            sample_code=sample_code,
            product_name=product,
            loan_number=number,
            streamer_name=holder,
            out_at=out_at,
            due_at=due,
            days_overdue=days_overdue(due, now, local_tz(uow)),
        )


def _lost_automatically(uow: UnitOfWork, code: str) -> LostAutomatically | None:
    """The refusal for a sample the counter declared lost by itself and a manager has not yet looked at."""
    found = uow.session.execute(
        select(AutomaticLoss.declared_at, AutomaticLoss.days_late)
        .join(Sample, Sample.id == AutomaticLoss.sample_id)
        .where(Sample.code == code, AutomaticLoss.outcome == "")
    ).first()
    return LostAutomatically(code, *found) if found else None


def close_if_done(
    uow: UnitOfWork, loan: Loan, staff_id: str, now: datetime, streamer_here: bool = True
) -> tuple[bool, int, int]:
    """When no sample of the loan is out any more: close it, and refund what deposit is still held to
    the streamer at the counter, or owe it to them when they are not here. Returns (closed, refunded, owed)."""
    uow.session.flush()
    still_open = uow.session.scalar(select(LoanItem.id).where(LoanItem.loan_id == loan.id, *OPEN_ITEM))
    if still_open is not None or pending_on_loan(uow.session, loan.id):
        return False, 0, 0
    loan.closed_at = now
    refund = owed = 0
    if streamer_here:
        refund = max(deposit_balance(uow, loan_id=loan.id), 0)
        if refund:
            uow.session.add(
                DepositEntry(
                    loan_id=loan.id,
                    streamer_id=loan.streamer_id,
                    kind=DepositKind.REFUND.value,
                    amount_fen=refund,
                    method=loan.deposit_method,
                    staff_id=staff_id,
                    at=now,
                )
            )
    else:
        owed = owe_what_is_held(uow, loan, staff_id, now)
    uow.record_event(
        LoanClosed(loan_id=loan.id, number=loan.number, refund_fen=refund, owed_fen=owed, method=loan.deposit_method),
        staff_id=staff_id,
        at=now,
    )
    return True, refund, owed


def take_back(
    uow: UnitOfWork, item: LoanItem, condition: str, note: str, staff_id: str, showroom_id: str, now: datetime
) -> None:
    """The rows of one sample coming back (check_in, and a stocktake's find)."""
    back = coming_back(item.sample_id, item.loan_id, item.loan.streamer_id, condition, note, staff_id, showroom_id, now)
    for column, value in back.item.items():
        setattr(item, column, value)
    for column, value in back.sample.items():
        setattr(item.sample, column, value)
    uow.session.add(SampleMovement(**back.movement))


def record_returns(
    uow: UnitOfWork, staff_id: str, showroom_id: str, taken: list[tuple[LoanItem, str, str]], now: datetime
) -> None:
    """The rows and the event of samples coming back, each (open item, condition, note): check_in, and a
    stocktake that finds a lent sample on the shelf (showroom/services/stocktake.py)."""
    items = []
    for item, condition, note in taken:
        take_back(uow, item, condition, note, staff_id, showroom_id, now)
        items.append(
            ReturnedItem(
                loan_id=item.loan_id,
                sample_id=item.sample_id,
                code=item.sample.code,
                condition=condition,
                note=note.strip(),
            )
        )
    uow.record_event(SamplesCheckedIn(showroom_id=showroom_id, items=items), staff_id=staff_id, at=now)


@changes(Topic.SAMPLES, Topic.LOANS, Topic.STREAMERS)
def check_in(uow: UnitOfWork, actor: Actor, returns: list[ReturnRequest], now: datetime | None = None) -> CheckinResult:
    now = resolve_now(now)
    if not returns:
        raise InvalidInput("returns", "required")
    codes = scanned_codes([r.code for r in returns])
    for r in returns:
        try:
            ReturnCondition(r.condition)
        except ValueError:
            raise InvalidInput("condition", "unknown_condition", r.condition) from None
        optional_text("note", r.note, 300)
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "check_in")
        room = local_showroom(uow)
        tz = local_tz(uow)
        pairs = [(req, code, comes_from_elsewhere(uow, code)) for req, code in zip(returns, codes)]
        foreign = [(c, r.condition, r.note, r.photo_ids) for r, c, away in pairs if away]
        elsewhere = take_elsewhere(uow, staff, foreign, now)
        here = [(r, c) for r, c, away in pairs if not away]
        taken = [(_open_item(uow, code), req.condition, req.note) for req, code in here]
        require_damage_photos(
            uow, [(item, req.condition, req.photo_ids) for (item, _c, _n), (req, _) in zip(taken, here)]
        )
        if taken:
            record_returns(uow, staff.id, room.id, taken, now)
        touched: dict[str, tuple[Loan, list[str]]] = {}
        for item, _condition, _note in taken:
            touched.setdefault(item.loan_id, (item.loan, []))[1].append(item.sample.code)
        results = []
        for loan, returned in touched.values():
            closed, refund, _owed = close_if_done(uow, loan, staff.id, now)
            streamer = uow.session.get(Streamer, loan.streamer_id)
            results.append(
                LoanAfterReturn(
                    loan_number=loan.number,
                    streamer_name=streamer.name,
                    returned=returned,
                    still_out=holdings(uow, streamer.id, now, tz),
                    closed=closed,
                    refunded_fen=refund,
                    refund_method=loan.deposit_method,
                )
            )
        # a mailed loan's parcel: received once nothing of it is out (showroom/services/mailing_rows.py)
        parcels_received(uow, {loan.id: len(back) for loan, back in touched.values()}, staff.id, now)
        uow.commit()
        return CheckinResult(returned_at=now, loans=results, elsewhere=elsewhere)


@changes(Topic.SAMPLES, Topic.LOANS, Topic.STREAMERS)
def declare_lost(
    uow: UnitOfWork,
    actor: Actor,
    code: str,
    settlement: str,
    note: str = "",
    charge_method: str = DepositMethod.CASH.value,
    now: datetime | None = None,
) -> LossResult:
    """Manager only. Forfeit the deposit held (up to the unit value) or charge the unit value. When this
    closes the loan, the deposit left is owed to the streamer (paid at their next visit), never refunded."""
    now = resolve_now(now)
    settlement, charge_method, note = _checked_loss(settlement, charge_method, note)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "declare_lost")
        item = _open_item(uow, code)
        loan = item.loan
        item.lost_at = now
        item.sample.status = SampleStatus.LOST.value
        forfeited, charged = _settle_loss(uow, item, settlement, charge_method, staff.id, note, now)
        item.charge_fen = forfeited + charged
        uow.session.add(
            SampleMovement(
                sample_id=item.sample_id,
                kind=MovementKind.DECLARED_LOST.value,
                at=now,
                staff_id=staff.id,
                loan_id=loan.id,
                streamer_id=loan.streamer_id,
                detail=note,
            )
        )
        uow.record_event(
            SampleDeclaredLost(
                loan_id=loan.id,
                sample_id=item.sample_id,
                code=item.sample.code,
                settlement=settlement,
                forfeited_fen=forfeited,
                charged_fen=charged,
                charge_method=charge_method,
                note=note,
            ),
            staff_id=staff.id,
            at=now,
        )
        # a loss is declared at the desk, not with the streamer: what the loan still holds is owed to them
        closed, refund, owed = close_if_done(uow, loan, staff.id, now, streamer_here=False)
        uow.commit()
        return LossResult(
            sample_code=item.sample.code,
            loan_number=loan.number,
            forfeited_fen=forfeited,
            charged_fen=charged,
            refunded_fen=refund,
            loan_closed=closed,
            owed_fen=owed,
        )


def _checked_loss(settlement: str, charge_method: str, note: str) -> tuple[str, str, str]:
    try:
        settlement = LossSettlement(settlement).value
    except ValueError:
        raise InvalidInput("settlement", "unknown_settlement", settlement) from None
    try:
        charge_method = DepositMethod(charge_method).value
    except ValueError:
        raise InvalidInput("charge_method", "unknown_method", charge_method) from None
    return settlement, charge_method, required_text("note", note, 300)


def _settle_loss(
    uow: UnitOfWork, item: LoanItem, settlement: str, charge_method: str, staff_id: str, note: str, now: datetime
) -> tuple[int, int]:
    """The deposit kept (up to the unit value) or the unit value charged: (forfeited, charged)."""
    loan = item.loan
    if settlement == LossSettlement.FORFEIT_DEPOSIT.value:
        forfeited = min(deposit_balance(uow, loan_id=loan.id), item.value_fen)
        if forfeited <= 0:  # nothing held to keep: the manager must charge instead
            raise InvalidInput("settlement", "no_deposit_held", loan.number)
        kind, amount, method, answer = DepositKind.FORFEIT.value, forfeited, loan.deposit_method, (forfeited, 0)
    else:
        kind, amount, method, answer = DepositKind.CHARGE.value, item.value_fen, charge_method, (0, item.value_fen)
    uow.session.add(
        DepositEntry(
            loan_id=loan.id,
            streamer_id=loan.streamer_id,
            kind=kind,
            amount_fen=amount,
            method=method,
            staff_id=staff_id,
            at=now,
            note=note,
        )
    )
    return answer


@changes(Topic.SAMPLES, Topic.LOANS, Topic.STREAMERS)
def extend_due_date(
    uow: UnitOfWork, actor: Actor, number: str, new_due_day: date, reason: str, now: datetime | None = None
) -> DueChange:
    """Manager only; the old and new dates and the reason are kept."""
    now = resolve_now(now)
    reason = required_text("reason", reason, 300)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "extend_due_date")
        loan = uow.session.scalar(select(Loan).where(Loan.number == clean_scan(number)))
        if loan is None:
            raise NotFound("loan", number)
        if loan.closed_at is not None:
            raise InvalidInput("loan", "loan_closed", loan.number)
        tz = local_tz(uow)
        new_due = end_of_local_day(new_due_day, tz)
        if new_due <= now:
            raise InvalidInput("due_date", "in_past", new_due_day.isoformat())
        if new_due <= loan.due_at:
            raise InvalidInput("due_date", "not_later", loan.due_at.astimezone(tz).date().isoformat())
        old = loan.due_at
        loan.due_at = new_due
        uow.session.add(
            DueDateChange(loan_id=loan.id, old_due_at=old, new_due_at=new_due, reason=reason, staff_id=staff.id, at=now)
        )
        for item in loan.items:
            if item_is_open(item):
                uow.session.add(
                    SampleMovement(
                        sample_id=item.sample_id,
                        kind=MovementKind.DUE_EXTENDED.value,
                        at=now,
                        staff_id=staff.id,
                        loan_id=loan.id,
                        streamer_id=loan.streamer_id,
                        detail=reason,
                    )
                )
        uow.record_event(
            LoanDueExtended(loan_id=loan.id, number=loan.number, old_due_at=old, new_due_at=new_due, reason=reason),
            staff_id=staff.id,
            at=now,
        )
        uow.commit()
        return DueChange(loan_number=loan.number, old_due_at=old, new_due_at=new_due)
