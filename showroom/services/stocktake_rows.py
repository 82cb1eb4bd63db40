"""The rows of a stocktake, written the same way by its use cases (showroom/services/stocktake.py) and by the
replay of their events (showroom/replay/stock.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from db.models import LoanItem, Sample, SampleMovement
from db.stock_models import Stocktake, StocktakeLine
from showroom.domain.model import MovementKind, SampleStatus
from showroom.domain.stocktake import UNEXPECTED, CountOutcome, Settlement
from showroom.services.records import OPEN_ITEM


def expected_filter(shelves: tuple[str, ...]) -> list[ColumnElement[bool]]:
    """The samples a count expects: in stock, on the shelves named (all of them when none is)."""
    where = [Sample.status == SampleStatus.IN_STOCK.value]
    if shelves:
        where.append(Sample.shelf.in_(shelves))
    return where


def write_line(
    session: Session,
    stocktake: Stocktake,
    code: str,
    sample_id: str | None,
    outcome: str,
    shelf: str,
    staff_id: str,
    at: datetime,
) -> StocktakeLine:
    item = open_item_of_sample(session, sample_id) if outcome == CountOutcome.ON_LOAN else None
    sample = session.get(Sample, sample_id) if sample_id else None
    line = StocktakeLine(
        stocktake_id=stocktake.id,
        code=code,
        sample_id=sample_id,
        loan_id=item.loan_id if item is not None else None,
        outcome=outcome,
        shelf=shelf,
        recorded_shelf=sample.shelf if sample is not None else "",
        at=at,
        staff_id=staff_id,
        settlement="",
        note="",
    )
    session.add(line)
    return line


def open_item_of_sample(session: Session, sample_id: str | None) -> LoanItem | None:
    return session.scalar(select(LoanItem).where(LoanItem.sample_id == sample_id, *OPEN_ITEM)) if sample_id else None


def expected_and_found(session: Session, stocktake: Stocktake) -> tuple[int, int]:
    """How many samples the count expects now (in stock on its shelves), and how many of those were scanned."""
    where = expected_filter(tuple(json.loads(stocktake.shelves)))
    expected = session.scalar(select(func.count()).select_from(Sample).where(*where))
    found = session.scalar(
        select(func.count())
        .select_from(StocktakeLine)
        .join(Sample)
        .where(StocktakeLine.stocktake_id == stocktake.id, *where)
    )
    return expected, found


def freeze_figures(session: Session, stocktake: Stocktake) -> None:
    """The figures of a count abandoned half-way, as they stood: expected and found now, the unexpected finds."""
    stocktake.expected, stocktake.found = expected_and_found(session, stocktake)
    stocktake.missing = stocktake.expected - stocktake.found
    stocktake.unexpected = session.scalar(
        select(func.count()).where(
            StocktakeLine.stocktake_id == stocktake.id, StocktakeLine.outcome.in_([o.value for o in UNEXPECTED])
        )
    )


def _move(session: Session, sample_id: str, kind: MovementKind, staff_id: str, at: datetime, detail: str) -> None:
    session.add(SampleMovement(sample_id=sample_id, kind=kind.value, at=at, staff_id=staff_id, detail=detail[:300]))


def settle_line(
    session: Session, line: StocktakeLine, settlement: str, shelf: str, note: str, staff_id: str, at: datetime
) -> None:
    """The line settled and what it does to the sample; a return (`returned`) is written by the return's own
    rows (returns.record_returns) and only noted here."""
    line.settlement, line.settled_at, line.settled_by, line.note = settlement, at, staff_id, note
    sample = session.get(Sample, line.sample_id) if line.sample_id else None
    if sample is None:
        return
    if settlement == Settlement.BACK_IN_STOCK:
        sample.status = SampleStatus.IN_STOCK.value
        _move(session, sample.id, MovementKind.FOUND_AT_STOCKTAKE, staff_id, at, note)
    elif settlement == Settlement.MOVED:
        _move(session, sample.id, MovementKind.SHELF_MOVED, staff_id, at, f"{sample.shelf} → {shelf}")
        sample.shelf = shelf


def found_again(session: Session, sample: Sample, shelf: str, note: str, staff_id: str, at: datetime) -> None:
    """A sample missing at stocktake back in stock outside a count, on the shelf it was put back on."""
    sample.status = SampleStatus.IN_STOCK.value
    detail = note if shelf == sample.shelf else f"{sample.shelf} → {shelf} {note}".strip()
    sample.shelf = shelf
    _move(session, sample.id, MovementKind.FOUND_AT_STOCKTAKE, staff_id, at, detail)


def mark_missing(
    session: Session, stocktake: Stocktake, samples: Iterable[Sample], staff_id: str, at: datetime
) -> None:
    """Expected and not found: missing at stocktake, a line each, a movement each."""
    for sample in samples:
        sample.status = SampleStatus.MISSING_AT_STOCKTAKE.value
        write_line(session, stocktake, sample.code, sample.id, CountOutcome.NOT_FOUND, sample.shelf, staff_id, at)
        _move(session, sample.id, MovementKind.MISSING_AT_STOCKTAKE, staff_id, at, stocktake.number)


def end(stocktake: Stocktake, status: str, staff_id: str, at: datetime, note: str = "") -> None:
    stocktake.status, stocktake.ended_at, stocktake.ended_by, stocktake.note = status, at, staff_id, note


def scanned(stocktake_id: str) -> Select:
    """The samples scanned in a count, as a subquery."""
    return select(StocktakeLine.sample_id).where(
        StocktakeLine.stocktake_id == stocktake_id, StocktakeLine.sample_id.is_not(None)
    )
