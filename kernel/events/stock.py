"""Stocktake (盘点): a count begun, each code scanned, each unexpected find settled, the samples not found,
and the count finished or abandoned (showroom/services/stocktake.py)."""

from __future__ import annotations

from kernel import codes
from kernel.events.base import APPLIES, Event, Record
from kernel.events.fields import SAMPLE, Code, Integer, Text, Uuid
from kernel.events.records import ListOf
from kernel.events.vocabulary import COUNT_OUTCOMES, COUNT_SETTLEMENTS, MAX_ITEMS, Choice, Note, Reason, SampleCode

MAX_SHELVES = 200
MAX_COUNTED = 10_000_000


class StocktakeNumber(Code):
    def __init__(self, **options):
        super().__init__(codes.STOCKTAKE, 20, "stocktake number", "CS-C26120601", **options)


class Shelf(Text):
    """A shelf's name as written on the sample (catalog.receive_samples); '' when none was given."""

    def __init__(self, **options):
        super().__init__(40, **options)


class Counted(Integer):
    def __init__(self, **options):
        super().__init__(0, MAX_COUNTED, unit="samples", **options)


class StocktakeStarted(Event, type="stocktake.started@1", hq=APPLIES):
    """A manager began a count of the whole showroom (no shelves named) or of the shelves named."""

    stocktake_id = Uuid()
    number = StocktakeNumber()
    shelves = ListOf(Text(40, min_len=1), 0, MAX_SHELVES)


class SampleCounted(Event, type="stocktake.counted@1", hq=APPLIES):
    """A code scanned during a count, with what it meant then. `sample_id` is null for a code that is not
    one of this showroom's samples (another city's, or none at all)."""

    stocktake_id = Uuid()
    code = Text(40, min_len=1, what="scanned code")
    sample_id = Uuid(names=SAMPLE, nullable=True)
    shelf = Shelf()  # the shelf being counted, as the clerk said; '' when not said
    outcome = Choice(COUNT_OUTCOMES)


class CountSettled(Event, type="stocktake.settled@1", hq=APPLIES):
    """A manager settled an unexpected find: back in stock, taken back from its loan (the return is its own
    event, samples.checked_in), moved to the shelf it was found on, or left as it is with a note."""

    stocktake_id = Uuid()
    code = Text(40, min_len=1, what="scanned code")
    sample_id = Uuid(names=SAMPLE, nullable=True)
    outcome = Choice(COUNT_OUTCOMES)
    settlement = Choice(COUNT_SETTLEMENTS)
    shelf = Shelf()  # the sample's recorded shelf after the settlement
    note = Note()


class MissingSample(Record):
    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()
    shelf = Shelf()


class SamplesMissing(Event, type="samples.missing_at_stocktake@1", hq=APPLIES):
    """Samples expected at a count and not found: missing at stocktake (not lost). A count with more than
    a list holds writes several of these."""

    stocktake_id = Uuid()
    samples = ListOf(MissingSample, 1, MAX_ITEMS)


class StocktakeFinished(Event, type="stocktake.finished@1", hq=APPLIES):
    """A manager finished a count: its figures (the missing samples are samples.missing_at_stocktake)."""

    stocktake_id = Uuid()
    number = StocktakeNumber()
    expected = Counted()
    found = Counted()
    missing = Counted()
    unexpected = Counted()


class StocktakeAbandoned(Event, type="stocktake.abandoned@1", hq=APPLIES):
    """A manager stopped a count without finishing it: nothing of it changes a sample."""

    stocktake_id = Uuid()
    number = StocktakeNumber()
    reason = Reason()


class SampleFoundAgain(Event, type="sample.found_again@1", hq=APPLIES):
    """A sample missing at stocktake turned up outside a count (a manager put it back on the shelf): in stock
    again, on the shelf named."""

    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()
    shelf = Shelf()
    note = Note()
