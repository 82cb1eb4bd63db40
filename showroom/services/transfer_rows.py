"""The rows a transfer writes, shared by its use cases (showroom/services/transfers.py), their replay
(showroom/replay/transfers.py) and what a pull brings of the other city's side (showroom/sync/transfers_pull.py):
one way to write each, whoever writes it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
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
    rows = [
        {
            "id": str(uuid.uuid4()),
            "transfer_id": transfer.id,
            "position": i,
            "sample_id": sample_id,
            "code": code,
            "product_id": product_id,
            "outcome": outcome,
            "note": note,
        }
        for i, (sample_id, code, product_id, outcome, note) in enumerate(lines)
    ]
    if rows:  # one executemany: a slip of 200 samples as 200 ORM objects was most of sending it
        session.execute(insert(TransferLine.__table__), rows)
    return transfer


def write_sent(
    session: Session,
    transfer_id: str,
    number: str,
    ends: tuple[ShowroomRow, ShowroomRow],
    sent_by: str,
    note: str,
    payload: dict,
    at: datetime,
) -> Transfer:
    """An outgoing transfer as its event says it (the use case and its replay): `ends` is (from, to)."""
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
        [(x["sample_id"], x["code"], x["product_id"], "", "") for x in payload["samples"]],
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
    table = Sample.__table__
    for start in range(0, len(sample_ids), 500):
        chunk = sample_ids[start : start + 500]
        session.execute(update(table).where(table.c.id.in_(chunk)).values(status=status))
    moved = set(sample_ids)
    for row in list(session.identity_map.values()):  # those read before this hold their old status
        if isinstance(row, Sample) and row.id in moved:
            session.expire(row, ["status"])
    if staff_id is not None and sample_ids:
        session.execute(
            insert(SampleMovement.__table__),
            [
                {"id": str(uuid.uuid4()), "sample_id": sid, "kind": kind.value, "at": at, "staff_id": staff_id}
                | {"detail": detail, "loan_id": None, "streamer_id": None}
                for sid in sample_ids
            ],
        )


def lines_of(session: Session, transfer_id: str) -> list[TransferLine]:
    return list(
        session.scalars(
            select(TransferLine).where(TransferLine.transfer_id == transfer_id).order_by(TransferLine.position)
        )
    )


def known_products(session: Session, products: list[dict], at: datetime) -> dict[str, str]:
    """The sender's products (TransferredProduct payloads) as products of this showroom: by id, by an alias a
    pull made, by EAN, else made here with their merchant (by id, else by name). Sender's id -> local id."""
    local: dict[str, str] = {}
    for p in products:
        pid = p["product_id"]
        if session.get(Product, pid) is not None:
            local[pid] = pid
            continue
        alias = session.get(CatalogAlias, pid)
        if alias is not None and alias.kind == "product":
            local[pid] = alias.local_id
            continue
        same_ean = session.scalar(select(Product.id).where(Product.ean == p["ean"])) if p.get("ean") else None
        if same_ean is not None:
            local[pid] = same_ean
            continue
        session.add(
            Product(
                id=pid,
                merchant_id=_merchant(session, p, at),
                ean=p.get("ean") or None,
                sample_value_fen=p["sample_value_fen"],
                created_at=at,
                **{k: p[k] for k in PRODUCT_FIELDS},
            )
        )
        session.flush()
        local[pid] = pid
    return local


def _merchant(session: Session, p: dict, at: datetime) -> str:
    if session.get(Merchant, p["merchant_id"]) is not None:
        return p["merchant_id"]
    same_name = session.scalar(select(Merchant.id).where(Merchant.name == p["merchant_name"]))
    if same_name is not None:
        return same_name
    session.add(Merchant(id=p["merchant_id"], name=p["merchant_name"], created_at=at))
    session.flush()
    return p["merchant_id"]


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
    (`transfer_received`); a sample that was here before (sent away and back) is the same row again."""
    ids = [x.sample_id for x in arriving]
    here = {
        x.id: x
        for i in range(0, len(ids), 500)
        for x in session.scalars(select(Sample).where(Sample.id.in_(ids[i : i + 500])))
    }
    for x in arriving:
        sample = here.get(x.sample_id)
        if sample is None:
            session.add(
                Sample(
                    id=x.sample_id,
                    code=x.code,
                    product_id=x.product_id,
                    showroom_id=room_id,
                    status=SampleStatus.IN_STOCK.value,
                    shelf="",
                    condition_note=x.note or "",
                    received_at=at,
                    received_by=staff_id,
                )
            )
        else:
            sample.showroom_id, sample.status = room_id, SampleStatus.IN_STOCK.value
            if x.note is not None:
                sample.condition_note = x.note
    session.flush()
    if arriving:
        kind = MovementKind.TRANSFER_RECEIVED.value
        session.execute(
            insert(SampleMovement.__table__),
            [
                {"id": str(uuid.uuid4()), "sample_id": x.sample_id, "kind": kind, "at": at, "staff_id": staff_id}
                | {"detail": x.detail, "loan_id": None, "streamer_id": None}
                for x in arriving
            ],
        )


def record_outcomes(session: Session, transfer: Transfer, lines: list[tuple]) -> None:
    """A receipt's lines over the slip's: each listed line gets its outcome and note; extra codes are added
    after them. `lines`: (sample_id, code, product_id, outcome, note)."""
    existing = {line.code: line for line in lines_of(session, transfer.id)}
    position = len(existing)
    for sample_id, code, product_id, outcome, note in lines:
        line = existing.get(code)
        if line is None:
            session.add(
                TransferLine(
                    transfer_id=transfer.id,
                    position=position,
                    sample_id=sample_id,
                    code=code,
                    product_id=product_id,
                    outcome=outcome,
                    note=note,
                )
            )
            position += 1
        else:
            line.outcome, line.note = outcome, note
    session.flush()
