"""Stocktake (盘点) use cases: a manager starts a count of the whole showroom or chosen shelves, clerks scan
every sample on the shelves, a manager settles each unexpected find and finishes the count; the samples
expected and not found become "missing at stocktake". Each scan is its own transaction, so a count survives
a restart half-way; one count at a time per showroom. Rules: showroom/domain/stocktake.py; what is read
back for the screen and the report: showroom/services/stocktake_views.py.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select

from db.models import Sample
from db.stock_models import Stocktake, StocktakeLine
from db.uow import UnitOfWork
from kernel.events import (
    CountSettled,
    MissingSample,
    SampleCounted,
    SamplesMissing,
    StocktakeAbandoned,
    StocktakeFinished,
    StocktakeStarted,
)
from kernel.events.vocabulary import MAX_ITEMS
from showroom.domain.codes import CodeKind, classify, clean_scan, stocktake_number, stocktake_series
from showroom.domain.errors import InvalidInput, StocktakeRefused
from showroom.domain.model import ReturnCondition, Role, SampleStatus
from showroom.domain.stocktake import UNEXPECTED, CountOutcome, Settlement, in_scope, may_settle
from showroom.domain.stocktake import classify as classify_find
from showroom.services.changes import Topic, changes
from showroom.services.common import (
    Actor,
    acting_staff,
    local_showroom,
    local_tz,
    next_number,
    optional_text,
    required_text,
    resolve_now,
)
from showroom.services.mailing_rows import parcels_received
from showroom.services.records import open_item_of
from showroom.services.returns import close_if_done, record_returns
from showroom.services.stocktake_rows import (
    end,
    expected_filter,
    freeze_figures,
    mark_missing,
    scanned,
    settle_line,
    write_line,
)
from showroom.services.stocktake_views import CountAnswer, StocktakeView, count_line, stocktake_view

COUNTING, FINISHED, ABANDONED = "counting", "finished", "abandoned"
MAX_SHELVES = 200


def _shelves(raw: Sequence[str]) -> tuple[str, ...]:
    shelves = sorted({optional_text("shelves", s, 40) for s in raw} - {""})
    if len(shelves) > MAX_SHELVES:
        raise InvalidInput("shelves", "too_many", len(shelves))
    return tuple(shelves)


def _counting(uow: UnitOfWork, stocktake_id: str) -> Stocktake:
    stocktake = uow.session.get(Stocktake, stocktake_id)
    if stocktake is None:
        raise StocktakeRefused("no_such_count")
    if stocktake.status != COUNTING:
        raise StocktakeRefused("not_counting", number=stocktake.number)
    return stocktake


@changes(Topic.STOCKTAKE)
def start_stocktake(
    uow: UnitOfWork, actor: Actor, shelves: Sequence[str] = (), now: datetime | None = None
) -> StocktakeView:
    """Manager only. No shelves: the whole showroom."""
    now = resolve_now(now)
    chosen = _shelves(shelves)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "start_stocktake")
        open_one = uow.session.scalar(select(Stocktake).where(Stocktake.status == COUNTING))
        if open_one is not None:
            raise StocktakeRefused("already_counting", number=open_one.number)
        room, day = local_showroom(uow), now.astimezone(local_tz(uow)).date()
        number = stocktake_number(room.code, day, next_number(uow, stocktake_series(day)))
        stocktake = Stocktake(
            number=number,
            shelves=json.dumps(chosen, ensure_ascii=False),
            status=COUNTING,
            started_at=now,
            started_by=staff.id,
            note="",
            **dict.fromkeys(("expected", "found", "missing", "unexpected"), 0),
        )
        uow.session.add(stocktake)
        uow.session.flush()
        uow.record_event(
            StocktakeStarted(stocktake_id=stocktake.id, number=number, shelves=list(chosen)), staff_id=staff.id, at=now
        )
        view = stocktake_view(uow, stocktake.id)
        uow.commit()
        return view


@changes(Topic.STOCKTAKE, when=lambda answer: not answer.again)
def count_code(
    uow: UnitOfWork, actor: Actor, stocktake_id: str, raw: str, shelf: str = "", now: datetime | None = None
) -> CountAnswer:
    """One scan during a count. The same code again is answered as before and writes nothing; a code that is
    no sample's form (a member card, a loan number, an EAN) is refused and writes nothing."""
    now = resolve_now(now)
    code, shelf = clean_scan(raw), optional_text("shelf", shelf, 40)
    if classify(code) != CodeKind.SAMPLE:
        raise StocktakeRefused("not_a_sample_code", code=code)
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "count")
        stocktake = _counting(uow, stocktake_id)
        s = uow.session
        before = s.scalar(
            select(StocktakeLine).where(StocktakeLine.stocktake_id == stocktake.id, StocktakeLine.code == code)
        )
        if before is not None:
            return CountAnswer(line=count_line(uow, before, stocktake), again=True)
        shelves = tuple(json.loads(stocktake.shelves))
        sample = s.scalar(select(Sample).where(Sample.code == code))
        if sample is not None:
            outcome = classify_find(sample.status, sample.shelf, shelves, shelf)
        elif code.split("-", 1)[0] != local_showroom(uow).code:
            outcome = CountOutcome.OTHER_SHOWROOM
        else:
            outcome = CountOutcome.UNKNOWN
        sample_id = sample.id if sample is not None else None
        line = write_line(s, stocktake, code, sample_id, outcome, shelf, staff.id, now)
        uow.record_event(
            SampleCounted(stocktake_id=stocktake.id, code=code, sample_id=sample_id, shelf=shelf, outcome=outcome),
            staff_id=staff.id,
            at=now,
        )
        expected = sample is not None and sample.status == SampleStatus.IN_STOCK and in_scope(shelves, sample.shelf)
        answer = CountAnswer(line=count_line(uow, line, stocktake), again=False, expected=expected)
        uow.commit()
        return answer


