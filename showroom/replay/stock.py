"""Stocktakes replayed: the rows each count's event stands for, written by the helpers its use cases use
(showroom/services/stocktake_rows.py), from what the event says. A return settled at a count is its own event
(samples.checked_in), replayed before the settlement that names it."""

from __future__ import annotations

import json

from sqlalchemy import select

from db.models import Sample
from db.stock_models import Stocktake, StocktakeLine
from kernel.events import (
    CountSettled,
    SampleCounted,
    SampleFoundAgain,
    SamplesMissing,
    StocktakeAbandoned,
    StocktakeFinished,
    StocktakeStarted,
)
from showroom.replay.base import ReplayConflict, Replaying
from showroom.services.stocktake_rows import end, found_again, freeze_figures, mark_missing, settle_line, write_line


def _stocktake(r: Replaying, stocktake_id: str) -> Stocktake:
    stocktake = r.session.get(Stocktake, stocktake_id)
    if stocktake is None:
        raise ReplayConflict("unknown_stocktake", stocktake_id)
    return stocktake


def stocktake_started(r: Replaying, e: StocktakeStarted) -> None:
    if r.session.scalar(select(Stocktake.id).where(Stocktake.number == e.number)) is not None:
        raise ReplayConflict("stocktake_number_taken", e.number)
    r.reach_code(e.number)
    r.session.add(
        Stocktake(
            id=e.stocktake_id,
            number=e.number,
            shelves=json.dumps(list(e.shelves), ensure_ascii=False),
            status="counting",
            started_at=r.at,
            started_by=r.staff_id,
            note="",
            **dict.fromkeys(("expected", "found", "missing", "unexpected"), 0),
        )
    )


def sample_counted(r: Replaying, e: SampleCounted) -> None:
    write_line(r.session, _stocktake(r, e.stocktake_id), e.code, e.sample_id, e.outcome, e.shelf, r.staff_id, r.at)


def count_settled(r: Replaying, e: CountSettled) -> None:
    line = r.session.scalar(
        select(StocktakeLine).where(StocktakeLine.stocktake_id == e.stocktake_id, StocktakeLine.code == e.code)
    )
    if line is None or line.settlement:
        raise ReplayConflict("nothing_to_settle", e.code)
    settle_line(r.session, line, e.settlement, e.shelf, e.note, r.staff_id, r.at)


def samples_missing(r: Replaying, e: SamplesMissing) -> None:
    samples = [r.session.get(Sample, x.sample_id) for x in e.samples]
    for x, sample in zip(e.samples, samples):
        if sample is None:
            raise ReplayConflict("unknown_sample", x.code)
    mark_missing(r.session, _stocktake(r, e.stocktake_id), samples, r.staff_id, r.at)


def stocktake_finished(r: Replaying, e: StocktakeFinished) -> None:
    stocktake = _stocktake(r, e.stocktake_id)
    stocktake.expected, stocktake.found, stocktake.missing = e.expected, e.found, e.missing
    stocktake.unexpected = e.unexpected
    end(stocktake, "finished", r.staff_id, r.at)


def stocktake_abandoned(r: Replaying, e: StocktakeAbandoned) -> None:
    stocktake = _stocktake(r, e.stocktake_id)
    freeze_figures(r.session, stocktake)
    end(stocktake, "abandoned", r.staff_id, r.at, e.reason)


def sample_found_again(r: Replaying, e: SampleFoundAgain) -> None:
    sample = r.session.get(Sample, e.sample_id)
    if sample is None or sample.status != "missing_at_stocktake":
        raise ReplayConflict("not_missing", e.code)
    found_again(r.session, sample, e.shelf, e.note, r.staff_id, r.at)


PROJECTIONS = {
    StocktakeStarted: stocktake_started,
    SampleCounted: sample_counted,
    CountSettled: count_settled,
    SamplesMissing: samples_missing,
    StocktakeFinished: stocktake_finished,
    StocktakeAbandoned: stocktake_abandoned,
    SampleFoundAgain: sample_found_again,
}
