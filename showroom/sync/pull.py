"""Pull: HQ's change log past our cursor, applied with the new cursor in one SQLite transaction.

Applying a change writes the rows directly and records no outbox event, so nothing echoes back to
HQ. Every change carries the latest state of its row, so applying one twice changes nothing.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from db.models import Merchant, OutboxEvent, Product, Streamer, TierPolicy
from db.sync_models import CatalogAlias, ReceivedSyncException
from showroom.domain.codes import member_code
from showroom.domain.errors import ChangeNotApplied
from showroom.domain.model import Platform, StreamerStatus
from showroom.services.common import local_showroom, next_number
from showroom.services.records import entry_tier
from showroom.sync.client import HqClient
from showroom.sync.state import require_state

PAGE = 2000
Progress = Callable[[str, int, int], None]
_PRODUCT_FIELDS = ("name", "brand", "category", "spec", "retail_price_fen", "live_price_fen", "commission_bp",
                   "sample_value_fen")


def _time(value: str | None) -> datetime:
    try:
        t = datetime.fromisoformat(value)
        return t if t.tzinfo else t.replace(tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return datetime.now(timezone.utc)


def pull_all(uow_factory, client: HqClient, progress: Progress | None = None, page: int | None = None) -> int:
    page = page or PAGE
    uow = uow_factory()
    with uow.read():
        start = cursor = require_state(uow).cursor
    applied = 0
    while True:
        answer = client.changes(cursor, page)
        uow = uow_factory()
        with uow:
            state = require_state(uow)
            if state.cursor != cursor:
                return applied   # another sync moved on meanwhile; it owns the rest
            try:
                apply_changes(uow, state.showroom_code, answer.changes)
                state.cursor = max(cursor, answer.next_cursor)
                uow.commit()
            except (SQLAlchemyError, KeyError, TypeError, ValueError) as exc:   # rolled back as a whole
                raise ChangeNotApplied(f"{type(exc).__name__}: {exc}"[:300]) from exc
        applied += len(answer.changes)
        if progress:
            progress("pull", answer.next_cursor - start, max(answer.latest - start, 1))
        if not answer.has_more or answer.next_cursor <= cursor:
            return applied
        cursor = answer.next_cursor


def apply_changes(uow, own_code: str, changes: list[dict]) -> None:
    products, pending_phones = [], None
    for change in changes:
        kind, data = change["kind"], change["data"]
        if kind == "product":
            products.append(data)
            continue
        if products:   # keep the log's order: a merchant comes before its products
            _apply_products(uow, products)
            products = []
        if kind == "merchant":
            _apply_merchant(uow, data)
        elif kind == "streamer":
            if pending_phones is None:
                pending_phones = _pending_status_phones(uow)
            _apply_streamer(uow, data, pending_phones)
        elif kind == "sync_exception":
            _apply_exception(uow, own_code, data)
        # unknown kinds come from a newer HQ: skipped, the cursor moves on
    if products:
        _apply_products(uow, products)


def _alias(uow, hq_id: str) -> str | None:
    row = uow.session.get(CatalogAlias, hq_id)
    return row.local_id if row else None


def _apply_merchant(uow, d: dict) -> None:
    if _alias(uow, d["id"]):
        return
    existing = uow.session.get(Merchant, d["id"])
    same_name = uow.session.scalar(select(Merchant).where(Merchant.name == d["name"]))
    if existing is not None:
        if same_name is None:
            existing.name = d["name"]
        existing.contact, existing.phone = d.get("contact") or "", d.get("phone") or ""
    elif same_name is not None:   # the showroom made this merchant itself: one merchant, HQ's products join it
        uow.session.add(CatalogAlias(hq_id=d["id"], kind="merchant", local_id=same_name.id))
    else:
        uow.session.add(Merchant(id=d["id"], name=d["name"], contact=d.get("contact") or "",
                                 phone=d.get("phone") or "", created_at=_time(d.get("created_at"))))
    uow.session.flush()


def _apply_products(uow, rows: list[dict]) -> None:
    """In bulk: a new device's first pull of a 50,000-product catalog is mostly this."""
    s = uow.session
    ids = [d["id"] for d in rows]
    existing = set(s.scalars(select(Product.id).where(Product.id.in_(ids))))
    aliased = set(s.scalars(select(CatalogAlias.hq_id).where(CatalogAlias.hq_id.in_(ids))))
    eans = {d["ean"] for d in rows if d.get("ean")}
    ean_owner = dict(s.execute(select(Product.ean, Product.id).where(Product.ean.in_(eans))).tuples().all()) \
        if eans else {}
    merchant_alias = dict(s.execute(select(CatalogAlias.hq_id, CatalogAlias.local_id)
                                    .where(CatalogAlias.kind == "merchant")).tuples().all())
    new, changed = [], []
    for d in rows:
        if d["id"] in aliased:
            continue
        values = {k: d.get(k) for k in _PRODUCT_FIELDS}
        values["merchant_id"] = merchant_alias.get(d["merchant_id"], d["merchant_id"])
        owner = ean_owner.get(d.get("ean")) if d.get("ean") else None
        if d["id"] in existing:
            changed.append({"id": d["id"], **values} | ({"ean": d["ean"]} if owner in (None, d["id"]) else {}))
        elif owner is not None:
            s.add(CatalogAlias(hq_id=d["id"], kind="product", local_id=owner))
        else:
            new.append({"id": d["id"], **values, "ean": d.get("ean") or None,
                        "created_at": _time(d.get("created_at"))})
            if d.get("ean"):
                ean_owner[d["ean"]] = d["id"]
    table = Product.__table__   # Core executemany: the ORM's per-row bookkeeping is most of the cost here
    if new:
        s.execute(insert(table), new)
    for row in changed:
        s.execute(update(table).where(table.c.id == row["id"]).values({k: v for k, v in row.items() if k != "id"}))