@changes(Topic.STOCKTAKE, Topic.SAMPLES, Topic.LOANS, Topic.STREAMERS)
def settle_find(
    uow: UnitOfWork,
    actor: Actor,
    stocktake_id: str,
    code: str,
    settlement: str,
    note: str = "",
    now: datetime | None = None,
) -> CountAnswer:
    """Manager only. An unexpected find settled: back in stock (lost or missing before), taken back from its
    loan as returned in good condition (the deposit left is owed to the streamer, who is not here), moved to
    the shelf it was found on, or left as it is, with a note saying why (required then)."""
    now = resolve_now(now)
    code = clean_scan(code)
    try:
        settlement = Settlement(settlement)
    except ValueError:
        raise InvalidInput("settlement", "unknown_settlement", settlement) from None
    note = required_text("note", note, 300) if settlement == Settlement.LEFT else optional_text("note", note, 300)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "settle_find")
        stocktake = _counting(uow, stocktake_id)
        line = uow.session.scalar(
            select(StocktakeLine).where(StocktakeLine.stocktake_id == stocktake.id, StocktakeLine.code == code)
        )
        if line is None or line.outcome not in UNEXPECTED:
            raise StocktakeRefused("nothing_to_settle", code=code)
        if line.settlement:
            raise StocktakeRefused("already_settled", code=code)
        if not may_settle(line.outcome, settlement, line.shelf):
            raise StocktakeRefused("settlement_not_allowed", code=code, settlement=settlement.value)
        sample = uow.session.get(Sample, line.sample_id) if line.sample_id else None
        shelf = line.shelf if settlement == Settlement.MOVED else (sample.shelf if sample else "")
        if settlement == Settlement.RETURNED:
            _take_back(uow, staff.id, sample, note, now)
        settle_line(uow.session, line, settlement, shelf, note, staff.id, now)
        uow.record_event(
            CountSettled(
                stocktake_id=stocktake.id,
                code=code,
                sample_id=line.sample_id,
                outcome=line.outcome,
                settlement=settlement,
                shelf=shelf,
                note=note,
            ),
            staff_id=staff.id,
            at=now,
        )
        answer = CountAnswer(line=count_line(uow, line, stocktake), again=False)
        uow.commit()
        return answer


