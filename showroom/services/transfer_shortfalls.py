"""Samples short on a transfer, settled afterwards (调拨短少的后续). At the sender a manager says what became of
each sample the receipt found short: found here (in stock again) or lost (no streamer held it: no one is
charged). At the receiver a short sample that turns up later is scanned on its slip and received late, into
this showroom's stock like the others, offline too. Each is one transaction with its event; HQ tells the other
city. Rules and the decisions behind them: showroom/domain/shortfalls.py; rows: shortfall_rows.py; what is
read back: shortfall_views.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Sample
from db.transfer_models import Transfer, TransferLine
from db.uow import UnitOfWork
from kernel.events import LateSample, ShortSample, TransferArrivedLate, TransferShortSettled
from showroom.domain.codes import CodeKind, classify, clean_scan, scanned_codes
from showroom.domain.errors import InvalidInput, TransferRefused
from showroom.domain.model import Role
from showroom.domain.shortfalls import SENDER_SETTLES, Settlement, late_scan, may_arrive_late, settle_refusal
from showroom.domain.transfers import Direction, LineOutcome, ScanAnswer, TransferState
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, local_showroom, optional_text, required_text, resolve_now
from showroom.services.shortfall_rows import Late, Settled, arrive_late, settle_at_sender, settlements_of
from showroom.services.transfer_rows import lines_of
from showroom.services.transfer_views import TransferView, view_of
from showroom.services.transfers import open_incoming


def _transfer(uow: UnitOfWork, transfer_id: str, direction: Direction) -> Transfer:
    transfer = uow.session.get(Transfer, transfer_id)
    if transfer is None:
        raise TransferRefused("no_such_transfer", number=transfer_id)
    if transfer.direction != direction:
        raise TransferRefused("not_outgoing" if direction == Direction.OUT else "not_incoming", number=transfer.number)
    return transfer


def _settlement(value: str) -> Settlement:
    if value not in SENDER_SETTLES:
        raise InvalidInput("settlement", "unknown", value)
    return Settlement(value)


def _settleable(s: Session, transfer: Transfer, wanted: list[str]) -> list[tuple[str, str]]:
    """(sample id, code) of each code wanted, every one a short line of the transfer the sender may settle;
    TransferRefused names the first that is not."""
    lines, held = {line.code: line for line in lines_of(s, transfer.id)}, settlements_of(s, transfer.id)
    ids = [line.sample_id for c in wanted if (line := lines.get(c)) is not None and line.sample_id]
    status = dict(s.execute(select(Sample.id, Sample.status).where(Sample.id.in_(ids))).tuples().all())
    chosen = []
    for code in wanted:
        line = lines.get(code)
        settled = held[code].settlement if code in held else ""
        problem = (
            "not_short"
            if line is None
            else settle_refusal(line.outcome, transfer.state, settled, status.get(line.sample_id, ""))
        )
        if problem:
            raise TransferRefused(problem, code=code, number=transfer.number)
        chosen.append((line.sample_id, code))
    return chosen


@changes(Topic.TRANSFERS, Topic.SAMPLES)
def settle_short(
    uow: UnitOfWork,
    actor: Actor,
    transfer_id: str,
    codes: Sequence[str],
    settlement: str,
    note: str = "",
    now: datetime | None = None,
) -> TransferView:
    """Manager only, at the sender: samples of a transfer sent from here that its receipt found short are found
    here (in stock again; a note if wanted) or declared lost (a reason required). All or none."""
    now, how = resolve_now(now), _settlement(settlement)
    lost = how == Settlement.DECLARED_LOST
    note = required_text("reason", note, 300) if lost else optional_text("note", note, 300)
    wanted = scanned_codes(list(codes))
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "settle_short")
        s = uow.session
        transfer = _transfer(uow, transfer_id, Direction.OUT)
        chosen = _settleable(s, transfer, wanted)
        settle_at_sender(s, transfer, chosen, Settled(how, now, staff.name, note), staff.id)
        event = TransferShortSettled(
            transfer_id=transfer.id,
            number=transfer.number,
            outcome=how.value,
            settled_by=staff.name,
            note=note,
            samples=[ShortSample(sample_id=sid, code=code) for sid, code in chosen],
        )
        uow.record_event(event, staff_id=staff.id, at=now)
        view = view_of(uow, transfer)
        uow.commit()
        return view


@dataclass(frozen=True)
class OpenedSlip:
    """A slip scanned at the receiving counter: to receive (in transit), or received short with samples that may
    still arrive (`late`: the view lists only those)."""

    view: TransferView
    late: bool


def open_slip(uow: UnitOfWork, raw: str) -> OpenedSlip:
    """An incoming transfer in transit (as transfers.open_incoming), else one received here short whose short
    samples may still arrive; TransferRefused says why neither."""
    try:
        return OpenedSlip(open_incoming(uow, raw), False)
    except TransferRefused as refused:
        if refused.problem != "not_in_transit":
            raise
        not_in_transit = refused
    with uow.read():
        transfer = uow.session.scalar(select(Transfer).where(Transfer.number == not_in_transit.facts["number"]))
        if transfer.state != TransferState.PARTLY_RECEIVED:
            raise not_in_transit  # received whole, or called back
        waiting = _receivable(uow, transfer)
        if not waiting:
            raise TransferRefused("nothing_short", number=transfer.number)
        return OpenedSlip(_only(view_of(uow, transfer), waiting), True)


def incoming_short_transfer_of(uow: UnitOfWork, raw: str) -> OpenedSlip | None:
    """A sample scanned at the receiving counter without its slip: the slip it may still arrive on, opened late
    as open_slip does, when it is short on exactly one transfer received here; else None. Writes nothing."""
    code = clean_scan(raw)
    if classify(code) != CodeKind.SAMPLE:
        return None
    with uow.read():
        candidates = uow.session.scalars(
            select(Transfer)
            .join(TransferLine, TransferLine.transfer_id == Transfer.id)
            .where(
                Transfer.direction == Direction.IN,
                Transfer.state == TransferState.PARTLY_RECEIVED,
                TransferLine.code == code,
                TransferLine.outcome == LineOutcome.SHORT,
            )
        ).all()
        found = [(t, waiting) for t in candidates if code in (waiting := _receivable(uow, t))]
        if len(found) != 1:
            return None  # not short here, or short on several slips: the clerk scans the slip
        transfer, waiting = found[0]
        return OpenedSlip(_only(view_of(uow, transfer), waiting), True)


def _receivable(uow: UnitOfWork, transfer: Transfer) -> dict[str, object]:
    """The lines of a transfer received here that may still arrive, by code."""
    held = settlements_of(uow.session, transfer.id)
    return {
        line.code: line
        for line in lines_of(uow.session, transfer.id)
        if may_arrive_late(line.outcome, transfer.state, held[line.code].settlement if line.code in held else "")
    }


def _only(view: TransferView, codes) -> TransferView:
    return TransferView(view.summary, tuple(line for line in view.lines if line.code in codes))


def check_late_scan(uow: UnitOfWork, transfer_id: str, scanned: Sequence[str], raw: str) -> ScanAnswer:
    """One sample scanned on a slip received short: it may arrive (ON_SLIP), or it is scanned already (AGAIN);
    anything else is refused. Writes nothing."""
    code = clean_scan(raw)
    if classify(code) != CodeKind.SAMPLE:
        raise TransferRefused("not_a_sample_code", code=code)
    with uow.read():
        transfer = _transfer(uow, transfer_id, Direction.IN)
        answer = late_scan(set(_receivable(uow, transfer)), {clean_scan(c) for c in scanned}, code)
        if answer is None:
            raise TransferRefused("not_short", code=code, number=transfer.number)
        return answer


@changes(Topic.TRANSFERS, Topic.SAMPLES, Topic.CATALOG)
def receive_late(
    uow: UnitOfWork,
    actor: Actor,
    transfer_id: str,
    scanned: Sequence[str],
    damaged: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> TransferView:
    """Any clerk, at the receiver: short samples of a transfer received here that turned up afterwards are this
    showroom's from now, in stock (a damaged one with its note), as if they had come with it."""
    now = resolve_now(now)
    codes = scanned_codes([clean_scan(c) for c in scanned])
    notes = {clean_scan(c): required_text("note", n, 300) for c, n in (damaged or {}).items()}
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "receive_late")
        s = uow.session
        transfer = _transfer(uow, transfer_id, Direction.IN)
        waiting = _receivable(uow, transfer)
        if wrong := next((c for c in codes if c not in waiting), None):
            raise TransferRefused("not_short", code=wrong, number=transfer.number)
        late = [Late(waiting[c].sample_id, c, waiting[c].product_id, notes.get(c, "")) for c in codes]
        arrive_late(
            s, transfer, late, local_showroom(uow).id, staff.id, Settled(Settlement.ARRIVED_LATE, now, staff.name, "")
        )
        event = TransferArrivedLate(
            transfer_id=transfer.id,
            number=transfer.number,
            from_showroom=transfer.from_code,
            received_by=staff.name,
            samples=[
                LateSample(sample_id=x.sample_id, code=x.code, product_id=x.product_id, note=x.note) for x in late
            ],
        )
        uow.record_event(event, staff_id=staff.id, at=now)
        view = view_of(uow, transfer)
        uow.commit()
        return view
