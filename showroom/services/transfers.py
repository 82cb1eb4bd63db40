"""Transfer (调拨) use cases: a manager sends samples of this showroom to another on a slip with its own number
(the samples are in transit from then on, lent by neither city), or calls the transfer back before it is
received; the other city, which learns of the transfer through HQ, receives it by scanning the slip and the
samples, and says what differed. Each is one transaction with its event. Rules and the decisions behind
them: showroom/domain/transfers.py; what is read back: showroom/services/transfer_views.py.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Merchant, Product, Sample, ShowroomRow, Staff
from db.transfer_models import Transfer
from db.uow import UnitOfWork
from kernel.events import (
    ReceivedLine,
    SentSample,
    TransferCancelled,
    TransferReceived,
    TransferredProduct,
    TransferSent,
)
from kernel.events.vocabulary import MAX_ITEMS
from showroom.domain.codes import CodeKind, classify, clean_scan, scanned_codes, transfer_number, transfer_series
from showroom.domain.errors import InvalidInput, TransferRefused
from showroom.domain.model import MovementKind, Role, SampleStatus
from showroom.domain.transfers import Direction, ScanAnswer, TransferState, outcomes, receipt_scan, state_after
from showroom.services.changes import Topic, changes
from showroom.services.common import (
    Actor,
    acting_staff,
    local_showroom,
    local_tz,
    next_number,
    optional_text,
    required_text,
    resolve_now,
)
from showroom.services.transfer_rows import PRODUCT_FIELDS, lines_of, move_samples, record_outcomes, take_in, write_sent
from showroom.services.transfer_views import SendCandidate, TransferView, sample_to_send, sent_view, view_of

# what a slip is checked and written from: plain rows (200 ORM objects to build and track were several ms of a send)
SENT_COLUMNS = (Sample.id, Sample.code, Sample.product_id, Sample.showroom_id, Sample.status)
PRODUCT_PAYLOAD = ("merchant_id", *PRODUCT_FIELDS, "sample_value_fen", "ean")


def product_payloads(session: Session, product_ids: set[str]) -> list[TransferredProduct]:
    """The products of the samples sent, each with its merchant's name (one query, plain rows: a slip of 200
    samples may hold 200 products)."""
    rows = session.execute(
        select(Product.id.label("product_id"), Merchant.name.label("merchant_name"))
        .add_columns(*(getattr(Product, f) for f in PRODUCT_PAYLOAD))
        .join(Merchant, Merchant.id == Product.merchant_id)
        .where(Product.id.in_(product_ids))
        .order_by(Product.id)
    )
    return [TransferredProduct(**row._asdict()) for row in rows]


def check_sendable(uow: UnitOfWork, raw: str) -> SendCandidate:
    """One scan while a slip is being made: the sample and its product, or TransferRefused (not this
    showroom's, not in stock). Writes nothing."""
    code = clean_scan(raw)
    with uow.read():
        sample = sample_to_send(uow.session, local_showroom(uow).id, code)
        return SendCandidate(code=code, product=sample.product.name, shelf=sample.shelf)


def _destination(uow: UnitOfWork, code: str) -> ShowroomRow:
    if not code:
        raise TransferRefused("no_destination")
    room = uow.session.scalar(select(ShowroomRow).where(ShowroomRow.code == code))
    if room is None:
        raise TransferRefused("unknown_destination", showroom=code)
    if room.is_local:
        raise TransferRefused("own_showroom", showroom=code)
    return room


@changes(Topic.TRANSFERS, Topic.SAMPLES)
def send_transfer(
    uow: UnitOfWork, actor: Actor, to_showroom: str, codes: Sequence[str], note: str = "", now: datetime | None = None
) -> TransferView:
    """Manager only. Every sample scanned must be this showroom's and in stock; all go or none does."""
    now = resolve_now(now)
    wanted, note = scanned_codes(list(codes)), optional_text("note", note, 300)
    if len(wanted) > MAX_ITEMS:
        raise InvalidInput("codes", "too_many", len(wanted))
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "send_transfer")
        view = send_within(uow, staff, to_showroom, wanted, note, now)
        uow.commit()
        return view


