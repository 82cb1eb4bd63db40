"""A page of events replayed in one session: the rows it names are read up front, a query per table. The events
written through the batch (showroom/replay/batch.py) have theirs read into it; for the others every ORM row
the page reads or writes is held until it ends. The projections then find them with session.get and
lazy loads without asking the database (the session only holds rows weakly: a loan made by one event
would be gone when a later event of the page closes it). What is written does not change."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import event, select
from sqlalchemy.orm import selectinload

from db.desk_models import Reminder
from db.models import CodeCounter, Loan, LoanItem, Sample, Streamer, TierPolicy
from kernel.events import declared
from showroom.replay.base import code_series
from showroom.replay.batch import Batch

CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound values
_NAMED = {"sample_id": Sample, "loan_id": Loan, "streamer_id": Streamer}
_CODES = ("number", "code", "member_code")
# what the batch's projections look up, by the payload key that names it
_IN_BATCH = {
    "sample_id": ((Sample, "id"),),
    "loan_id": ((Loan, "id"), (LoanItem, "loan_id")),
    "streamer_id": ((Streamer, "id"),),
    "number": ((Loan, "number"),),
    "code": ((Sample, "code"),),
    "phone": ((Streamer, "phone"),),
    "streamer_phone": ((Streamer, "phone"),),
    "member_code": ((Streamer, "member_code"),),
    "tier": ((TierPolicy, "tier"),),
    "reminder_id": ((Reminder, "id"),),
    "loan_number": ((Loan, "number"),),
}


@contextmanager
def warmed(session, room_code: str | None, events: list[dict], batch: Batch, in_bulk: set) -> Iterator[None]:
    """`events` as HQ sends them (type, payload); `in_bulk`: the types written through `batch`."""
    bulk = [e["payload"] for e in events if declared(e["type"]) in in_bulk]
    batch.preload(_for_batch(room_code, bulk))
    payloads = [e["payload"] for e in events if declared(e["type"]) not in in_bulk]
    held: list = []

    def hold(_session, instance) -> None:
        held.append(instance)

    event.listen(session, "loaded_as_persistent", hold)
    event.listen(session, "pending_to_persistent", hold)
    try:
        _read(session, payloads)
        yield
    finally:
        event.remove(session, "loaded_as_persistent", hold)
        event.remove(session, "pending_to_persistent", hold)
        held.clear()


def _read(session, payloads: list[dict]) -> None:
    ids: dict[type, set[str]] = {model: set() for model in _NAMED.values()}
    for key, values in _strings(payloads, _NAMED.keys()).items():
        ids[_NAMED[key]].update(values)
    with session.no_autoflush:
        for model, wanted in ids.items():
            options = (selectinload(Loan.items),) if model is Loan else ()
            for part in _chunks(sorted(wanted)):
                session.scalars(select(model).where(model.id.in_(part)).options(*options)).all()


def _for_batch(room_code: str | None, payloads: list[dict]) -> dict:
    wanted: dict = {}
    for key, values in _strings(payloads, _IN_BATCH.keys() | set(_CODES)).items():
        for looked_up in _IN_BATCH.get(key, ()):
            wanted.setdefault(looked_up, set()).update(values)
        if key in _CODES and room_code:
            found = (code_series(room_code, v) for v in values)
            wanted.setdefault((CodeCounter, "series"), set()).update(f[0] for f in found if f is not None)
    return wanted


def _strings(payloads: list[dict], keys) -> dict[str, set[str]]:
    """The strings found under each of `keys`, at any depth (in lists of them too)."""
    found: dict[str, set[str]] = {}
    stack = list(payloads)
    while stack:
        for key, value in stack.pop().items():
            kind = type(value)
            if kind is str:
                if key in keys:
                    found.setdefault(key, set()).add(value)
            elif kind is dict:
                stack.append(value)
            elif kind is list:
                for v in value:
                    if type(v) is dict:
                        stack.append(v)
                    elif type(v) is str and key in keys:
                        found.setdefault(key, set()).add(v)
    return found


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]
