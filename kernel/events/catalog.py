"""The showroom itself, the catalogue, and samples coming in and going back to their merchant."""

from __future__ import annotations

from kernel import codes
from kernel.events.base import APPLIES, Event, Record
from kernel.events.fields import SAMPLE, Code, Integer, Text, Timestamp, Uuid
from kernel.events.records import ListOf
from kernel.events.vocabulary import MAX_ITEMS, TIMEZONE, Fen, MerchantPhone, Name, Note, SampleCode


class ShowroomSetUp(Event, type="showroom.set_up@1", hq=APPLIES):
    """The showroom's first event: who it is (HQ checks the code against the device's showroom)."""

    showroom_id = Uuid()
    code = Code(codes.SITE, 4, "showroom code", "CS")
    name = Name()
    city = Name()
    timezone = Text(64, min_len=1, form=TIMEZONE, what="IANA time zone")


class MerchantCreated(Event, type="merchant.created@1", hq=APPLIES):
    """A merchant who consigns samples."""

    merchant_id = Uuid()
    name = Name(200)
    contact = Text(100)
    phone = MerchantPhone(empty=True)


class ProductCreated(Event, type="product.created@1", hq=APPLIES):
    """A product of a merchant, with its prices and the value of one sample (for deposits and losses)."""

    product_id = Uuid()
    merchant_id = Uuid()
    name = Name(300)
    brand = Text(100)
    category = Text(100)
    spec = Text(200)
    retail_price_fen = Fen()
    live_price_fen = Fen()
    commission_bp = Integer(0, 10_000, unit="basis points")
    sample_value_fen = Fen()
    ean = Code(codes.EAN, 14, "EAN", "6901234567892", nullable=True)


class ReceivedSample(Record):
    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()


class SamplesReceived(Event, type="samples.received@1", hq=APPLIES):
    """Samples of one product came in, each with its own code, onto a shelf."""

    product_id = Uuid()
    showroom_id = Uuid()
    shelf = Text(40)
    note = Note()
    received_at = Timestamp()
    samples = ListOf(ReceivedSample, 1, 500)


class SampleSentBack(Record):
    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()
    merchant_id = Uuid()


class SamplesReturnedToMerchant(Event, type="samples.returned_to_merchant@1", hq=APPLIES):
    """Samples on the shelf went back to their merchant: they leave the showroom for good."""

    showroom_id = Uuid()
    note = Note()
    samples = ListOf(SampleSentBack, 1, MAX_ITEMS)
