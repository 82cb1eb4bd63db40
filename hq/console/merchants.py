"""A merchant's network statement: every sample they consigned, in every city, and where each is now.

A merchant is one business by name: each counter may have made its own row for them while offline (the
counters merge a pulled merchant with theirs by name too), so a statement covers every row of that name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hq.console.queries import like
from hq.models import HqShowroom, NetLoan, NetMerchant, NetProduct, NetSample, NetStreamer

SEARCH_MAX = 100
STATEMENT_MAX = 20_000


@dataclass(frozen=True)
class MerchantLine:
    id: str  # one of the rows of that name: the statement's address
    name: str
    contact: str
    phone: str
    origins: list[str]
    products: int


def search(session: Session, query: str) -> list[MerchantLine]:
    query = (query or "").strip()[:100]
    q = select(NetMerchant.name).group_by(NetMerchant.name).order_by(NetMerchant.name).limit(SEARCH_MAX)
    if query:
        q = q.where(NetMerchant.name.like(like(query), escape="\\"))
    names = list(session.scalars(q))
    if not names:
        return []
    codes = dict(session.execute(select(HqShowroom.id, HqShowroom.code)).tuples().all())
    rows: dict[str, list[NetMerchant]] = {}
    for m in session.scalars(select(NetMerchant).where(NetMerchant.name.in_(names)).order_by(NetMerchant.created_at)):
        rows.setdefault(m.name, []).append(m)
    products = dict(
        session.execute(
            select(NetMerchant.name, func.count())
            .join(NetProduct, NetProduct.merchant_id == NetMerchant.id)
            .where(NetMerchant.name.in_(names))
            .group_by(NetMerchant.name)
        )
        .tuples()
        .all()
    )
    out = []
    for name in names:
        ms = rows.get(name, [])
        first = next((m for m in ms if m.contact or m.phone), ms[0])
        out.append(
            MerchantLine(
                ms[0].id,
                name,
                first.contact,
                first.phone,
                sorted({codes.get(m.origin_showroom_id, "HQ") for m in ms}),
                products.get(name, 0),
            )
        )
    return out


@dataclass(frozen=True)
class SampleWhere:
    showroom_code: str
    code: str
    product: str
    status: str
    updated_at: datetime
    holder: str
    holder_id: str | None
    phone: str
    loan_number: str
    due_at: datetime | None


@dataclass
class Statement:
    merchant: NetMerchant
    origins: list[str]
    products: int
    cities: dict[str, dict[str, int]] = field(default_factory=dict)  # code -> status -> samples
    samples: list[SampleWhere] = field(default_factory=list)
    total: int = 0
    truncated: bool = False


def statement(session: Session, merchant_id: str) -> Statement | None:
    m = session.get(NetMerchant, merchant_id)
    if m is None:
        return None
    same = select(NetMerchant.id).where(NetMerchant.name == m.name)
    codes = dict(session.execute(select(HqShowroom.id, HqShowroom.code)).tuples().all())
    origins = sorted(
        {
            codes.get(o, "HQ")
            for o in session.scalars(select(NetMerchant.origin_showroom_id).where(NetMerchant.name == m.name))
        }
    )
    products = session.scalar(select(func.count()).select_from(NetProduct).where(NetProduct.merchant_id.in_(same)))
    out = Statement(m, origins, products)
    rows = session.execute(
        select(
            HqShowroom.code,
            NetSample.code,
            NetProduct.name,
            NetSample.status,
            NetSample.updated_at,
            NetStreamer.name,
            NetStreamer.id,
            NetStreamer.phone,
            NetLoan.number,
            NetLoan.due_at,
        )
        .join(NetProduct, NetProduct.id == NetSample.product_id)
        .join(HqShowroom, HqShowroom.id == NetSample.showroom_id)
        .outerjoin(NetLoan, NetLoan.id == NetSample.current_loan_id)
        .outerjoin(NetStreamer, NetStreamer.id == NetLoan.streamer_id)
        .where(NetProduct.merchant_id.in_(same))
        .order_by(HqShowroom.code, NetSample.code)
        .limit(STATEMENT_MAX + 1)
    )
    for room, code, product, status, updated, holder, holder_id, phone, number, due in rows:
        out.total += 1
        if out.total > STATEMENT_MAX:
            out.truncated = True
            break
        per_city = out.cities.setdefault(room, {})
        per_city[status] = per_city.get(status, 0) + 1
        out.samples.append(
            SampleWhere(room, code, product, status, updated, holder or "", holder_id, phone or "", number or "", due)
        )
    out.total = min(out.total, STATEMENT_MAX)
    return out
