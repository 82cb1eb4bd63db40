"""A sample missing at stocktake that turns up outside a count (behind a cabinet, in the back room): a manager
puts it back in stock, on the shelf it goes back to. Without this the only way back was another count, which
would mark everything else on that shelf missing unless it was all scanned again."""

from __future__ import annotations

from datetime import datetime

from db.uow import UnitOfWork
from kernel.events import SampleFoundAgain
from showroom.domain.errors import StocktakeRefused
from showroom.domain.model import Role, SampleStatus
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, optional_text, resolve_now
from showroom.services.records import sample_by_code
from showroom.services.stocktake_rows import found_again


@changes(Topic.SAMPLES, Topic.STOCKTAKE)
def put_back_found(
    uow: UnitOfWork, actor: Actor, code: str, shelf: str = "", note: str = "", now: datetime | None = None
) -> str:
    """Manager only. `shelf` empty: the shelf it was recorded on. Returns the sample's code."""
    now = resolve_now(now)
    shelf, note = optional_text("shelf", shelf, 40), optional_text("note", note, 300)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "put_back_found")
        sample = sample_by_code(uow, code)
        if sample.status != SampleStatus.MISSING_AT_STOCKTAKE.value:
            raise StocktakeRefused("not_missing", code=sample.code)
        shelf = shelf or sample.shelf
        found_again(uow.session, sample, shelf, note, staff.id, now)
        uow.record_event(
            SampleFoundAgain(sample_id=sample.id, code=sample.code, shelf=shelf, note=note), staff_id=staff.id, at=now
        )
        uow.commit()
        return sample.code
