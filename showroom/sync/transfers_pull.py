"""What a pull brings of transfers and of the other showrooms (change kinds `showroom` and `transfer`).

A showroom is every counter's to know (where a transfer may go). A transfer is its two ends': the receiving
counter learns of one sent to it (and may receive it offline from then on), the sending counter learns how it
was received (its lines' outcomes; the samples that arrived are the other showroom's from then on, shown as
`transferred`). Like every pulled change these write rows directly and record no event. A counter's own word
is never overwritten: a transfer it received or called back stays as it said.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from db.transfer_models import Transfer
from showroom.domain.model import SampleStatus
from showroom.domain.transfers import ARRIVED, Direction, TransferState
from showroom.services.common import local_showroom
from showroom.services.transfer_rows import record_outcomes, set_samples, showroom_named, write_transfer


def pulled_time(value: str | None) -> datetime | None:
    if not value:
        return None
    t = datetime.fromisoformat(value)
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def apply_showrooms(uow, rows: list[dict]) -> None:
    for d in rows:
        showroom_named(uow.session, d["code"], d.get("name") or d["code"])


def apply_transfers(uow, own_code: str, rows: list[dict]) -> None:
    for d in rows:
        if d["to_code"] == own_code:
            _incoming(uow, d)
        elif d["from_code"] == own_code:
            _outgoing(uow, d)


def _lines(d: dict) -> list[tuple]:
    return [
        (x.get("sample_id"), x["code"], x.get("product_id"), x.get("outcome") or "", x.get("note") or "")
        for x in d["lines"]
    ]


def _incoming(uow, d: dict) -> None:
    """A transfer sent here, as it was sent (or called back). Its receipt is this counter's own word, written
    by its use case or, on a counter rebuilt from HQ, by that event's replay, never by a pull: a receipt pulled
    here first would leave the replay nothing to lay its samples on."""
    s = uow.session
    showroom_named(s, d["from_code"], d["from_name"])
    transfer = s.get(Transfer, d["id"])
    if transfer is None:
        cancelled = d["state"] == TransferState.CANCELLED
        write_transfer(
            s,
            dict(
                id=d["id"],
                number=d["number"],
                direction=Direction.IN.value,
                from_code=d["from_code"],
                from_name=d["from_name"],
                to_code=d["to_code"],
                to_name=local_showroom(uow).name,  # as this counter calls itself (and its replay does)
                state=TransferState.CANCELLED.value if cancelled else TransferState.SENT.value,
                sent_at=pulled_time(d["sent_at"]),
                sent_by=d.get("sent_by") or "",
                received_at=None,
                received_by="",
                ended_at=pulled_time(d.get("ended_at")) if cancelled else None,
                note=d.get("note") or "",
                reason=d.get("reason") or "",
                products=json.dumps(d.get("products") or [], ensure_ascii=False),
            ),
            [(sid, code, pid, "", "") for sid, code, pid, outcome, _n in _lines(d) if outcome != "extra"],
        )
    elif transfer.state == TransferState.SENT and d["state"] == TransferState.CANCELLED:
        transfer.state, transfer.reason, transfer.ended_at = (
            d["state"],
            d.get("reason") or "",
            pulled_time(d.get("ended_at")),
        )


def _outgoing(uow, d: dict) -> None:
    """How the other city received it: the lines' outcomes, and the samples that arrived are theirs now."""
    s = uow.session
    transfer = s.get(Transfer, d["id"])
    if transfer is None or d["state"] not in (TransferState.RECEIVED, TransferState.PARTLY_RECEIVED):
        return  # a transfer sent from here is written by its own use case (or its replay) first
    if transfer.state in (TransferState.RECEIVED, TransferState.PARTLY_RECEIVED):
        return
    # called back here while the other city received it offline: the samples went anyway (HQ tells both)
    lines = _lines(d)
    record_outcomes(s, transfer, lines)
    transfer.state = d["state"]
    transfer.received_at, transfer.received_by = pulled_time(d.get("received_at")), d.get("received_by") or ""
    transfer.ended_at = pulled_time(d.get("ended_at"))
    dest = showroom_named(s, d["to_code"], d["to_name"])
    arrived = [sid for sid, _c, _p, outcome, _n in lines if sid and outcome in ARRIVED]
    set_samples(s, arrived, status=SampleStatus.TRANSFERRED.value, showroom_id=dest.id)
