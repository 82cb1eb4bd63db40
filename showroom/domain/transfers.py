"""Transfer (调拨) rules, with no database: what may be sent, what one scan at the receiving counter means,
and how a receipt's lines come out.

Decisions (DESIGN.md: each sample has one custodian showroom, the only one that lends it):
- Sending moves the custody of value out of the city: a manager sends and calls back a transfer; any clerk
  receives one (scanning what came is counter work), and the receipt names who did.
- Only samples in stock in this showroom's custody are sent; they are `in_transit` until received, and
  neither city lends them meanwhile.
- At the receipt, each sample on the slip is received, received damaged (a note says how), or short (not in
  the parcel). A short sample stays the sender's, `in_transit`, and is named as short on the transfer in both
  cities and at HQ: it is not lost until someone says so. A code scanned that the slip does not list is
  extra: noted on the transfer, nothing of it changes hands.
"""

from __future__ import annotations

from enum import StrEnum

from showroom.domain.model import SampleStatus


class TransferState(StrEnum):
    SENT = "sent"  # in transit
    RECEIVED = "received"  # every sample on the slip arrived
    PARTLY_RECEIVED = "partly_received"  # received with samples short
    CANCELLED = "cancelled"  # called back by the sender before it was received


class Direction(StrEnum):
    OUT = "out"  # sent from this showroom
    IN = "in"  # sent to this showroom


class LineOutcome(StrEnum):
    RECEIVED = "received"
    SHORT = "short"
    EXTRA = "extra"
    DAMAGED = "damaged"


class ScanAnswer(StrEnum):
    """What a scan at the receiving counter meant."""

    ON_SLIP = "on_slip"
    AGAIN = "again"  # scanned already: counted once
    EXTRA = "extra"  # not on the slip


OPEN = (TransferState.SENT,)
ARRIVED = (LineOutcome.RECEIVED, LineOutcome.DAMAGED)  # the samples whose custody moves


def may_send(status: str) -> bool:
    return status == SampleStatus.IN_STOCK


def receipt_scan(on_slip: set[str], scanned: set[str], code: str) -> ScanAnswer:
    if code in scanned:
        return ScanAnswer.AGAIN
    return ScanAnswer.ON_SLIP if code in on_slip else ScanAnswer.EXTRA


def outcomes(on_slip: list[str], scanned: list[str], damaged: dict[str, str]) -> list[tuple[str, LineOutcome, str]]:
    """(code, outcome, note) for every code on the slip, in slip order, then every extra code in scan order."""
    seen = set(scanned)
    listed = set(on_slip)
    lines = []
    for code in on_slip:
        if code not in seen:
            lines.append((code, LineOutcome.SHORT, ""))
        elif code in damaged:
            lines.append((code, LineOutcome.DAMAGED, damaged[code]))
        else:
            lines.append((code, LineOutcome.RECEIVED, ""))
    extras = dict.fromkeys(c for c in scanned if c not in listed)
    lines.extend((code, LineOutcome.EXTRA, damaged.get(code, "")) for code in extras)
    return lines


def state_after(lines: list[tuple[str, LineOutcome, str]]) -> TransferState:
    short = any(outcome == LineOutcome.SHORT for _c, outcome, _n in lines)
    return TransferState.PARTLY_RECEIVED if short else TransferState.RECEIVED
