"""The rows a transfer writes, shared by its use cases (showroom/services/transfers.py), their replay
(showroom/replay/transfers.py) and what a pull brings of the other city's side (showroom/sync/transfers_pull.py):
one way to write each, whoever writes it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Row, bindparam, insert, select, update
from sqlalchemy.orm import Session

from db.models import Merchant, Product, Sample, SampleMovement, ShowroomRow
from db.sync_models import CatalogAlias
from db.transfer_models import Transfer, TransferLine
from showroom.domain.model import MovementKind, SampleStatus
from showroom.domain.transfers import ARRIVED, Direction, LineOutcome, TransferState

PRODUCT_FIELDS = ("name", "brand", "category", "spec", "retail_price_fen", "live_price_fen", "commission_bp")


def showroom_named(session: Session, code: str, name: str) -> ShowroomRow:
    """Another showroom's row, made when first heard of (its city is not sent: its name stands for it)."""
    room = session.scalar(select(ShowroomRow).where(ShowroomRow.code == code))
    if room is None:
        room = ShowroomRow(code=code, name=name[:100], city=name[:100], is_local=False)
        session.add(room)
        session.flush()
    elif not room.is_local and name and room.name != name[:100]:
        room.name = name[:100]
    return room


def write_transfer(session: Session, values: dict, lines: Iterable[tuple]) -> Transfer:
    """A transfer and its lines: (sample_id, code, product_id, outcome, note) in slip order."""
    transfer = Transfer(**values)
    session.add(transfer)
    session.flush()
    _insert_lines(session, transfer.id, 0, lines)
    return transfer


def _insert_lines(session: Session, transfer_id: str, first: int, lines: Iterable[tuple]) -> None:
    """Lines from position `first` on, in one executemany (a slip of 200 samples as 200 ORM objects was most
    of sending it): (sample_id, code, product_id, outcome, note)."""
    rows = [
        {"transfer_id": transfer_id, "position": first + i, "sample_id": sample_id}
        | {"code": code, "product_id": product_id, "outcome": outcome, "note": note}
        for i, (sample_id, code, product_id, outcome, note) in enumerate(lines)
    ]
    if rows:
        session.execute(insert(TransferLine.__table__), rows)


def write_sent(
    session: Session,
    transfer_id: str,
    number: str,
    ends: tuple[ShowroomRow, ShowroomRow],
    sent_by: str,
    note: str,
    samples: Sequence,
    at: datetime,
) -> Transfer:
    """An outgoing transfer as its event says it (the use case and its replay): `ends` is (from, to), `samples`
    the event's (SentSample)."""
    room, dest = ends
    return write_transfer(
        session,
        dict(
            id=transfer_id,
            number=number,
            direction=Direction.OUT.value,
            from_code=room.code,
            from_name=room.name,
            to_code=dest.code,
            to_name=dest.name,
            state=TransferState.SENT.value,
            sent_at=at,
            sent_by=sent_by,
            received_by="",
            note=note,
            reason="",
            products="[]",  # the products are this showroom's own: only the event carries them, for the other city
        ),
        [(x.sample_id, x.code, x.product_id, "", "") for x in samples],
    )


def move_samples(
    session: Session,
    sample_ids: list[str],
    status: str,
    kind: MovementKind,
    staff_id: str | None,
    at: datetime,
    detail: str,
) -> None:
    """Samples of this showroom change status together, each with its movement (when a staff member did it here)."""
    set_samples(session, sample_ids, status=status)
    if staff_id is not None:
        _insert_movements(session, [(sid, detail) for sid in sample_ids], kind.value, staff_id, at)


def _insert_movements(session: Session, moves: list[tuple[str, str]], kind: str, staff_id: str, at: datetime) -> None:
    """A movement per (sample_id, detail), in one executemany; their ids the table's own (time-ordered)."""
    if moves:
        session.execute(
            insert(SampleMovement.__table__),
            [
                {"sample_id": sid, "kind": kind, "at": at, "staff_id": staff_id, "detail": detail}
                | {"loan_id": None, "streamer_id": None}
                for sid, detail in moves
            ],
        )


