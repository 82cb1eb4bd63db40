"""Samples by courier (寄样): a mailed loan is a loan (loan.checked_out@1, its samples checked in by
samples.checked_in@1 as at the counter) with a parcel whose steps are these events. The address travels with
the shipment for the counter's own recovery; HQ projects the parcel's state and waybills, not where it went."""

from __future__ import annotations

import re

from kernel.events.base import APPLIES, STORES, Event
from kernel.events.fields import LOAN, Boolean, Integer, Text, Timestamp, Uuid
from kernel.events.vocabulary import Choice, LoanNumber, Name
from kernel.waybills import COURIERS, MAX_WAYBILL

WAYBILL = re.compile(r"[0-9A-Z]{8,24}")
DELIVERY_SOURCES = ("hand", "scan", "tracking")  # typed by a clerk, the waybill scanned again, the courier's tracking
PARCEL_STATES = ("delivered", "received")  # what a parcel is after samples of it came back


class Waybill(Text):
    def __init__(self, **options):
        super().__init__(MAX_WAYBILL, min_len=8, form=WAYBILL, what="waybill", **options)


class StreamerAddressSet(Event, type="streamer.address_set@1", hq=STORES):
    """A clerk entered (and, when `verified`, confirmed with the streamer) where the streamer's parcels go. HQ
    keeps it for the counter's recovery only: an address is personal, and no other showroom needs it."""

    streamer_id = Uuid()
    recipient = Name()
    phone = Text(20, min_len=5)
    province = Text(40, min_len=1)
    city = Text(40, min_len=1)
    address = Text(300, min_len=1)
    verified = Boolean()


class ParcelShipped(Event, type="shipment.shipped@1", hq=APPLIES):
    """The samples of loan `loan_id` (recorded just before by loan.checked_out@1) left in a parcel: its courier
    and waybill, where it went, the transfer the deposit came by, and the post terms it was lent on."""

    loan_id = Uuid(names=LOAN)
    number = LoanNumber()
    courier = Choice(COURIERS)
    waybill = Waybill()
    recipient = Name()
    phone = Text(20, min_len=5)
    province = Text(40, min_len=1)
    city = Text(40, min_len=1)
    address = Text(300, min_len=1)
    transfer_ref = Text(64, min_len=4)
    post_days = Integer(0, 90, unit="days")
    return_transit_days = Integer(0, 30, unit="days")


class ParcelDelivered(Event, type="shipment.delivered@1", hq=APPLIES):
    """The parcel reached the streamer: the loan is due again, counted from this delivery."""

    loan_id = Uuid(names=LOAN)
    number = LoanNumber()
    delivered_at = Timestamp()
    source = Choice(DELIVERY_SOURCES)
    old_due_at = Timestamp()
    new_due_at = Timestamp()


class ReturnShipped(Event, type="shipment.return_shipped@1", hq=APPLIES):
    """The streamer posted the samples back: the return parcel's courier and waybill."""

    loan_id = Uuid(names=LOAN)
    number = LoanNumber()
    courier = Choice(COURIERS)
    waybill = Waybill()


class ParcelReceived(Event, type="shipment.received@1", hq=APPLIES):
    """Samples of the parcel came back to the counter (recorded just before by samples.checked_in@1): `state`
    is received when nothing of the loan is out any more, delivered when the streamer still holds some."""

    loan_id = Uuid(names=LOAN)
    number = LoanNumber()
    state = Choice(PARCEL_STATES)
    returned = Integer(1, 1_000, unit="count")
