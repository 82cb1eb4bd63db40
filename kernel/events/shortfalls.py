"""Samples short on a transfer, settled afterwards (showroom/services/transfer_shortfalls.py). A receipt names
the samples of the slip that did not come as short: they stay the sender's, in transit, until one of the two
cities says what became of them.

transfer.short_settled is the sender's word (found at its showroom after all, or declared lost: no streamer
held them, so no one is charged); transfer.arrived_late is the receiver's (the sample turned up after the
receipt and is received into its stock like the others). Both are cross-city: they name the samples of a
transfer by plain ids, not `names=`, because the custody of a short sample is what the two cities may
contradict each other about; HQ checks them against the transfer it holds (hq/shortfall_projections.py), and
when the cities contradict each other the arrival wins (the sample is where someone scanned it).
"""

from __future__ import annotations

from kernel.events.base import APPLIES, Event, Record
from kernel.events.fields import Uuid
from kernel.events.records import ListOf
from kernel.events.transfers import SiteCode, TransferNumber
from kernel.events.vocabulary import MAX_ITEMS, SHORT_SETTLEMENTS, Choice, Name, Note, SampleCode


class ShortSample(Record):
    """A sample of the slip that the receipt found short."""

    sample_id = Uuid()
    code = SampleCode()


class TransferShortSettled(Event, type="transfer.short_settled@1", hq=APPLIES):
    """The sender settled samples a receipt found short: found at the sender (in stock there again) or declared
    lost (lost in its custody, no streamer charged). The note says why (required for a loss)."""

    transfer_id = Uuid()
    number = TransferNumber()
    outcome = Choice(SHORT_SETTLEMENTS[:2])
    settled_by = Name()  # the manager's name: the other city knows no staff of this one
    note = Note()
    samples = ListOf(ShortSample, 1, MAX_ITEMS)


class LateSample(Record):
    """A short sample that turned up at the receiver after the receipt, with a note when it came damaged."""

    sample_id = Uuid()
    code = SampleCode()
    product_id = Uuid()  # the sender's product id, as on the slip
    note = Note()


class TransferArrivedLate(Event, type="transfer.arrived_late@1", hq=APPLIES):
    """Samples a receipt found short arrived at the receiver afterwards: in its custody from now, in stock, as
    if they had come with the transfer (even when the sender had declared them lost meanwhile)."""

    transfer_id = Uuid()
    number = TransferNumber()
    from_showroom = SiteCode()
    received_by = Name()
    samples = ListOf(LateSample, 1, MAX_ITEMS)