def send_within(
    uow: UnitOfWork, staff: Staff, to_showroom: str, wanted: list[str], note: str, now: datetime
) -> TransferView:
    """Inside an open unit of work, for a manager already checked: the transfer of the samples `wanted` (scanned
    codes, a note already checked), its rows and its event. send_transfer, and a return elsewhere sent back
    (showroom/services/elsewhere_settle.py), in their own transaction."""
    s, room = uow.session, local_showroom(uow)
    dest = _destination(uow, clean_scan(to_showroom))
    found = {x.code: x for x in s.execute(select(*SENT_COLUMNS).where(Sample.code.in_(wanted)))}
    samples = []
    for code in wanted:
        sample = found.get(code)
        if sample is None or sample.showroom_id != room.id:
            raise TransferRefused("not_ours", code=code)
        if sample.status != SampleStatus.IN_STOCK:
            raise TransferRefused("not_sendable", code=code, status=sample.status)
        samples.append(sample)
    day = now.astimezone(local_tz(uow)).date()
    number = transfer_number(room.code, day, next_number(uow, transfer_series(day)))
    event = TransferSent(
        transfer_id=str(uuid.uuid4()),
        number=number,
        to_showroom=dest.code,
        to_name=dest.name,
        sent_by=staff.name,
        note=note,
        products=product_payloads(s, {x.product_id for x in samples}),
        samples=[SentSample(sample_id=x.id, code=x.code, product_id=x.product_id) for x in samples],
    )
    transfer = write_sent(s, event.transfer_id, number, (room, dest), staff.name, note, event.samples, now)
    ids = [x.id for x in samples]
    move_samples(s, ids, SampleStatus.IN_TRANSIT, MovementKind.TRANSFER_SENT, staff.id, now, number)
    uow.record_event(event, staff_id=staff.id, at=now)
    names = {p.product_id: p.name for p in event.products}
    return sent_view(transfer, [(x.code, names[x.product_id]) for x in samples])


def _transfer(uow: UnitOfWork, transfer_id: str, direction: Direction) -> Transfer:
    transfer = uow.session.get(Transfer, transfer_id)
    if transfer is None:
        raise TransferRefused("no_such_transfer", number=transfer_id)
    if transfer.direction != direction:
        raise TransferRefused("not_outgoing" if direction == Direction.OUT else "not_incoming", number=transfer.number)
    if transfer.state != TransferState.SENT:
        raise TransferRefused("not_in_transit", number=transfer.number)
    return transfer


@changes(Topic.TRANSFERS, Topic.SAMPLES)
def cancel_transfer(
    uow: UnitOfWork, actor: Actor, transfer_id: str, reason: str, now: datetime | None = None
) -> TransferView:
    """Manager only, while the transfer is in transit as far as this counter knows: its samples are in stock
    here again. (Received meanwhile in the other city, offline: HQ keeps both facts and says so to both.)"""
    now = resolve_now(now)
    reason = required_text("reason", reason, 300)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "cancel_transfer")
        transfer = _transfer(uow, transfer_id, Direction.OUT)
        call_back(uow.session, transfer, reason, staff.id, now)
        uow.record_event(
            TransferCancelled(transfer_id=transfer.id, number=transfer.number, reason=reason), staff_id=staff.id, at=now
        )
        view = view_of(uow, transfer)
        uow.commit()
        return view


def call_back(s: Session, transfer: Transfer, reason: str, staff_id: str | None, at: datetime) -> None:
    """The samples of the slip still in transit here are in stock again (the use case and its replay)."""
    ids = [line.sample_id for line in lines_of(s, transfer.id) if line.sample_id]
    still = list(s.scalars(select(Sample.id).where(Sample.id.in_(ids), Sample.status == SampleStatus.IN_TRANSIT)))
    move_samples(s, still, SampleStatus.IN_STOCK, MovementKind.TRANSFER_CANCELLED, staff_id, at, transfer.number)
    transfer.state, transfer.reason, transfer.ended_at = TransferState.CANCELLED.value, reason, at


