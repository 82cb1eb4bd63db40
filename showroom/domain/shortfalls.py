"""Samples short on a transfer, settled afterwards (调拨短少的后续), with no database.

A receipt names the samples of the slip that did not come as short (showroom/domain/transfers.py): they stay
the sender's, in transit, flagged short. Decisions:
- The sender settles each, a manager: found here (it never left, or came back): in stock at the sender again,
  a note if wanted; or declared lost: lost in the sender's custody, a reason required. No streamer held it, so
  no one is charged and no deposit moves; it counts among the showroom's losses (daily report, merchant
  statement).
- The receiver settles one only by scanning it: a short sample found later (in the box, another bag) arrives
  late and becomes the receiver's, in stock, as if it had come with the transfer. Any clerk does it, offline:
  the counter knows the slip's lines from its own receipt.
- When the two cities contradict each other (the sender declared it lost or found it, the receiver scanned it)
  the arrival wins: the sample is where someone holds it, the custody is the receiver's; HQ names the
  contradiction to both (hq/shortfall_projections.py). So the receiver may still receive late a sample the
  sender settled; the sender can no longer settle one it knows arrived.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from enum import StrEnum

from showroom.domain.model import MovementKind, SampleStatus
from showroom.domain.transfers import LineOutcome, ScanAnswer, TransferState


class Settlement(StrEnum):
    FOUND_AT_SENDER = "found_at_sender"
    DECLARED_LOST = "declared_lost"
    ARRIVED_LATE = "arrived_late"


SENDER_SETTLES = (Settlement.FOUND_AT_SENDER, Settlement.DECLARED_LOST)
# A short sample here is in transit; in stock when the transfer was called back here while the other city
# received it offline (the call-back put it back on the shelf: HQ keeps both facts)
SETTLEABLE = (SampleStatus.IN_TRANSIT, SampleStatus.IN_STOCK)
# What the sender's word makes of its sample, and the movement that says so
AT_SENDER = {
    Settlement.FOUND_AT_SENDER: (SampleStatus.IN_STOCK, MovementKind.SHORT_FOUND),
    Settlement.DECLARED_LOST: (SampleStatus.LOST, MovementKind.SHORT_LOST),
}


def settle_refusal(outcome: str, transfer_state: str, settled: str, status: str) -> str | None:
    """Why the sender may not settle this line (a problem key of TransferRefused), or None. `outcome` is the
    line's at the receipt, `settled` how it was settled since ('' not yet), `status` the sample's here."""
    if transfer_state != TransferState.PARTLY_RECEIVED or outcome != LineOutcome.SHORT:
        return "not_short"
    if settled:
        return "settled_already"
    if status not in SETTLEABLE:
        return "not_short"
    return None


def may_arrive_late(outcome: str, transfer_state: str, settled: str) -> bool:
    """Whether a line of a transfer received here may still arrive: short at the receipt and not arrived since
    (a settlement by the sender does not stop it: the arrival wins)."""
    return (
        transfer_state == TransferState.PARTLY_RECEIVED
        and outcome == LineOutcome.SHORT
        and settled != Settlement.ARRIVED_LATE
    )


def late_scan(receivable: set[str], scanned: set[str], code: str) -> ScanAnswer | None:
    """A scan while short samples are received late: on the slip and short (ON_SLIP), scanned already (AGAIN),
    or None: not one that may arrive (received already, extra, another slip's)."""
    if code in scanned:
        return ScanAnswer.AGAIN
    return ScanAnswer.ON_SLIP if code in receivable else None


def overrides(incoming: str, held: str) -> bool:
    """Whether a settlement HQ reports replaces the one this counter holds for a line: the arrival wins over
    the sender's word; nothing else replaces what is held."""
    return not held or (incoming == Settlement.ARRIVED_LATE and held != Settlement.ARRIVED_LATE)


def days_since(moment: datetime, now: datetime, tz: tzinfo) -> int:
    """Whole local days from `moment` to `now` (0 the same day)."""
    return max(0, (now.astimezone(tz).date() - moment.astimezone(tz).date()).days)