def set_samples(session: Session, sample_ids: list[str], **values: str) -> None:
    """The same columns of many samples set at once: an UPDATE per 500."""
    table = Sample.__table__
    for start in range(0, len(sample_ids), 500):
        session.execute(update(table).where(table.c.id.in_(sample_ids[start : start + 500])).values(**values))
    _forget(session, sample_ids, list(values))


def _forget(session: Session, sample_ids: Iterable[str], columns: list[str]) -> None:
    """Samples this session read before a bulk statement changed them hold their old values: read them again."""
    changed = set(sample_ids)
    for row in list(session.identity_map.values()):
        if isinstance(row, Sample) and row.id in changed:
            session.expire(row, columns)


def lines_of(session: Session, transfer_id: str) -> list[Row]:
    """A transfer's lines in slip order, as plain rows (record_outcomes writes them)."""
    table = TransferLine.__table__
    return list(session.execute(select(table).where(table.c.transfer_id == transfer_id).order_by(table.c.position)))


def known_products(session: Session, products: list[dict], at: datetime) -> dict[str, str]:
    """The sender's products (TransferredProduct payloads) as products of this showroom: by id, by an alias a
    pull made, by EAN, else made here with their merchant (by id, else by name). Sender's id -> local id.
    A query each way for all of them: a slip of 200 samples may carry 200 products."""
    ids = [p["product_id"] for p in products]
    here = set(session.scalars(select(Product.id).where(Product.id.in_(ids))))
    rest = [pid for pid in ids if pid not in here]  # usually none: the network catalog is every counter's
    aliases = dict(
        session.execute(
            select(CatalogAlias.hq_id, CatalogAlias.local_id).where(
                CatalogAlias.hq_id.in_(rest), CatalogAlias.kind == "product"
            )
        )
        .tuples()
        .all()
    )
    eans = [
        p["ean"] for p in products if p.get("ean") and p["product_id"] not in here and p["product_id"] not in aliases
    ]
    by_ean = dict(session.execute(select(Product.ean, Product.id).where(Product.ean.in_(eans))).tuples().all())
    local: dict[str, str] = {}
    new: list[dict] = []
    for p in products:
        pid, ean = p["product_id"], p.get("ean")
        if pid in here:
            local[pid] = pid
        elif pid in aliases:
            local[pid] = aliases[pid]
        elif ean and ean in by_ean:
            local[pid] = by_ean[ean]
        else:  # made here: a later one of the same id or EAN is this one
            new.append(p)
            here.add(pid)
            local[pid] = pid
            if ean:
                by_ean[ean] = pid
    if new:
        _make_products(session, new, at)
    return local


def _make_products(session: Session, products: list[dict], at: datetime) -> None:
    merchants = _merchants(session, products, at)
    for p in products:
        session.add(
            Product(
                id=p["product_id"],
                merchant_id=merchants[p["merchant_id"]],
                ean=p.get("ean") or None,
                sample_value_fen=p["sample_value_fen"],
                created_at=at,
                **{k: p[k] for k in PRODUCT_FIELDS},
            )
        )
    session.flush()


def _merchants(session: Session, products: list[dict], at: datetime) -> dict[str, str]:
    """The merchants of products made here: by id, else by name, else made here. Sender's id -> local id."""
    ids = {p["merchant_id"] for p in products}
    here = set(session.scalars(select(Merchant.id).where(Merchant.id.in_(ids))))
    names = {p["merchant_name"] for p in products}
    by_name = dict(session.execute(select(Merchant.name, Merchant.id).where(Merchant.name.in_(names))).tuples().all())
    local: dict[str, str] = {}
    for p in products:
        mid, name = p["merchant_id"], p["merchant_name"]
        if mid in here:
            local[mid] = mid
        elif name in by_name:
            local[mid] = by_name[name]
        else:
            session.add(Merchant(id=mid, name=name, created_at=at))
            here.add(mid)
            by_name[name] = local[mid] = mid
    session.flush()  # before the products that name them
    return local


