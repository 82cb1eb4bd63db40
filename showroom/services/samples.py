"""The Samples screen: search and filter every unit, and one sample's full history.

A big showroom holds 200,000 units, so the screen asks for one page at a time (`sample_page`):
filtered, sorted and counted in SQL, never all rows into memory.
"""
from __future__ import annotations

from sqlalchemy import func, literal_column, or_, select

from db.models import Loan, LoanItem, Merchant, Product, Sample, SampleMovement, Staff, Streamer
from db.uow import UnitOfWork
from showroom.domain.codes import clean_scan
from showroom.services.catalog import _product_view
from showroom.services.common import LIKE_ESCAPE, like_pattern
from showroom.services.records import OPEN_ITEM, sample_by_code
from showroom.services.views import HistoryEntry, SampleDetail, SamplePage, SampleRow

PAGE = 200
# What the screen may sort by; every order ends on the code, so pages never overlap or skip.
SORTS = {"code": Sample.code, "product": Product.name, "merchant": Merchant.name, "status": Sample.status,
         "shelf": Sample.shelf, "holder": Streamer.name, "loan": Loan.number, "due": Loan.due_at,
         "value": Product.sample_value_fen}
NULLABLE = {"holder", "loan", "due"}   # samples in stock have none: they stay last either way


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


def _filtered(q, text: str, status: str | None, merchant_id: str | None):
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
    return q


def list_samples(uow: UnitOfWork, text: str = "", status: str | None = None, merchant_id: str | None = None,
                 limit: int = 5000) -> list[SampleRow]:
    q = _filtered(_rows_query(), text, status, merchant_id).order_by(Sample.code).limit(limit)
    with uow.read():
        return [_row(*r) for r in uow.session.execute(q)]


def _count(text: str, status: str | None, merchant_id: str | None):
    """Joins only what the filter needs: counting every unit of the showroom reads one index."""
    q = select(func.count(Sample.id))
    if (text or "").strip():
        q = _rows_query().with_only_columns(func.count(Sample.id))
    elif merchant_id:
        q = q.join(Product, Sample.product_id == Product.id)
    return _filtered(q, text, status, merchant_id)


def sample_page(uow: UnitOfWork, text: str = "", status: str | None = None, merchant_id: str | None = None,
                *, sort: str = "code", descending: bool = False, offset: int = 0, limit: int = PAGE,
                count: bool = True) -> SamplePage:
    """One page of the Samples list, sorted in SQL; `total` (when asked) counts every match."""
    column = SORTS.get(sort, Sample.code)
    order = [column.desc() if descending else column.asc(), Sample.code.desc() if descending else Sample.code]
    if sort in NULLABLE:
        order.insert(0, column.is_(None))
    q = _filtered(_rows_query(), text, status, merchant_id).order_by(*order).offset(offset).limit(limit)
    with uow.read():
        rows = [_row(*r) for r in uow.session.execute(q)]
        total = uow.session.scalar(_count(text, status, merchant_id)) if count else None
        return SamplePage(rows=rows, offset=offset, total=total)


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
