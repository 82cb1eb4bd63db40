"""What HQ keeps of the counters' stocktakes (盘点, issue 17): each count (hq_stocktake), the samples a count
did not find (hq_sample's status `missing_at_stocktake`) or found again, and where another city's sample
turned up.

A count belongs to the showroom that began it. Its events come in sequence order, so stocktake.started
comes first; a count HQ never saw begin (its first event could not be read) is made by the first event
that names it, reported once as `unknown_stocktake`. An event naming another showroom's count applies
nothing and is reported as `foreign_write`, as for loans and samples (hq/ownership.py checks those before
any projection here runs). A batch sent again applies nothing twice: HQ applies only the events it had not
stored yet (hq/store.py).
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from hq.applying import Applying, not_applied, record_exception
from hq.models import HqShowroom, NetSample, NetStocktake
from hq.ownership import ForeignWrite
from kernel.events import (
    CountSettled,
    Event,
    SampleCounted,
    SampleFoundAgain,
    SamplesMissing,
    StocktakeAbandoned,
    StocktakeFinished,
    StocktakeStarted,
)

COUNTING, FINISHED, ABANDONED = "counting", "finished", "abandoned"
MISSING_AT_STOCKTAKE = "missing_at_stocktake"


def _find(session: Session, stocktake_id: str) -> NetStocktake | None:
    # A count begun in this batch is not written yet (the batch writes once, at its end): look among the
    # new rows first, then in the database.
    for row in session.new:
        if isinstance(row, NetStocktake) and row.id == stocktake_id:
            return row
    return session.get(NetStocktake, stocktake_id)


def _stocktake(a: Applying, e: Event, stocktake_id: str) -> NetStocktake | None:
    """The device's count, made when HQ never saw it begin; None when it is another showroom's (reported)."""
    row = _find(a.session, stocktake_id)
    if row is None:
        row = NetStocktake(
            id=stocktake_id,
            showroom_id=a.showroom.id,
            number=getattr(e, "number", ""),
            shelves="[]",
            status=COUNTING,
            started_at=a.at,
            ended_at=None,
            scanned=0,
            note="",
        )
        a.session.add(row)
        if not isinstance(e, StocktakeStarted):
            record_exception(
                a.session,
                "unknown_stocktake",
                [a.showroom.code],
                a.event_id,
                {"stocktake_id": stocktake_id, "type": e.TYPE},
            )
        return row
    if row.showroom_id != a.showroom.id:
        owner = a.session.get(HqShowroom, row.showroom_id)
        rows = [{"kind": "stocktake", "id": row.id, "label": row.number, "showroom": owner.code}]
        not_applied(a.session, a.showroom, a.event_id, e.TYPE, ForeignWrite([owner.code], rows))
        return None
    return row


def stocktake_started(a: Applying, e: StocktakeStarted) -> None:
    row = _stocktake(a, e, e.stocktake_id)
    if row is not None and (row.number in ("", e.number)):  # new, or made by an event before it
        row.number, row.shelves, row.started_at = e.number, json.dumps(list(e.shelves), ensure_ascii=False), a.at


def sample_counted(a: Applying, e: SampleCounted) -> None:
    row = _stocktake(a, e, e.stocktake_id)
    if row is None:
        return
    row.scanned += 1
    if e.outcome == "other_showroom":
        _found_in_other_showroom(a, e, row)


def _found_in_other_showroom(a: Applying, e: SampleCounted, row: NetStocktake) -> None:
    """Another city's code on this showroom's shelf: the city that keeps the sample (by the sample HQ knows
    by that code, else by the code's showroom prefix) learns where it is, and so does the finder."""
    sample = a.session.scalars(select(NetSample).where(NetSample.code == e.code).limit(1)).first()
    if sample is not None:
        custodian = a.session.get(HqShowroom, sample.showroom_id)
    else:
        custodian = a.session.scalars(select(HqShowroom).where(HqShowroom.code == e.code.split("-", 1)[0])).first()
    record_exception(
        a.session,
        "found_in_other_showroom",
        [a.showroom.code, *([custodian.code] if custodian else [])],
        a.event_id,
        {
            "code": e.code,
            "found_at": a.showroom.code,
            "shelf": e.shelf,
            "stocktake": row.number,
            "custodian": custodian.code if custodian else None,
            "status": sample.status if sample else None,
        },
    )


def _unknown_sample(a: Applying, sample_id: str | None, code: str, row: NetStocktake) -> None:
    record_exception(
        a.session,
        "unknown_sample",
        [a.showroom.code],
        a.event_id,
        {"sample_id": sample_id, "code": code, "stocktake": row.number},
    )


def count_settled(a: Applying, e: CountSettled) -> None:
    """Only `back_in_stock` changes HQ's rows: a sample taken back from its loan was checked in by the
    samples.checked_in before this event, and a shelf or a note is not kept at HQ."""
    row = _stocktake(a, e, e.stocktake_id)
    if row is None or e.settlement != "back_in_stock":
        return
    sample = a.cache.samples.get(e.sample_id) if e.sample_id else None
    if sample is None:
        _unknown_sample(a, e.sample_id, e.code, row)
        return
    sample.status, sample.current_loan_id, sample.updated_at = "in_stock", None, a.at


def samples_missing(a: Applying, e: SamplesMissing) -> None:
    row = _stocktake(a, e, e.stocktake_id)
    if row is None:
        return
    for entry in e.samples:
        sample = a.cache.samples.get(entry.sample_id)
        if sample is None:
            _unknown_sample(a, entry.sample_id, entry.code, row)
            continue
        sample.status, sample.updated_at = MISSING_AT_STOCKTAKE, a.at


def stocktake_finished(a: Applying, e: StocktakeFinished) -> None:
    row = _stocktake(a, e, e.stocktake_id)
    if row is None:
        return
    row.number = row.number or e.number
    row.status, row.ended_at = FINISHED, a.at
    row.expected, row.found, row.missing, row.unexpected = e.expected, e.found, e.missing, e.unexpected


def stocktake_abandoned(a: Applying, e: StocktakeAbandoned) -> None:
    row = _stocktake(a, e, e.stocktake_id)
    if row is None:
        return
    row.number = row.number or e.number
    row.status, row.ended_at, row.note = ABANDONED, a.at, e.reason


def sample_found_again(a: Applying, e: SampleFoundAgain) -> None:
    """A sample missing at stocktake put back outside a count: in stock again."""
    sample = a.cache.samples.get(e.sample_id)
    if sample is None:
        record_exception(a.session, "unknown_sample", [a.showroom.code], a.event_id, {"code": e.code})
    elif sample.status == MISSING_AT_STOCKTAKE:
        sample.status, sample.updated_at = "in_stock", a.at


STOCK_APPLY = {
    StocktakeStarted: stocktake_started,
    SampleCounted: sample_counted,
    CountSettled: count_settled,
    SamplesMissing: samples_missing,
    StocktakeFinished: stocktake_finished,
    StocktakeAbandoned: stocktake_abandoned,
    SampleFoundAgain: sample_found_again,
}
