"""The event walk's short samples settled afterwards (tests/integration/event_walk.py): three samples sent to Jinan,
whose receipt (pulled, as HQ's change log carries it) finds them all short; Changsha finds one here and declares
another lost; and the sample short on the transfer received from Jinan earlier in the walk arrives late, damaged.
A receipt that moved none of the samples keeps the comparison of the replay exact (test_replay.py lays the same
pull over the replayed copy: a recovered counter pulls it again)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from db.transfer_models import Transfer
from showroom.services import catalog, transfer_shortfalls, transfers
from showroom.services.transfer_rows import lines_of
from showroom.sync.shortfalls_pull import apply_settlements
from showroom.sync.transfers_pull import apply_transfers

NOTE = "短少演练"  # the note on the walk's slip: how the replayed copy finds it again


def receipt_from_jinan(uow, transfer: Transfer, arrived: list[str], at: datetime) -> dict:
    """Jinan's receipt of a transfer sent from here, as HQ's change log carries it (hq/transfer_projections.py):
    the codes in `arrived` received, the others short."""
    lines = [
        {
            "sample_id": line.sample_id,
            "code": line.code,
            "product_id": line.product_id,
            "outcome": "received" if line.code in arrived else "short",
            "note": "",
        }
        for line in lines_of(uow.session, transfer.id)
    ]
    return {
        "id": transfer.id,
        "number": transfer.number,
        "from_code": transfer.from_code,
        "from_name": transfer.from_name,
        "to_code": transfer.to_code,
        "to_name": transfer.to_name,
        "state": "received" if len(arrived) == len(lines) else "partly_received",
        "sent_at": transfer.sent_at.isoformat(),
        "sent_by": transfer.sent_by,
        "received_at": at.isoformat(),
        "received_by": "济南店长",
        "ended_at": at.isoformat(),
        "note": transfer.note,
        "reason": "",
        "products": [],
        "lines": lines,
    }


def pull_receipt(uow_factory, own_code: str, number: str, arrived: list[str], at: datetime) -> None:
    """The pull that brings Jinan's receipt of transfer `number` sent from here."""
    with uow_factory() as u:
        transfer = u.session.scalar(select(Transfer).where(Transfer.number == number))
        change = receipt_from_jinan(u, transfer, arrived, at)
        apply_transfers(u, own_code, [change])
        apply_settlements(u, [change])
        u.commit()


def walk_receipt_again(uow_factory, start: datetime) -> None:
    """The walk's pull of Jinan's receipt, laid over a replayed copy of the walk's counter."""
    with uow_factory() as u:
        number = u.session.scalar(select(Transfer.number).where(Transfer.note == NOTE))
    pull_receipt(uow_factory, "CS", number, [], start + timedelta(hours=1))


def shortfalls(counter, start: datetime) -> None:
    uow, clerk, manager = counter.uow, counter.clerk, counter.manager
    merchant = catalog.create_merchant(uow(), clerk, "短少商家", now=start)
    product = catalog.create_product(
        uow(),
        clerk,
        merchant.id,
        "短少样品",
        retail_price_fen=100,
        live_price_fen=90,
        commission_bp=0,
        sample_value_fen=50,
        now=start,
    )
    mine = catalog.receive_samples(uow(), clerk, product.id, 3, shelf="T-02", now=start).codes
    sent = transfers.send_transfer(uow(), manager, "JN", mine, note=NOTE, now=start + timedelta(minutes=1))
    pull_receipt(uow, "CS", sent.summary.number, [], start + timedelta(hours=1))
    later = start + timedelta(days=2)
    transfer_shortfalls.settle_short(uow(), manager, sent.summary.id, [mine[0]], "found_at_sender", now=later)
    transfer_shortfalls.settle_short(
        uow(), manager, sent.summary.id, [mine[1]], "declared_lost", "快递丢件", now=later + timedelta(minutes=1)
    )
    incoming = "5e7d0c2a-0000-4000-8000-00000000a001"  # event_walk.incoming_transfer, received with JN-000003 short
    transfer_shortfalls.receive_late(
        uow(), clerk, incoming, ["JN-000003"], {"JN-000003": "外盒湿了"}, now=later + timedelta(minutes=2)
    )
