"""Who owns the rows an event names, checked before HQ applies it (hq/PROTOCOL.md, "Ownership").

A device changes only its own showroom's rows: a loan belongs to the showroom that opened it, a sample to
its custodian showroom. The declarations say which fields name such rows (`names=LOAN`, `names=SAMPLE` in
kernel/events); this module reads them, once per event type, so a new event type is checked as soon as it
is declared. A row HQ does not know yet is the device's to make. Streamers and the catalog belong to the
network; cross-city operations are events of their own (hq/transfer_projections.py, hq/returns_elsewhere.py).
"""

from __future__ import annotations

from functools import cache

from sqlalchemy.orm import Session

from hq.batch import CHUNK, BatchCache, LoanRow, SampleRow, among
from hq.models import HqShowroom, NetLoan, NetSample
from kernel.events import Event
from kernel.events.fields import LOAN, SAMPLE
from kernel.events.records import ListOf, Nested


class ForeignWrite(Exception):
    """An event that names rows of other showrooms: stored, never applied, reported to all of them."""

    def __init__(self, owners: list[str], rows: list[dict]):
        self.owners = sorted(set(owners))
        self.detail = {"rows": rows}
        super().__init__(f"names rows of {', '.join(self.owners)}")


@cache
def _plan(cls: type) -> tuple:
    """Where the owned rows are in an event of this type: (field, None, kind) for an id of its own, and
    (field, ((sub-field, kind), ...)) for a record, or a list of records, holding such ids."""
    plan = []
    for f in cls.FIELDS:
        if f.names:
            plan.append((f.name, None, f.names))
            continue
        inner = f.item if isinstance(f, ListOf) else f
        if isinstance(inner, Nested):
            subs = tuple((s.name, s.names) for s in inner.record.FIELDS if s.names)
            if subs:
                plan.append((f.name, subs, None))
    return tuple(plan)


def named_rows(event: Event) -> list[tuple[str, str]]:
    """(kind, id) of every owned row the event names, in the order of its fields. A nullable id that is
    null (a stocktake's scan of a code that is no sample of this showroom) names no row."""
    rows = []
    for name, subs, kind in _plan(type(event)):
        value = getattr(event, name)
        if subs is None:
            if value is not None:
                rows.append((kind, value))
            continue
        for record in value if isinstance(value, (list, tuple)) else (value,) if value is not None else ():
            rows.extend((sub_kind, row_id) for sub, sub_kind in subs if (row_id := getattr(record, sub)) is not None)
    return rows


def load_owned(cache: BatchCache, events: list) -> None:
    """Loads into the batch's cache every loan and sample the events name that it does not hold yet (the
    cache loads what the projections need; an event may name rows only its owner check reads). Rows HQ
    does not have stay absent: they are new. One query per kind and thousand ids."""
    wanted: dict[str, set[str]] = {LOAN: set(), SAMPLE: set()}
    for event in events:
        if isinstance(event, Event):
            for kind, row_id in named_rows(event):
                wanted[kind].add(row_id)
    pg = cache.session.get_bind().dialect.name == "postgresql"
    for kind, row_class, column, held in (
        (LOAN, LoanRow, NetLoan.id, cache.loans),
        (SAMPLE, SampleRow, NetSample.id, cache.samples),
    ):
        missing = sorted(wanted[kind] - held.keys())
        for i in range(0, len(missing), CHUNK):
            cache._load(row_class, among(column, missing[i : i + CHUNK], pg))  # noqa: SLF001 - the cache's loader


def foreign_write(session: Session, cache: BatchCache, room: HqShowroom, event: Event) -> ForeignWrite | None:
    """The rows of other showrooms this event names (the batch's cache holds every row it names), or None."""
    named = named_rows(event)
    loans, samples, own = cache.loans, cache.samples, room.id
    if all(
        (row := (loans if kind == LOAN else samples).get(row_id)) is None or row.showroom_id == own
        for kind, row_id in named
    ):
        return None  # the common case, once per applied event: no list, no query
    foreign, owners = [], []
    for kind, row_id in named:
        row = cache.loans.get(row_id) if kind == LOAN else cache.samples.get(row_id)
        if row is None or row.showroom_id == room.id:
            continue
        owner = session.get(HqShowroom, row.showroom_id)
        owners.append(owner.code)
        foreign.append(
            {"kind": kind, "id": row_id, "label": row.number if kind == LOAN else row.code, "showroom": owner.code}
        )
    return ForeignWrite(owners, foreign) if foreign else None