def _take_back(uow: UnitOfWork, staff_id: str, sample: Sample, note: str, now: datetime) -> None:
    item = open_item_of(uow, sample.id)
    if item is None:  # returned at the counter since it was scanned
        raise StocktakeRefused("settlement_not_allowed", code=sample.code, settlement=Settlement.RETURNED.value)
    record_returns(uow, staff_id, local_showroom(uow).id, [(item, ReturnCondition.GOOD.value, note)], now)
    close_if_done(uow, item.loan, staff_id, now, streamer_here=False)
    parcels_received(uow, {item.loan_id: 1}, staff_id, now)  # a mailed sample found on the shelf: its parcel too


@changes(Topic.STOCKTAKE, Topic.SAMPLES)
def finish_stocktake(uow: UnitOfWork, actor: Actor, stocktake_id: str, now: datetime | None = None) -> StocktakeView:
    """Manager only, once every unexpected find is settled. The samples expected and not scanned become
    missing at stocktake; the count's figures are kept."""
    now = resolve_now(now)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "finish_stocktake")
        stocktake = _counting(uow, stocktake_id)
        s = uow.session
        unexpected = list(
            s.scalars(
                select(StocktakeLine).where(
                    StocktakeLine.stocktake_id == stocktake.id, StocktakeLine.outcome.in_([o.value for o in UNEXPECTED])
                )
            )
        )
        unsettled = [line.code for line in unexpected if not line.settlement]
        if unsettled:
            raise StocktakeRefused("unsettled", count=len(unsettled), code=unsettled[0])
        where = expected_filter(tuple(json.loads(stocktake.shelves)))
        expected = s.scalar(select(func.count()).select_from(Sample).where(*where))
        missing = list(
            s.scalars(select(Sample).where(*where, Sample.id.not_in(scanned(stocktake.id))).order_by(Sample.code))
        )
        mark_missing(s, stocktake, missing, staff.id, now)
        for start in range(0, len(missing), MAX_ITEMS):
            chunk = missing[start : start + MAX_ITEMS]
            uow.record_event(
                SamplesMissing(
                    stocktake_id=stocktake.id,
                    samples=[MissingSample(sample_id=x.id, code=x.code, shelf=x.shelf) for x in chunk],
                ),
                staff_id=staff.id,
                at=now,
            )
        figures = dict(
            expected=expected, found=expected - len(missing), missing=len(missing), unexpected=len(unexpected)
        )
        for key, value in figures.items():
            setattr(stocktake, key, value)
        end(stocktake, FINISHED, staff.id, now)
        uow.record_event(
            StocktakeFinished(stocktake_id=stocktake.id, number=stocktake.number, **figures), staff_id=staff.id, at=now
        )
        view = stocktake_view(uow, stocktake.id)
        uow.commit()
        return view


@changes(Topic.STOCKTAKE)
def abandon_stocktake(
    uow: UnitOfWork, actor: Actor, stocktake_id: str, reason: str, now: datetime | None = None
) -> StocktakeView:
    """Manager only: the count stops; no sample's status changes (what was settled stays settled)."""
    now = resolve_now(now)
    reason = required_text("reason", reason, 300)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "abandon_stocktake")
        stocktake = _counting(uow, stocktake_id)
        freeze_figures(uow.session, stocktake)
        end(stocktake, ABANDONED, staff.id, now, reason)
        uow.record_event(
            StocktakeAbandoned(stocktake_id=stocktake.id, number=stocktake.number, reason=reason),
            staff_id=staff.id,
            at=now,
        )
        view = stocktake_view(uow, stocktake.id)
        uow.commit()
        return view
