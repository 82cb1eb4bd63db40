"""Transfers between showrooms (调拨) across the network, newest first, of every showroom or one (sent from it
or to it), optionally only those with differences, still in transit, or with samples short (settled since or
not); each with its figures, its short samples and how each was settled, and, for the page of one transfer,
its lines (hq/transfer_projections.py and hq/shortfall_projections.py keep them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, aliased

from hq.models import HqShowroom, NetTransfer

STATES = ("sent", "received", "partly_received", "cancelled")


@dataclass(frozen=True)
class TransferLine:
    code: str
    outcome: str
    note: str
    settled: str = ""  # a short one settled since: found_at_sender | declared_lost | arrived_late
    settled_at: datetime | None = None
    settled_by: str = ""
    settled_note: str = ""
    settled_in: str = ""  # the showroom's code


def _line(x: dict) -> TransferLine:
    at = x.get("settled_at")
    return TransferLine(
        x["code"],
        x.get("outcome") or "",
        x.get("note") or "",
        x.get("settled") or "",
        datetime.fromisoformat(at) if at else None,
        x.get("settled_by") or "",
        x.get("settled_note") or "",
        x.get("settled_in") or "",
    )


@dataclass(frozen=True)
class TransferRow:
    id: str
    number: str
    from_code: str
    from_name: str
    to_code: str
    to_name: str
    state: str
    sent_at: datetime
    sent_by: str
    received_at: datetime | None
    received_by: str
    sent: int
    received: int
    short: int
    extra: int
    damaged: int
    note: str
    reason: str
    short_open: int = 0  # short and not settled yet
    short_lines: tuple[TransferLine, ...] = ()  # the short ones, settled or not


FILTERS = ("differences", "in_transit", "short", "short_open")


def clean_filter(raw: str | None) -> str:
    return raw if raw in FILTERS else ""


def _query(showroom: str, which: str):
    sender, receiver = aliased(HqShowroom), aliased(HqShowroom)
    q = (
        select(NetTransfer, sender.code, sender.name, receiver.name)
        .join(sender, sender.id == NetTransfer.from_showroom_id)
        .outerjoin(receiver, receiver.id == NetTransfer.to_showroom_id)
    )
    if showroom:
        q = q.where(or_(sender.code == showroom, NetTransfer.to_code == showroom))
    if which == "differences":
        q = q.where(or_(NetTransfer.short > 0, NetTransfer.extra > 0, NetTransfer.damaged > 0))
    elif which == "in_transit":
        q = q.where(NetTransfer.state == "sent")
    elif which == "short":
        q = q.where(NetTransfer.short > 0)
    elif which == "short_open":
        q = q.where(NetTransfer.short_open > 0)
    return q


def _row(t: NetTransfer, from_code: str, from_name: str, to_name: str | None) -> TransferRow:
    return TransferRow(
        id=t.id,
        number=t.number,
        from_code=from_code,
        from_name=from_name,
        to_code=t.to_code,
        to_name=to_name or t.to_code,
        state=t.state,
        sent_at=t.sent_at,
        sent_by=t.sent_by,
        received_at=t.received_at,
        received_by=t.received_by,
        sent=t.sent,
        received=t.received,
        short=t.short,
        extra=t.extra,
        damaged=t.damaged,
        note=t.note,
        reason=t.reason,
        short_open=t.short_open,
        short_lines=tuple(_line(x) for x in json.loads(t.lines) if x.get("outcome") == "short") if t.short else (),
    )


def transfers(
    session: Session, showroom: str, which: str, limit: int, offset: int = 0
) -> tuple[list[TransferRow], int]:
    """A page of transfers, newest first, and how many there are (`showroom` a code, '' for every one)."""
    q = _query(showroom, which)
    total = session.scalar(select(func.count()).select_from(q.subquery()))
    page = q.order_by(NetTransfer.sent_at.desc(), NetTransfer.number.desc()).limit(limit).offset(offset)
    return [_row(*r) for r in session.execute(page)], total or 0


def transfer(session: Session, transfer_id: str) -> tuple[TransferRow, list[TransferLine]] | None:
    """One transfer and its lines (slip order, extra codes after), or None."""
    found = session.execute(_query("", "").where(NetTransfer.id == transfer_id)).first()
    if found is None:
        return None
    return _row(*found), [_line(x) for x in json.loads(found[0].lines)]


def in_transit_by_city(session: Session) -> dict[str, int]:
    """Samples in transit, by the city that sent them: all of a transfer not received yet, the short ones not
    settled of one received short."""
    sender = aliased(HqShowroom)
    still = case((NetTransfer.state == "sent", NetTransfer.sent), else_=NetTransfer.short_open)
    q = (
        select(sender.code, func.sum(still))
        .join(sender, sender.id == NetTransfer.from_showroom_id)
        .where(NetTransfer.state.in_(("sent", "partly_received")))
        .group_by(sender.code)
    )
    return {code: int(n or 0) for code, n in session.execute(q)}
