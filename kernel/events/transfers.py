"""Transfers between showrooms (调拨): samples sent from one city to another on a slip with its own number,
in transit meanwhile (neither city lends them), received at the other city with what differed (short, extra,
damaged), or called back before they arrived (showroom/services/transfers.py).

A transfer is the sender's until it is received: transfer.sent names the samples it sends (their custodian),
transfer.received is the receiving city's and names no row of the sender's (HQ checks it against the transfer
it holds: only its destination may receive it). Both carry the products of the samples, so the receiving
counter, and a counter rebuilt from HQ, can know them without the sender's catalog.
"""

from __future__ import annotations

from kernel import codes
from kernel.events.base import APPLIES, Event, Record
from kernel.events.fields import SAMPLE, Code, Integer, Text, Timestamp, Uuid
from kernel.events.records import ListOf
from kernel.events.vocabulary import MAX_ITEMS, TRANSFER_OUTCOMES, Choice, Fen, Name, Note, Reason, SampleCode


class TransferNumber(Code):
    def __init__(self, **options):
        super().__init__(codes.TRANSFER, 24, "transfer number", "CS-T261206001", **options)


class SiteCode(Code):
    def __init__(self, **options):
        super().__init__(codes.SITE, 4, "showroom code", "XM", **options)


class TransferredProduct(Record):
    """A product of the samples sent, as the sender's catalog has it, with its merchant."""

    product_id = Uuid()
    merchant_id = Uuid()
    merchant_name = Name(200)
    name = Name(300)
    brand = Text(100)
    category = Text(100)
    spec = Text(200)
    retail_price_fen = Fen()
    live_price_fen = Fen()
    commission_bp = Integer(0, 10_000, unit="basis points")
    sample_value_fen = Fen()
    ean = Code(codes.EAN, 14, "EAN", "6901234567892", nullable=True)


class SentSample(Record):
    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()
    product_id = Uuid()


class TransferSent(Event, type="transfer.sent@1", hq=APPLIES):
    """A manager sent samples of this showroom to another: in transit from now, lent by neither."""

    transfer_id = Uuid()
    number = TransferNumber()
    to_showroom = SiteCode()
    to_name = Name()
    sent_by = Name()  # the manager's name: the other city knows no staff of this one
    note = Note()
    products = ListOf(TransferredProduct, 1, MAX_ITEMS)
    samples = ListOf(SentSample, 1, MAX_ITEMS)


class ReceivedLine(Record):
    """One line of a receipt: a sample of the slip received (perhaps damaged) or short, or a code scanned that
    the slip did not list (extra: `sample_id` and `product_id` null). Names no row: the samples are the
    sender's until HQ applies the receipt."""

    sample_id = Uuid(nullable=True)
    code = SampleCode()
    product_id = Uuid(nullable=True)
    outcome = Choice(TRANSFER_OUTCOMES)
    note = Note()


class TransferReceived(Event, type="transfer.received@1", hq=APPLIES):
    """The destination received a transfer: the samples received (and damaged ones) are in its custody now,
    in stock; short ones stay the sender's, in transit, named on the transfer; extra codes are noted."""

    transfer_id = Uuid()
    number = TransferNumber()
    from_showroom = SiteCode()
    from_name = Name()
    sent_at = Timestamp()
    sent_by = Name()
    received_by = Name()
    products = ListOf(TransferredProduct, 0, MAX_ITEMS)
    samples = ListOf(ReceivedLine, 1, 2 * MAX_ITEMS)


class TransferCancelled(Event, type="transfer.cancelled@1", hq=APPLIES):
    """The sender called a transfer back before it was received: its samples are in stock here again."""

    transfer_id = Uuid()
    number = TransferNumber()
    reason = Reason()