def take_in(session: Session, transfer: Transfer, room_id: str, staff_id: str, at: datetime) -> None:
    """The samples that arrived become this showroom's, in stock (a damaged one with its note)."""
    products = known_products(session, json.loads(transfer.products), at)
    arrived = [line for line in lines_of(session, transfer.id) if line.outcome in ARRIVED]
    lay_in(
        session,
        [
            Arriving(
                line.sample_id,
                line.code,
                products.get(line.product_id, line.product_id),
                line.note if line.outcome == LineOutcome.DAMAGED else None,
                f"{transfer.number} {line.note}".strip()[:300],
            )
            for line in arrived
        ],
        room_id,
        staff_id,
        at,
    )


@dataclass(frozen=True)
class Arriving:
    """A sample coming into this showroom's custody from another's: by a transfer received, or a return of
    another showroom's loan taken here (showroom/services/elsewhere_rows.py)."""

    sample_id: str
    code: str
    product_id: str  # this showroom's id of its product (known_products)
    note: str | None  # its condition, when it has one to say
    detail: str  # its movement's


def lay_in(session: Session, arriving: list[Arriving], room_id: str, staff_id: str, at: datetime) -> None:
    """Samples that arrive from another showroom become this showroom's, in stock, each with its movement
    (`transfer_received`); a sample that was here before (sent away and back) is the same row again. Plain
    bulk statements: 200 samples as ORM objects were a third of receiving them."""
    table = Sample.__table__
    ids = [x.sample_id for x in arriving]
    here = {
        sid
        for i in range(0, len(ids), 500)
        for sid in session.scalars(select(table.c.id).where(table.c.id.in_(ids[i : i + 500])))
    }
    new = [x for x in arriving if x.sample_id not in here]
    if new:
        session.execute(
            insert(table),
            [
                {"id": x.sample_id, "code": x.code, "product_id": x.product_id, "showroom_id": room_id}
                | {"status": SampleStatus.IN_STOCK.value, "shelf": "", "condition_note": x.note or ""}
                | {"received_at": at, "received_by": staff_id}
                for x in new
            ],
        )
    back = [x for x in arriving if x.sample_id in here]
    set_samples(session, [x.sample_id for x in back], showroom_id=room_id, status=SampleStatus.IN_STOCK.value)
    noted = [{"sample": x.sample_id, "note": x.note} for x in back if x.note is not None]
    if noted:
        session.execute(
            update(table).where(table.c.id == bindparam("sample")).values(condition_note=bindparam("note")), noted
        )
        _forget(session, [x["sample"] for x in noted], ["condition_note"])
    moves = [(x.sample_id, x.detail) for x in arriving]
    _insert_movements(session, moves, MovementKind.TRANSFER_RECEIVED.value, staff_id, at)


def record_outcomes(session: Session, transfer: Transfer, lines: list[tuple]) -> None:
    """A receipt's lines over the slip's: each listed line gets its outcome and note; extra codes are added
    after them. `lines`: (sample_id, code, product_id, outcome, note). One executemany each."""
    table = TransferLine.__table__
    existing = set(session.scalars(select(table.c.code).where(table.c.transfer_id == transfer.id)))
    listed = [
        {"line": code, "new_outcome": outcome, "new_note": note}
        for _s, code, _p, outcome, note in lines
        if code in existing
    ]
    if listed:
        session.execute(
            update(table)
            .where(table.c.transfer_id == transfer.id, table.c.code == bindparam("line"))
            .values(outcome=bindparam("new_outcome"), note=bindparam("new_note")),
            listed,
        )
    _insert_lines(session, transfer.id, len(existing), [line for line in lines if line[1] not in existing])
