"""Merchants, products and intake of samples (each unit gets its own code and label)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import contains_eager

from db.models import Merchant, Product, Sample, SampleMovement
from db.uow import UnitOfWork
from kernel.events import MerchantCreated, ProductCreated, ReceivedSample, SamplesReceived
from kernel.phone import normalise_merchant_phone
from showroom.domain.codes import clean_scan, ean_checksum_ok, sample_code
from showroom.domain.errors import AlreadyExists, InvalidInput, NotFound
from showroom.domain.model import MovementKind, Role, SampleStatus
from showroom.services.changes import Topic, changes
from showroom.services.common import (
    LIKE_ESCAPE,
    Actor,
    acting_staff,
    is_whole_number,
    like_pattern,
    local_showroom,
    next_number,
    non_negative_fen,
    optional_text,
    required_text,
    resolve_now,
)
from showroom.services.views import IntakeResult, MerchantView, ProductView

MAX_INTAKE = 500


def _merchant_view(m: Merchant) -> MerchantView:
    return MerchantView(id=m.id, name=m.name, contact=m.contact, phone=m.phone)


def _product_view(p: Product, in_stock: int = 0, total: int = 0) -> ProductView:
    return ProductView(
        id=p.id,
        merchant_id=p.merchant_id,
        merchant_name=p.merchant.name,
        name=p.name,
        brand=p.brand,
        category=p.category,
        spec=p.spec,
        retail_price_fen=p.retail_price_fen,
        live_price_fen=p.live_price_fen,
        commission_bp=p.commission_bp,
        sample_value_fen=p.sample_value_fen,
        ean=p.ean,
        samples_in_stock=in_stock,
        samples_total=total,
    )


@changes(Topic.CATALOG)
def create_merchant(
    uow: UnitOfWork, actor: Actor, name: str, contact: str = "", phone: str = "", now: datetime | None = None
) -> MerchantView:
    now = resolve_now(now)
    name = required_text("merchant_name", name)
    contact = optional_text("contact", contact, 100)
    # A merchant's office line or 400 number is as good as a mobile; stored in one canonical form.
    phone = normalise_merchant_phone(phone) if (phone or "").strip() else ""
    with uow:
        acting_staff(uow, actor, Role.CLERK, "create_merchant")
        if uow.session.scalar(select(Merchant.id).where(Merchant.name == name)):
            raise AlreadyExists("merchant", name)
        m = Merchant(name=name, contact=contact, phone=phone, created_at=now)
        uow.session.add(m)
        uow.session.flush()
        uow.record_event(
            MerchantCreated(merchant_id=m.id, name=name, contact=contact, phone=phone), staff_id=actor.id, at=now
        )
        uow.commit()
        return _merchant_view(m)


def list_merchants(uow: UnitOfWork) -> list[MerchantView]:
    with uow.read():
        return [_merchant_view(m) for m in uow.session.scalars(select(Merchant).order_by(Merchant.name))]


def _check_prices(retail_price_fen: int, live_price_fen: int, commission_bp: int, sample_value_fen: int) -> None:
    for field, value in (
        ("retail_price", retail_price_fen),
        ("live_price", live_price_fen),
        ("sample_value", sample_value_fen),
    ):
        non_negative_fen(field, value)
    if not is_whole_number(commission_bp) or not 0 <= commission_bp <= 10000:
        raise InvalidInput("commission", "percent_range", commission_bp)


def _checked_ean(ean: str | None) -> str | None:
    """The scanned EAN cleaned, None when blank; a bad check digit is refused before any database work."""
    ean = clean_scan(ean) or None if ean else None
    if ean is not None and not ean_checksum_ok(ean):
        raise InvalidInput("ean", "bad_checksum", ean)
    return ean


def _product_created(p: Product) -> ProductCreated:
    return ProductCreated(
        product_id=p.id,
        merchant_id=p.merchant_id,
        name=p.name,
        brand=p.brand,
        category=p.category,
        spec=p.spec,
        retail_price_fen=p.retail_price_fen,
        live_price_fen=p.live_price_fen,
        commission_bp=p.commission_bp,
        sample_value_fen=p.sample_value_fen,
        ean=p.ean,
    )


@changes(Topic.CATALOG)
def create_product(
    uow: UnitOfWork,
    actor: Actor,
    merchant_id: str,
    name: str,
    *,
    retail_price_fen: int,
    live_price_fen: int,
    commission_bp: int,
    sample_value_fen: int,
    brand: str = "",
    category: str = "",
    spec: str = "",
    ean: str | None = None,
    now: datetime | None = None,
) -> ProductView:
    now = resolve_now(now)
    name = required_text("product_name", name, 300)
    _check_prices(retail_price_fen, live_price_fen, commission_bp, sample_value_fen)
    ean = _checked_ean(ean)
    with uow:
        acting_staff(uow, actor, Role.CLERK, "create_product")
        merchant = uow.session.get(Merchant, merchant_id)
        if merchant is None:
            raise NotFound("merchant", merchant_id)
        if ean and (owner := uow.session.scalar(select(Product.name).where(Product.ean == ean))):
            raise AlreadyExists("ean", ean, owner)
        p = Product(
            merchant_id=merchant.id,
            name=name,
            brand=optional_text("brand", brand, 100),
            category=optional_text("category", category, 100),
            spec=optional_text("spec", spec),
            retail_price_fen=retail_price_fen,
            live_price_fen=live_price_fen,
            commission_bp=commission_bp,
            sample_value_fen=sample_value_fen,
            ean=ean,
            created_at=now,
        )
        p.merchant = merchant
        uow.session.add(p)
        uow.session.flush()
        uow.record_event(_product_created(p), staff_id=actor.id, at=now)
        uow.commit()
        return _product_view(p)


def _stock_counts(uow: UnitOfWork, product_ids: list[str]) -> dict[str, tuple[int, int]]:
    """(in stock, total) of the products found only: counting all 200,000 samples per search was the slow part."""
    in_stock = func.sum(case((Sample.status == SampleStatus.IN_STOCK.value, 1), else_=0))
    q = (
        select(Sample.product_id, in_stock, func.count(Sample.id))
        .where(Sample.product_id.in_(product_ids))
        .group_by(Sample.product_id)
    )
    return {pid: (int(i or 0), t) for pid, i, t in uow.session.execute(q)}


def search_products(
    uow: UnitOfWork, text: str = "", merchant_id: str | None = None, limit: int = 200
) -> list[ProductView]:
    """By name, brand, category, merchant or EAN; LIKE so that 2-character Chinese queries work."""
    text = (text or "").strip()
    # The page's ids from the covering index ix_product_search alone, in name order, stopping at the
    # first `limit` matches; merchants match once, up front. Then those products with their merchants.
    ids = select(Product.id).order_by(Product.name).limit(limit)
    if text:
        like = like_pattern(text)
        merchants = select(Merchant.id).where(Merchant.name.like(like, escape=LIKE_ESCAPE))
        ids = ids.where(
            or_(
                *(column.like(like, escape=LIKE_ESCAPE) for column in (Product.name, Product.brand, Product.category)),
                Product.merchant_id.in_(merchants),
                Product.ean == text,
            )
        )
    if merchant_id:
        ids = ids.where(Product.merchant_id == merchant_id)
    q = (
        select(Product)
        .join(Merchant, Product.merchant_id == Merchant.id)
        .options(contains_eager(Product.merchant))
        .where(Product.id.in_(ids))
        .order_by(Product.name)
    )
    with uow.read():
        found = list(uow.session.scalars(q))
        counts = _stock_counts(uow, [p.id for p in found])
        return [_product_view(p, *counts.get(p.id, (0, 0))) for p in found]


def find_product_by_ean(uow: UnitOfWork, ean: str) -> ProductView:
    code = clean_scan(ean)
    with uow.read():
        p = uow.session.scalar(select(Product).where(Product.ean == code))
        if p is None:
            raise NotFound("product_ean", code)
        return _product_view(p)


@changes(Topic.SAMPLES, Topic.CATALOG)
def receive_samples(
    uow: UnitOfWork,
    actor: Actor,
    product_id: str,
    quantity: int,
    shelf: str = "",
    note: str = "",
    now: datetime | None = None,
) -> IntakeResult:
    """N physical units in, each with its own sample code, recorded as received by the actor."""
    now = resolve_now(now)
    if not is_whole_number(quantity) or not 1 <= quantity <= MAX_INTAKE:
        raise InvalidInput("quantity", "quantity_range", MAX_INTAKE)
    shelf = optional_text("shelf", shelf, 40)
    note = optional_text("note", note, 300)
    with uow:
        acting_staff(uow, actor, Role.CLERK, "receive_samples")
        product = uow.session.get(Product, product_id)
        if product is None:
            raise NotFound("product", product_id)
        room = local_showroom(uow)
        codes, samples = [], []
        for _ in range(quantity):
            code = sample_code(room.code, next_number(uow, "sample"))
            sample = Sample(
                code=code,
                product_id=product.id,
                showroom_id=room.id,
                status=SampleStatus.IN_STOCK.value,
                shelf=shelf,
                condition_note=note,
                received_at=now,
                received_by=actor.id,
            )
            uow.session.add(sample)
            codes.append(code)
            samples.append(sample)
        uow.session.flush()
        for sample in samples:
            uow.session.add(
                SampleMovement(
                    sample_id=sample.id, kind=MovementKind.RECEIVED.value, at=now, staff_id=actor.id, detail=shelf
                )
            )
        uow.record_event(
            SamplesReceived(
                product_id=product.id,
                showroom_id=room.id,
                shelf=shelf,
                note=note,
                received_at=now,
                samples=[ReceivedSample(sample_id=s.id, code=s.code) for s in samples],
            ),
            staff_id=actor.id,
            at=now,
        )
        uow.commit()
        return IntakeResult(product=_product_view(product), codes=codes, shelf=shelf, received_at=now)
