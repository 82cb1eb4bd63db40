"""Pull: HQ's change log past our cursor, applied with the new cursor in one SQLite transaction.

Applying a change writes the rows directly and records no outbox event, so nothing echoes back to
HQ. Every change carries the latest state of its row, so applying one twice changes nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from db.models import Merchant, OutboxEvent, Product, Streamer, TierPolicy
from db.sync_models import CatalogAlias, ReceivedSyncException
from showroom.domain.codes import member_code
from showroom.domain.errors import ChangeNotApplied
from showroom.domain.model import Platform, StreamerStatus
from showroom.services.common import local_showroom, next_number
from showroom.services.records import entry_tier
from showroom.sync.client import HqClient
from showroom.sync.elsewhere_pull import KINDS as ELSEWHERE_KINDS
from showroom.sync.elsewhere_pull import apply_elsewhere
from showroom.sync.shortfalls_pull import apply_settlements
from showroom.sync.standing import apply_network_key, apply_standing, standing_pulled
from showroom.sync.state import require_state
from showroom.sync.transfers_pull import apply_showrooms, apply_transfers

PAGE = 5000  # HQ's largest page: a first pull is 11 transactions, not 26
Progress = Callable[[str, int, int], None]
_KEYS = {
    "streamer": "phone",
    "standing": "hash",
    "showroom": "code",
}  # what names a change's row, when it is not its id
_PRODUCT_FIELDS = (
    "name",
    "brand",
    "category",
    "spec",
    "retail_price_fen",
    "live_price_fen",
    "commission_bp",
    "sample_value_fen",
)


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
                return applied  # another sync moved on meanwhile; it owns the rest
            try:
                apply_changes(uow, state.showroom_code, answer.changes)
                state.cursor = max(cursor, answer.next_cursor)
                if not answer.has_more:  # everything HQ had: what the counter says its standing's age is
                    standing_pulled(uow, datetime.now(timezone.utc))
                uow.commit()
            except (SQLAlchemyError, KeyError, TypeError, ValueError) as exc:  # rolled back as a whole
                raise ChangeNotApplied(f"{type(exc).__name__}: {exc}"[:300]) from exc
        applied += len(answer.changes)
        if progress:
            progress("pull", answer.next_cursor - start, max(answer.latest - start, 1))
        if not answer.has_more or answer.next_cursor <= cursor:
            return applied
        cursor = answer.next_cursor


def _among(column, values) -> object:
    """`column IN values`, the values bound as one JSON text (SQLite's json_each): for a page of 5,000 keys an
    IN list costs more to render and bind than the lookup itself."""
    return column.in_(select(func.json_each(json.dumps(list(values))).table_valued("value").c.value))


def apply_changes(uow, own_code: str, changes: list[dict]) -> None:
    """A page, kind by kind and each kind in bulk (a first pull is 50,000 rows). Merchants go before
    products (a product names its merchant); the network key before the standing hashed with it;
    streamers and exceptions stand alone. A key that appears twice in a page is applied once, at its
    last state: every change is the row's whole latest state."""
    by_kind: dict[str, dict[str, dict]] = {
        "merchant": {},
        "product": {},
        "streamer": {},
        "sync_exception": {},
        "network_key": {},
        "standing": {},
        "showroom": {},
        "transfer": {},
        **{kind: {} for kind in ELSEWHERE_KINDS},
    }
    for change in changes:
        rows = by_kind.get(change["kind"])  # unknown kinds come from a newer HQ: skipped, the cursor moves on
        if rows is not None:
            data = change["data"]
            key = data[_KEYS.get(change["kind"], "id")]
            rows.pop(key, None)  # re-inserted, so the last state keeps its place in the log's order
            rows[key] = data
    if by_kind["merchant"]:
        _apply_merchants(uow, list(by_kind["merchant"].values()))
    if by_kind["product"]:
        _apply_products(uow, list(by_kind["product"].values()))
    if by_kind["streamer"]:
        _apply_streamers(uow, list(by_kind["streamer"].values()))
    for d in by_kind["sync_exception"].values():
        _apply_exception(uow, own_code, d)
    for d in by_kind["network_key"].values():
        apply_network_key(uow, d)
    if by_kind["standing"]:
        apply_standing(uow, own_code, list(by_kind["standing"].values()))
    apply_showrooms(uow, list(by_kind["showroom"].values()))  # before the transfers that name them
    apply_transfers(uow, own_code, list(by_kind["transfer"].values()))
    apply_settlements(uow, list(by_kind["transfer"].values()))  # after the receipts that found them short
    apply_elsewhere(uow, own_code, by_kind)  # after the showrooms it names


def _apply_merchants(uow, rows: list[dict]) -> None:
    s = uow.session
    ids, names = [d["id"] for d in rows], {d["name"] for d in rows}
    aliased = set(s.scalars(select(CatalogAlias.hq_id).where(CatalogAlias.hq_id.in_(ids))))
    existing = {m.id: m for m in s.scalars(select(Merchant).where(Merchant.id.in_(ids)))}
    by_name = dict(s.execute(select(Merchant.name, Merchant.id).where(Merchant.name.in_(names))).tuples().all())
    new = []
    for d in rows:
        if d["id"] in aliased:
            continue
        same_name = by_name.get(d["name"])
        if (m := existing.get(d["id"])) is not None:
            if same_name is None:
                by_name.pop(m.name, None)
                m.name, by_name[d["name"]] = d["name"], m.id
            m.contact, m.phone = d.get("contact") or "", d.get("phone") or ""
        elif same_name is not None:  # the showroom made this merchant itself: one merchant, HQ's products join it
            s.add(CatalogAlias(hq_id=d["id"], kind="merchant", local_id=same_name))
        else:
            new.append(
                {
                    "id": d["id"],
                    "name": d["name"],
                    "contact": d.get("contact") or "",
                    "phone": d.get("phone") or "",
                    "created_at": _time(d.get("created_at")),
                }
            )
            by_name[d["name"]] = d["id"]
    s.flush()  # renames first, so a new merchant may take a name an old one just gave up
    if new:
        s.execute(insert(Merchant.__table__), new)


def _apply_products(uow, rows: list[dict]) -> None:
    """In bulk: a new device's first pull of a 50,000-product catalog is mostly this."""
    s = uow.session
    ids = [d["id"] for d in rows]
    existing = set(s.scalars(select(Product.id).where(_among(Product.id, ids))))
    aliased = set(s.scalars(select(CatalogAlias.hq_id).where(_among(CatalogAlias.hq_id, ids))))
    eans = {d["ean"] for d in rows if d.get("ean")}
    ean_owner = (
        dict(s.execute(select(Product.ean, Product.id).where(_among(Product.ean, eans))).tuples().all()) if eans else {}
    )
    merchant_alias = dict(
        s.execute(select(CatalogAlias.hq_id, CatalogAlias.local_id).where(CatalogAlias.kind == "merchant"))
        .tuples()
        .all()
    )
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
            new.append({"id": d["id"], **values, "ean": d.get("ean") or None, "created_at": _time(d.get("created_at"))})
            if d.get("ean"):
                ean_owner[d["ean"]] = d["id"]
    table = Product.__table__
    if new:
        _insert_many(s, table, new)
    for row in changed:
        s.execute(update(table).where(table.c.id == row["id"]).values({k: v for k, v in row.items() if k != "id"}))


def _insert_many(session, table, rows: list[dict]) -> None:
    """Rows with the same keys, handed to the driver's executemany as tuples. Core's executemany binds each
    row through the compiled statement, which was most of a first pull; here each value still goes through
    its column type's bind processing, and columns left out get their scalar defaults as Core would give."""
    dialect = session.get_bind().dialect
    given = list(rows[0])
    rest = [c for c in table.c if c.key not in rows[0] and c.default is not None]
    if any(not c.default.is_scalar for c in rest):  # a computed default: let Core do it
        session.execute(insert(table), rows)
        return
    columns = [table.c[k] for k in given] + rest
    process = [(i, c.type.bind_processor(dialect)) for i, c in enumerate(columns)]
    process = [(i, f) for i, f in process if f is not None]
    defaults = tuple(c.default.arg for c in rest)
    seen: dict = {}  # a page's rows mostly share their timestamps: each is converted once

    def bound(row: dict) -> tuple:
        values = [row[k] for k in given]
        for i, f in process:
            key = (i, values[i])
            values[i] = seen[key] if key in seen else seen.setdefault(key, f(values[i]))
        return (*values, *defaults)

    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    session.connection().exec_driver_sql(sql, [bound(r) for r in rows])


def _pending_status_phones(uow) -> set[str]:
    """Streamers whose status changed here and HQ has not heard yet: the local word is newer."""
    payloads = uow.session.scalars(
        select(OutboxEvent.payload).where(
            OutboxEvent.type == "streamer.status_changed@1", OutboxEvent.acked_at.is_(None)
        )
    )
    return {json.loads(p).get("phone") for p in payloads}


def _status(d: dict) -> tuple[str, str] | None:
    """What the network says: blacklisted (with reason), or None for "not blacklisted"."""
    return (StreamerStatus.BLACKLISTED.value, (d.get("reason") or "")[:300]) if d.get("blacklisted") else None


def _apply_streamers(uow, rows: list[dict]) -> None:
    s = uow.session
    phones = [d["phone"] for d in rows]
    known = {st.phone: st for st in s.scalars(select(Streamer).where(_among(Streamer.phone, phones)))}
    pending = _pending_status_phones(uow) if known else set()
    for d in rows:
        st = known.get(d["phone"])
        if st is None or d["phone"] in pending:
            continue
        if (status := _status(d)) is not None:
            if (st.status, st.status_reason) != status:
                st.status, st.status_reason = status
                st.status_reason_key = st.status_reason_params = ""  # HQ's words replace the app's key
        elif st.status == StreamerStatus.BLACKLISTED.value:  # lifted at HQ
            st.status, st.status_reason = StreamerStatus.ACTIVE.value, ""
            st.status_reason_key = st.status_reason_params = ""
    new = [d for d in rows if d["phone"] not in known]
    if new:
        s.execute(insert(Streamer.__table__), _new_streamers(uow, new))


def _new_streamers(uow, rows: list[dict]) -> list[dict]:
    """People registered in other cities: known here too, under the network's id and card when free."""
    s = uow.session
    taken_ids = set(s.scalars(select(Streamer.id).where(_among(Streamer.id, [d["id"] for d in rows]))))
    cards = {d.get("member_code") for d in rows if d.get("member_code")}
    taken_cards = set(s.scalars(select(Streamer.member_code).where(_among(Streamer.member_code, cards))))
    tiers, entry = set(s.scalars(select(TierPolicy.tier))), entry_tier(uow)
    site, platforms, now = local_showroom(uow).code, {p.value for p in Platform}, datetime.now(timezone.utc)
    out = []
    for d in rows:
        sid = d["id"] if d["id"] not in taken_ids else str(uuid.uuid4())
        card = d.get("member_code") or ""
        if not card or card in taken_cards:
            card = member_code(site, next_number(uow, "member"))
        taken_ids.add(sid)
        taken_cards.add(card)
        status, reason = _status(d) or (StreamerStatus.ACTIVE.value, "")
        out.append(
            {
                "id": sid,
                "name": (d.get("name") or d["phone"])[:100],
                "phone": d["phone"],
                "platform": d.get("platform") if d.get("platform") in platforms else Platform.OTHER.value,
                "handle": (d.get("handle") or "")[:100],
                "tier": d.get("tier") if d.get("tier") in tiers else entry,
                "member_code": card,
                "status": status,
                "status_reason": reason,
                "created_at": now,
            }
        )
    return out


def _apply_exception(uow, own_code: str, d: dict) -> None:
    codes = d.get("showroom_codes") or []
    if own_code not in codes or uow.session.get(ReceivedSyncException, d["id"]) is not None:
        return
    uow.session.add(
        ReceivedSyncException(
            id=d["id"],
            kind=d.get("kind", "")[:40],
            showroom_codes=",".join(codes),
            detail=json.dumps(d.get("detail") or {}, ensure_ascii=False),
            at=_time(d.get("at")),
            received_at=datetime.now(timezone.utc),
        )
    )
