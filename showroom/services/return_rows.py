"""What one sample coming back changes, as plain values: check-in writes them on its rows (returns.take_back),
the replay of a check-in writes them in bulk (showroom/replay/lending.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from showroom.domain.model import MovementKind, ReturnCondition, SampleStatus


@dataclass(frozen=True)
class ComingBack:
    item: dict  # the loan item's columns that change
    sample: dict  # the sample's
    movement: dict  # the movement written


def coming_back(
    sample_id: str,
    loan_id: str,
    streamer_id: str,
    condition: str,
    note: str,
    staff_id: str,
    showroom_id: str,
    now: datetime,
) -> ComingBack:
    """What one sample coming back changes: take_back, and the replay of a check-in (showroom/replay)."""
    note = note.strip()
    sample = {"status": SampleStatus.IN_STOCK.value}
    if condition != ReturnCondition.GOOD.value or note:
        sample["condition_note"] = f"{condition}: {note}".rstrip(": ")
    return ComingBack(
        item=dict(
            returned_at=now,
            return_condition=condition,
            return_note=note,
            return_staff_id=staff_id,
            return_showroom_id=showroom_id,
        ),
        sample=sample,
        movement=dict(
            sample_id=sample_id,
            kind=MovementKind.CHECKED_IN.value,
            at=now,
            staff_id=staff_id,
            loan_id=loan_id,
            streamer_id=streamer_id,
            detail=condition,
        ),
    )