def _pending_status_phones(uow) -> set[str]:
    """Streamers whose status changed here and HQ has not heard yet: the local word is newer."""
    payloads = uow.session.scalars(select(OutboxEvent.payload).where(
        OutboxEvent.type == "streamer.status_changed@1", OutboxEvent.acked_at.is_(None)))
    return {json.loads(p).get("phone") for p in payloads}


def _apply_streamer(uow, d: dict, pending_phones: set[str]) -> None:
    s = uow.session.scalar(select(Streamer).where(Streamer.phone == d["phone"]))
    blacklisted = bool(d.get("blacklisted"))
    if s is None:
        s = _new_streamer(uow, d)
    elif d["phone"] in pending_phones:
        return
    if blacklisted:
        if s.status != StreamerStatus.BLACKLISTED.value or s.status_reason != d.get("reason"):
            s.status, s.status_reason = StreamerStatus.BLACKLISTED.value, (d.get("reason") or "")[:300]
    elif s.status == StreamerStatus.BLACKLISTED.value:   # lifted at HQ
        s.status, s.status_reason = StreamerStatus.ACTIVE.value, ""


def _new_streamer(uow, d: dict) -> Streamer:
    """Someone registered in another city: known here too, under the network's id and card."""
    session = uow.session
    sid = d["id"] if session.get(Streamer, d["id"]) is None else str(uuid.uuid4())
    tier = d.get("tier") if d.get("tier") and session.get(TierPolicy, d["tier"]) else entry_tier(uow)
    card = d.get("member_code") or ""
    if not card or session.scalar(select(Streamer.id).where(Streamer.member_code == card)):
        card = member_code(local_showroom(uow).code, next_number(uow, "member"))
    platform = d.get("platform") if d.get("platform") in {p.value for p in Platform} else Platform.OTHER.value
    s = Streamer(id=sid, name=(d.get("name") or d["phone"])[:100], phone=d["phone"], platform=platform,
                 handle=(d.get("handle") or "")[:100], tier=tier, member_code=card,
                 status=StreamerStatus.ACTIVE.value, status_reason="", created_at=datetime.now(timezone.utc))
    session.add(s)
    session.flush()
    return s


def _apply_exception(uow, own_code: str, d: dict) -> None:
    codes = d.get("showroom_codes") or []
    if own_code not in codes or uow.session.get(ReceivedSyncException, d["id"]) is not None:
        return
    uow.session.add(ReceivedSyncException(
        id=d["id"], kind=d.get("kind", "")[:40], showroom_codes=",".join(codes),
        detail=json.dumps(d.get("detail") or {}, ensure_ascii=False), at=_time(d.get("at")),
        received_at=datetime.now(timezone.utc)))
