"""A return anywhere (issue 17 part 3): a streamer brings back, at this showroom, a sample another showroom
lent them. It is a cross-city operation and its own declared event: it names the lending showroom's loan and
sample by plain ids (not `names=`), because they are the lender's rows and ownership (hq/ownership.py) would
refuse them; HQ checks them against the loan it holds instead (hq/returns_elsewhere.py).

`loan_id` and `number` are null when this counter had not heard of the loan (the sample was received "for
another showroom"): HQ finds the open loan by the sample, or reports the return to both showrooms. The product
travels with the event, as on a transfer, so a counter rebuilt from HQ can lay the sample in its stock again.
"""

from __future__ import annotations

from kernel.events.base import APPLIES, Event
from kernel.events.fields import Text, Timestamp, Uuid
from kernel.events.records import Nested
from kernel.events.transfers import SiteCode, TransferredProduct
from kernel.events.vocabulary import RETURN_CONDITIONS, Choice, LoanNumber, Name, Note, SampleCode


class LoanReturnedElsewhere(Event, type="loan.returned_elsewhere@1", hq=APPLIES):
    """A sample of another showroom's loan came back at this counter: it is in this showroom's stock from now
    (custody moves here, as a received transfer's sample does); the lender closes its loan line on its next
    pull and owes the deposit back (the deposit stays where it was taken)."""

    return_id = Uuid()  # the return as the counter that took it keeps it (HQ names it when it reconciles)
    sample_id = Uuid(nullable=True)  # null: a code this counter never heard of
    code = SampleCode()
    loan_id = Uuid(nullable=True)
    number = LoanNumber(nullable=True)
    lender = SiteCode(empty=True)  # the lending showroom, empty when unknown here
    lender_name = Text(100)
    condition = Choice(RETURN_CONDITIONS)
    note = Note()
    due_at = Timestamp(nullable=True)
    received_by = Name()
    product = Nested(TransferredProduct, nullable=True)


SETTLEMENTS = ("keep", "send_back")  # showroom.services.elsewhere_settle.Settlement


class ReturnElsewhereSettled(Event, type="return_elsewhere.settled@1", hq=APPLIES):
    """A manager settled a sample this counter received for another showroom and HQ could not match to any open
    loan (exception `return_elsewhere_unmatched`, named by `exception_id`): `keep` makes it this showroom's, in
    stock; `send_back` too, and a transfer.sent@1 to the showroom it came from follows in the same transaction.
    Cross-city like the return: the sample is named by a plain id HQ gave the counter (hq/returns_elsewhere.py),
    and the product travels so a counter rebuilt from HQ can lay the sample in again."""

    return_id = Uuid()  # the return as loan.returned_elsewhere@1 named it
    exception_id = Uuid()
    sample_id = Uuid()
    code = SampleCode()
    decision = Choice(SETTLEMENTS)
    lender = SiteCode()  # the showroom HQ said the sample belonged to
    lender_name = Text(100)
    settled_by = Name()
    note = Note()
    product = Nested(TransferredProduct)
