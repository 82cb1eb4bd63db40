"""The facts each printed paper needs, read in one query transaction: labels, return receipts, cards.

Check-out receipts come from checkout.loan_receipt. The UI turns these facts into printing data
(translating stored values and converting UTC to local time) and never reads rows itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from db.models import DepositEntry, Loan, LoanItem, Merchant, Product, Sample, Staff, Streamer
from db.photo_models import Photo
from db.uow import UnitOfWork
from showroom.domain.codes import clean_scan
from showroom.domain.errors import NotFound, UnknownCode
from showroom.domain.model import DepositKind, ReturnCondition
from showroom.domain.photos import PhotoKind
from showroom.domain.policy import days_overdue
from showroom.photo_files import photo_path
from showroom.services.common import local_showroom, local_tz, resolve_now
from showroom.services.records import OPEN_ITEM, streamer_view
from showroom.services.views import StreamerView


@dataclass(frozen=True)
class LabelFacts:
    code: str
    product_name: str
    merchant_name: str
    shelf: str


@dataclass(frozen=True)
class ReturnedFacts:
    code: str
    product_name: str
    loan_number: str
    condition: str  # good | damaged | parts_missing
    days_late: int
    note: str
    photo_paths: tuple[str, ...] = ()  # its photos at return whose files are here (printed on a damage line)


@dataclass(frozen=True)
class StillOutFacts:
    code: str
    product_name: str
    loan_number: str
    due_at: datetime
    days_overdue: int


@dataclass(frozen=True)
class RefundFacts:
    loan_number: str
    amount_fen: int
    method: str


@dataclass(frozen=True)
class ReturnReceiptFacts:
    showroom_name: str
    returned_at: datetime
    staff_name: str
    streamer_name: str
    streamer_phone: str
    member_code: str
    returned: list[ReturnedFacts]
    still_out: list[StillOutFacts]
    refunds: list[RefundFacts]
    closed_loans: list[str]


@dataclass(frozen=True)
class MemberCardFacts:
    showroom_name: str
    streamer: StreamerView


def label_facts(uow: UnitOfWork, codes: list[str]) -> list[LabelFacts]:
    """Labels for these sample codes, in the order given; an unknown code refuses the whole batch."""
    cleaned = [clean_scan(c) for c in codes]
    # One joined query (not a lazy load of product and merchant per label): 1,000 labels, 1 round trip.
    q = (
        select(Sample.code, Product.name, Merchant.name, Sample.shelf)
        .join(Product, Sample.product_id == Product.id)
        .join(Merchant, Product.merchant_id == Merchant.id)
        .where(Sample.code.in_(set(cleaned)))
    )
    with uow.read():
        facts = {
            code: LabelFacts(code, product, merchant, shelf)
            for code, product, merchant, shelf in uow.session.execute(q)
        }
        missing = [c for c in cleaned if c not in facts]
        if missing:
            raise UnknownCode(missing[0])
        return [facts[c] for c in cleaned]


def member_card_facts(uow: UnitOfWork, member_code: str) -> MemberCardFacts:
    with uow.read():
        streamer = uow.session.scalar(select(Streamer).where(Streamer.member_code == clean_scan(member_code)))
        if streamer is None:
            raise NotFound("streamer", member_code)
        return MemberCardFacts(local_showroom(uow).name, streamer_view(streamer))


def return_receipts(
    uow: UnitOfWork, loan_numbers: list[str], returned_at: datetime | None = None, now: datetime | None = None
) -> list[ReturnReceiptFacts]:
    """One receipt per streamer: what came back at `returned_at` (every return so far when None, for a
    reprint), what they still hold anywhere, and the deposit refunded on these loans."""
    now = resolve_now(now)
    with uow.read():
        loans = uow.session.scalars(
            select(Loan).where(Loan.number.in_([clean_scan(n) for n in loan_numbers])).order_by(Loan.opened_at)
        ).all()
        if len(loans) != len(set(loan_numbers)):
            known = {loan.number for loan in loans}
            raise NotFound("loan", next(n for n in loan_numbers if clean_scan(n) not in known))
        by_streamer: dict[str, list[Loan]] = {}
        for loan in loans:
            by_streamer.setdefault(loan.streamer_id, []).append(loan)
        return [_receipt(uow, streamer_loans, returned_at, now) for streamer_loans in by_streamer.values()]


def _receipt(uow: UnitOfWork, loans: list[Loan], returned_at: datetime | None, now) -> ReturnReceiptFacts:
    tz = local_tz(uow)
    streamer = uow.session.get(Streamer, loans[0].streamer_id)
    loan_ids = [loan.id for loan in loans]
    returned_q = select(LoanItem).where(LoanItem.loan_id.in_(loan_ids), LoanItem.returned_at.is_not(None))
    if returned_at is not None:
        returned_q = returned_q.where(LoanItem.returned_at == returned_at)
    returned = uow.session.scalars(returned_q.order_by(LoanItem.returned_at, LoanItem.position)).all()
    last_staff = uow.session.get(Staff, returned[-1].return_staff_id) if returned else None
    still_out = uow.session.scalars(
        select(LoanItem)
        .join(Loan)
        .where(Loan.streamer_id == streamer.id, *OPEN_ITEM)
        .order_by(Loan.due_at, LoanItem.position)
    ).all()
    refunds_q = select(DepositEntry).where(
        DepositEntry.loan_id.in_(loan_ids), DepositEntry.kind == DepositKind.REFUND.value
    )
    if returned_at is not None:
        refunds_q = refunds_q.where(DepositEntry.at == returned_at)
    number = {loan.id: loan.number for loan in loans}
    return ReturnReceiptFacts(
        showroom_name=local_showroom(uow).name,
        returned_at=returned_at or (returned[-1].returned_at if returned else now),
        staff_name=last_staff.name if last_staff else "",
        streamer_name=streamer.name,
        streamer_phone=streamer.phone,
        member_code=streamer.member_code,
        returned=[
            ReturnedFacts(
                i.sample.code,
                i.sample.product.name,
                i.loan.number,
                i.return_condition or "good",
                days_overdue(i.loan.due_at, i.returned_at, tz),
                i.return_note,
                _return_photos(uow, i),
            )
            for i in returned
        ],
        still_out=[
            StillOutFacts(
                i.sample.code, i.sample.product.name, i.loan.number, i.loan.due_at, days_overdue(i.loan.due_at, now, tz)
            )
            for i in still_out
        ],
        refunds=[
            RefundFacts(number[e.loan_id], e.amount_fen, e.method)
            for e in uow.session.scalars(refunds_q.order_by(DepositEntry.at))
        ],
        closed_loans=[loan.number for loan in loans if loan.closed_at is not None],
    )


def _return_photos(uow: UnitOfWork, item: LoanItem) -> tuple[str, ...]:
    """The files of the photos taken at this item's return, for a line not in good condition."""
    data_dir = getattr(uow, "data_dir", None)
    if data_dir is None or (item.return_condition or "good") == ReturnCondition.GOOD.value:
        return ()
    rows = uow.session.execute(
        select(Photo.sha256, Photo.ext)
        .where(Photo.sample_id == item.sample_id, Photo.loan_id == item.loan_id, Photo.kind == PhotoKind.RETURN.value)
        .order_by(Photo.taken_at, Photo.id)
    ).all()
    paths = [photo_path(data_dir, sha256, ext) for sha256, ext in rows]
    return tuple(str(p) for p in paths if p.is_file())
