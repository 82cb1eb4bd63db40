"""Replay: the counter's own events, written back into its tables (a restored or replaced counter catching up
from HQ's copy: showroom/sync/catch_up.py). One projection per declared event type (kernel/events), each
writing the rows the use case that recorded the event wrote, with the helpers those use cases use where
they share them (new_loan.lend_items, returns.take_back); a test keeps every declared type covered.

No projection records an event: the replayed event itself goes into the outbox, as HQ holds it.
"""

from __future__ import annotations

from kernel.events import DeviceHqAddressChanged, Event, EventInvalid, StaffLocked, StaffPinReset, StaffUnlocked, read
from showroom.replay import elsewhere, lending, losses, mailing, photos, records, shortfalls, stock, transfers
from showroom.replay.base import ReplayConflict, Replaying

# The most frequent types of a showroom's history: written through the page's batch (showroom/replay/batch.py).
IN_BULK = {*lending.IN_BULK, *records.IN_BULK}
PROJECTIONS = {
    **lending.PROJECTIONS,
    **records.PROJECTIONS,
    **stock.PROJECTIONS,
    **losses.PROJECTIONS,
    **photos.PROJECTIONS,
    **mailing.PROJECTIONS,
    **transfers.PROJECTIONS,
    **elsewhere.PROJECTIONS,
    **shortfalls.PROJECTIONS,
}
# Types that leave no row to write again: the HQ address is this PC's own (its enrolment's); a lock is over long
# since; a PIN reset cannot come back (HQ never holds PIN hashes), which is said (NOT_BACK).
NOTHING = {DeviceHqAddressChanged, StaffLocked, StaffUnlocked, StaffPinReset}
NOT_BACK = {StaffPinReset: "pin_reset_not_restored"}


def replay_event(r: Replaying, event_type: str, payload: dict) -> str | None:
    """Writes the rows of one event. Returns what of it could not come back (a key), or None; raises
    ReplayConflict when it contradicts what the counter holds now, breaks its declaration, or is of a
    type no declaration names."""
    try:
        event: Event = read(event_type, payload)
    except EventInvalid as invalid:
        if invalid.problem == "unknown_type":  # a newer version's: kept in the outbox, its rows not written
            raise ReplayConflict("unknown_type", event_type) from None
        raise ReplayConflict("event_invalid", str(invalid)[:200]) from None
    kind = type(event)
    if kind in NOTHING:
        return NOT_BACK.get(kind)
    if kind in IN_BULK:
        PROJECTIONS[kind](r, event)
        return None
    r.batch.flush()  # the others read the database through the ORM session: the batch's rows first
    PROJECTIONS[kind](r, event)
    r.batch.flush()  # the series it reached
    r.batch.forget()  # it may have changed what the batch read
    return None


__all__ = ["IN_BULK", "NOTHING", "PROJECTIONS", "ReplayConflict", "Replaying", "replay_event"]
