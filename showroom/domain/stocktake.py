"""Stocktake (盘点) rules, with no database: what one scanned code means for the count, and how an
unexpected find may be settled.

A count covers the whole showroom or chosen shelves. Expected are the samples in stock whose recorded
shelf is in scope; every one not scanned by the end is "missing at stocktake". A scan is `found` when the
sample is in stock where the records say; anything else is unexpected and a manager settles it before the
count can finish (or leaves it, noted).
"""

from __future__ import annotations

from enum import StrEnum

from showroom.domain.model import SampleStatus


class CountOutcome(StrEnum):
    FOUND = "found"  # in stock, on its recorded shelf
    WRONG_SHELF = "wrong_shelf"  # in stock, but recorded on another shelf (or outside the shelves counted)
    ON_LOAN = "on_loan"  # lent per the records, yet on the shelf
    LOST = "lost"  # declared lost, yet on the shelf
    MISSING = "missing"  # missing at an earlier count, found now
    IN_TRANSIT = "in_transit"  # on its way to or from another showroom per the records
    GONE = "gone"  # returned to its merchant or written off per the records
    OTHER_SHOWROOM = "other_showroom"  # another city's code
    UNKNOWN = "unknown"  # this showroom's form, but no such sample
    NOT_FOUND = "not_found"  # expected and never scanned (written when the count finishes)


class Settlement(StrEnum):
    BACK_IN_STOCK = "back_in_stock"  # lost or missing before: in stock again
    RETURNED = "returned"  # on loan per the records: taken back as returned (in good condition), noted
    MOVED = "moved"  # its recorded shelf becomes the shelf it was found on
    LEFT = "left"  # nothing changes; the note says what was done (set aside, sent back...)


UNEXPECTED = frozenset(CountOutcome) - {CountOutcome.FOUND, CountOutcome.NOT_FOUND}

_SETTLEMENTS: dict[CountOutcome, tuple[Settlement, ...]] = {
    CountOutcome.WRONG_SHELF: (Settlement.MOVED, Settlement.LEFT),
    CountOutcome.ON_LOAN: (Settlement.RETURNED, Settlement.LEFT),
    CountOutcome.LOST: (Settlement.BACK_IN_STOCK, Settlement.LEFT),
    CountOutcome.MISSING: (Settlement.BACK_IN_STOCK, Settlement.LEFT),
    CountOutcome.IN_TRANSIT: (Settlement.LEFT,),
    CountOutcome.GONE: (Settlement.LEFT,),
    CountOutcome.OTHER_SHOWROOM: (Settlement.LEFT,),
    CountOutcome.UNKNOWN: (Settlement.LEFT,),
}

_BY_STATUS = {
    SampleStatus.ON_LOAN: CountOutcome.ON_LOAN,
    SampleStatus.LOST: CountOutcome.LOST,
    SampleStatus.MISSING_AT_STOCKTAKE: CountOutcome.MISSING,
    SampleStatus.IN_TRANSIT: CountOutcome.IN_TRANSIT,
    SampleStatus.RETURNED_TO_MERCHANT: CountOutcome.GONE,
    SampleStatus.WRITTEN_OFF: CountOutcome.GONE,
}


def in_scope(shelves: tuple[str, ...], shelf: str) -> bool:
    """No shelves chosen means the whole showroom."""
    return not shelves or shelf in shelves


def classify(status: str, recorded_shelf: str, shelves: tuple[str, ...], counting_at: str) -> CountOutcome:
    """What a scanned sample of this showroom means. `counting_at` is the shelf the clerk says they are
    counting ('' when they did not say): a sample recorded elsewhere was found on the wrong shelf."""
    if status != SampleStatus.IN_STOCK:
        return _BY_STATUS.get(SampleStatus(status), CountOutcome.GONE)
    if not in_scope(shelves, recorded_shelf) or (counting_at and counting_at != recorded_shelf):
        return CountOutcome.WRONG_SHELF
    return CountOutcome.FOUND


def settlements(outcome: CountOutcome | str) -> tuple[Settlement, ...]:
    """How a find may be settled; empty for one that needs nothing."""
    return _SETTLEMENTS.get(CountOutcome(outcome), ())


def may_settle(outcome: CountOutcome | str, settlement: Settlement | str, counting_at: str) -> bool:
    """A shelf move needs the shelf the sample was found on."""
    if settlement not in settlements(outcome):
        return False
    return settlement != Settlement.MOVED or bool(counting_at)
