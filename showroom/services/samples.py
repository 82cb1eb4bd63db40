"""The Samples screen: search and filter every unit, and one sample's full history."""
from __future__ import annotations

from sqlalchemy import literal_column, or_, select

from db.models import Loan, LoanItem, Merchant, Product, Sample, SampleMovement, Staff, Streamer
from db.uow import UnitOfWork
from showroom.domain.codes import clean_scan
from showroom.services.catalog import _product_view
from showroom.services.common import LIKE_ESCAPE, like_pattern
from showroom.services.records import OPEN_ITEM, sample_by_code
from showroom.services.views import HistoryEntry, SampleDetail, SampleRow


def _rows_query():
    open_items = select(LoanItem).where(*OPEN_ITEM).subquery()
    return (select(Sample, Product.name, Merchant.name, Product.sample_value_fen, Streamer.name, Loan.number,
                   Loan.due_at)
            .join(Product, Sample.product_id == Product.id).join(Merchant, Product.merchant_id == Merchant.id)
            .outerjoin(open_items, open_items.c.sample_id == Sample.id)
            .outerjoin(Loan, Loan.id == open_items.c.loan_id)
            .outerjoin(Streamer, Streamer.id == Loan.streamer_id))


def _row(sample, product, merchant, value, holder, number, due) -> SampleRow:
    return SampleRow(id=sample.id, code=sample.code, product_name=product, merchant_name=merchant,
                     status=sample.status, shelf=sample.shelf, value_fen=value, received_at=sample.received_at,
                     holder_name=holder, loan_number=number, due_at=due, condition_note=sample.condition_note)


def list_samples(uow: UnitOfWork, text: str = "", status: str | None = None, merchant_id: str | None = None,
                 limit: int = 5000) -> list[SampleRow]:
    q = _rows_query().order_by(Sample.code).limit(limit)
    text = (text or "").strip()
    if text:
        like = like_pattern(text)
        q = q.where(or_(Sample.code == clean_scan(text),
                        Sample.code.like(like_pattern(clean_scan(text)), escape=LIKE_ESCAPE),
                        *(column.like(like, escape=LIKE_ESCAPE) for column in
                          (Product.name, Merchant.name, Streamer.name))))
    if status:
        q = q.where(Sample.status == status)
    if merchant_id:
        q = q.where(Product.merchant_id == merchant_id)
    with uow.read():
        return [_row(*r) for r in uow.session.execute(q)]


def sample_detail(uow: UnitOfWork, code: str) -> SampleDetail:
    with uow.read():
        sample = sample_by_code(uow, code)
        row = _row(*uow.session.execute(_rows_query().where(Sample.id == sample.id)).one())
        q = (select(SampleMovement, Staff.name, Streamer.name, Loan.number)
             .join(Staff, Staff.id == SampleMovement.staff_id)
             .outerjoin(Streamer, Streamer.id == SampleMovement.streamer_id)
             .outerjoin(Loan, Loan.id == SampleMovement.loan_id)
             .where(SampleMovement.sample_id == sample.id)
             .order_by(SampleMovement.at, literal_column("sample_movement.rowid")))
        history = [HistoryEntry(at=m.at, kind=m.kind, staff_name=staff, streamer_name=streamer,
                                loan_number=number, detail=m.detail)
                   for m, staff, streamer, number in uow.session.execute(q)]
        return SampleDetail(row=row, product=_product_view(sample.product), history=history)
