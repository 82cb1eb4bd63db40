"""The shared catalog at HQ: search it, import products from a file (preview first), edit a product.

Every change is staged on HQ's change log in its own transaction, like `showroom-hq catalog-import`, so each
counter has it after its next pull.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hq import admin
from hq.changelog import flush_changes, stage
from hq.console import audit
from hq.console.accounts import Staff
from hq.console.catalog_rows import check_row, read_table
from hq.console.i18n import N_
from hq.console.queries import like
from hq.models import CatalogImport, HqShowroom, NetMerchant, NetProduct

EDITABLE = (
    "name",
    "brand",
    "category",
    "spec",
    "retail_price_fen",
    "live_price_fen",
    "commission_bp",
    "sample_value_fen",
    "ean",
)


class CatalogRefused(Exception):
    def __init__(self, key: str, **args):
        super().__init__(key)
        self.key, self.params = key, args


@dataclass(frozen=True)
class ProductLine:
    product: NetProduct
    merchant: str
    origin: str  # the showroom code that made it, or "" for the shared catalog


def search(session: Session, query: str, limit: int, offset: int = 0) -> tuple[list[ProductLine], int]:
    query = (query or "").strip()[:100]
    q = (
        select(NetProduct, NetMerchant.name, HqShowroom.code)
        .outerjoin(NetMerchant, NetMerchant.id == NetProduct.merchant_id)
        .outerjoin(HqShowroom, HqShowroom.id == NetProduct.origin_showroom_id)
    )
    if query:
        pattern = like(query)
        q = q.where(
            or_(
                NetProduct.ean == query,
                NetProduct.name.like(pattern, escape="\\"),
                NetMerchant.name.like(pattern, escape="\\"),
            )
        )
    total = session.scalar(select(func.count()).select_from(q.subquery()))
    rows = session.execute(q.order_by(NetProduct.created_at.desc(), NetProduct.id).limit(limit).offset(offset))
    return [ProductLine(p, m or "", code or "") for p, m, code in rows], total


# --- import ---------------------------------------------------------------------------------------------


def _checked(session: Session, raws: list[tuple[int, dict]]) -> list[dict]:
    """Each row with its values and errors, the catalog's and the file's duplicates included."""
    out, eans, names = [], {}, {}
    for line, raw in raws:
        values, errors = check_row(raw)
        out.append({"line": line, "raw": raw, "values": values, "errors": errors})
        if values.get("ean"):
            eans.setdefault(values["ean"], []).append(out[-1])
        key = (values.get("merchant"), values.get("name"), values.get("spec"))
        names.setdefault(key, []).append(out[-1])
    taken = (
        set(
            session.scalars(
                select(NetProduct.ean).where(NetProduct.origin_showroom_id.is_(None), NetProduct.ean.in_(list(eans)))
            )
        )
        if eans
        else set()
    )
    for ean, rows in eans.items():
        for row in rows[1:] if ean not in taken else rows:
            row["errors"].append(
                (
                    N_("EAN {ean} is in the catalog already") if ean in taken else N_("EAN {ean} twice in this file"),
                    {"ean": ean},
                )
            )
    merchants = {m for m, _n, _s in names if m}
    existing = (
        set(
            session.execute(
                select(NetMerchant.name, NetProduct.name, NetProduct.spec)
                .join(NetProduct, NetProduct.merchant_id == NetMerchant.id)
                .where(NetMerchant.origin_showroom_id.is_(None), NetMerchant.name.in_(merchants))
            )
            .tuples()
            .all()
        )
        if merchants
        else set()
    )
    for key, rows in names.items():
        for row in rows if key in existing else rows[1:]:
            row["errors"].append(
                (
                    N_("{name} of {merchant} is in the catalog already")
                    if key in existing
                    else N_("{name} of {merchant} twice in this file"),
                    {"name": key[1], "merchant": key[0]},
                )
            )
    return out


def upload(session: Session, filename: str, data: bytes, staff: Staff, now: datetime, client: str = "") -> str:
    rows = _checked(session, read_table(filename, data))
    imp = CatalogImport(
        id=str(uuid.uuid4()),
        staff_id=staff.id,
        filename=(filename or "")[:200],
        created_at=now,
        rows=json.dumps(rows, ensure_ascii=False),
        state="pending",
    )
    session.add(imp)
    audit.record(
        session,
        now,
        staff.id,
        staff.login,
        "catalog_file_checked",
        imp.id,
        client,
        filename=imp.filename,
        rows=len(rows),
        bad=sum(1 for r in rows if r["errors"]),
    )
    return imp.id


@dataclass(frozen=True)
class ImportPreview:
    id: str
    filename: str
    state: str
    created_at: datetime
    rows: list[dict]

    @property
    def good(self) -> int:
        return sum(1 for r in self.rows if not r["errors"])

    @property
    def bad(self) -> int:
        return len(self.rows) - self.good


def preview(session: Session, import_id: str) -> ImportPreview | None:
    imp = session.get(CatalogImport, import_id)
    if imp is None:
        return None
    return ImportPreview(imp.id, imp.filename, imp.state, imp.created_at, json.loads(imp.rows))


def accept(
    session: Session, import_id: str, good_rows_only: bool, staff: Staff, now: datetime, client: str = ""
) -> int:
    """Imports the good rows; a file with bad rows imports only when the good ones were explicitly accepted."""
    imp = session.get(CatalogImport, import_id, with_for_update=True)
    if imp is None or imp.state != "pending":
        raise CatalogRefused(N_("This file was imported or discarded already."))
    rows = json.loads(imp.rows)
    again = _checked(session, [(r["line"], r["raw"]) for r in rows])  # the catalog may have changed since
    if [bool(r["errors"]) for r in again] != [bool(r["errors"]) for r in rows]:
        raise CatalogRefused(N_("The catalog changed since this preview: upload the file again."))
    good = [r for r in again if not r["errors"]]
    if len(good) < len(again) and not good_rows_only:
        raise CatalogRefused(N_("Some rows have errors: tick the box to import only the good rows, or fix the file."))
    if not good:
        raise CatalogRefused(N_("No row can be imported."))
    admin.stage_catalog(session, [admin.CatalogItem(**r["values"]) for r in good], now)
    imp.state, imp.decided_at = "imported", now
    audit.record(
        session,
        now,
        staff.id,
        staff.login,
        "catalog_imported",
        imp.id,
        client,
        filename=imp.filename,
        imported=len(good),
        skipped=len(again) - len(good),
    )
    flush_changes(session)
    return len(good)


def discard(session: Session, import_id: str, staff: Staff, now: datetime, client: str = "") -> None:
    imp = session.get(CatalogImport, import_id, with_for_update=True)
    if imp is None or imp.state != "pending":
        raise CatalogRefused(N_("This file was imported or discarded already."))
    imp.state, imp.decided_at = "discarded", now
    audit.record(session, now, staff.id, staff.login, "catalog_file_discarded", imp.id, client, filename=imp.filename)


# --- one product ---------------------------------------------------------------------------------------------


def product(session: Session, product_id: str) -> ProductLine | None:
    row = session.execute(
        select(NetProduct, NetMerchant.name, HqShowroom.code)
        .outerjoin(NetMerchant, NetMerchant.id == NetProduct.merchant_id)
        .outerjoin(HqShowroom, HqShowroom.id == NetProduct.origin_showroom_id)
        .where(NetProduct.id == product_id)
    ).first()
    return ProductLine(row[0], row[1] or "", row[2] or "") if row else None


def edit(
    session: Session, product_id: str, form: dict[str, str], staff: Staff, now: datetime, client: str = ""
) -> dict:
    """Changes a shared-catalog product; returns {field: [before, after]} of what changed."""
    p = session.get(NetProduct, product_id, with_for_update=True)
    if p is None:
        raise CatalogRefused(N_("No such product."))
    if p.origin_showroom_id is not None:
        raise CatalogRefused(N_("A showroom made this product: it is changed at that counter, not at HQ."))
    merchant = session.get(NetMerchant, p.merchant_id)
    raw = {"merchant": merchant.name if merchant else "?", **{k: v for k, v in form.items() if k in _FORM_FIELDS}}
    values, errors = check_row(raw)
    if errors:
        key, args = errors[0]
        raise CatalogRefused(key, **args)
    if values["ean"] and session.scalar(
        select(NetProduct.id).where(
            NetProduct.ean == values["ean"], NetProduct.id != p.id, NetProduct.origin_showroom_id.is_(None)
        )
    ):
        raise CatalogRefused(N_("EAN {ean} is in the catalog already"), ean=values["ean"])
    changed = {k: [getattr(p, k), values[k]] for k in EDITABLE if getattr(p, k) != values[k]}
    if not changed:
        return {}
    for k, (_before, after) in changed.items():
        setattr(p, k, after)
    stage(session, "product", p.id, admin.product_change(p))
    audit.record(session, now, staff.id, staff.login, "product_edited", p.id, client, changed=changed)
    flush_changes(session)
    return changed


# the edit form's inputs: the same headers (and checks) as a file's, money in yuan
_FORM_FIELDS = (
    "name",
    "brand",
    "category",
    "spec",
    "ean",
    "sample_value",
    "retail_price",
    "live_price",
    "commission_pct",
)