def open_incoming(uow: UnitOfWork, raw: str) -> TransferView:
    """The slip scanned at the receiving counter: an incoming transfer still in transit (this counter learnt
    of it at its last sync), or TransferRefused saying why not."""
    code = clean_scan(raw)
    if classify(code) != CodeKind.TRANSFER:
        raise TransferRefused("not_a_transfer_code", code=code)
    with uow.read():
        transfer = uow.session.scalar(select(Transfer).where(Transfer.number == code))
        if transfer is None:
            raise TransferRefused("no_such_transfer", number=code)
        return view_of(uow, _transfer(uow, transfer.id, Direction.IN))


def check_receipt_scan(uow: UnitOfWork, transfer_id: str, scanned: Sequence[str], raw: str) -> ScanAnswer:
    """One sample scanned while receiving: on the slip, scanned already, or extra. Writes nothing; a code that
    is no sample's form is refused."""
    code = clean_scan(raw)
    if classify(code) != CodeKind.SAMPLE:
        raise TransferRefused("not_a_sample_code", code=code)
    with uow.read():
        transfer = _transfer(uow, transfer_id, Direction.IN)
        on_slip = {line.code for line in lines_of(uow.session, transfer.id)}
        return receipt_scan(on_slip, {clean_scan(c) for c in scanned}, code)


@changes(Topic.TRANSFERS, Topic.SAMPLES, Topic.CATALOG)
def receive_transfer(
    uow: UnitOfWork,
    actor: Actor,
    transfer_id: str,
    scanned: Sequence[str],
    damaged: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> TransferView:
    """Any clerk. The samples scanned of the slip are this showroom's from now, in stock (damaged ones with
    their note, which is required); those not scanned are short; codes scanned that the slip does not list
    are extra. The sender and HQ learn of it by sync."""
    now = resolve_now(now)
    codes = list(dict.fromkeys(clean_scan(c) for c in scanned))
    if not codes:
        raise TransferRefused("nothing_scanned")
    if wrong := next((c for c in codes if classify(c) != CodeKind.SAMPLE), None):
        raise TransferRefused("not_a_sample_code", code=wrong)
    notes = {clean_scan(c): required_text("note", n, 300) for c, n in (damaged or {}).items()}
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "receive_transfer")
        s = uow.session
        transfer = _transfer(uow, transfer_id, Direction.IN)
        listed = {line.code: line for line in lines_of(s, transfer.id)}
        lines = [
            (listed[c].sample_id if c in listed else None, c, listed[c].product_id if c in listed else None, o.value, n)
            for c, o, n in outcomes(list(listed), codes, notes)
        ]
        record_outcomes(s, transfer, lines)
        transfer.state = state_after([(c, o, n) for _i, c, _p, o, n in lines]).value
        transfer.received_at = transfer.ended_at = now
        transfer.received_by = staff.name
        take_in(s, transfer, local_showroom(uow).id, staff.id, now)
        uow.record_event(received_event(transfer, lines), staff_id=staff.id, at=now)
        view = view_of(uow, transfer)
        uow.commit()
        return view


def received_event(transfer: Transfer, lines: list[tuple]) -> TransferReceived:
    return TransferReceived(
        transfer_id=transfer.id,
        number=transfer.number,
        from_showroom=transfer.from_code,
        from_name=transfer.from_name,
        sent_at=transfer.sent_at,
        sent_by=transfer.sent_by,
        received_by=transfer.received_by,
        products=[TransferredProduct(**p) for p in json.loads(transfer.products)],
        samples=[
            ReceivedLine(sample_id=sid, code=code, product_id=pid, outcome=outcome, note=note)
            for sid, code, pid, outcome, note in lines
        ],
    )
