"""A page of events replayed in one session: the rows it names are read up front, a query per table, and every
row the page reads or writes is held until it ends. The projections then find them with session.get and
lazy loads without asking the database (the session only holds rows weakly: a loan made by one event
would be gone when a later event of the page closes it). What is written does not change."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import event, select
from sqlalchemy.orm import selectinload

from db.models import CodeCounter, Loan, Sample, Streamer
from showroom.replay.base import code_series

CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound values
_NAMED = {"sample_id": Sample, "loan_id": Loan, "streamer_id": Streamer}
_CODES = ("number", "code", "member_code")


@contextmanager
def warmed(session, room_code: str | None, payloads: list[dict]) -> Iterator[None]:
    held: list = []

    def hold(_session, instance) -> None:
        held.append(instance)

    event.listen(session, "loaded_as_persistent", hold)
    event.listen(session, "pending_to_persistent", hold)
    try:
        _read(session, room_code, payloads)
        yield
    finally:
        event.remove(session, "loaded_as_persistent", hold)
        event.remove(session, "pending_to_persistent", hold)
        held.clear()


def _read(session, room_code: str | None, payloads: list[dict]) -> None:
    ids: dict[type, set[str]] = {model: set() for model in _NAMED.values()}
    series: set[str] = set()
    for key, value in _leaves(payloads):
        if key in _NAMED and isinstance(value, str):
            ids[_NAMED[key]].add(value)
        elif key in _CODES and isinstance(value, str) and room_code:
            found = code_series(room_code, value)
            if found is not None:
                series.add(found[0])
    with session.no_autoflush:
        for model, wanted in ids.items():
            options = (selectinload(Loan.items),) if model is Loan else ()
            for part in _chunks(sorted(wanted)):
                session.scalars(select(model).where(model.id.in_(part)).options(*options)).all()
        for part in _chunks(sorted(series)):
            session.scalars(select(CodeCounter).where(CodeCounter.series.in_(part))).all()


def _leaves(value, key: str | None = None) -> Iterator[tuple[str | None, object]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v, key)
    else:
        yield key, value


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]
