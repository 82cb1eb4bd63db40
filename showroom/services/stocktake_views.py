"""What a stocktake shows: its lines (each code scanned, each sample not found), its figures live while it
is counted, the shelves to choose from, and the samples still missing after counts."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from db.models import Loan, Product, Sample, SampleMovement, Staff, Streamer
from db.stock_models import Stocktake, StocktakeLine
from db.uow import UnitOfWork
from showroom.domain.model import MovementKind, SampleStatus
from showroom.domain.stocktake import UNEXPECTED, CountOutcome, settlements
from showroom.services.stocktake_rows import expected_and_found

_UNEXPECTED = [o.value for o in UNEXPECTED]


@dataclass(frozen=True)
class CountLine:
    code: str
    outcome: str  # showroom.domain.stocktake.CountOutcome
    shelf: str  # the shelf it was found on as the clerk said; for a sample not found, its recorded shelf
    recorded_shelf: str  # the sample's shelf in the records when it was scanned ('' when the code is no sample here)
    product_name: str
    status: str  # the sample's status now ('' when the code is no sample here)
    at: datetime
    settlement: str  # '' until settled
    note: str
    holder: str  # for a sample on loan: who holds it and the loan's number

    @property
    def needs_settling(self) -> bool:
        return self.outcome in _UNEXPECTED and not self.settlement

    @property
    def settlements(self) -> tuple[str, ...]:
        """How it may be settled now (none once settled)."""
        return () if self.settlement else tuple(s.value for s in settlements(self.outcome))


@dataclass(frozen=True)
class CountAnswer:
    line: CountLine
    again: bool  # the code was scanned before in this count: nothing was written
    expected: bool = False  # one of the samples the count expects (in stock, on a shelf counted)


@dataclass(frozen=True)
class CountTotals:
    expected: int  # in stock on the shelves counted (now, while counting; at the end, once finished)
    found: int  # of those, scanned
    unexpected: int  # scanned and not where or what the records say
    unsettled: int  # of those, not yet settled
    scanned: int

    @property
    def missing(self) -> int:
        return max(self.expected - self.found, 0)


@dataclass(frozen=True)
class StocktakeView:
    id: str
    number: str
    shelves: tuple[str, ...]  # empty: the whole showroom
    status: str  # counting | finished | abandoned
    started_at: datetime
    started_by: str
    ended_at: datetime | None
    ended_by: str
    note: str
    totals: CountTotals
    lines: tuple[CountLine, ...]  # in the order scanned; the samples not found after them


@dataclass(frozen=True)
class ShelfCount:
    shelf: str  # '' for samples received with no shelf
    in_stock: int


@dataclass(frozen=True)
class MissingSampleLine:
    code: str
    product_name: str
    shelf: str
    since: datetime  # when a count found it missing
    stocktake_number: str


def _lines_query():
    holder = aliased(Streamer)
    return (
        select(StocktakeLine, Sample.status, Product.name, holder.name, Loan.number)
        .outerjoin(Sample, Sample.id == StocktakeLine.sample_id)
        .outerjoin(Product, Product.id == Sample.product_id)
        .outerjoin(Loan, Loan.id == StocktakeLine.loan_id)
        .outerjoin(holder, holder.id == Loan.streamer_id)
    )


def _line(row) -> CountLine:
    line, status, product, holder, number = row
    return CountLine(
        code=line.code,
        outcome=line.outcome,
        shelf=line.shelf,
        recorded_shelf=line.recorded_shelf,
        product_name=product or "",
        status=status or "",
        at=line.at,
        settlement=line.settlement,
        note=line.note,
        holder=f"{holder} ({number})" if holder else "",
    )


def count_line(uow: UnitOfWork, line: StocktakeLine, stocktake: Stocktake) -> CountLine:
    uow.session.flush()
    return _line(uow.session.execute(_lines_query().where(StocktakeLine.id == line.id)).one())


def count_totals(uow: UnitOfWork, stocktake: Stocktake) -> CountTotals:
    s = uow.session
    on_count = StocktakeLine.stocktake_id == stocktake.id
    by_outcome = s.execute(
        select(StocktakeLine.outcome, StocktakeLine.settlement == "", func.count())
        .where(on_count)
        .group_by(StocktakeLine.outcome, StocktakeLine.settlement == "")
    ).all()
    unexpected = sum(n for outcome, _, n in by_outcome if outcome in _UNEXPECTED)
    unsettled = sum(n for outcome, open_, n in by_outcome if outcome in _UNEXPECTED and open_)
    scanned = sum(n for outcome, _, n in by_outcome if outcome != CountOutcome.NOT_FOUND)
    if stocktake.status != "counting":  # the figures as they stood when it ended
        return CountTotals(stocktake.expected, stocktake.found, unexpected, unsettled, scanned)
    expected, found = expected_and_found(s, stocktake)
    return CountTotals(expected=expected, found=found, unexpected=unexpected, unsettled=unsettled, scanned=scanned)


def stocktake_view(uow: UnitOfWork, stocktake_id: str) -> StocktakeView:
    s = uow.session
    s.flush()
    stocktake = s.get(Stocktake, stocktake_id)
    rows = s.execute(
        _lines_query()
        .where(StocktakeLine.stocktake_id == stocktake_id)
        .order_by(StocktakeLine.outcome == CountOutcome.NOT_FOUND, StocktakeLine.at, StocktakeLine.code)
    ).all()
    staff = [stocktake.started_by, stocktake.ended_by]
    names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff))).tuples().all())
    return StocktakeView(
        id=stocktake.id,
        number=stocktake.number,
        shelves=tuple(json.loads(stocktake.shelves)),
        status=stocktake.status,
        started_at=stocktake.started_at,
        started_by=names.get(stocktake.started_by, ""),
        ended_at=stocktake.ended_at,
        ended_by=names.get(stocktake.ended_by, ""),
        note=stocktake.note,
        totals=count_totals(uow, stocktake),
        lines=tuple(_line(r) for r in rows),
    )


def current_stocktake(uow: UnitOfWork) -> StocktakeView | None:
    """The count in progress (one at a time), with its lines: what the screen reopens after a restart."""
    with uow.read():
        found = uow.session.scalar(select(Stocktake.id).where(Stocktake.status == "counting"))
        return stocktake_view(uow, found) if found else None


def read_stocktake(uow: UnitOfWork, stocktake_id: str) -> StocktakeView:
    with uow.read():
        return stocktake_view(uow, stocktake_id)


def live_totals(uow: UnitOfWork, stocktake_id: str) -> CountTotals:
    with uow.read():
        return count_totals(uow, uow.session.get(Stocktake, stocktake_id))


def recent_stocktakes(uow: UnitOfWork, limit: int = 20) -> list[StocktakeView]:
    """The latest counts, newest first, without their lines."""
    with uow.read():
        ids = uow.session.scalars(select(Stocktake.id).order_by(Stocktake.started_at.desc()).limit(limit)).all()
        return [replace(stocktake_view(uow, i), lines=()) for i in ids]


def shelves_in_stock(uow: UnitOfWork) -> list[ShelfCount]:
    """The shelves a count may cover, with how many samples each holds in stock."""
    with uow.read():
        rows = uow.session.execute(
            select(Sample.shelf, func.count())
            .where(Sample.status == SampleStatus.IN_STOCK.value)
            .group_by(Sample.shelf)
            .order_by(Sample.shelf)
        ).all()
        return [ShelfCount(shelf, n) for shelf, n in rows]


def missing_at_stocktake_at(uow: UnitOfWork, moment: datetime) -> int:
    """How many samples were missing at stocktake at that moment: found missing by a count before it, and not
    found again since (the only way out of that status), so a past day's report reads the same tomorrow."""
    found_again = aliased(SampleMovement)
    later = (
        select(found_again.id)
        .where(
            found_again.sample_id == SampleMovement.sample_id,
            found_again.kind == MovementKind.FOUND_AT_STOCKTAKE.value,
            found_again.at > SampleMovement.at,
            found_again.at <= moment,
        )
        .exists()
    )
    return uow.session.scalar(
        select(func.count(SampleMovement.sample_id.distinct())).where(
            SampleMovement.kind == MovementKind.MISSING_AT_STOCKTAKE.value, SampleMovement.at <= moment, ~later
        )
    )


def missing_samples(uow: UnitOfWork) -> list[MissingSampleLine]:
    """Samples missing at stocktake now (kept apart from lost): the overdue screen and the reports list them."""
    latest = (
        select(SampleMovement.sample_id, func.max(SampleMovement.at).label("at"))
        .where(SampleMovement.kind == MovementKind.MISSING_AT_STOCKTAKE.value)
        .group_by(SampleMovement.sample_id)
        .subquery()
    )
    q = (
        select(Sample.code, Product.name, Sample.shelf, latest.c.at, SampleMovement.detail)
        .join(Product, Product.id == Sample.product_id)
        .join(latest, latest.c.sample_id == Sample.id)
        .join(
            SampleMovement,
            and_(
                SampleMovement.sample_id == Sample.id,
                SampleMovement.at == latest.c.at,
                SampleMovement.kind == MovementKind.MISSING_AT_STOCKTAKE.value,
            ),
        )
        .where(Sample.status == SampleStatus.MISSING_AT_STOCKTAKE.value)
        .order_by(latest.c.at.desc(), Sample.code)
    )
    with uow.read():
        return [MissingSampleLine(*row) for row in uow.session.execute(q)]
