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
from showroom.services.records import HELD_BY_STREAMER, OPEN_ITEM, sample_by_code
from showroom.services.views import HistoryEntry, SampleDetail, SamplePage, SampleRow

PAGE = 200
# What the screen may sort by; every order ends on the code, so pages never overlap or skip.
SORTS = {
    "code": Sample.code,
    "product": Product.name,
    "merchant": Merchant.name,
    "status": Sample.status,
    "shelf": Sample.shelf,
    "holder": Streamer.name,
    "loan": Loan.number,
    "due": Loan.due_at,
    "value": Product.sample_value_fen,
}
NULLABLE = {"holder", "loan", "due"}  # samples in stock have none: they stay last either way


def _rows_query():
    open_items = select(LoanItem).where(*OPEN_ITEM).subquery()
    return (
        select(Sample, Product.name, Merchant.name, Product.sample_value_fen, Streamer.name, Loan.number, Loan.due_at)
        .join(Product, Sample.product_id == Product.id)
        .join(Merchant, Product.merchant_id == Merchant.id)
        .outerjoin(open_items, open_items.c.sample_id == Sample.id)
        .outerjoin(Loan, Loan.id == open_items.c.loan_id)
        .outerjoin(Streamer, Streamer.id == Loan.streamer_id)
    )


def _row(sample, product, merchant, value, holder, number, due) -> SampleRow:
    return SampleRow(
        id=sample.id,
        code=sample.code,
        product_name=product,
        merchant_name=merchant,
        status=sample.status,
        shelf=sample.shelf,
        value_fen=value,
        received_at=sample.received_at,
        holder_name=holder,
        loan_number=number,
        due_at=due,
        condition_note=sample.condition_note,
    )


def _text_match(text: str):
    """Code, product, merchant or holder (of the open loan). Each name is matched once in its own table
    and samples are found through their indexes, so no text is compared on 200,000 joined rows; a
    code holds no Chinese, so a Chinese text skips the code scan."""
    like, code = like_pattern(text), clean_scan(text)
    products = select(Product.id).where(
        or_(
            Product.name.like(like, escape=LIKE_ESCAPE),
            Product.merchant_id.in_(select(Merchant.id).where(Merchant.name.like(like, escape=LIKE_ESCAPE))),
        )
    )
    held = (
        select(LoanItem.sample_id)
        .join(Loan, Loan.id == LoanItem.loan_id)
        .join(Streamer, Streamer.id == Loan.streamer_id)
        .where(*HELD_BY_STREAMER, Streamer.name.like(like, escape=LIKE_ESCAPE))
    )
    terms = [Sample.code == code, Sample.product_id.in_(products), Sample.id.in_(held)]
    if code.isascii():
        terms.append(Sample.code.like(like_pattern(code), escape=LIKE_ESCAPE))
    return or_(*terms)


def _filtered(q, text: str, status: str | None, merchant_id: str | None):
    text = (text or "").strip()
    if text:
        q = q.where(_text_match(text))
    if status:
        q = q.where(Sample.status == status)
    if merchant_id:
        q = q.where(Sample.product_id.in_(select(Product.id).where(Product.merchant_id == merchant_id)))
    return q


def list_samples(
    uow: UnitOfWork, text: str = "", status: str | None = None, merchant_id: str | None = None, limit: int = 5000
) -> list[SampleRow]:
    q = _filtered(_rows_query(), text, status, merchant_id).order_by(Sample.code).limit(limit)
    with uow.read():
        return [_row(*r) for r in uow.session.execute(q)]


def _count(text: str, status: str | None, merchant_id: str | None):
    """No joins: every filter is a condition on the sample itself (counting all units reads one index)."""
    return _filtered(select(func.count(Sample.id)), text, status, merchant_id)


def sample_page(
    uow: UnitOfWork,
    text: str = "",
    status: str | None = None,
    merchant_id: str | None = None,
    *,
    sort: str = "code",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    count: bool = True,
) -> SamplePage:
    """One page (PAGE rows unless `limit`) of the Samples list, sorted in SQL; `total` (when asked) counts
    every match."""
    limit = PAGE if limit is None else limit
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
        q = (
            select(SampleMovement, Staff.name, Streamer.name, Loan.number)
            .join(Staff, Staff.id == SampleMovement.staff_id)
            .outerjoin(Streamer, Streamer.id == SampleMovement.streamer_id)
            .outerjoin(Loan, Loan.id == SampleMovement.loan_id)
            .where(SampleMovement.sample_id == sample.id)
            .order_by(SampleMovement.at, literal_column("sample_movement.rowid"))
        )
        history = [
            HistoryEntry(
                at=m.at, kind=m.kind, staff_name=staff, streamer_name=streamer, loan_number=number, detail=m.detail
            )
            for m, staff, streamer, number in uow.session.execute(q)
        ]
        return SampleDetail(row=row, product=_product_view(sample.product), history=history)
